import CaseStore
import Foundation
import RuleLang
import Testing
import TestSupport

/// A process killed in the middle of a batch leaves only complete cases: each stored case has
/// its evaluation and its audit row, the chain holds, and evaluating again completes the rest.
@Suite struct KillMidBatchTests {
  @Test func aKilledBatchLeavesOnlyCompleteCases() throws {
    let dir = try BinaryRunner.temporaryDirectory()
    let sample = try String(contentsOf: Golden.repositoryRoot().appendingPathComponent("Samples/cases/s07-df-2024-032.json"),
                            encoding: .utf8).replacingOccurrences(of: "\n", with: " ")
    let count = 400
    let lines = (0..<count).map { sample.replacingOccurrences(of: "登城罚〔2024〕032号", with: "批量〔2024〕\($0)号") }
    let batch = dir.appendingPathComponent("batch.jsonl")
    try lines.joined(separator: "\n").write(to: batch, atomically: true, encoding: .utf8)
    let store = dir.appendingPathComponent("store.sqlite").path

    let process = Process()
    process.executableURL = BinaryRunner.executable
    process.arguments = ["evaluate", "--store", store, "--format", "jsonl", batch.path]
    process.currentDirectoryURL = Golden.repositoryRoot()
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    // Let it record some cases, then kill it without warning.
    let deadline = Date().addingTimeInterval(20)
    while Date() < deadline, (try? FileManager.default.attributesOfItem(atPath: store + "-wal")[.size] as? Int ?? 0) ?? 0 < 150_000 {
      Thread.sleep(forTimeInterval: 0.02)
    }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()

    let opened = try CaseStore(path: store)
    let stored = try opened.latestEvaluations()
    #expect(stored.count < count, "the batch should have been interrupted (stored \(stored.count))")
    let rows = try AuditLog.rows(opened)
    #expect(rows.count == stored.count, "every stored evaluation has exactly one audit row")
    let verified = try Verifier.verify(opened, engineVersion: "0.1.0")
    #expect(verified.findings.isEmpty, "\(verified.findings.prefix(3).map(\.message.en))")

    // Running the batch again records only what is missing.
    let rerun = try BinaryRunner.run(["evaluate", "--store", store, "--format", "jsonl", batch.path], timeout: 300)
    #expect(rerun.status == 0, "\(rerun.stderr.suffix(300))")
    #expect(rerun.stderr.contains("新记录 \(count - stored.count) 件"), "\(rerun.stderr.suffix(300))")
    #expect(try CaseStore(path: store).latestEvaluations().count == count)
  }
}
