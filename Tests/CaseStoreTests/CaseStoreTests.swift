import Adjudication
import CaseFiles
import CaseStore
import Foundation
import RuleLang
import Testing
import TestSupport

/// The store: migrations from an empty file, append-only triggers, idempotent recording,
/// tamper detection by `verify`, and consistency after a process is killed mid-batch.
@Suite struct CaseStoreTests {
  static let root = Golden.repositoryRoot()

  static func temporaryStore() throws -> String {
    try BinaryRunner.temporaryDirectory().appendingPathComponent("store.sqlite").path
  }

  /// Decides a sample and returns what evaluate --store would record.
  static func evaluation(_ sample: String) throws -> (CaseStore.Evaluation, [SourceFile]) {
    let sources = try RuleCompiler.loadSources([root.appendingPathComponent("Rules").path])
    let program = try #require(RuleCompiler.compile(sources).program)
    guard case .loaded(let c)? = CaseFileLoader.load(file: root.appendingPathComponent("Samples/cases/\(sample)").path).first else {
      throw CancellationError()
    }
    let date = c.decisionDate ?? CivilDate(year: 2024, month: 6, day: 30)!
    let decision = try Adjudicator(program: program).decide(c, fallbackDate: date)
    return (DecisionRecording.evaluation(c, decision, sources: sources, rulesHash: Fingerprint.ruleSet(sources),
                                         engineVersion: "test", decisionDate: date), sources)
  }

  @Test func migratesAnEmptyFileAndRecordsIdempotently() throws {
    let path = try Self.temporaryStore()
    let store = try CaseStore(path: path)
    let (e, sources) = try Self.evaluation("s07-df-2024-031.xml")
    let first = try store.record(e, rules: sources, actor: "tester", at: "2024-06-30T10:00:00+08:00")
    let again = try store.record(e, rules: sources, actor: "tester", at: "2024-06-30T10:05:00+08:00")
    guard case .stored(let id) = first else {
      Issue.record("the first record should store")
      return
    }
    #expect(again == .unchanged(id))
    #expect(try AuditLog.rows(store).count == 1)
    // Reopening an existing store migrates nothing and keeps the data.
    let reopened = try CaseStore(path: path)
    #expect(try reopened.latestEvaluations().map(\.caseID) == ["登城罚〔2024〕031号"])
    let verified = try Verifier.verify(reopened, engineVersion: "test")
    #expect(verified.findings.isEmpty, "\(verified.findings.map(\.message.en))")
  }

  @Test func aBatchStoresEachCaseWholeOrNotAtAll() throws {
    let path = try Self.temporaryStore()
    let store = try CaseStore(path: path)
    let (a, sources) = try Self.evaluation("s07-df-2024-031.xml")
    let (b, _) = try Self.evaluation("s07-df-2024-032.json")
    let (c, _) = try Self.evaluation("barbecue-yz-2024-501.xml")
    // The second case is refused half-way: after its case row, at its evaluation row.
    let refusal = SQLiteShell.run(path, """
      CREATE TRIGGER refuse_b BEFORE INSERT ON evaluations WHEN NEW.case_id = '\(b.caseID)'
      BEGIN SELECT RAISE(ABORT, 'refused for the test'); END;
      """)
    #expect(!refusal.contains("Error"), "\(refusal)")
    let results = try store.record(batch: [a, b, c], rules: sources, actor: "tester", at: "2024-06-30T10:00:00+08:00")
    #expect(results.count == 3)
    if case .success(.stored) = results[0] {} else { Issue.record("a is stored: \(results[0])") }
    if case .failure = results[1] {} else { Issue.record("b is refused: \(results[1])") }
    if case .success(.stored) = results[2] {} else { Issue.record("c is stored: \(results[2])") }
    #expect(try store.latestEvaluations().map(\.caseID).sorted() == [a.caseID, c.caseID].sorted())
    // Nothing of b remains: no case row (rolled back with its savepoint), no audit row.
    #expect(SQLiteShell.run(path, "SELECT count(*) FROM cases WHERE id = '\(b.caseID)';").trimmingCharacters(in: .whitespacesAndNewlines) == "0")
    #expect(try AuditLog.rows(store).count == 2)
    let verified = try Verifier.verify(store, engineVersion: "test")
    #expect(verified.findings.isEmpty, "\(verified.findings.map(\.message.en))")
  }

  @Test func theAuditLogAndEvaluationsRefuseUpdateAndDelete() throws {
    let path = try Self.temporaryStore()
    let store = try CaseStore(path: path)
    let (e, sources) = try Self.evaluation("s07-df-2024-032.json")
    _ = try store.record(e, rules: sources, actor: "tester", at: "2024-06-30T10:00:00+08:00")
    for sql in ["UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log", "UPDATE evaluations SET outcome = 'x'",
                "DELETE FROM evaluations"] {
      let r = SQLiteShell.run(path, sql)
      #expect(r.contains("append-only"), "\(sql): \(r)")
    }
  }

  @Test func tamperingBehindTheToolsBackIsNamed() throws {
    let path = try Self.temporaryStore()
    let store = try CaseStore(path: path)
    for sample in ["s07-df-2024-031.xml", "s07-df-2024-032.json", "gp-minor-13.xml"] {
      let (e, sources) = try Self.evaluation(sample)
      _ = try store.record(e, rules: sources, actor: "tester", at: "2024-06-30T10:00:00+08:00")
    }
    // An intruder with the file drops the triggers and edits an output, an audit row and a
    // case input.
    _ = SQLiteShell.run(path, """
      DROP TRIGGER evaluations_no_update; DROP TRIGGER audit_log_no_update;
      UPDATE evaluations SET output = replace(output, '7500', '750') WHERE case_id = '登城罚〔2024〕031号';
      UPDATE audit_log SET actor = 'mallory' WHERE seq = 2;
      UPDATE cases SET input = replace(input, '1.5平方米', '0.5平方米') WHERE id = '登城罚〔2024〕032号';
      """)
    let findings = try Verifier.verify(try CaseStore(path: path), engineVersion: "test").findings
    let named = findings.map { ($0.caseID ?? "row \($0.auditSeq ?? 0)") + ": " + $0.message.en }
    #expect(named.contains { $0.hasPrefix("登城罚〔2024〕031号: evaluation") && $0.contains("output does not match its hash") }, "\(named)")
    #expect(named.contains { $0.hasPrefix("登城罚〔2024〕031号: re-evaluation differs") }, "\(named)")
    #expect(named.contains { $0 == "row 2: audit row 2 was altered" }, "\(named)")
    #expect(named.contains { $0.hasPrefix("登城罚〔2024〕032号: the case input does not match") }, "\(named)")
    #expect(!named.contains { $0.hasPrefix("童") || $0.contains("gp-minor") }, "the untouched case holds")
  }
}

/// Runs SQL with Python's sqlite3 module (the test plays an intruder outside the tool).
enum SQLiteShell {
  static func run(_ path: String, _ sql: String) -> String {
    let script = """
      import sqlite3, sys
      c = sqlite3.connect(sys.argv[1])
      try:
          if sys.argv[2].lstrip().upper().startswith("SELECT"):
              print(c.execute(sys.argv[2]).fetchone()[0])
          else:
              c.executescript(sys.argv[2]); c.commit(); print("ok")
      except Exception as e:
          print(e)
      """
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", script, path, sql]
    let out = Pipe()
    p.standardOutput = out
    p.standardError = out
    try? p.run()
    p.waitUntilExit()
    return String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  }
}
