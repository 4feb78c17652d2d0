import RuleLang

/// The reference reading and evaluation of one record: the full JSON parser, ``FactSet``'s
/// conversions and the ``Interpreter`` (with its trace when asked). Every record the fast path
/// declines comes here, and `--trace` sends every record here; its problems carry the record's
/// line and, where the key can be found, its column.
struct RecordReference {
  let program: CheckedProgram
  let layout: RecordLayout
  let date: CivilDate
  let tracing: Bool

  /// What became of a record.
  enum Result {
    /// Read and evaluated: the id, each output's outcome, and the trace when kept.
    case evaluated(id: JSONValue?, outcomes: [Outcome], trace: Trace?)
    /// Could not be read: the problem, with its line within the record and column when known,
    /// else the key it concerns (the worker finds the key's place).
    case unreadable(Diagnostic, line: Int = 1, column: Int?, key: String? = nil)
  }

  func run(_ line: [UInt8]) -> Result {
    let json: JSONValue
    do {
      json = try JSONParser.parse(line)
    } catch {
      return .unreadable(Diagnostic(.recordNotJSON(error.message), at: nil), line: error.line, column: error.column)
    }
    guard case .object = json else { return .unreadable(Diagnostic(.recordNotObject(), at: nil), column: 1) }
    var facts: [(String, JSONValue)] = []
    var id: JSONValue?
    if let problem = flatten(json, depth: 0, into: &facts, id: &id) { return problem }
    let loaded = FactSet.fromJSON(.object(facts), program: program, file: "")
    if let d = loaded.diagnostics.first {
      return .unreadable(d, column: nil)
    }
    var interpreter = Interpreter(program: program, facts: loaded.facts, date: date, tracing: tracing)
    let outcomes = layout.outputs.map { interpreter.evaluate(program.definitions[$0].name)! }
    return .evaluated(id: id, outcomes: outcomes, trace: tracing ? interpreter.trace : nil)
  }

  /// Collects the facts of an object and of the groups inside it, as the scanner does.
  func flatten(_ json: JSONValue, depth: Int, into facts: inout [(String, JSONValue)], id: inout JSONValue?) -> Result? {
    guard case .object(let members) = json else { return nil }
    for (key, value) in members {
      if program.factIndex[key] != nil {
        if facts.contains(where: { $0.0 == key }) { return .unreadable(Diagnostic(.repeatedKey(key), at: nil), column: nil) }
        facts.append((key, value))
      } else if depth == 0, key == "id" {
        if id != nil { return .unreadable(Diagnostic(.repeatedKey(key), at: nil), column: nil) }
        switch value {
        case .string: id = value
        case .number(let n) where n.allSatisfy({ $0.isASCII && $0.isNumber }): id = value
        default: return .unreadable(Diagnostic(.badRecordID(value.compact()), at: nil), column: nil, key: key)
        }
      } else if depth < 2, case .object = value {
        if let problem = flatten(value, depth: depth + 1, into: &facts, id: &id) { return problem }
      } else {
        let suggestion = Suggestions.closest(to: key, in: program.factIndex.keys)
        return .unreadable(Diagnostic(.unknownRecordKey(key, suggestion: suggestion), at: nil), column: nil)
      }
    }
    return nil
  }
}
