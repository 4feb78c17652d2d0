/// The keywords of the rule language. Chinese and English spellings are synonyms of one
/// grammar: both lex to the same ``Keyword``.
public enum Keyword: String, Sendable, CaseIterable {
  // Declarations
  case enumeration, fact, parameter, definition, consequence, rule
  // Rule parts
  case exceptionTo, when, then, otherwise, basis, effective, from, until
  // Expressions
  case `if`, and, or, not, `in`, `true`, `false`
  // Contextual: declarations of the domain, rule tests (测试 with its 已知 / 期望 lines)
  case violation, circumstance, standard, tier, test, given, expect, holidays, check

  /// Every spelling of every keyword: (spelling, keyword). One table for the lexer, the
  /// formatter and the documentation.
  public static let table: [(String, Keyword)] = [
    ("枚举", .enumeration), ("enum", .enumeration),
    ("事实", .fact), ("fact", .fact),
    ("参数", .parameter), ("parameter", .parameter),
    ("定义", .definition), ("definition", .definition),
    ("后果", .consequence), ("consequence", .consequence),
    ("规则", .rule), ("rule", .rule),
    ("例外于", .exceptionTo), ("exception", .exceptionTo),
    ("当", .when), ("when", .when),
    ("则", .then), ("then", .then),
    ("否则", .otherwise), ("otherwise", .otherwise), ("else", .otherwise),
    ("依据", .basis), ("basis", .basis),
    ("施行", .effective), ("effective", .effective),
    ("起", .from), ("from", .from),
    ("至", .until), ("until", .until),
    ("如果", .if), ("if", .if),
    ("且", .and), ("and", .and),
    ("或", .or), ("or", .or),
    ("非", .not), ("not", .not),
    ("属于", .in), ("in", .in),
    ("真", .true), ("true", .true),
    ("假", .false), ("false", .false),
    ("违法行为", .violation), ("violation", .violation),
    ("情节", .circumstance), ("circumstance", .circumstance),
    ("基准", .standard), ("standard", .standard),
    ("阶次", .tier), ("tier", .tier),
    ("测试", .test), ("test", .test),
    ("已知", .given), ("given", .given),
    ("期望", .expect), ("expect", .expect),
    ("节假日安排", .holidays), ("holidays", .holidays),
    ("检查", .check), ("check", .check),
  ]

  /// Spelling → keyword.
  public static let bySpelling: [String: Keyword] = Dictionary(
    table.map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })

  /// The Chinese spelling.
  public var zh: String { Keyword.table.first { $0.1 == self }!.0 }
  /// The English spelling.
  public var en: String { Keyword.table.last { $0.1 == self && $0.0.first!.isASCII }!.0 }

  /// Contextual keywords: the lexer reads them as names, and only the start of a
  /// declaration gives them meaning, so `阶次` or `情节` stay usable as names.
  public var isContextual: Bool {
    switch self {
    case .violation, .circumstance, .standard, .tier, .test, .given, .expect, .holidays, .check: true
    default: false
    }
  }

  /// Contextual keywords that may not start a top-level line (`阶次` belongs in a 基准, `已知`
  /// and `期望` in a 测试).
  public var isReserved: Bool {
    switch self {
    case .given, .expect, .tier: true
    default: false
    }
  }

  /// Keywords that begin a top-level declaration.
  public var startsDeclaration: Bool {
    switch self {
    case .enumeration, .fact, .parameter, .definition, .consequence: true
    default: isContextual
    }
  }
}

/// Words that are keywords only at the start of a line inside a 违法行为 or 基准 block (or
/// in a tier row); everywhere else they are ordinary names, so `罚款` or `阶次` stay usable.
public enum ContextualKeyword: String, Sendable, CaseIterable {
  case domain, violates, penaltyBasis, parties, sanctions, statutoryFine, transfer, appliesTo
  case boundary, banding, amount, tier, mixed, mitigating, aggravating, fine, inclusive, exclusive
  case conflictsWith, additional, dayOff, workday, passes, deadline, blocksDecision
  case testDate, undetermined, missing, caseFile

  /// Every spelling: (spelling, keyword).
  public static let table: [(String, ContextualKeyword)] = [
    ("领域", .domain), ("domain", .domain), ("违反", .violates), ("violates", .violates),
    ("处罚依据", .penaltyBasis), ("penalty_basis", .penaltyBasis), ("当事人", .parties), ("parties", .parties),
    ("处罚种类", .sanctions), ("sanctions", .sanctions), ("法定罚款", .statutoryFine), ("statutory_fine", .statutoryFine),
    ("移送", .transfer), ("transfer", .transfer), ("适用", .appliesTo), ("applies_to", .appliesTo),
    ("边界", .boundary), ("boundary", .boundary), ("幅度", .banding), ("banding", .banding),
    ("取值", .amount), ("amount", .amount), ("阶次", .tier), ("tier", .tier), ("竞合", .mixed), ("mixed", .mixed),
    ("从轻情节", .mitigating), ("mitigating", .mitigating), ("从重情节", .aggravating), ("aggravating", .aggravating),
    ("罚款", .fine), ("fine", .fine), ("含本数", .inclusive), ("inclusive", .inclusive),
    ("不含本数", .exclusive), ("exclusive", .exclusive),
    ("上位法冲突", .conflictsWith), ("conflicts_with", .conflictsWith),
    ("并处", .additional), ("additionally", .additional),
    ("放假", .dayOff), ("off", .dayOff), ("调休上班", .workday), ("workday", .workday),
    ("通过", .passes), ("passes", .passes), ("期限", .deadline), ("deadline", .deadline),
    ("阻止决定", .blocksDecision), ("blocks_decision", .blocksDecision),
    ("日期", .testDate), ("date", .testDate), ("无法确定", .undetermined), ("undetermined", .undetermined),
    ("缺少", .missing), ("missing", .missing), ("案件", .caseFile), ("case", .caseFile),
  ]

  /// Spelling → keyword.
  public static let bySpelling: [String: ContextualKeyword] = Dictionary(
    table.map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
}
