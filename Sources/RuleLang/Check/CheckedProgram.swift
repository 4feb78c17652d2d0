/// A program that passed the checker: names resolved to indices, every expression typed.
/// The interpreter consumes only this, never the parser's tree.
public final class CheckedProgram: Sendable {
  /// Declared enumerations.
  public let enumerations: [EnumInfo]
  /// Declared facts.
  public let facts: [FactInfo]
  /// Definitions, consequences and parameters.
  public let definitions: [DefinitionInfo]
  /// Fact name → index.
  public let factIndex: [String: Int]
  /// Definition name → index.
  public let definitionIndex: [String: Int]
  /// Violations by code, each with its versions in source order.
  public let violations: [String: [ViolationInfo]]
  /// Discretion standards, in source order.
  public let standards: [StandardInfo]
  /// The working-day calendar the rules declare (节假日安排).
  public let calendar: WorkCalendar
  /// Procedural checks (检查), in source order.
  public let checks: [CheckInfo]
  /// Rule tests (测试), in source order; only the test runner reads them.
  public let tests: [RuleTest]

  init(enumerations: [EnumInfo], facts: [FactInfo], definitions: [DefinitionInfo],
       violations: [ViolationInfo] = [], standards: [StandardInfo] = [], calendar: WorkCalendar = WorkCalendar(),
       checks: [CheckInfo] = [], tests: [RuleTest] = []) {
    self.tests = tests
    self.calendar = calendar
    self.checks = checks
    self.enumerations = enumerations
    self.facts = facts
    self.definitions = definitions
    var byCode: [String: [ViolationInfo]] = [:]
    for v in violations { byCode[v.code, default: []].append(v) }
    self.violations = byCode
    self.standards = standards
    var fi: [String: Int] = [:]
    for (i, f) in facts.enumerated() where fi[f.name] == nil { fi[f.name] = i }
    var di: [String: Int] = [:]
    for (i, d) in definitions.enumerated() where di[d.name] == nil { di[d.name] = i }
    self.factIndex = fi
    self.definitionIndex = di
  }
}

/// An enumeration and its cases.
public struct EnumInfo: Sendable {
  /// Its name.
  public let name: String
  /// Its cases.
  public let cases: [String]
}

/// A fact the input supplies.
public struct FactInfo: Sendable {
  /// Its name.
  public let name: String
  /// Its type.
  public let type: ValueType
  /// Its description.
  public let description: String?
  /// Where it was declared.
  public let range: SourceRange
  /// Whether it is a circumstance (情节).
  public var isCircumstance = false
}

/// A checked definition.
public struct DefinitionInfo: Sendable {
  /// Its name.
  public let name: String
  /// 定义, 后果 or 参数.
  public let kind: DefinitionKind
  /// Its type.
  public let type: ValueType
  /// Its rules.
  public let rules: [RuleInfo]
  /// Rules that are exceptions to no other rule (excluding the otherwise rule).
  public let roots: [Int]
  /// For each rule, the rules that are exceptions to it.
  public let exceptions: [[Int]]
  /// The 否则 rule, if any.
  public let otherwise: Int?
  /// The declaration's range.
  public let range: SourceRange
}

/// A checked rule.
public struct RuleInfo: Sendable {
  /// The label, if any.
  public let label: String?
  /// The condition; nil means always.
  public let condition: TypedExpr?
  /// The value.
  public let value: TypedExpr
  /// Citations (the rule's own, else the definition's).
  public let citations: [Citation]
  /// Period in force (the rule's own, else the definition's); nil means always.
  public let period: Period?
  /// The rule this one is an exception to.
  public let parent: Int?
  /// Whether it is the 否则 rule.
  public let isOtherwise: Bool
  /// Where it is written.
  public let range: SourceRange

  /// How the rule is named in traces: its label, or its line.
  public func displayName(_ language: Language, file: SourceFile?) -> String {
    if let label { return language == .zh ? "「\(label)」" : "\"\(label)\"" }
    if isOtherwise { return language == .zh ? "否则" : "otherwise" }
    let line = file?.line(of: range.start) ?? 0
    return language == .zh ? "第\(line)行的规则" : "the rule on line \(line)"
  }
}

/// A typed, resolved expression.
public final class TypedExpr: Sendable {
  /// The shape.
  public enum Kind: Sendable {
    case constant(Value)
    case fact(Int)
    case definition(Int)
    case evaluationDate
    case negate(TypedExpr)
    case not(TypedExpr)
    case binary(BinaryOperator, TypedExpr, TypedExpr)
    case ifThenElse(TypedExpr, TypedExpr, TypedExpr)
    case call(Builtin, [TypedExpr])
    case known(Int)
    case inSet(TypedExpr, [TypedExpr], negated: Bool)
  }
  /// The shape.
  public let kind: Kind
  /// The type.
  public let type: ValueType
  /// Where it was written.
  public let range: SourceRange

  init(_ kind: Kind, _ type: ValueType, _ range: SourceRange) {
    self.kind = kind
    self.type = type
    self.range = range
  }
}

/// Binary operators.
public enum BinaryOperator: String, Sendable {
  case add = "+", subtract = "-", multiply = "*", divide = "/"
  case equal = "=", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">"
  case greaterOrEqual = ">="
  case and, or
}
