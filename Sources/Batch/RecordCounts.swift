import RuleLang

/// Counts over a batch of records: how many were read, decided, sent to review or unreadable,
/// how many took the fast path, and how often each enumeration output took each value and each
/// boolean output was true.
public struct RecordCounts: Sendable {
  /// Non-blank lines (records) seen.
  public var records = 0
  /// Records whose every output was determined.
  public var decided = 0
  /// Records with an output that could not be determined (marked for review, not defaulted).
  public var review = 0
  /// Records that could not be read.
  public var unreadable = 0
  /// Records decided by the compiled fast path.
  public var fast = 0
  /// Per output: per case count for enumerations, `[true count]` for booleans, else empty.
  public var values: [[Int]]
  /// Whether each output is a boolean (else an enumeration, or not counted).
  public let isFlag: [Bool]

  /// Zero counts for a layout.
  public init(layout: RecordLayout) {
    let program = layout.compiled.program
    values = layout.outputs.map { i in
      switch program.definitions[i].type {
      case .enumeration(let e, _): Array(repeating: 0, count: program.enumerations[e].cases.count)
      case .bool: [0]
      default: []
      }
    }
    isFlag = layout.outputs.map { program.definitions[$0].type == .bool }
  }

  /// Adds another batch's counts.
  public mutating func add(_ o: RecordCounts) {
    records += o.records
    decided += o.decided
    review += o.review
    unreadable += o.unreadable
    fast += o.fast
    for k in values.indices {
      for j in values[k].indices { values[k][j] += o.values[k][j] }
    }
  }

  @inline(__always)
  mutating func count(output k: Int, slot: Slot) {
    if isFlag[k] {
      if slot.isTrue { values[k][0] += 1 }
    } else if slot.a >= 0, slot.a < values[k].count {
      values[k][Int(slot.a)] += 1
    }
  }

  mutating func count(output k: Int, value: Value, program: CheckedProgram) {
    switch value {
    case .bool(true): values[k][0] += 1
    case .enumCase(let e, _, let c):
      if let j = program.enumerations[e].cases.firstIndex(of: c) { values[k][j] += 1 }
    default: break
    }
  }
}
