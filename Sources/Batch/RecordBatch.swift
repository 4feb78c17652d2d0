import Foundation
import RuleLang

/// A batch of JSON Lines records through a rule set without 违法行为: files (or directories of
/// `.jsonl` / `.json` files) are read in chunks, evaluated on `jobs` threads, and handed back
/// in input order. Memory stays flat: at most `4 × jobs` chunks of about 1 MiB are in flight.
public struct RecordBatch: Sendable {
  /// The layout (compiled program and outputs).
  public let layout: RecordLayout
  /// The date whose law applies.
  public let date: CivilDate
  /// Whether to keep and write each record's trace (every record then takes the interpreter).
  public let tracing: Bool
  /// The language of review messages.
  public let language: Language
  /// The rule sources (for trace locations).
  public let sources: [SourceFile]
  /// Worker threads.
  public let jobs: Int

  /// A batch.
  public init(layout: RecordLayout, date: CivilDate, tracing: Bool, language: Language, sources: [SourceFile], jobs: Int) {
    self.layout = layout
    self.date = date
    self.tracing = tracing
    self.language = language
    self.sources = sources
    self.jobs = max(1, jobs)
  }

  /// The record files a path names: the file itself, or the `.jsonl` and `.json` files under a
  /// directory, sorted.
  public static func files(_ path: String) -> [String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
      let walker = FileManager.default.enumerator(atPath: path)
    else { return [path] }
    let base = path.hasSuffix("/") ? String(path.dropLast()) : path
    var found: [String] = []
    while let rel = walker.nextObject() as? String {
      if rel.hasSuffix(".jsonl") || rel.hasSuffix(".json") { found.append(base + "/" + rel) }
    }
    return found.sorted()
  }

  /// Runs the batch over `files`: `deliver` receives each chunk's result in input order and
  /// returns false to stop (say, the output cannot be written); `cannotOpen` receives each file
  /// that cannot be read. Returns the total counts of the chunks delivered.
  public func run(files: [String], deliver: (ChunkResult) -> Bool, cannotOpen: (String) -> Void) -> RecordCounts {
    let (layout, date, tracing, language, sources) = (self.layout, self.date, self.tracing, self.language, self.sources)
    let pipeline = OrderedPipeline<LineChunk, ChunkResult>(jobs: jobs, window: 4 * jobs) {
      // Each thread compiles its own copy: shared closures would have their reference counts
      // bounced between cores on every call.
      let own = layout.recompiled(tracing: tracing)
      let worker = RecordWorker(layout: own, date: date, tracing: tracing, language: language, sources: sources)
      return { worker.run($0) }
    }
    var total = RecordCounts(layout: layout)
    var currentFile = ""
    var linesBefore = 0
    var stopped = false
    func hand(_ chunk: ChunkResult) {
      var r = chunk
      if r.startsFile || r.file != currentFile {
        currentFile = r.file
        linesBefore = 0
      }
      for k in r.problems.indices { r.problems[k].line += linesBefore }
      linesBefore += r.lines
      guard !stopped else { return }
      total.add(r.counts)
      if !deliver(r) { stopped = true }
    }
    func drain(wait: Bool) {
      while let r = pipeline.next(wait: wait) {
        hand(r)
        if !wait { continue }
        if !pipeline.isFull { return }
      }
    }
    for path in files where !stopped {
      if path.hasSuffix(".json") {
        guard let chunk = LineChunkReader.wholeFile(path) else {
          cannotOpen(path)
          continue
        }
        if pipeline.isFull { drain(wait: true) }
        pipeline.submit(chunk)
      } else {
        // A traced line is ~15× its input: smaller chunks keep the window's memory flat.
        guard let reader = LineChunkReader(path: path, blockSize: tracing ? 96 << 10 : 1 << 20) else {
          cannotOpen(path)
          continue
        }
        while !stopped, let chunk = reader.next() {
          if pipeline.isFull { drain(wait: true) }
          pipeline.submit(chunk)
          drain(wait: false)
        }
      }
    }
    pipeline.close()
    while let r = pipeline.next(wait: true) { hand(r) }
    return total
  }
}
