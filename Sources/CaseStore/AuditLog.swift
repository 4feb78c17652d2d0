import Foundation
import GRDB
import RuleLang

/// The append-only audit log. Each row holds the SHA-256 of its own content and of the row
/// before it, so changing or removing any row (even with the triggers dropped) breaks the
/// chain at that row; 118号 (九) asks for records that cannot be altered or deleted unseen.
public enum AuditLog {
  /// The hash the first row links to.
  public static let genesis = String(repeating: "0", count: 64)

  /// One row.
  public struct Row: Sendable {
    /// Its position in the chain (1, 2, …).
    public let seq: Int64
    /// When (ISO 8601).
    public let at: String
    /// Who.
    public let actor: String
    /// What (evaluate, review).
    public let action: String
    /// The case concerned, if any.
    public let caseID: String?
    /// What was recorded (compact JSON).
    public let payload: String
    /// The previous row's hash.
    public let prevHash: String
    /// This row's hash.
    public let hash: String
  }

  /// The hash of a row's content and its predecessor's hash.
  public static func hash(seq: Int64, at: String, actor: String, action: String, caseID: String?, payload: String,
                          prevHash: String) -> String {
    Fingerprint.sha256([prevHash, String(seq), at, actor, action, caseID ?? "", payload].joined(separator: "\n"))
  }

  /// Appends a row inside the caller's transaction.
  static func append(_ db: Database, actor: String, action: String, caseID: String?, payload: JSONValue, at: String) throws {
    let last = try GRDB.Row.fetchOne(db, sql: "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
    let seq: Int64 = (last?["seq"] ?? 0) + 1
    let prev: String = last?["hash"] ?? genesis
    let text = payload.compact()
    let h = hash(seq: seq, at: at, actor: actor, action: action, caseID: caseID, payload: text, prevHash: prev)
    try db.execute(sql: """
      INSERT INTO audit_log (seq, at, actor, action, case_id, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      """, arguments: [seq, at, actor, action, caseID, text, prev, h])
  }

  /// Every row, in order.
  public static func rows(_ store: CaseStore) throws(CaseStore.StoreError) -> [Row] {
    try store.read { db in
      try GRDB.Row.fetchAll(db, sql: "SELECT * FROM audit_log ORDER BY seq").map { r in
        Row(seq: r["seq"], at: r["at"], actor: r["actor"], action: r["action"], caseID: r["case_id"],
            payload: r["payload"], prevHash: r["prev_hash"], hash: r["hash"])
      }
    }
  }

  /// The rows whose hash or link is wrong, or that are missing from the sequence, each with
  /// the reason; empty when the chain holds.
  public static func breaks(_ rows: [Row]) -> [(seq: Int64, reason: LocalizedText)] {
    var out: [(Int64, LocalizedText)] = []
    var prev = genesis
    var expected: Int64 = 1
    for r in rows {
      if r.seq != expected {
        out.append((r.seq, LocalizedText(zh: "审计记录缺失: 应为第 \(expected) 条, 实为第 \(r.seq) 条",
                                         en: "audit rows missing: expected row \(expected), found \(r.seq)")))
      }
      if r.prevHash != prev {
        out.append((r.seq, LocalizedText(zh: "第 \(r.seq) 条审计记录与前一条不相连", en: "audit row \(r.seq) does not link to the row before it")))
      }
      let h = hash(seq: r.seq, at: r.at, actor: r.actor, action: r.action, caseID: r.caseID, payload: r.payload, prevHash: r.prevHash)
      if h != r.hash {
        out.append((r.seq, LocalizedText(zh: "第 \(r.seq) 条审计记录的内容已被改动", en: "audit row \(r.seq) was altered")))
      }
      prev = r.hash
      expected = r.seq + 1
    }
    return out
  }
}
