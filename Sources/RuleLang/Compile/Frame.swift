/// The working memory of one compiled evaluation: fact values, memoised definition values and
/// their states, in flat buffers that are reused from case to case (nothing is allocated per
/// case). A frame belongs to one thread at a time.
public final class Frame: @unchecked Sendable {
  /// Fact values by fact index (meaningful where ``known`` is true).
  public let facts: UnsafeMutablePointer<Slot>
  /// Whether each fact was supplied.
  public let known: UnsafeMutablePointer<Bool>
  let values: UnsafeMutablePointer<Slot>
  /// 0 not evaluated, 1 being evaluated, 2 done.
  let state: UnsafeMutablePointer<UInt8>
  let factCount: Int
  let definitionCount: Int
  /// The date whose law applies (selects rule versions by 施行 period).
  public private(set) var date: CivilDate
  var dateSlot: Slot
  var depth = 0
  /// Text spellings read from the input that are not byte for byte a constant of the program,
  /// for this case only (a text slot's `b` indexes them; -1 is the constant's own spelling).
  var spellings: [String] = []
  /// Canonical ids of texts that are not constants (equal as Swift `String`s share an id).
  var extraIDs: [String: Int64] = [:]
  let firstExtraText: Int64
  /// With tracing: the events of the definitions being evaluated, and where each one's begin.
  var events: [TraceEvent] = []
  var eventStarts: [Int] = []
  /// With tracing: the derivations finished so far, in order, and their events.
  var records: [DerivationRecord] = []
  var finished: [TraceEvent] = []

  init(factCount: Int, definitionCount: Int, textConstants: Int, date: CivilDate) {
    self.factCount = factCount
    self.definitionCount = definitionCount
    facts = .allocate(capacity: max(1, factCount))
    facts.initialize(repeating: Slot(a: 0), count: max(1, factCount))
    known = .allocate(capacity: max(1, factCount))
    known.initialize(repeating: false, count: max(1, factCount))
    values = .allocate(capacity: max(1, definitionCount))
    values.initialize(repeating: Slot(a: 0), count: max(1, definitionCount))
    state = .allocate(capacity: max(1, definitionCount))
    state.initialize(repeating: 0, count: max(1, definitionCount))
    firstExtraText = Int64(textConstants)
    self.date = date
    self.dateSlot = .date(date)
  }

  deinit {
    facts.deallocate()
    known.deallocate()
    values.deallocate()
    state.deallocate()
  }

  /// Sets the date whose law applies.
  public func setDate(_ d: CivilDate) {
    date = d
    dateSlot = .date(d)
  }

  /// Forgets every memoised value (the facts stay).
  func clearValues() {
    state.update(repeating: 0, count: definitionCount)
    depth = 0
    if !records.isEmpty || !events.isEmpty || !eventStarts.isEmpty {
      events.removeAll(keepingCapacity: true)
      eventStarts.removeAll(keepingCapacity: true)
      records.removeAll(keepingCapacity: true)
      finished.removeAll(keepingCapacity: true)
    }
  }

  @inline(__always) func note(_ kind: TraceEvent.Kind, _ index: Int, _ value: Slot = Slot(a: 0)) {
    events.append(TraceEvent(kind: kind, index: Int32(index), value: value))
  }

  /// Forgets the texts of the last case.
  func clearTexts() {
    if !spellings.isEmpty { spellings.removeAll(keepingCapacity: true) }
    if !extraIDs.isEmpty { extraIDs.removeAll(keepingCapacity: true) }
  }
}
