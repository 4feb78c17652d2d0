import Foundation
import GRDB
import RuleLang

/// `adjudicator verify`: every stored output still has its hash, the latest evaluation of each
/// case decides again to the same output under its recorded rule set, each evaluation has its
/// audit row, and the audit chain is unbroken. Each finding names the case or the row.
public enum Verifier {
  /// One thing that does not hold.
  public struct Finding: Sendable {
    /// The case concerned, if any.
    public let caseID: String?
    /// The audit row concerned, if any.
    public let auditSeq: Int64?
    /// What is wrong.
    public let message: LocalizedText
  }

  /// Verifies the store (only the given cases' evaluations when `caseIDs` is not empty; the
  /// audit chain always in full).
  public static func verify(_ store: CaseStore, caseIDs: [String] = [], engineVersion: String) throws(CaseStore.StoreError) -> (checked: Int, findings: [Finding]) {
    var findings: [Finding] = []
    let rows = try AuditLog.rows(store)
    for b in AuditLog.breaks(rows) { findings.append(Finding(caseID: nil, auditSeq: b.seq, message: b.reason)) }
    var audited: [Int64: JSONValue] = [:]
    for r in rows where r.action == "evaluate" {
      if let json = try? JSONParser.parse(Array(r.payload.utf8)), case .number(let n)? = json["evaluation"], let id = Int64(n) {
        audited[id] = json
      }
    }
    let all = try store.read { db in
      try Row.fetchAll(db, sql: "SELECT id, case_id, output, output_hash, input_hash, rules_hash, decision_date FROM evaluations ORDER BY id")
        .map { (id: $0["id"] as Int64, caseID: $0["case_id"] as String, output: $0["output"] as String,
                outputHash: $0["output_hash"] as String, inputHash: $0["input_hash"] as String,
                rulesHash: $0["rules_hash"] as String, date: $0["decision_date"] as String) }
    }
    var checked = 0
    for e in all where caseIDs.isEmpty || caseIDs.contains(e.caseID) {
      checked += 1
      func fail(_ zh: String, _ en: String) { findings.append(Finding(caseID: e.caseID, auditSeq: nil, message: LocalizedText(zh: zh, en: en))) }
      if Fingerprint.sha256(e.output) != e.outputHash {
        fail("第 \(e.id) 次评价的输出与其哈希不符 (输出被改动)", "evaluation \(e.id): the output does not match its hash (the output was altered)")
      }
      guard let a = audited[e.id] else {
        fail("第 \(e.id) 次评价没有审计记录", "evaluation \(e.id) has no audit row")
        continue
      }
      if a["outputHash"] != .string(e.outputHash) || a["inputHash"] != .string(e.inputHash)
        || a["rulesHash"] != .string(e.rulesHash) || a["decisionDate"] != .string(e.date) {
        fail("第 \(e.id) 次评价与其审计记录不符", "evaluation \(e.id) differs from its audit row")
      }
    }
    // Each recorded rule set is read and compiled once, however many cases it decided.
    var compiled: [String: (sources: [SourceFile], program: CheckedProgram?)?] = [:]
    for latest in try store.latestEvaluations(caseIDs) {
      func fail(_ text: LocalizedText) { findings.append(Finding(caseID: latest.caseID, auditSeq: nil, message: text)) }
      if Fingerprint.sha256(latest.input) != latest.inputHash || latest.storedInputHash != latest.inputHash {
        fail(LocalizedText(zh: "案件输入与记录的哈希不符 (输入被改动)", en: "the case input does not match its recorded hash (the input was altered)"))
        continue
      }
      if compiled[latest.rulesHash] == nil {
        let sources = try store.ruleSet(latest.rulesHash)
        compiled[latest.rulesHash] = sources.flatMap { s in
          Fingerprint.ruleSet(s) == latest.rulesHash ? (s, RuleCompiler.compile(s).program) : nil
        } ?? .some(nil)
      }
      guard let ruleSet = compiled[latest.rulesHash] ?? nil else {
        fail(LocalizedText(zh: "记录的规则集缺失或被改动", en: "the recorded rule set is missing or altered"))
        continue
      }
      switch DecisionRecording.redecide(latest, program: ruleSet.program, sources: ruleSet.sources) {
      case .failure(let reason): fail(reason.text)
      case .success(let output) where output != latest.output:
        let note = latest.engineVersion == engineVersion ? ("", "") : (" (记录的引擎版本 \(latest.engineVersion))", " (recorded engine \(latest.engineVersion))")
        fail(LocalizedText(zh: "重新评价的结果与记录不符" + note.0, en: "re-evaluation differs from the recorded output" + note.1))
      case .success: break
      }
    }
    return (checked, findings)
  }
}
