/// The syntax tree of one rule file. Every node carries its ``SourceRange``.
public struct SourceModule: Sendable {
  /// The file's path.
  public let file: String
  /// Declarations in source order.
  public var declarations: [Declaration]
}

/// A name as written, with its place.
public struct Name: Sendable, Hashable {
  /// The text.
  public let text: String
  /// Where it was written.
  public let range: SourceRange
}

/// A top-level declaration.
public enum Declaration: Sendable {
  /// `枚举 当事人类型: 个人, 单位`
  case enumeration(EnumDecl)
  /// `事实 单体面积: 平方米 「单个广告牌的面积」`
  case fact(FactDecl)
  /// `定义` / `后果` / `参数` blocks.
  case definition(DefinitionDecl)
  /// `违法行为 CODE 「名称」` blocks.
  case violation(ViolationDecl)
  /// `基准 「名称」 适用 CODE` blocks.
  case standard(StandardDecl)
  /// `节假日安排 2024` blocks: a year's statutory holidays and 调休 working days.
  case holidays(HolidayDecl)
  /// `检查 名称 「说明」` blocks: a procedural check (三项制度, deadlines).
  case check(CheckDecl)
  /// `测试 「名称」` blocks: a rule test (日期, 已知, 期望); see ``TestDecl``.
  case test(TestDecl)
}

/// An enumeration and its cases.
public struct EnumDecl: Sendable {
  /// The enumeration's name.
  public let name: Name
  /// Its cases, in order.
  public let cases: [Name]
  /// The whole declaration.
  public let range: SourceRange
}

/// A type as written: `金额`, `平方米`, `当事人类型`.
public struct TypeRef: Sendable, Hashable {
  /// The type's name.
  public let name: String
  /// Where it was written.
  public let range: SourceRange
}

/// A fact the case supplies.
public struct FactDecl: Sendable {
  /// The fact's name.
  public let name: Name
  /// Its type (a unit name declares a quantity).
  public let type: TypeRef
  /// What it means, for people.
  public let description: String?
  /// The whole declaration.
  public let range: SourceRange
  /// Whether it was declared as a circumstance (情节): a Bool claimed in the case with
  /// evidence, false when not claimed.
  public var isCircumstance = false
}

/// What a definition is, which decides what the checker requires of it.
public enum DefinitionKind: String, Sendable {
  /// `定义`: an intermediate value; a citation is optional.
  case definition
  /// `后果`: a legal consequence; every rule must carry a citation.
  case consequence
  /// `参数`: a statutory amount in dated versions; cited, versions may not overlap.
  case parameter
}

/// An effective period: `施行 2019-01-01 起 至 2023-12-31` (both ends inclusive).
public struct Period: Sendable, Hashable {
  /// First day in force.
  public let from: CivilDate
  /// Last day in force, if it has ended.
  public let until: CivilDate?
  /// Where it was written.
  public let range: SourceRange

  /// Whether the period contains a date.
  public func contains(_ date: CivilDate) -> Bool {
    date >= from && (until.map { date <= $0 } ?? true)
  }

  /// Whether two periods share a day.
  public func overlaps(_ other: Period) -> Bool {
    let endA = until ?? CivilDate(year: 9999, month: 12, day: 31)!
    let endB = other.until ?? CivilDate(year: 9999, month: 12, day: 31)!
    return from <= endB && other.from <= endA
  }

  /// `2019-01-01 起` / `2019-01-01 至 2023-12-31`.
  public func text(_ language: Language) -> String {
    switch (until, language) {
    case (nil, .zh): return "\(from) 起"
    case (nil, .en): return "from \(from)"
    case (let u?, .zh): return "\(from) 至 \(u)"
    case (let u?, .en): return "\(from) until \(u)"
    }
  }
}

/// A definition, consequence or parameter, with its rules.
public struct DefinitionDecl: Sendable {
  /// Which kind.
  public let kind: DefinitionKind
  /// The defined name.
  public let name: Name
  /// The declared type, if written.
  public let type: TypeRef?
  /// Citations every rule rests on (the statute of the whole consequence); each rule's own
  /// 依据 is added to them, so a rule cites both.
  public let basis: [Citation]
  /// The period that applies to every rule without its own.
  public let period: Period?
  /// The rules (clauses).
  public let rules: [RuleDecl]
  /// The whole declaration.
  public let range: SourceRange
  /// Whether the parser skipped a broken line inside it (checks that would cascade stay quiet).
  public let recovered: Bool
}

/// One rule of a definition: `规则 一般 例外于 轻微 当 … 则 …` with optional 依据 and 施行.
public struct RuleDecl: Sendable {
  /// The label, for exceptions and traces.
  public let label: Name?
  /// The label of the rule this one is an exception to.
  public let exceptionTo: Name?
  /// The condition; nil means always.
  public let condition: Expr?
  /// The value.
  public let value: Expr
  /// Whether this is the `否则` rule (applies when no other rule does).
  public let isOtherwise: Bool
  /// The rule's own citations.
  public let basis: [Citation]
  /// The rule's own period.
  public let period: Period?
  /// The whole rule.
  public let range: SourceRange
}

/// An expression node.
public final class Expr: Sendable {
  /// The shape of the expression.
  public enum Kind: Sendable {
    case literal(Literal)
    case name(String)
    case member(String, String)  // 枚举.值
    case unary(String, Expr)  // "-", "not"
    case binary(String, Expr, Expr)
    case ifThenElse(Expr, Expr, Expr)
    case call(Name, [Expr])
    case inSet(Expr, [Expr], negated: Bool)
    case error  // a place where parsing failed; checks stay quiet about it
  }
  /// The shape.
  public let kind: Kind
  /// Where it was written.
  public let range: SourceRange
  /// The height of the tree below this node (a literal is 1); the parser keeps it under
  /// ``Parser/maximumDepth`` so that every later phase can recurse safely.
  public let height: Int

  init(_ kind: Kind, _ range: SourceRange) {
    self.kind = kind
    self.range = range
    let children: [Expr]
    switch kind {
    case .literal, .name, .member, .error: children = []
    case .unary(_, let e): children = [e]
    case .binary(_, let l, let r): children = [l, r]
    case .ifThenElse(let c, let a, let b): children = [c, a, b]
    case .call(_, let args): children = args
    case .inSet(let e, let set, _): children = [e] + set
    }
    self.height = 1 + (children.map(\.height).max() ?? 0)
  }
}

/// A literal as written.
public enum Literal: Sendable, Hashable {
  case integer(String)
  case decimal(String)
  case money(String, multiplier: Int)
  case quantity(String, MeasureUnit)
  case percent(String)
  case multiple(String)
  case duration(String, DurationUnit)
  case date(CivilDate)
  case bool(Bool)
  case text(String)
}
