import Foundation
import RuleLang
import Testing
import TestSupport

/// End-to-end tests of `adjudicator evaluate` on the built binary.
@Suite struct EvaluateCommandTests {
  @Test func decidesTheSampleWithItsCitations() throws {
    let r = try BinaryRunner.run(["evaluate", "--no-store", "Samples/cases/s07-df-2024-031.xml"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("案件 登城罚〔2024〕031号"))
    #expect(r.stdout.contains("结论: 处罚"))
    #expect(r.stdout.contains("阶次: 一般"))
    #expect(r.stdout.contains("处罚: 罚款 7500元, 幅度 [5000元, 10000元] 〔《城市道路管理条例》第四十二条；《登封市城市管理局行政处罚裁量基准》〕"))
    #expect(r.stderr.contains("共 1 件: 处罚 1"))
  }

  @Test func jsonCarriesTheTrace() throws {
    let r = try BinaryRunner.run(["evaluate", "--no-store", "--format", "json", "--lang", "en", "Samples/cases/s07-df-2024-031.xml"])
    #expect(r.status == 0, "\(r.stderr)")
    let json = try JSONParser.parse(Array(r.stdout.utf8))
    guard case .array(let cases) = json, let first = cases.first,
      case .array(let violations)? = first["violations"], let decision = violations.first?["decision"]
    else {
      Issue.record("unexpected JSON: \(r.stdout.prefix(400))")
      return
    }
    #expect(first["outcome"] == .string("处罚"))
    #expect(decision["fine"] == .string("7500"))
    #expect(decision["tier"] == .string("一般"))
    guard case .array(let trace)? = decision["trace"] else {
      Issue.record("no trace")
      return
    }
    #expect(trace.contains { $0["name"] == .string("登封市城市管理局裁量基准S07·阶次") && $0["rule"]?["label"] == .string("一般") })
  }

  @Test func jsonLinesGivesOneLinePerCase() throws {
    let r = try BinaryRunner.run(["evaluate", "--no-store", "--format", "jsonl", "Samples/cases/s07-df-2024-031.xml", "Samples/cases/s07-df-2024-032.json"])
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    for line in lines { #expect((try? JSONParser.parse(Array(line.utf8))) != nil) }
  }

  @Test func outputKeepsInputOrderWhateverTheThreads() throws {
    let one = try BinaryRunner.run(["evaluate", "--no-store", "--format", "jsonl", "--jobs", "1", "Samples/cases"], timeout: 300)
    let four = try BinaryRunner.run(["evaluate", "--no-store", "--format", "jsonl", "--jobs", "4", "Samples/cases"], timeout: 300)
    #expect(one.status == 0, "\(one.stderr)")
    #expect(four.status == 0, "\(four.stderr)")
    #expect(!four.stderr.contains("无法读取"), "every sample loads on worker threads: \(four.stderr.prefix(600))")
    #expect(four.stderr.contains("共 88 件"), "\(four.stderr)")
    #expect(one.stdout == four.stdout)
    #expect(one.stdout.split(separator: "\n").count >= 88)
    #expect(one.stderr == four.stderr)
  }

  @Test func badFilesAreReportedAndTheBatchGoesOn() throws {
    let dir = try BinaryRunner.temporaryDirectory()
    try FileManager.default.copyItem(atPath: Golden.repositoryRoot().appendingPathComponent("Samples/cases/s07-df-2024-031.xml").path,
                                     toPath: dir.appendingPathComponent("a-good.xml").path)
    try "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<case id=\"&e;\"/>\n"
      .write(to: dir.appendingPathComponent("b-xxe.xml"), atomically: true, encoding: .utf8)
    try "".write(to: dir.appendingPathComponent("c-empty.xml"), atomically: true, encoding: .utf8)
    try "{\"id\": 1,".write(to: dir.appendingPathComponent("d-truncated.json"), atomically: true, encoding: .utf8)
    let r = try BinaryRunner.run(["evaluate", "--no-store", dir.path])
    #expect(r.status == 1)
    #expect(r.stdout.contains("登城罚〔2024〕031号"))
    #expect(r.stderr.contains("b-xxe.xml:2:1: 案件文件不得包含 DTD 或实体声明"), "\(r.stderr)")
    #expect(r.stderr.contains("c-empty.xml:1:1: 文件为空"), "\(r.stderr)")
    #expect(r.stderr.contains("d-truncated.json:1:"), "\(r.stderr)")
    #expect(!r.stderr.contains("root:"), "no file contents may leak")
    #expect(r.stderr.contains("无法读取 3 件"))
  }

  @Test func unknownViolationCodeIsALocatedError() throws {
    let dir = try BinaryRunner.temporaryDirectory()
    let sample = try String(contentsOf: Golden.repositoryRoot().appendingPathComponent("Samples/cases/s07-df-2024-031.xml"), encoding: .utf8)
    try sample.replacingOccurrences(of: "<violation code=\"CG-DL-042\"", with: "<violation code=\"CG-DL-043\"")
      .write(to: dir.appendingPathComponent("x.xml"), atomically: true, encoding: .utf8)
    let r = try BinaryRunner.run(["evaluate", "--no-store", "--lang", "en", dir.appendingPathComponent("x.xml").path])
    #expect(r.status == 1)
    #expect(r.stderr.contains("x.xml:8:3: the rule library has no violation code \"CG-DL-043\"; did you mean \"CG-DL-042\""), "\(r.stderr)")
  }

  @Test func usageErrors() throws {
    #expect(try BinaryRunner.run(["evaluate"]).status == 64)
    #expect(try BinaryRunner.run(["evaluate", "--no-store", "--format", "yaml", "Samples/cases"]).status == 64)
    #expect(try BinaryRunner.run(["evaluate", "--no-store", "--date", "2024-02-30", "Samples/cases"]).status == 64)
  }
}
