import Foundation

/// The facts of one evaluation, by fact index, converted to their declared types.
public struct FactSet: Sendable {
  /// Values by fact index; nil when not supplied.
  public var values: [Value?]

  /// An empty set for a program.
  public init(program: CheckedProgram) {
    values = Array(repeating: nil, count: program.facts.count)
  }

  /// Sets every circumstance (情节) to 假: a circumstance counts only when it is claimed
  /// (case files: with its evidence). Facts stay missing until supplied.
  public mutating func presumeUnclaimedCircumstancesAbsent(in program: CheckedProgram) {
    for (i, f) in program.facts.enumerated() where f.isCircumstance { values[i] = .bool(false) }
  }

  /// Sets a fact by name; false when the program declares no such fact.
  @discardableResult
  public mutating func set(_ name: String, _ value: Value?, in program: CheckedProgram) -> Bool {
    guard let i = program.factIndex[name] else { return false }
    values[i] = value
    return true
  }

  /// Reads a JSON object of facts, converting each to its declared type. Problems are
  /// returned as diagnostics that name the fact; nothing is guessed.
  public static func fromJSON(_ json: JSONValue, program: CheckedProgram, file: String)
    -> (facts: FactSet, diagnostics: [Diagnostic])
  {
    var facts = FactSet(program: program)
    facts.presumeUnclaimedCircumstancesAbsent(in: program)
    var diagnostics: [Diagnostic] = []
    let fileRange = SourceRange(file: file, start: 0, end: 0)
    guard case .object(let members) = json else {
      return (facts, [Diagnostic(.factsNotObject(), at: fileRange)])
    }
    for (key, raw) in members {
      guard let index = program.factIndex[key] else {
        let suggestion = Suggestions.closest(to: key, in: program.factIndex.keys)
        diagnostics.append(Diagnostic(.unknownFact(key, suggestion: suggestion), at: fileRange))
        continue
      }
      if raw == .null {  // explicitly unknown, even for a circumstance
        facts.values[index] = nil
        continue
      }
      let type = program.facts[index].type
      if let v = FactConversion.convert(raw, to: type, program: program) {
        facts.values[index] = v
      } else {
        diagnostics.append(Diagnostic(.factTypeMismatch(key, type.name, raw.compact()), at: fileRange))
      }
    }
    return (facts, diagnostics)
  }
}

/// Converts JSON values and literal text (`"5平方米"`, `"1.5万元"`, `"6个月"`) to typed values.
public enum FactConversion {
  /// The value of a JSON input for a type, or nil when it does not fit.
  public static func convert(_ raw: JSONValue, to type: ValueType, program: CheckedProgram) -> Value? {
    switch (type, raw) {
    case (.bool, .bool(let b)): return .bool(b)
    case (.int, .number(let n)): return Int(n).map { .int($0) }
    case (.decimal, .number(let n)):
      return DecimalMath.parse(n).map { .decimal($0) }
    case (.decimal, .string(let n)):
      // "0.05" or "5%" (a percentage, as the rules write it).
      if n.hasSuffix("%") { return DecimalMath.parse(String(n.dropLast())).map { .decimal($0 / 100) } }
      return DecimalMath.parse(n).map { .decimal($0) }
    case (.money, .number(let n)): return DecimalMath.parse(n).map { .money($0) }
    case (.quantity(let u), .number(let n)): return DecimalMath.parse(n).map { .quantity($0, u) }
    case (.text, .string(let s)): return .text(s)
    case (.date, .string(let s)): return CivilDate(iso: s).map { .date($0) }
    case (.enumeration(let i, let name), .string(let s)):
      return program.enumerations[i].cases.contains(s) ? .enumCase(i, name, s) : nil
    case (_, .string(let s)):
      guard let literal = literal(s) else { return nil }
      switch (type, literal) {
      case (.money, .money(let d, let m)): return DecimalMath.parse(d).map { .money($0 * Decimal(m)) }
      case (.money, .integer(let d)), (.money, .decimal(let d)): return DecimalMath.parse(d).map { .money($0) }
      case (.quantity(let u), .quantity(let d, let lu)) where u == lu: return DecimalMath.parse(d).map { .quantity($0, u) }
      case (.duration, .duration(let d, let unit)): return Int(d).map { .duration($0, unit) }
      case (.int, .integer(let d)): return Int(d).map { .int($0) }
      default: return nil
      }
    default: return nil
    }
  }

  /// Reads one literal with the rule language's own lexer; nil unless the text is exactly one.
  public static func literal(_ text: String) -> Literal? {
    var negative = false
    var body = Substring(text.trimmingCharacters(in: .whitespaces))
    if body.first == "-" { negative = true; body = body.dropFirst() }
    let lexed = Lexer.tokenize(SourceFile(path: "", text: String(body)))
    guard lexed.diagnostics.isEmpty, lexed.tokens.count >= 1,
      case .number(let digits, let unit) = lexed.tokens[0].kind,
      lexed.tokens.dropFirst().allSatisfy({ $0.kind == .newline || $0.kind == .end })
    else { return nil }
    let lit = Parser.literal(negative ? "-" + digits : digits, unit)
    return lit
  }
}
