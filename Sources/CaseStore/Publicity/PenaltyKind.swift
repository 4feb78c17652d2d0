/// The kinds of administrative penalty of 《行政处罚法》(2021) 第九条, in the article's order:
/// the values of 处罚类别 (CF_CFLB, publicity.md §2.4 rule 6).
public enum PenaltyKind: String, CaseIterable, Sendable, Comparable {
  case warning = "警告"
  case circulatedCriticism = "通报批评"
  case fine = "罚款"
  case confiscateIllegalGains = "没收违法所得"
  case confiscateIllegalProperty = "没收非法财物"
  case suspendLicence = "暂扣许可证件"
  case lowerQualification = "降低资质等级"
  case revokeLicence = "吊销许可证件"
  case restrictBusiness = "限制开展生产经营活动"
  case suspendProduction = "责令停产停业"
  case closeDown = "责令关闭"
  case restrictPractice = "限制从业"
  case detention = "行政拘留"
  case other = "其他"

  public static func < (a: PenaltyKind, b: PenaltyKind) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }

  /// Whether the kind is a confiscation (its amount goes to CF_NR_WFFF).
  public var isConfiscation: Bool { self == .confiscateIllegalGains || self == .confiscateIllegalProperty }

  /// Whether the kind is spent when it is executed (its 处罚有效期 follows the fine/warning rule of
  /// publicity.md §2.4 rule 9); the others last for an ordered period or for good.
  public var isOneOff: Bool { [.warning, .circulatedCriticism, .fine, .confiscateIllegalGains, .confiscateIllegalProperty].contains(self) }

  /// What a sanction recorded by the engine (`sanctions[].kind` of the stored output) is in the
  /// terms of 第九条. A mapping of names, not a legal judgement made here: the rules name the
  /// sanctions; this table only says which 第九条 kind each name is.
  public enum Classification: Sendable, Equatable {
    /// One of the 第九条 kinds; `note` says when the name was read as that kind rather than
    /// written as it.
    case penalty(PenaltyKind, note: String?)
    /// An order to correct or stop (责令改正, 责令限期改正, 责令停止建设 …): 第二十八条 orders it
    /// alongside a penalty; it is not a 第九条 kind, so never a 处罚类别 (it may be in 处罚内容).
    case order
    /// A name this table does not know: never guessed.
    case unknown
  }

  /// Old (pre-2021) names of the licence kinds: 「暂扣或者吊销许可证、暂扣或者吊销执照」.
  static let suspensions: Set<String> = ["暂扣许可证", "暂扣执照", "暂扣许可证件"]
  static let revocations: Set<String> = ["吊销许可证", "吊销执照", "吊销营业执照", "吊销许可证件"]
  /// Orders to stop production or business read as 责令停产停业 (第九条第五项). That 停业整治 /
  /// 停产整治 / 停产整顿 are 责令停产停业 is the common reading, UNVERIFIED.
  static let stoppages: Set<String> = ["责令停产", "责令停业", "责令停产停业", "责令停业整治", "责令停产整治", "责令停产整顿", "责令停业整顿"]

  /// Classifies a sanction name of the stored output.
  public static func classify(_ name: String) -> Classification {
    if let k = PenaltyKind(rawValue: name), k != .other { return .penalty(k, note: nil) }
    if suspensions.contains(name) { return .penalty(.suspendLicence, note: "「\(name)」按第九条第四项归入「暂扣许可证件」") }
    if revocations.contains(name) { return .penalty(.revokeLicence, note: "「\(name)」按第九条第四项归入「吊销许可证件」") }
    if stoppages.contains(name) {
      return .penalty(.suspendProduction, note: "「\(name)」归入「责令停产停业」(第九条第五项; 常见理解, UNVERIFIED)")
    }
    // 第九条第三项 has two confiscations only: what is not 违法所得 is 非法财物.
    if name.hasPrefix("没收") { return .penalty(.confiscateIllegalProperty, note: "「\(name)」按第九条第三项归入「没收非法财物」") }
    if name.hasPrefix("责令") { return .order }
    return .unknown
  }
}
