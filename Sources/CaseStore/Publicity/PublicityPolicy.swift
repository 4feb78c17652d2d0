import RuleLang

/// The publication rules the record applies that are not in the stored decision: the two date
/// fields that are not the decision date. Each states its source; what is UNVERIFIED is marked.
public struct PublicityPolicy: Sendable {
  /// 处罚有效期 (CF_YXQ) of a decision whose penalties are all spent when executed (警告,
  /// 通报批评, 罚款, 没收). publicity.md §2.4 rule 9: 「处罚有效期 has no settled meaning for a
  /// fine or a warning」; the choice is configuration and is UNVERIFIED as what the platform expects.
  public enum Validity: Sendable, Equatable {
    /// The decision date plus days: the real 双鸭山 row [C:8313365510] has 2019-10-10 → 2019-10-17.
    case daysAfterDecision(Int)
    /// `2099/12/31`, 「长期」 (verified for the 许可 record's 有效期至 [C:3417401498], assumed here).
    case longTerm
    /// Left empty (and listed as missing).
    case none
  }

  /// The 处罚有效期 rule for one-off penalties (default: decision date + 7 days, as the real row).
  public var validity: Validity
  /// Whether a decision that the stored checks block (`blocked`: a blocking check failed or
  /// could not be told, so the decision must not be made yet) is withheld (default: yes).
  public var withholdBlocked: Bool

  /// Creates a policy.
  public init(validity: Validity = .daysAfterDecision(7), withholdBlocked: Bool = true) {
    self.validity = validity
    self.withholdBlocked = withholdBlocked
  }

  /// The default policy.
  public static let standard = PublicityPolicy()

  /// A 信用修复 regime: how long a 行政处罚 stays on the credit sites (publicity.md §4).
  public struct Regime: Sendable {
    /// The instrument.
    public let name: String
    /// First day in force.
    public let from: CivilDate
    /// Last day in force (nil: still in force).
    public let until: CivilDate?
    /// The longest publication period in years when it is one for every 行政处罚; nil when it
    /// depends on a severity class (轻微 / 一般 / 严重) that neither the stored decision nor the
    /// case records.
    public let maximumYears: Int?
    /// What the period depends on, for the missing-field reason.
    public let note: String
  }

  /// The regimes, by date. The regime is chosen by the decision date (which date decides at a
  /// transition is UNVERIFIED, publicity.md §4).
  public static let regimes: [Regime] = [
    Regime(
      name: "发改办财金〔2019〕527号", from: CivilDate(year: 2019, month: 7, day: 4)!, until: CivilDate(year: 2023, month: 4, day: 30)!,
      maximumYears: nil,
      note: "一般失信最长1年、严重失信最长3年; 失信程度未记录 (起止日期 UNVERIFIED)"),
    Regime(
      name: "国家发展改革委令第58号", from: CivilDate(year: 2023, month: 5, day: 1)!, until: CivilDate(year: 2026, month: 3, day: 31)!,
      maximumYears: 3,
      note: "行政处罚信息最长公示期三年, 起点为行政处罚作出时间 (深圳转述, 条文未读, UNVERIFIED)"),
    Regime(
      name: "国家发展改革委令第36号", from: CivilDate(year: 2026, month: 4, day: 1)!, until: nil,
      maximumYears: nil,
      note: "轻微原则上不公示(最长3个月)、一般最长1年、严重最长3年; 失信程度未记录 (分类条文 UNVERIFIED)"),
  ]

  /// The regime in force on a date.
  public static func regime(on date: CivilDate) -> Regime? {
    regimes.first { $0.from <= date && ($0.until.map { date <= $0 } ?? true) }
  }

  /// `YYYY/MM/DD` (publicity.md §2.2 #23: 「格式为YYYY/MM/DD」, verified for the 许可 record).
  public static func format(_ d: CivilDate) -> String {
    d.description.replacingOccurrences(of: "-", with: "/")
  }

  /// The far-future date that means 长期.
  public static let longTermText = "2099/12/31"
}
