/// What the checker learned about violations and standards; the adjudication engine reads
/// it to find the lowered definitions and the metadata around them.
public struct ViolationInfo: Sendable {
  /// The code.
  public let code: String
  /// The name.
  public let title: String
  /// Enforcement domain.
  public let domain: String?
  /// 违法条款.
  public let violates: [Citation]
  /// 处罚条款.
  public let penaltyBasis: [Citation]
  /// Party types (empty = both).
  public let parties: [String]
  /// Statutory sanctions.
  public let sanctions: [String]
  /// Sanctions imposed only on a finding; each has a lowered definition
  /// (``LoweredName/conditionalSanction(_:_:)``) that says whether it applies.
  public let conditionalSanctions: [String]
  /// The version's period.
  public let period: Period?
  /// Labels of this version's fine rules (in the lowered fine definitions) and whether each
  /// states a minimum.
  public let fineLines: [(label: String, hasMinimum: Bool)]
  /// Higher-ranking provisions it may conflict with.
  public let conflicts: [Citation]
  /// Where it is declared.
  public let range: SourceRange
}

/// A discretion standard, checked.
public struct StandardInfo: Sendable {
  /// The tiers (裁量阶次) of 国办发〔2022〕27号 (六) and 《行政处罚法》第三十条至第三十三条, lightest
  /// first; the enumeration 裁量阶次 in Rules/common/types.rules lists the same.
  public static let tiers = ["不予处罚", "免予处罚", "减轻", "从轻", "一般", "从重"]

  /// Its name.
  public let name: String
  /// The violation it applies to.
  public let code: String
  /// Its citations.
  public let basis: [Citation]
  /// Its period.
  public let period: Period?
  /// Whether 以上/以下 include the number.
  public let boundaryInclusive: Bool
  /// How bands are computed.
  public let banding: BandingRule?
  /// How the amount inside a band is chosen.
  public let amount: AmountChoice?
  /// The explicit tier when mitigating and aggravating circumstances meet.
  public let mixedRule: String?
  /// Mitigating circumstances (fact names).
  public let mitigating: [String]
  /// Aggravating circumstances (fact names).
  public let aggravating: [String]
  /// The rows.
  public let rows: [TierRowInfo]
  /// Where it is declared.
  public let range: SourceRange
}

/// A checked tier row.
public struct TierRowInfo: Sendable {
  /// The tier (a case of 裁量阶次).
  public let tier: String
  /// The row's label.
  public let label: String
  /// Whether the row states a fixed amount.
  public let fixed: Bool
  /// Whether the row states its own amounts.
  public let hasAmounts: Bool
  /// Where it is written.
  public let range: SourceRange
}

/// Names of the definitions lowered from domain declarations. Users cannot write `·` in a
/// name, so they never collide with the rules' own names.
public enum LoweredName {
  /// The statutory maximum fine of a violation.
  public static func maximumFine(_ code: String) -> String { "\(code)·法定罚款上限" }
  /// The statutory minimum fine of a violation (0 when only a maximum is set).
  public static func minimumFine(_ code: String) -> String { "\(code)·法定罚款下限" }
  /// Whether a violation meets its criminal-transfer threshold.
  public static func transfer(_ code: String) -> String { "\(code)·移送" }
  /// A procedural check's result (检查结果).
  public static func check(_ name: String) -> String { name }
  /// The date a check's requirement must be met by.
  public static func checkDeadline(_ name: String) -> String { "\(name)·期限" }
  /// Whether a conditional sanction (`并处 X 当 …`) applies.
  public static func conditionalSanction(_ code: String, _ sanction: String) -> String { "\(code)·并处·\(sanction)" }
  /// The tier a standard's rows give.
  public static func tier(_ standard: String) -> String { "\(standard)·阶次" }
  /// A row's minimum amount.
  public static func rowMinimum(_ standard: String, _ row: String) -> String { "\(standard)·\(row)·下限" }
  /// A row's maximum (or fixed) amount.
  public static func rowMaximum(_ standard: String, _ row: String) -> String { "\(standard)·\(row)·上限" }
}

/// A procedural check (检查), checked. Its result is the definition ``name`` (an enumeration
/// case of 检查结果); its deadline, if any, the definition ``LoweredName/checkDeadline(_:)``.
public struct CheckInfo: Sendable {
  /// The check's name (and the name of its result definition).
  public let name: String
  /// What it requires, in words.
  public let title: String
  /// Its legal basis.
  public let basis: [Citation]
  /// The period it is in force.
  public let period: Period?
  /// What a failure means or requires.
  public let consequence: String?
  /// Whether it has a deadline definition.
  public let hasDeadline: Bool
  /// Whether failing (or not knowing) blocks the decision.
  public let blocksDecision: Bool
  /// Where it is declared.
  public let range: SourceRange
}
