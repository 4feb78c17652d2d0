import Foundation
import RuleLang
import Testing
import TestSupport

/// End-to-end tests of `adjudicator test` on the built binary.
@Suite struct TestCommandTests {
  static let rules = """
    事实 单体面积: 平方米
    后果 阶次: 文本
      依据 《示例基准》
      规则 轻微 当 单体面积 < 2平方米 则 「从轻」
      规则 一般 当 单体面积 >= 2平方米 则 「一般」

    """

  static let passing = """
    测试 「轻微」
      日期 2024-06-30
      已知 单体面积 = 1平方米
      期望 阶次 = 「从轻」 规则 轻微 依据 《示例基准》

    """

  static let failing = """
    测试 「错的期望」
      日期 2024-06-30
      已知 单体面积 = 5平方米
      期望 阶次 = 「从轻」 规则 轻微

    """

  static func file(_ text: String, _ name: String = "x_test.rules") throws -> URL {
    let url = try BinaryRunner.temporaryDirectory().appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url
  }

  @Test func passingTestsExitZeroAndEndWithTheSummary() throws {
    let url = try Self.file(Self.rules + Self.passing)
    let r = try BinaryRunner.run(["test", url.path])
    #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
    #expect(r.stdout.contains("通过  轻微"))
    #expect(r.stdout.hasSuffix("通过 1, 失败 0\n"))
    let en = try BinaryRunner.run(["test", "--lang", "en", url.path])
    #expect(en.stdout.hasSuffix("1 passed, 0 failed\n"))
  }

  @Test func aFailingTestNamesWhatDifferedAndWhere() throws {
    let url = try Self.file(Self.rules + Self.passing + Self.failing)
    let r = try BinaryRunner.run(["test", url.path])
    #expect(r.status == 1)
    #expect(r.stdout.contains("失败  错的期望 (\(url.path):10:4)"), "\(r.stdout)")
    #expect(r.stdout.contains("  期望 阶次 (\(url.path):13:3)"))
    #expect(r.stdout.contains("值: 期望 「从轻」, 实为 「一般」"))
    #expect(r.stdout.contains("规则: 期望 「轻微」, 实为 「一般」 (\(url.path):5:3)"))
    #expect(r.stdout.hasSuffix("通过 1, 失败 1\n"))
  }

  @Test func jsonReportsEveryTestWithItsFailures() throws {
    let url = try Self.file(Self.rules + Self.passing + Self.failing)
    let r = try BinaryRunner.run(["test", "--format", "json", "--coverage", url.path])
    #expect(r.status == 1)
    let json = try JSONParser.parse(Array(r.stdout.utf8))
    #expect(json["passed"] == .number("1"))
    #expect(json["failed"] == .number("1"))
    guard case .array(let tests)? = json["tests"], tests.count == 2,
      case .array(let failures)? = tests[1]["failures"]
    else {
      Issue.record("unexpected JSON: \(r.stdout)")
      return
    }
    #expect(tests[1]["status"] == .string("failed"))
    #expect(failures.first?["line"] == .number("13"))
    #expect(failures.first?["expected"] == .string("「从轻」"))
    #expect(json["coverage"]?["total"] == .number("2"))
  }

  @Test func noTestIsAFailure() throws {
    let url = try Self.file(Self.rules, "rules.rules")
    let r = try BinaryRunner.run(["test", url.path])
    #expect(r.status == 1)
    #expect(r.stderr.contains("没有运行任何测试"))
    #expect(r.stdout.hasSuffix("通过 0, 失败 0\n"))
  }

  @Test func coverageBelowTheThresholdFails() throws {
    let url = try Self.file(Self.rules + Self.passing)
    let below = try BinaryRunner.run(["test", "--threshold", "60", url.path])
    #expect(below.status == 1)
    #expect(below.stdout.contains("总覆盖率 50.0% (1/2)"))
    #expect(below.stdout.contains("低于要求的 60%"))
    #expect(below.stdout.contains("\(url.path):5:3  阶次 「一般」"))
    let at = try BinaryRunner.run(["test", "--threshold", "50", url.path])
    #expect(at.status == 0, "\(at.stdout)")
    #expect(!at.stdout.contains("低于要求"))
  }

  @Test func ruleErrorsExit3AndUsageErrorsExit64() throws {
    let url = try Self.file(Self.rules + "测试 甲\n  日期 2024-06-30\n  期望 阶级 = 「一般」\n")
    let r = try BinaryRunner.run(["test", url.path])
    #expect(r.status == 3)
    #expect(r.stderr.contains("错误[T002]"))
    #expect(try BinaryRunner.run(["test", "--threshold", "120", url.path]).status == 64)
    #expect(try BinaryRunner.run(["test", "no/such/dir"]).status == 1)
  }

  @Test func testsOfSomeFilesRunAgainstTheWholeLibrary() throws {
    let r = try BinaryRunner.run(["test", "--rules", "Rules", "Rules/urban-roads"])
    #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
    #expect(r.stdout.contains("通过  S07 一般: 5平方米的单体广告牌"))
    #expect(!r.stdout.contains("处理结论"))
    let filtered = try BinaryRunner.run(["test", "--filter", "处理结论 2017", "Rules"])
    #expect(filtered.status == 0)
    #expect(!filtered.stdout.contains("S07"))
  }

  @Test func aTestOfACaseChecksTheDecision() throws {
    let url = try Self.file("""
      测试 「登城罚〔2024〕031号」
        案件 「Samples/cases/s07-df-2024-031.xml」
        期望 结论 = 处罚
        期望 阶次 = 一般
        期望 罚款 = 7000元
        期望 依据 《城市道路管理条例》第四十二条

      测试 「没有这个案件」
        案件 「Samples/cases/no-such-case.xml」
        期望 结论 = 处罚
      """)
    let r = try BinaryRunner.run(["test", "--rules", "Rules", url.path])
    #expect(r.status == 1)
    #expect(r.stdout.contains("  期望 罚款 (\(url.path):5:3)\n    值: 期望 7000元, 实为 7500元"), "\(r.stdout)")
    #expect(!r.stdout.contains("期望 阶次 ("))
    #expect(r.stdout.contains("T012: 案件「Samples/cases/no-such-case.xml」无法判定: 找不到文件"))
    #expect(r.stdout.hasSuffix("通过 0, 失败 2\n"))
  }

  @Test func theRuleLibraryPassesWithItsCoverage() throws {
    let r = try BinaryRunner.run(["test", "--coverage", "--threshold", "90", "Rules"])
    #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
    #expect(r.stdout.contains("基准 登封市城市管理局裁量基准S07  3/3"))
    #expect(r.stdout.contains(", 失败 0\n"))
  }
}
