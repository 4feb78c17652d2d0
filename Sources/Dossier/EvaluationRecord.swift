import CaseStore
import PenaltyDomain
import RuleLang

/// What a dossier is built from: one stored evaluation's record (ids, hashes, date, outcome,
/// major, the output JSON) — the columns of `CaseStore.StoredEvaluation` the dossier reads.
public struct EvaluationRecord: Sendable {
  /// The evaluation's id in the store.
  public var id: Int64
  /// The case id.
  public var caseID: String
  /// The case file as recorded.
  public var file: String
  /// `xml` or `json`.
  public var format: String
  /// The case input's bytes, as stored.
  public var input: [UInt8]
  /// SHA-256 of the input the evaluation was made on.
  public var inputHash: String
  /// SHA-256 of the input as stored now.
  public var storedInputHash: String
  /// SHA-256 of the rule set.
  public var rulesHash: String
  /// The engine version.
  public var engineVersion: String
  /// The decision date the evaluation was made for.
  public var decisionDate: String
  /// The recorded outcome.
  public var outcome: String
  /// Whether the decision is major (重大执法决定).
  public var major: Bool
  /// The output: the decision as compact JSON with its trace.
  public var output: String
  /// SHA-256 of the output.
  public var outputHash: String
  /// When it was recorded.
  public var recorded: String

  /// The record of a stored evaluation.
  public init(_ e: CaseStore.StoredEvaluation) {
    id = e.id
    caseID = e.caseID
    file = e.file
    format = e.format
    input = e.input
    inputHash = e.inputHash
    storedInputHash = e.storedInputHash
    rulesHash = e.rulesHash
    engineVersion = e.engineVersion
    decisionDate = e.decisionDate
    outcome = e.outcome
    major = e.major
    output = e.output
    outputHash = e.outputHash
    recorded = e.recorded
  }

  /// Reads the stored case again (the dossier shows the case as supplied).
  public func readCase() throws(DossierError) -> EnforcementCase {
    do {
      return try DecisionRecording.readCase(input, format: format, file: file)
    } catch {
      throw DossierError(zh: "记录的案件无法读取: \(error.text(.zh))", en: "the stored case cannot be read: \(error.text(.en))")
    }
  }
}

extension DossierModel {
  /// The dossier of a stored evaluation: reads its case and output; `ruleSources` (the stored
  /// rule set) places each check in the group of the file that declares it.
  public init(evaluation: CaseStore.StoredEvaluation, ruleSources: [SourceFile] = []) throws(DossierError) {
    let record = EvaluationRecord(evaluation)
    try self.init(record: record, case: try record.readCase(),
                  checkFiles: CheckGroups.declaringFiles(in: ruleSources))
  }
}
