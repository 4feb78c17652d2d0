import RuleLang

/// How JSON Lines records map onto a rule set without 违法行为: every key names a fact (an
/// object under any other key — `"facts": {…}`, `"flags": {…}` — groups facts and is not a
/// fact itself), `"id"` names the record, and the outputs are the rule set's 后果 in source
/// order. Built once per batch; the scanner and the writer only compare bytes against it.
public struct RecordLayout: Sendable {
  /// The compiled program.
  public let compiled: CompiledProgram
  /// Output definitions (definition indices), in order.
  public let outputs: [Int]
  /// Output names, in order.
  public let outputNames: [String]
  /// Fact names as UTF-8, by fact index.
  let factKeys: [[UInt8]]
  /// Fact indices by key length, for the scanner's look-up.
  let factsByLength: [[Int]]
  /// Each fact's type.
  let factTypes: [ValueType]
  /// For enumeration facts, the case names as UTF-8.
  let enumCases: [[[UInt8]]]
  /// Text constants as UTF-8, by text id.
  let textKeys: [[UInt8]]
  /// Each enumeration's case names as quoted JSON strings, by enumeration index.
  let caseJSON: [[[UInt8]]]
  /// `,"name":` for each output.
  let outputKeys: [[UInt8]]

  /// The layout of a compiled program, with the 后果 to write (all of them when `only` is nil).
  /// Throws the unknown names when `only` names a definition the rules do not have.
  public init(_ compiled: CompiledProgram, only: [String]? = nil) throws(UnknownOutputs) {
    let program = compiled.program
    if let only {
      let unknown = only.filter { program.definitionIndex[$0] == nil }
      if !unknown.isEmpty { throw UnknownOutputs(names: unknown) }
      self.init(compiled, outputs: only.compactMap { program.definitionIndex[$0] })
    } else {
      self.init(compiled, outputs: program.definitions.indices.filter { program.definitions[$0].kind == .consequence })
    }
  }

  init(_ compiled: CompiledProgram, outputs: [Int]) {
    self.compiled = compiled
    let program = compiled.program
    self.outputs = outputs
    outputNames = outputs.map { program.definitions[$0].name }
    factKeys = program.facts.map { Array($0.name.utf8) }
    var byLength: [[Int]] = Array(repeating: [], count: (factKeys.map(\.count).max() ?? 0) + 1)
    for (i, k) in factKeys.enumerated() where program.factIndex[program.facts[i].name] == i { byLength[k.count].append(i) }
    factsByLength = byLength
    factTypes = program.facts.map(\.type)
    enumCases = program.facts.map { f in
      if case .enumeration(let e, _) = f.type { return program.enumerations[e].cases.map { Array($0.utf8) } }
      return []
    }
    textKeys = compiled.textConstants.map { Array($0.utf8) }
    caseJSON = program.enumerations.map { e in
      e.cases.map { c in
        var quoted = ""
        JSONValue.writeString(c, into: &quoted)
        return Array(quoted.utf8)
      }
    }
    outputKeys = outputNames.map { name in
      var key = ","
      JSONValue.writeString(name, into: &key)
      return Array((key + ":").utf8)
    }
  }

  /// The same layout over a fresh compilation of the program (one per thread).
  public func recompiled(tracing: Bool = false) -> RecordLayout {
    RecordLayout(CompiledProgram(compiled.program, tracing: tracing), outputs: outputs)
  }

  /// Output names that the rules do not define.
  public struct UnknownOutputs: Error, Sendable {
    /// The names.
    public let names: [String]
  }

  /// The fact a key names, or nil.
  @inline(__always)
  func fact(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
    guard key.count < factsByLength.count else { return nil }
    for i in factsByLength[key.count] where factKeys[i].withUnsafeBufferPointer({ Bytes.equal($0, key) }) { return i }
    return nil
  }
}

/// Byte comparisons without allocation.
enum Bytes {
  @inline(__always)
  static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count == b.count else { return false }
    var i = 0
    while i < a.count {
      if a[i] != b[i] { return false }
      i += 1
    }
    return true
  }
}
