import RuleLang

/// The kinds of evidence of 《行政处罚法》第四十六条.
public enum EvidenceKind: String, Sendable, CaseIterable {
  case documentary = "书证"
  case physical = "物证"
  case audiovisual = "视听资料"
  case electronic = "电子数据"
  case witness = "证人证言"
  case partyStatement = "当事人的陈述"
  case expertOpinion = "鉴定意见"
  case inspectionRecord = "勘验笔录"
  case onSiteRecord = "现场笔录"
}

/// An evidence item.
public struct EvidenceItem: Sendable {
  /// Its identifier within the case.
  public var id: String
  /// Its kind (Art 46).
  public var kind: EvidenceKind
  /// The record identifier (卷宗号 / 文件号 / 音像编号).
  public var record: String?
  /// A short description.
  public var description: String?

  /// Creates an evidence item.
  public init(id: String, kind: EvidenceKind, record: String?, description: String?) {
    self.id = id
    self.kind = kind
    self.record = record
    self.description = description
  }
}

/// The kinds of events in the procedural record.
public enum ProcedureEventKind: String, Sendable, CaseIterable {
  case verification = "核查", filing = "立案", investigation = "调查取证", inspection = "现场检查"
  case preservation = "先行登记保存", seizure = "查封扣押", demolition = "强制拆除", notice = "告知"
  case statement = "陈述申辩", hearingNotice = "听证告知", hearingRequest = "听证申请", hearing = "听证"
  case legalReview = "法制审核", collectiveDiscussion = "集体讨论", decision = "决定", service = "送达"
  case publication = "公示", withdrawal = "撤回公示", execution = "执行", closing = "结案"
  case extensionApproval = "延期批准", suspension = "中止"
}

/// An officer present at an event.
public struct Officer: Sendable {
  /// Name.
  public var name: String
  /// 执法证号.
  public var certificate: String?
  /// 法律职业资格 certificate number (a legal reviewer's qualification).
  public var qualification: String?

  /// Creates an officer.
  public init(name: String, certificate: String?, qualification: String? = nil) {
    self.name = name
    self.certificate = certificate
    self.qualification = qualification
  }
}

/// A record made at an event (文字 or 音像).
public struct EventRecord: Sendable {
  /// 文字 (written) or 音像 (audio-video).
  public var kind: String
  /// The record's identifier.
  public var id: String
  /// Whether it was archived into the case file (入卷).
  public var archived: Bool
  /// Whether an audio-video record was interrupted.
  public var interrupted: Bool
  /// The recorded reason for an interruption, if any.
  public var explanation: String?

  /// Creates a record.
  public init(kind: String, id: String, archived: Bool, interrupted: Bool = false, explanation: String? = nil) {
    self.kind = kind
    self.id = id
    self.archived = archived
    self.interrupted = interrupted
    self.explanation = explanation
  }
}

/// One event of the procedural record.
public struct ProcedureEvent: Sendable {
  /// What happened.
  public var kind: ProcedureEventKind
  /// When (date).
  public var date: CivilDate
  /// When (time of day, `HH:MM`), where it matters.
  public var time: String?
  /// Officers present.
  public var officers: [Officer]
  /// Records made.
  public var records: [EventRecord]
  /// Documents issued (文书编号).
  public var documents: [String]
  /// Where it was written.
  public var origin: Origin
  /// The last day of a period the event opens (中止, 听证, 检测, 鉴定), if it has one.
  public var until: CivilDate?
  /// Days granted (延期批准).
  public var days: Int?
  /// The opinion recorded (法制审核: 同意 / 补充调查 / 改正 / 移送 …).
  public var opinion: String?
  /// Whether personal information was removed before publication (公示).
  public var redacted: Bool?
  /// Whether the officers showed their certificates (现场检查, 调查取证 …).
  public var certificatesShown: Bool?

  /// Creates an event.
  public init(kind: ProcedureEventKind, date: CivilDate, time: String?, officers: [Officer],
              records: [EventRecord], documents: [String], origin: Origin) {
    self.kind = kind
    self.date = date
    self.time = time
    self.officers = officers
    self.records = records
    self.documents = documents
    self.origin = origin
  }
}

/// The decision actually taken in a closed case.
public struct RecordedDecision: Sendable {
  /// 处罚 / 不予处罚 / 移送 …
  public var outcome: String
  /// The tier applied, if stated.
  public var tier: String?
  /// The fine in yuan (exact decimal text), if any.
  public var fine: String?
  /// The decision's date.
  public var date: CivilDate?
  /// The decision document's number.
  public var number: String?

  /// Creates a recorded decision.
  public init(outcome: String, tier: String?, fine: String?, date: CivilDate?, number: String?) {
    self.outcome = outcome
    self.tier = tier
    self.fine = fine
    self.date = date
    self.number = number
  }
}
