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
