/// Declarations of the enforcement domain: violations (违法行为), discretion standards
/// (基准) and circumstances (情节). The parser also lowers their computable parts into
/// ordinary definitions, so the interpreter evaluates (and traces) them like any rule.
public struct ViolationDecl: Sendable {
  /// The code from the power list (权力清单), e.g. `CG-DL-042`.
  public let code: Name
  /// The violation's name.
  public let title: String
  /// Enforcement domain (城市管理, 生态环境, 市场监管 …).
  public let domain: String?
  /// 违法条款.
  public let violates: [Citation]
  /// 处罚条款.
  public let penaltyBasis: [Citation]
  /// Party types the provision applies to (个人 / 单位); empty means both.
  public let parties: [Name]
  /// Statutory sanctions (行政处罚法 第九条 kinds and orders), as written.
  public let sanctions: [Name]
  /// The version's period.
  public let period: Period?
  /// The statutory fine lines.
  public let fines: [StatutoryFine]
  /// Criminal-transfer threshold: `移送 当 …`.
  public let transfer: (condition: Expr, basis: [Citation])?
  /// Sanctions the law imposes only on a finding: `并处 吊销营业执照 当 情节严重`.
  public let conditionalSanctions: [ConditionalSanction]
  /// Higher-ranking provisions this one may conflict with (`上位法冲突 《…》第N条`): every
  /// decision under it is sent for review, never silently resolved.
  public let conflicts: [Citation]
  /// The whole declaration.
  public let range: SourceRange
}

/// A sanction imposed only when its condition holds (「情节严重的, 吊销营业执照」).
public struct ConditionalSanction: Sendable {
  /// The sanction, as written (吊销营业执照, 没收违法所得 …).
  public let sanction: Name
  /// When it applies.
  public let condition: Expr
  /// Where it was written.
  public let range: SourceRange
}

/// One line of a statutory fine: `法定罚款 [个人|单位] [当 条件] [A 至] B`.
public struct StatutoryFine: Sendable {
  /// The party type it applies to, if only one.
  public let party: Name?
  /// A branch condition (e.g. 货值 below a threshold).
  public let condition: Expr?
  /// The minimum; nil for "B元以下" (maximum only).
  public let minimum: Expr?
  /// The maximum.
  public let maximum: Expr
  /// Where it was written.
  public let range: SourceRange
}

/// How a standard divides the statutory range into bands.
public enum BandingRule: String, Sendable, CaseIterable {
  /// 三七分: 从轻 lowest 30%, 一般 30–70%, 从重 highest 30% (重庆 2023 第十六条; 市场监管 2022).
  case thirtySeventy = "三七分"
  /// 中值分: 从轻 below the midpoint, 从重 above (农业农村部 第十一条).
  case midpoint = "中值分"
  /// 最高额比例: only a maximum: 减轻 < 10%, 从轻 10–30%, 一般 30–70%, 从重 ≥ 70% (重庆 第十六条第三项).
  case maximumShare = "最高额比例"
  /// 按阶次: every tier row states its own amounts.
  case perTier = "按阶次"
}

/// How the amount inside a band is chosen.
public enum AmountChoice: String, Sendable, CaseIterable {
  case lower = "下限", middle = "中值", upper = "上限"
}

/// A discretion standard (裁量基准) for one violation.
public struct StandardDecl: Sendable {
  /// The standard's name (its document title or a short name).
  public let name: Name
  /// The violation code it applies to.
  public let code: Name
  /// Citations of the standard itself.
  public let basis: [Citation]
  /// Its period in force.
  public let period: Period?
  /// Whether 以上/以下 include the number (default true, 《民法典》第一千二百五十九条).
  public let boundaryInclusive: Bool
  /// How bands are computed.
  public let banding: BandingRule?
  /// How the amount inside a band is chosen.
  public let amount: AmountChoice?
  /// When mitigating and aggravating circumstances meet: nil = human review (需人工审核);
  /// a tier = the standard's explicit rule.
  public let mixedRule: Name?
  /// Circumstances that mitigate (从轻情节) and aggravate (从重情节) under this standard.
  public let mitigating: [Name]
  /// Aggravating circumstances.
  public let aggravating: [Name]
  /// The tier rows, in order.
  public let rows: [TierRow]
  /// The whole declaration.
  public let range: SourceRange
}

/// One row of a standard's table: `阶次 一般 「一般」 当 条件 罚款 A 至 B`.
public struct TierRow: Sendable {
  /// The tier (a case of 裁量阶次).
  public let tier: Name
  /// The row's own label in the published table (轻微 / 一般 / 严重 …).
  public let label: Name
  /// The row's condition.
  public let condition: Expr?
  /// The row's own amounts, if it states them.
  public let minimum: Expr?
  /// Maximum of the row's band (or the fixed amount, when there is no minimum).
  public let maximum: Expr?
  /// Whether the row states a fixed amount (`罚款 8000元`).
  public let fixed: Bool
  /// Citations of this row.
  public let basis: [Citation]
  /// Where it was written.
  public let range: SourceRange
}

/// A year's holiday arrangement (节假日安排), as the State Council's notice sets it:
/// ```
/// 节假日安排 2024
///   依据 《国务院办公厅关于2024年部分节假日安排的通知》
///   放假 春节 2024-02-10 至 2024-02-17
///   调休上班 2024-02-04, 2024-02-18
/// ```
public struct HolidayDecl: Sendable {
  /// The year.
  public let year: Int
  /// Where the year was written.
  public let yearRange: SourceRange
  /// The notice.
  public let basis: [Citation]
  /// Holidays: name, first and last day off.
  public let daysOff: [(name: Name, from: CivilDate, until: CivilDate, range: SourceRange)]
  /// 调休 working days.
  public let workdays: [(date: CivilDate, range: SourceRange)]
  /// The whole declaration.
  public let range: SourceRange
}

/// A procedural check (三项制度 and procedure deadlines) over the case's record:
/// ```
/// 检查 事后公示 「行政处罚决定应当自作出之日起七个工作日内公示」
///   依据 《行政处罚法》第四十八条第一款
///   适用 当 拟处理结论 = 处罚
///   通过 当 公示日期 <= 加工作日(决定日期, 7)
///   后果 「逾期未公示: 立即公示」
///   期限 加工作日(决定日期, 7)
///   阻止决定
/// ```
/// It is lowered into the definition `名称` of the enumeration 检查结果 (通过 / 不通过 / 不适用 /
/// 无法判断 when a fact is missing) and, with a 期限, the date `名称·期限`.
public struct CheckDecl: Sendable {
  /// The check's name.
  public let name: Name
  /// What it requires, in words.
  public let title: String
  /// Its legal basis.
  public let basis: [Citation]
  /// The period it is in force.
  public let period: Period?
  /// When it applies (otherwise 不适用).
  public let applies: Expr?
  /// When it passes.
  public let passes: Expr
  /// What a failure means or requires, in words.
  public let consequence: String?
  /// The date by which the requirement must be met (or the failure mended).
  public let deadline: Expr?
  /// Whether a failure (or not knowing) blocks the decision.
  public let blocksDecision: Bool
  /// The whole declaration.
  public let range: SourceRange
}
