import Foundation
import GRDB
import RuleLang

/// Legal reviews (法制审核) of stored evaluations: the opinion, the checklist findings and any
/// override, each recorded with an audit row in one transaction.
extension CaseStore {
  /// A review to record.
  public struct Review: Sendable {
    /// The case's id.
    public let caseID: String
    /// The evaluation reviewed.
    public let evaluationID: Int64
    /// The reviewer's id in the register.
    public let reviewer: String
    /// 同意 / 补充调查 / 改正 / 移送.
    public let opinion: String
    /// Checklist findings by item number.
    public let findings: [Int: String]
    /// The reviewer's note.
    public let note: String
    /// An override of the computed tier or amount, with its reason and citation.
    public let override: (tier: String?, fine: String?, reason: String, citation: String)?

    /// Creates a review.
    public init(caseID: String, evaluationID: Int64, reviewer: String, opinion: String, findings: [Int: String], note: String,
                override: (tier: String?, fine: String?, reason: String, citation: String)?) {
      self.caseID = caseID
      self.evaluationID = evaluationID
      self.reviewer = reviewer
      self.opinion = opinion
      self.findings = findings
      self.note = note
      self.override = override
    }
  }

  /// Records a review and its audit row; returns the review's id.
  public func record(_ r: Review, actor: String, at time: String) throws(StoreError) -> Int64 {
    var findings: [(String, JSONValue)] = r.findings.keys.sorted().map { (String($0), .string(r.findings[$0]!)) }
    if let o = r.override {
      findings.append(("override", .object([
        ("tier", o.tier.map { .string($0) } ?? .null), ("fine", o.fine.map { .string($0) } ?? .null),
        ("reason", .string(o.reason)), ("citation", .string(o.citation)),
      ])))
    }
    let findingsText = JSONValue.object(findings).compact()
    return try write { db in
      try db.execute(sql: """
        INSERT INTO reviews (case_id, evaluation_id, reviewer, opinion, findings, note, recorded) VALUES (?, ?, ?, ?, ?, ?, ?)
        """, arguments: [r.caseID, r.evaluationID, r.reviewer, r.opinion, findingsText, r.note, time])
      let id = db.lastInsertedRowID
      try AuditLog.append(db, actor: actor, action: "review", caseID: r.caseID, payload: .object([
        ("review", .number(String(id))), ("evaluation", .number(String(r.evaluationID))), ("reviewer", .string(r.reviewer)),
        ("opinion", .string(r.opinion)), ("findings", .string(findingsText)), ("note", .string(r.note)),
      ]), at: time)
      return id
    }
  }

  /// A recorded review.
  public struct StoredReview: Sendable {
    /// The review's id.
    public let id: Int64
    /// The case's id.
    public let caseID: String
    /// The evaluation reviewed.
    public let evaluationID: Int64
    /// The reviewer's id in the register.
    public let reviewer: String
    /// 同意 / 补充调查 / 改正 / 移送.
    public let opinion: String
    /// Checklist findings and any override (JSON).
    public let findings: String
    /// The reviewer's note.
    public let note: String
    /// When it was recorded (ISO 8601).
    public let recorded: String
  }

  /// The reviews of a case, oldest first.
  public func reviews(of caseID: String) throws(StoreError) -> [StoredReview] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM reviews WHERE case_id = ? ORDER BY id", arguments: [caseID]).map {
        StoredReview(id: $0["id"], caseID: $0["case_id"], evaluationID: $0["evaluation_id"], reviewer: $0["reviewer"],
                     opinion: $0["opinion"], findings: $0["findings"], note: $0["note"], recorded: $0["recorded"])
      }
    }
  }

  /// Major decisions whose latest evaluation has no review yet, oldest first.
  public func awaitingReview() throws(StoreError) -> [StoredEvaluation] {
    let reviewed = try read { db in
      Set(try Int64.fetchAll(db, sql: "SELECT DISTINCT evaluation_id FROM reviews"))
    }
    return try latestEvaluations().filter { $0.major && !reviewed.contains($0.id) }
  }
}
