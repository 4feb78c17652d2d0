import Foundation
import Testing
import TestSupport

/// End-to-end tests of the legal reviewer's desk: the queue of major decisions, recording an
/// opinion, the register, 回避 and overrides — all recorded in the audit log that verify checks.
@Suite struct ReviewCommandTests {
  /// A store holding the samples' decisions.
  static func store() throws -> String {
    let path = try BinaryRunner.temporaryDirectory().appendingPathComponent("review.sqlite").path
    let r = try BinaryRunner.run(["evaluate", "--store", path, "--format", "jsonl",
                                  "Samples/cases/proc-clean-major.xml", "Samples/cases/s07-df-2024-031.xml"])
    #expect(r.status == 0, "\(r.stderr)")
    return path
  }

  @Test func theQueueListsMajorDecisionsWithTheirDeadline() throws {
    let path = try Self.store()
    let q = try BinaryRunner.run(["review", "queue", "--store", path])
    #expect(q.status == 0, "\(q.stderr)")
    #expect(q.stdout.contains("待法制审核 (1 件"), "\(q.stdout)")
    #expect(q.stdout.contains("审核期限"), "\(q.stdout)")
    #expect(!q.stdout.contains("登城罚〔2024〕031号"), "a 7500元 fine is not a major decision")
  }

  @Test func recordingChecksTheRegisterAndRecusal() throws {
    let path = try Self.store()
    func record(_ reviewer: String, _ extra: [String] = []) throws -> BinaryRunner.Result {
      try BinaryRunner.run(["review", "record", "--store", path, "--register", "Samples/reviewers.json", "登城罚〔2024〕031号",
                            "--reviewer", reviewer, "--opinion", "同意", "--note", "审核意见"] + extra)
    }
    let unknown = try record("FZ-99")
    #expect(unknown.status == 1 && unknown.stderr.contains("不在名册中"), "\(unknown.stderr)")
    let unqualified = try record("FZ-03")
    #expect(unqualified.status == 1 && unqualified.stderr.contains("未取得法律职业资格"), "\(unqualified.stderr)")
    let investigator = try record("FZ-04")  // 张三 inspected this case on site
    #expect(investigator.status == 1 && investigator.stderr.contains("应当回避"), "\(investigator.stderr)")
    let noReason = try record("FZ-01", ["--override-fine", "5000"])
    #expect(noReason.status == 64, "an override needs a reason and a citation")
    let ok = try record("FZ-01", ["--item", "7=裁量基准运用恰当", "--override-fine", "5000", "--reason", "当事人主动消除危害后果",
                                  "--citation", "《行政处罚法》第三十二条第一项"])
    #expect(ok.status == 0, "\(ok.stderr)")
    #expect(ok.stdout.contains("已记录法制审核意见「同意」"))
    let verified = try BinaryRunner.run(["verify", "--store", path])
    #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
  }
}
