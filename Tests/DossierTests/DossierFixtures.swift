import Adjudication
import CaseStore
import Dossier
import Foundation
import RuleLang
import TestSupport

/// Stored evaluations of sample cases, made the way `evaluate --store` makes them but with
/// repository-relative paths, a fixed engine version and a fixed time, so dossiers rendered from
/// them are the same on every machine.
enum DossierFixtures {
  static let root = Golden.repositoryRoot()
  static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
  static let recordedAt = "2024-06-30T10:00:00+08:00"

  /// The rule library, with paths relative to the repository (as the CLI sees them from the root).
  static let sources: [SourceFile] = {
    let absolute = (try? RuleCompiler.loadSources([root.appendingPathComponent("Rules").path])) ?? []
    return absolute.map { SourceFile(path: String($0.path.dropFirst(root.path.count + 1)), text: $0.text) }
  }()

  static let program: CheckedProgram? = RuleCompiler.compile(sources).program

  struct FixtureError: Error, CustomStringConvertible {
    let description: String
  }

  /// Decides a case file's text and records it in a fresh store; returns the stored evaluation.
  static func stored(text: String, file: String) throws -> CaseStore.StoredEvaluation {
    guard let program else { throw FixtureError(description: "the rule library does not compile") }
    let format = file.hasSuffix(".xml") ? "xml" : "json"
    let c = try DecisionRecording.readCase(Array(text.utf8), format: format, file: file)
    let date = c.decisionDate ?? CivilDate(year: 2024, month: 6, day: 30)!
    let decision = try Adjudicator(program: program).decide(c, fallbackDate: date)
    let evaluation = DecisionRecording.evaluation(c, decision, sources: sources, rulesHash: Fingerprint.ruleSet(sources),
                                                  engineVersion: "test", decisionDate: date)
    let path = try BinaryRunner.temporaryDirectory().appendingPathComponent("store.sqlite").path
    let store = try CaseStore(path: path)
    _ = try store.record(evaluation, rules: sources, actor: "tester", at: recordedAt)
    guard let stored = try store.latestEvaluations([c.id]).first else { throw FixtureError(description: "not stored: \(c.id)") }
    return stored
  }

  /// A sample case (`Samples/cases/NAME`), decided and stored.
  static func stored(sample: String) throws -> CaseStore.StoredEvaluation {
    let file = "Samples/cases/\(sample)"
    return try stored(text: String(contentsOf: root.appendingPathComponent(file), encoding: .utf8), file: file)
  }

  /// The dossier of a sample.
  static func dossier(sample: String) throws -> DossierModel {
    try DossierModel(evaluation: try stored(sample: sample), ruleSources: sources)
  }

  /// The dossier with what changes with every rule edit or run replaced by fixed text: the
  /// recorded time, the rule set's hash and the output's hash (which covers the trace's rule
  /// positions). The input hash stays: it depends on the sample only.
  static func normalised(_ m: DossierModel) -> DossierModel {
    var m = m
    m.record.recorded = "(recorded time)"
    m.record.rulesHash = "(rule set hash)"
    m.record.outputHash = "(output hash)"
    return m
  }

  /// An executable on PATH, if installed.
  static func tool(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// Runs a program; returns its exit status and combined output. Kills it after `timeout` seconds.
  static func run(_ executable: String, _ arguments: [String], timeout: TimeInterval = 120) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let timer = DispatchWorkItem { if process.isRunning { process.terminate() } }
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: timer)
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    timer.cancel()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}
