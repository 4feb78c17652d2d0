import RuleLang

/// Dossier: the internal case file (案卷) of one stored evaluation — the case summary, the facts
/// and evidence used, each violation's legal basis, standard, tier, band and amount with the full
/// citation chain, the procedural checks, what is missing and by when, a draft 决定书, the 法制审核
/// sheet and the hashes — rendered as JSON, XML or HTML.
///
/// Everything in a dossier is read from what was recorded (the stored output JSON with its trace,
/// and the stored case); nothing is decided again. For the `adjudicator dossier` command and for
/// anyone who needs the recorded decision in a reviewable document.

/// The dossier of one stored evaluation.
public struct DossierModel: Sendable {
  /// The case summary.
  public var summary: CaseSummary
  /// The case's overall outcome, as recorded (处罚 / 不予处罚 / 移送 / 需人工审核 / 待补充).
  public var outcome: String
  /// Whether the recorded decision is major (重大执法决定), as stored.
  public var major: Bool
  /// Whether a check that blocks the decision failed or could not be told, as stored.
  public var blocked: Bool
  /// The facts the rules read (from the trace), in first-read order.
  public var facts: [FactEntry]
  /// The case's evidence items.
  public var evidence: [EvidenceEntry]
  /// One entry per violation.
  public var violations: [ViolationEntry]
  /// The procedural checks, grouped (公示 / 全过程记录 / 法制审核 / 程序期限 / 其他).
  public var checkGroups: [CheckGroup]
  /// What is missing and by when.
  public var outstanding: [OutstandingItem]
  /// The draft decision document, or the notice of why there is none.
  public var draft: Draft
  /// The 法制审核 sheet.
  public var legalReview: LegalReviewSheet
  /// The record's hashes and provenance.
  public var record: RecordInfo
}

/// Who, what and when: the case as supplied.
public struct CaseSummary: Sendable {
  /// The case id (案件编号).
  public var caseID: String
  /// The case file as recorded (path and format).
  public var file: String
  /// `xml` or `json`.
  public var format: String
  /// The agency's code.
  public var agencyCode: String
  /// The agency's name (执法主体).
  public var agencyName: String
  /// The violation codes in the agency's power list (权力清单), as given.
  public var agencyPowers: [String]
  /// 个人 or 单位.
  public var partyKind: String
  /// The party's name.
  public var partyName: String
  /// 身份证号 or 统一社会信用代码, as given (this is the internal file).
  public var identityNumber: String?
  /// The address, as given.
  public var address: String?
  /// The birth date (个人), as given.
  public var birthDate: String?
  /// The violations alleged, with their dates.
  public var violations: [AllegedEntry]
  /// When the act was discovered.
  public var discovered: String?
  /// The decision date the evaluation was recorded for.
  public var decisionDate: String
  /// The decision document's number (文号), when the case gives one.
  public var decisionNumber: String?
  /// The procedural record, in the case's order.
  public var procedure: [ProcedureEntry]
}

/// An alleged violation with its dates.
public struct AllegedEntry: Sendable {
  /// The code.
  public var code: String
  /// Its title, as recorded in the output.
  public var title: String?
  /// When the act occurred (began).
  public var occurred: String
  /// When a continuing act ended.
  public var ended: String?
  /// The act it belongs to (one act breaking several norms).
  public var act: String?
}

/// One event of the procedural record.
public struct ProcedureEntry: Sendable {
  /// What happened (立案, 现场检查, 告知 …).
  public var kind: String
  /// When.
  public var date: String
  /// Officers present, with their certificates.
  public var officers: [String]
  /// Documents issued.
  public var documents: [String]
}

/// A fact the rules read.
public struct FactEntry: Sendable {
  /// The fact's name.
  public var name: String
  /// The value read, displayed; nil when the case does not give it.
  public var value: String?
  /// The value as written in the case file, when it is a case fact.
  public var given: String?
}

/// An evidence item and the circumstances it supports.
public struct EvidenceEntry: Sendable {
  /// The identifier within the case.
  public var id: String
  /// The kind (《行政处罚法》第四十六条).
  public var kind: String
  /// The record identifier.
  public var record: String?
  /// A short description.
  public var description: String?
  /// The circumstances claimed with this item.
  public var supports: [String]
}

/// A value the rules read: name, where it came from and its value (nil: missing).
public struct ReadEntry: Sendable {
  /// The name.
  public var name: String
  /// `fact`, `definition` or `evaluationDate`.
  public var source: String
  /// The value, displayed; nil when missing.
  public var value: String?
}

/// Where the dossier stands on producing a 决定书.
public enum Draft: Sendable {
  /// A draft decision document.
  case document(DecisionDocument)
  /// No document: why, and what must happen first.
  case notice(DecisionNotice)
}

/// The record's provenance: ids, hashes, engine and time.
public struct RecordInfo: Sendable {
  /// The evaluation's id in the store.
  public var evaluationID: Int64
  /// SHA-256 of the rule set.
  public var rulesHash: String
  /// SHA-256 of the case input the evaluation was made on.
  public var inputHash: String
  /// SHA-256 of the case input as stored now (differs only when tampered with).
  public var storedInputHash: String
  /// SHA-256 of the stored output.
  public var outputHash: String
  /// The engine version.
  public var engineVersion: String
  /// When the evaluation was recorded.
  public var recorded: String
}
