import RuleLang

/// The 法制审核 sheet: the review items of 国办发〔2018〕118号 (十三) and 住建部令第55号 第二十四条,
/// each answered from the recorded decision and checks (which check or step supports it) or left
/// open (待审核) for the reviewer.
public struct LegalReviewSheet: Sendable {
  /// Whether the decision is major (重大执法决定), as stored.
  public var major: Bool
  /// The items, in the order of 118号 (十三).
  public var items: [ReviewItem]
}

/// One review item.
public struct ReviewItem: Sendable {
  /// Which item.
  public var key: ReviewItemKey
  /// What the record says about it.
  public var status: ReviewStatus
  /// The recorded steps, checks and case data behind the answer.
  public var support: [ReviewSupport]
}

/// Where an answer comes from.
public struct ReviewSupport: Sendable {
  /// A recorded check, a recorded step, the case file, the draft, or the record.
  public enum Source: String, Sendable {
    case check, step, caseFile, draft, record
  }

  /// The source.
  public var source: Source
  /// The check's name, the violation's code, or the case field.
  public var name: String
  /// The check's result, the step's text, or the value.
  public var text: String
  /// Citations.
  public var citations: [String]
}

/// 有依据 / 有问题 / 待审核.
public enum ReviewStatus: String, Sendable {
  /// The record supports the item (checks passed, steps recorded).
  case supported
  /// The record shows a problem (a check failed, a review reason, a missing fact).
  case problem
  /// The record does not settle it: the reviewer must (待审核).
  case open

  /// The status's name.
  public var title: LocalizedText {
    switch self {
    case .supported: LocalizedText(zh: "有依据", en: "supported")
    case .problem: LocalizedText(zh: "有问题", en: "problem")
    case .open: LocalizedText(zh: "待审核", en: "open")
    }
  }
}

/// The review items (118号 (十三); 55号令 第二十四条).
public enum ReviewItemKey: String, Sendable, CaseIterable {
  case subject, personnel, procedure, facts, evidence, law, discretion, competence, documents, transfer, other

  /// The item as the texts put it.
  public var title: LocalizedText {
    switch self {
    case .subject: LocalizedText(zh: "执法主体是否合法", en: "Is the enforcing body lawful (主体)")
    case .personnel: LocalizedText(zh: "执法人员是否具备执法资格", en: "Are the officers qualified (人员资格)")
    case .procedure: LocalizedText(zh: "执法程序是否合法", en: "Is the procedure lawful (程序)")
    case .facts: LocalizedText(zh: "当事人基本情况、案件事实是否清楚", en: "Are the party's data and the facts clear (事实)")
    case .evidence: LocalizedText(zh: "证据是否合法充分", en: "Is the evidence lawful and sufficient (证据)")
    case .law: LocalizedText(zh: "适用法律、法规、规章是否准确", en: "Are the laws applied correctly (法律适用)")
    case .discretion: LocalizedText(zh: "裁量基准运用是否适当", en: "Is the discretion standard applied properly (裁量基准运用)")
    case .competence: LocalizedText(zh: "是否超越执法机关法定权限", en: "Does the decision stay within the agency's powers (权限)")
    case .documents: LocalizedText(zh: "执法文书是否完备、规范", en: "Are the documents complete and proper (文书)")
    case .transfer: LocalizedText(zh: "违法行为是否涉嫌犯罪、需要移送司法机关", en: "Is a crime suspected, to be transferred (涉嫌犯罪移送)")
    case .other: LocalizedText(zh: "法律、法规规定应当审核的其他内容", en: "Other matters the law requires (其他)")
    }
  }

  /// Where the item comes from.
  public var basis: String {
    let clause = ["（一）", "（一）", "（二）", "（三）", "（三）", "（四）", "（四）", "（五）", "（六）", "（七）", "（八）"]
    let i = Self.allCases.firstIndex(of: self)!
    return self == .other ? "住建部令第55号 第二十四条（八）" : "国办发〔2018〕118号（十三）；住建部令第55号 第二十四条\(clause[i])"
  }
}
