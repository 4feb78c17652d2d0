import RuleLang

/// A procedural check as recorded: result, basis, reads, consequence, deadline.
public struct CheckEntry: Sendable {
  /// The check's name.
  public var name: String
  /// What it requires.
  public var title: String
  /// 通过 / 不通过 / 不适用 / 无法判断.
  public var result: String
  /// Its legal basis.
  public var citations: [String]
  /// What it read.
  public var reads: [ReadEntry]
  /// Records whose absence left it undetermined.
  public var missing: [String]
  /// Why it could not be told, when a rule failed for another reason.
  public var problem: String?
  /// What a failure means or requires.
  public var consequence: String?
  /// The date by which the requirement must be met.
  public var deadline: String?
  /// Whether failing (or not knowing) blocks the decision.
  public var blocksDecision: Bool

  /// Whether the check failed or could not be told.
  public var isOpen: Bool { result == CheckGroups.fail || result == CheckGroups.unknown }
}

/// The checks of one of the three systems (or of the procedure deadlines).
public struct CheckGroup: Sendable {
  /// The group.
  public var kind: CheckGroupKind
  /// Its checks, in the recorded order.
  public var checks: [CheckEntry]
}

/// 公示 / 全过程记录 / 法制审核 / 程序期限 / 其他.
public enum CheckGroupKind: String, Sendable, CaseIterable {
  /// 行政执法公示.
  case publicity
  /// 执法全过程记录.
  case records
  /// 重大执法决定法制审核.
  case legalReview
  /// 程序与期限.
  case deadlines
  /// A check the table does not place.
  case other

  /// The group's title.
  public var title: LocalizedText {
    switch self {
    case .publicity: LocalizedText(zh: "行政执法公示", en: "Publicity (公示)")
    case .records: LocalizedText(zh: "执法全过程记录", en: "Full-process records (全过程记录)")
    case .legalReview: LocalizedText(zh: "重大执法决定法制审核", en: "Legal review (法制审核)")
    case .deadlines: LocalizedText(zh: "程序与期限", en: "Procedure and deadlines (程序期限)")
    case .other: LocalizedText(zh: "其他检查", en: "Other checks")
    }
  }
}

/// Which group a check belongs to: by the rule file that declares it when the stored rule set
/// is at hand, else by name.
public enum CheckGroups {
  static let pass = "通过"
  static let fail = "不通过"
  static let notApplicable = "不适用"
  static let unknown = "无法判断"

  /// The rule files of `Rules/procedure/` and their groups.
  static let fileGroups: [(String, CheckGroupKind)] = [
    ("publicity", .publicity), ("full-process-records", .records), ("legal-review", .legalReview),
    ("procedure-deadlines", .deadlines),
  ]

  /// The checks of the rule library, by name.
  static let nameGroups: [String: CheckGroupKind] = {
    var table: [String: CheckGroupKind] = [:]
    let groups: [(CheckGroupKind, [String])] = [
      (.publicity, ["事前公示", "出示证件", "两人执法", "处罚决定公示", "其他决定公示", "公示隐去个人信息", "未成年人不公开", "撤回公示"]),
      (.records, ["启动记录", "调查取证记录", "审核记录", "决定记录", "送达记录", "执行记录", "强制措施音像", "音像入卷", "音像不中断"]),
      (.legalReview, ["法制审核在先", "审核人员回避", "审核人员资格", "审核意见同意", "审核期限"]),
      (.deadlines, ["简易程序条件", "事先告知", "陈述申辩期满", "听证权利告知", "听证申请期满", "听证举行", "听证通知期限",
                    "负责人集体讨论", "办案期限", "延期审批", "送达期限", "结案期限"]),
    ]
    for (kind, names) in groups { for n in names { table[n] = kind } }
    return table
  }()

  /// The file that declares each check (`检查 名称 「…」` at the start of a line) in a rule set.
  public static func declaringFiles(in sources: [SourceFile]) -> [String: String] {
    var files: [String: String] = [:]
    for source in sources.sorted(by: { $0.path < $1.path }) {
      for line in source.text.split(separator: "\n", omittingEmptySubsequences: true) where line.hasPrefix("检查 ") {
        let name = line.dropFirst(3).prefix { $0 != " " && $0 != "「" && $0 != "\t" }
        if !name.isEmpty && files[String(name)] == nil { files[String(name)] = source.path }
      }
    }
    return files
  }

  /// The group of a check: from its declaring file's name when known, else from the table.
  public static func group(of name: String, declaredIn file: String?) -> CheckGroupKind {
    if let file {
      let base = file.split(separator: "/").last.map(String.init) ?? file
      if let hit = fileGroups.first(where: { base.hasPrefix($0.0) }) { return hit.1 }
    }
    return nameGroups[name] ?? .other
  }

  /// Groups checks, keeping the recorded order inside each group and the groups' fixed order.
  static func grouped(_ checks: [CheckEntry], files: [String: String]) -> [CheckGroup] {
    CheckGroupKind.allCases.compactMap { kind in
      let members = checks.filter { group(of: $0.name, declaredIn: files[$0.name]) == kind }
      return members.isEmpty ? nil : CheckGroup(kind: kind, checks: members)
    }
  }
}

/// Something that must still be done, and by when.
public struct OutstandingItem: Sendable {
  /// A missing fact, or an open check.
  public enum Kind: String, Sendable {
    /// A fact the decision needs (待补充).
    case missingFact
    /// A check that failed or could not be told.
    case check
  }

  /// The kind.
  public var kind: Kind
  /// The fact's name, or the check's name.
  public var name: String
  /// What is required (the check's consequence or title; the violation for a fact).
  public var detail: String
  /// The check's result, for a check.
  public var result: String?
  /// The date by which it must be done, when the record gives one.
  public var deadline: String?
  /// Where the deadline comes from (the check that sets it).
  public var deadlineSource: String?
  /// Whether it blocks the decision.
  public var blocksDecision: Bool
}
