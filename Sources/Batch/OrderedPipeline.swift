import Foundation

/// Runs work items on `jobs` threads and hands the results back in submission order, with at
/// most `window` items in flight: output order is deterministic whatever the thread timing,
/// and memory is bounded by the window, not by the input.
public final class OrderedPipeline<Item: Sendable, Output: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private var queue: [(Int, Item)] = []
  private var done: [Int: Output] = [:]
  private var submitted = 0
  private var delivered = 0
  private var closed = false
  /// The most items in flight (submitted, not yet delivered).
  public let window: Int

  /// Starts `jobs` threads; each makes its own worker (its own frame and buffers) once.
  public init(jobs: Int, window: Int, makeWorker: @escaping @Sendable () -> (Item) -> Output) {
    self.window = max(1, window)
    for _ in 0..<max(1, jobs) {
      let thread = Thread { [self] in
        let work = makeWorker()
        while let (seq, item) = take() {
          let out = work(item)
          condition.lock()
          done[seq] = out
          condition.broadcast()
          condition.unlock()
        }
      }
      thread.stackSize = 16 << 20  // the interpreter recurses through definitions
      thread.start()
    }
  }

  private func take() -> (Int, Item)? {
    condition.lock()
    defer { condition.unlock() }
    while queue.isEmpty && !closed { condition.wait() }
    guard !queue.isEmpty else { return nil }
    return queue.removeFirst()  // at most `window` long
  }

  /// Queues an item. Call ``next(wait:)`` to keep fewer than ``window`` in flight.
  public func submit(_ item: Item) {
    condition.lock()
    queue.append((submitted, item))
    submitted += 1
    condition.broadcast()
    condition.unlock()
  }

  /// Whether the window is full.
  public var isFull: Bool {
    condition.lock()
    defer { condition.unlock() }
    return submitted - delivered >= window
  }

  /// The next result in submission order: waits for it when `wait` is true (nil when nothing
  /// is in flight), else returns nil if it is not ready.
  public func next(wait: Bool) -> Output? {
    condition.lock()
    defer { condition.unlock() }
    while done[delivered] == nil {
      if !wait || delivered == submitted { return nil }
      condition.wait()
    }
    let out = done.removeValue(forKey: delivered)!
    delivered += 1
    return out
  }

  /// Feeds `items` through the threads, keeping at most ``window`` in flight, and hands each
  /// result to `deliver` in submission order; reading stops as soon as `deliver` returns false
  /// (the results already in flight are still waited for, not delivered). Closes the pipeline.
  public func run<Items: IteratorProtocol<Item>>(_ items: Items, deliver: (Output) -> Bool) {
    var items = items
    var stopped = false
    func hand(_ out: Output) { if !stopped, !deliver(out) { stopped = true } }
    while !stopped, let item = items.next() {
      while isFull, let out = next(wait: true) { hand(out) }
      submit(item)
      while let out = next(wait: false) { hand(out) }
    }
    close()
    while let out = next(wait: true) { hand(out) }
  }

  /// Lets the threads end once the queue is empty.
  public func close() {
    condition.lock()
    closed = true
    condition.broadcast()
    condition.unlock()
  }
}
