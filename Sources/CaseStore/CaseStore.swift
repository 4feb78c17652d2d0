import Foundation
import GRDB
import RuleLang

/// The case store: cases as read, the rule sets they were decided under, the evaluations
/// (inputs, outputs and their hashes), legal reviews, and an append-only, hash-chained audit
/// log. SQLite in WAL mode through GRDB; the default file is `./adjudicator.sqlite`.
public final class CaseStore: Sendable {
  /// The file.
  public let path: String
  let pool: DatabasePool

  /// The store's default path.
  public static let defaultPath = "adjudicator.sqlite"

  /// A problem with the store, in both languages.
  public struct StoreError: Error, Sendable {
    /// What went wrong.
    public let message: LocalizedText
    init(_ zh: String, _ en: String) { message = LocalizedText(zh: zh, en: en) }
    init(_ error: Error, _ path: String) {
      message = LocalizedText(zh: "案件库 \(path) 出错: \(error)", en: "store \(path): \(error)")
    }
  }

  /// Opens (creating and migrating if needed) the store at `path`.
  public init(path: String) throws(StoreError) {
    self.path = path
    do {
      var config = Configuration()
      config.foreignKeysEnabled = true
      config.busyMode = .timeout(10)
      pool = try DatabasePool(path: path, configuration: config)
      try StoreSchema.migrator.migrate(pool)
    } catch {
      throw StoreError(error, path)
    }
  }

  /// One evaluation of one case, ready to be stored.
  public struct Evaluation: Sendable {
    /// The case's id.
    public let caseID: String
    /// The file it was read from.
    public let file: String
    /// `xml` or `json`.
    public let format: String
    /// The exact bytes decided.
    public let input: [UInt8]
    /// SHA-256 of the input.
    public let inputHash: String
    /// The rule set's fingerprint.
    public let rulesHash: String
    /// The engine's version.
    public let engineVersion: String
    /// The date whose law applied (ISO).
    public let decisionDate: String
    /// The overall outcome.
    public let outcome: String
    /// Whether the decision is major (重大执法决定): it then awaits 法制审核.
    public let major: Bool
    /// The decision as compact JSON with its trace.
    public let output: String
    /// SHA-256 of the output.
    public let outputHash: String

    /// Creates an evaluation record.
    public init(caseID: String, file: String, format: String, input: [UInt8], rulesHash: String, engineVersion: String,
                decisionDate: String, outcome: String, major: Bool, output: String) {
      self.caseID = caseID
      self.file = file
      self.format = format
      self.input = input
      self.inputHash = Fingerprint.sha256(input)
      self.rulesHash = rulesHash
      self.engineVersion = engineVersion
      self.decisionDate = decisionDate
      self.outcome = outcome
      self.major = major
      self.output = output
      self.outputHash = Fingerprint.sha256(output)
    }
  }

  /// What `record` did.
  public enum RecordResult: Sendable, Equatable {
    /// A new evaluation was stored (its id).
    case stored(Int64)
    /// The same case with the same inputs, rules, engine and date was already stored.
    case unchanged(Int64)
  }

  /// Records an evaluation, its case, its rule set and an audit row in one transaction:
  /// either all of it is stored or none. Recording the same evaluation again changes nothing.
  public func record(_ e: Evaluation, rules: [SourceFile], actor: String, at time: String) throws(StoreError) -> RecordResult {
    switch try record(batch: [e], rules: rules, actor: actor, at: time)[0] {
    case .success(let r): return r
    case .failure(let error): throw error
    }
  }

  /// Records several evaluations in one transaction, each case in its own savepoint: a case is
  /// stored whole or not at all, a failing case does not stop the others, and a process killed
  /// before the commit leaves none of the batch (never half a case).
  public func record(batch: [Evaluation], rules: [SourceFile], actor: String, at time: String)
    throws(StoreError) -> [Result<RecordResult, StoreError>]
  {
    let files = JSONValue.object(rules.sorted { $0.path < $1.path }.map { ($0.path, .string($0.text)) }).compact()
    let path = self.path
    do {
      return try pool.write { db -> [Result<RecordResult, StoreError>] in
        var results: [Result<RecordResult, StoreError>] = []
        var ruleSets: Set<String> = []
        for e in batch {
          do {
            var result = RecordResult.unchanged(0)
            try db.inSavepoint {
              result = try Self.insert(e, ruleFiles: ruleSets.contains(e.rulesHash) ? nil : files, db, actor: actor, at: time)
              return .commit
            }
            ruleSets.insert(e.rulesHash)
            results.append(.success(result))
          } catch {
            results.append(.failure(StoreError(error, path)))
          }
        }
        return results
      }
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError(error, path)
    }
  }

  static func insert(_ e: Evaluation, ruleFiles: String?, _ db: Database, actor: String, at time: String) throws -> RecordResult {
    if let id = try Int64.fetchOne(db, sql: """
      SELECT id FROM evaluations WHERE case_id = ? AND input_hash = ? AND rules_hash = ?
        AND engine_version = ? AND decision_date = ?
      """, arguments: [e.caseID, e.inputHash, e.rulesHash, e.engineVersion, e.decisionDate]) {
      return .unchanged(id)
    }
    try db.execute(sql: """
      INSERT INTO cases (id, file, format, input, input_hash, first_recorded) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT(id) DO UPDATE SET file = excluded.file, format = excluded.format, input = excluded.input,
        input_hash = excluded.input_hash
      """, arguments: [e.caseID, e.file, e.format, Data(e.input), e.inputHash, time])
    if let ruleFiles {
      try db.execute(sql: "INSERT OR IGNORE INTO rule_sets (hash, files) VALUES (?, ?)", arguments: [e.rulesHash, ruleFiles])
    }
    try db.execute(sql: """
      INSERT INTO evaluations (case_id, input_hash, rules_hash, engine_version, decision_date, outcome, major,
        output, output_hash, recorded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """, arguments: [e.caseID, e.inputHash, e.rulesHash, e.engineVersion, e.decisionDate, e.outcome, e.major,
                       e.output, e.outputHash, time])
    let id = db.lastInsertedRowID
    let payload = JSONValue.object([
      ("evaluation", .number(String(id))), ("inputHash", .string(e.inputHash)), ("rulesHash", .string(e.rulesHash)),
      ("engine", .string(e.engineVersion)), ("decisionDate", .string(e.decisionDate)),
      ("outcome", .string(e.outcome)), ("outputHash", .string(e.outputHash)),
    ])
    try AuditLog.append(db, actor: actor, action: "evaluate", caseID: e.caseID, payload: payload, at: time)
    return .stored(id)
  }

  /// A stored evaluation.
  public struct StoredEvaluation: Sendable {
    /// The evaluation's id.
    public let id: Int64
    /// The case's id.
    public let caseID: String
    /// The file it was read from.
    public let file: String
    /// `xml` or `json`.
    public let format: String
    /// The exact bytes decided.
    public let input: [UInt8]
    /// The input hash recorded with the case.
    public let storedInputHash: String
    /// SHA-256 of the input.
    public let inputHash: String
    /// The rule set's fingerprint.
    public let rulesHash: String
    /// The engine's version.
    public let engineVersion: String
    /// The date whose law applied (ISO).
    public let decisionDate: String
    /// The overall outcome.
    public let outcome: String
    public let major: Bool
    /// The decision as compact JSON with its trace.
    public let output: String
    /// SHA-256 of the output.
    public let outputHash: String
    /// When it was recorded (ISO 8601).
    public let recorded: String
  }

  /// The latest evaluation of each case (all cases when `caseIDs` is empty), oldest first.
  public func latestEvaluations(_ caseIDs: [String] = []) throws(StoreError) -> [StoredEvaluation] {
    do {
      return try pool.read { db in
        let rows = try Row.fetchAll(db, sql: """
          SELECT e.*, c.file, c.format, c.input, c.input_hash AS stored_input_hash FROM evaluations e
          JOIN cases c ON c.id = e.case_id
          WHERE e.id = (SELECT MAX(id) FROM evaluations WHERE case_id = e.case_id)
          ORDER BY e.id
          """)
        return rows.map { r in
          StoredEvaluation(
            id: r["id"], caseID: r["case_id"], file: r["file"], format: r["format"],
            input: [UInt8]((r["input"] as Data?) ?? Data()), storedInputHash: r["stored_input_hash"],
            inputHash: r["input_hash"], rulesHash: r["rules_hash"], engineVersion: r["engine_version"],
            decisionDate: r["decision_date"], outcome: r["outcome"], major: r["major"], output: r["output"],
            outputHash: r["output_hash"], recorded: r["recorded"])
        }.filter { caseIDs.isEmpty || caseIDs.contains($0.caseID) }
      }
    } catch {
      throw StoreError(error, path)
    }
  }

  /// The rule files of a stored rule set, as sources.
  public func ruleSet(_ hash: String) throws(StoreError) -> [SourceFile]? {
    do {
      guard let text = try pool.read({ db in try String.fetchOne(db, sql: "SELECT files FROM rule_sets WHERE hash = ?", arguments: [hash]) })
      else { return nil }
      guard case .object(let members)? = try? JSONParser.parse(Array(text.utf8)) else { return nil }
      return members.compactMap { path, v in
        if case .string(let t) = v { SourceFile(path: path, text: t) } else { nil }
      }
    } catch {
      throw StoreError(error, path)
    }
  }

  /// Runs a read-only block on the database (for the reviewer's queue and the verifier).
  func read<T: Sendable>(_ block: @Sendable (Database) throws -> T) throws(StoreError) -> T {
    do { return try pool.read(block) } catch { throw StoreError(error, path) }
  }

  /// Runs a write transaction.
  func write<T: Sendable>(_ block: @Sendable (Database) throws -> T) throws(StoreError) -> T {
    do { return try pool.write(block) } catch let e as StoreError { throw e } catch { throw StoreError(error, path) }
  }
}
