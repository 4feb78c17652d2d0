import Foundation
import RuleLang
import Testing
import TestSupport

private func compile(_ text: String) -> RuleCompiler.Result {
  RuleCompiler.compile([SourceFile(path: "t.rules", text: text)])
}

/// The codes of the errors (the small program below has an unused fact: W002).
private func codes(_ text: String) -> [String] {
  compile(text).diagnostics.filter { $0.severity == .error }.map(\.code)
}

/// A small program with a standard-like definition, an exception and a 否则.
private let rules = """
  事实 面积: 平方米
  事实 类型: 文本
  情节 严重损害
  情节 改正
  后果 阶次: 文本
    依据 《示例》第一条
    规则 轻微 当 面积 < 2平方米 则 「从轻」
    规则 一般 当 面积 >= 2平方米 则 「一般」
    规则 损害 例外于 一般 当 严重损害 则 「从重」
      依据 《示例》第二条
  定义 责令: 布尔
    当 非 改正 则 真
    否则 假

  """

private func run(_ tests: String) throws -> [TestResult] {
  let result = compile(rules + tests)
  let program = try #require(result.program, "\(result.diagnostics.map(\.code))")
  return TestRunner.run(program)
}

private func failures(_ r: TestResult) -> [TestFailure] {
  if case .failed(let f) = r.status { return f }
  return []
}

@Suite struct RuleTestTests {
  // MARK: - Parser

  @Test func parsesEveryLineOfATest() throws {
    let source = """
      测试 「甲」
        日期 2024-06-30
        已知 面积 = 5平方米, 类型 = 「A」
        已知 严重损害 = 真
        期望 阶次 = 「从重」 规则 损害 依据 《示例》第二条, 《示例》第一条
        期望 责令 = 假 规则 否则
        期望 「阶次」 无法确定 R001 缺少 面积, 类型
      """
    let parsed = Parser.parse(SourceFile(path: "p.rules", text: source))
    #expect(parsed.diagnostics.isEmpty)
    guard case .test(let t)? = parsed.module.declarations.first else {
      Issue.record("no test parsed")
      return
    }
    #expect(t.name.text == "甲")
    #expect(t.date?.description == "2024-06-30")
    #expect(t.given.map(\.name.text) == ["面积", "类型", "严重损害"])
    #expect(t.expectations.count == 3)
    #expect(t.expectations[0].rule?.text == "损害")
    #expect(t.expectations[0].citations.map(\.text) == ["《示例》第二条", "《示例》第一条"])
    #expect(t.expectations[1].ruleIsOtherwise)
    guard case .undetermined(let code, let missing) = t.expectations[2].outcome else {
      Issue.record("third expectation should be undetermined")
      return
    }
    #expect(code?.text == "R001")
    #expect(missing.map(\.text) == ["面积", "类型"])
  }

  @Test func englishSpellingsAreSynonyms() throws {
    let results = try run("""
      test "en"
        date 2024-06-30
        given 面积 = 1 sqm
        expect 阶次 = 「从轻」 rule 轻微 basis 《示例》第一条
        expect 责令 = true
      test "en missing"
        date 2024-06-30
        expect 阶次 undetermined R001 missing 面积
      """)
    #expect(results.map(\.passed) == [true, true])
  }

  @Test func reservedWordsOutsideATestAreP010() {
    #expect(Parser.parse(SourceFile(path: "p.rules", text: "已知 a = 1\n")).diagnostics.map(\.code) == ["P010"])
    #expect(Parser.parse(SourceFile(path: "p.rules", text: "expect a = 1\n")).diagnostics.map(\.code) == ["P010"])
    #expect(Parser.parse(SourceFile(path: "p.rules", text: "测试 a\n")).diagnostics.isEmpty)
  }

  @Test func aBrokenLineGivesOneDiagnosticAndTheRestIsRead() {
    let source = rules + """
      测试 甲
        日期 2024-06-30
        已知 面积 = 1 + 1
        期望 阶次 = 「从轻」
      """
    let result = compile(source)
    #expect(result.diagnostics.map(\.code) == ["P001"])
  }

  // MARK: - Checker

  @Test(arguments: [
    ("已知 面机 = 1平方米", "T001"),
    ("已知 阶次 = 「一般」", "T001"),
    ("期望 阶次 无法确定 缺少 阶次", "T001"),
    ("期望 阶级 = 「一般」", "T002"),
    ("已知 面积 = 1立方米", "T003"),
    ("已知 面积 = 1", "T003"),
    ("期望 阶次 = 真", "T003"),
    ("期望 阶次 = 面积", "T003"),
    ("已知 面积 = 1平方米, 面积 = 2平方米", "T004"),
    ("期望 阶次 = 「一般」 规则 一班", "T005"),
    ("期望 阶次 = 「一般」 规则 否则", "T005"),
    ("期望 阶次 = 「一般」 依据 《示例》第三条", "T006"),
  ])
  func checkerReportsMistakesInTests(_ line: String, _ code: String) {
    let found = codes(rules + "测试 甲\n  日期 2024-06-30\n  \(line)\n  期望 责令 = 真\n")
    #expect(found == [code], "\(line)")
  }

  @Test func aTestWithoutExpectationsAndTwoTestsOfOneNameAreErrors() {
    #expect(codes(rules + "测试 甲\n  日期 2024-06-30\n") == ["T007"])
    #expect(codes(rules + "测试 甲\n  期望 责令 = 真\n测试 甲\n  期望 责令 = 真\n") == ["T008"])
  }

  @Test func testsChangeNothingTheRulesReport() {
    // A fact that only a test gives is still unused by the rules (W002), and a clean program's
    // definitions are the same with and without tests.
    let plain = compile(rules)
    let withTests = compile(rules + "测试 甲\n  日期 2024-06-30\n  已知 类型 = 「A」\n  期望 责令 = 真\n")
    #expect(plain.diagnostics.map(\.code) == ["W002"])
    #expect(withTests.diagnostics.map(\.code) == ["W002"])
    #expect(plain.program?.definitions.map(\.name) == withTests.program?.definitions.map(\.name))
    #expect(withTests.program?.tests.count == 1)
  }

  @Test func namesResolveLikeEval() {
    let names = ["登封S07·阶次", "莆田S04·阶次", "处理结论"]
    #expect(DefinitionLookup.resolve("处理结论", among: names) == .found("处理结论"))
    #expect(DefinitionLookup.resolve("S07·阶次", among: names) == .found("登封S07·阶次"))
    #expect(DefinitionLookup.resolve("阶次", among: names) == .ambiguous(["登封S07·阶次", "莆田S04·阶次"]))
    #expect(DefinitionLookup.resolve("处理结果", among: names) == .unknown(suggestion: "处理结论"))
  }

  // MARK: - Runner

  @Test func comparesValueRuleAndCitations() throws {
    let results = try run("""
      测试 对
        日期 2024-06-30
        已知 面积 = 5平方米, 严重损害 = 真
        期望 阶次 = 「从重」 规则 损害 依据 《示例》第二条, 《示例》第一条
      测试 错
        日期 2024-06-30
        已知 面积 = 5平方米
        期望 阶次 = 「从重」 规则 损害 依据 《示例》第二条
      """)
    #expect(results[0].passed)
    #expect(failures(results[1]).map(\.aspect) == [.value, .rule, .citation])
    #expect(failures(results[1]).map(\.actual.zh) == ["「一般」", "「一般」", "《示例》第一条"])
  }

  @Test func undeterminedExpectationsCheckCodeAndMissingFacts() throws {
    let results = try run("""
      测试 缺少面积
        日期 2024-06-30
        期望 阶次 无法确定 R001 缺少 面积
      测试 缺少的不是类型
        日期 2024-06-30
        期望 阶次 无法确定 缺少 类型
      测试 不是冲突
        日期 2024-06-30
        期望 阶次 无法确定 R003
      测试 其实有值
        日期 2024-06-30
        已知 面积 = 1平方米
        期望 阶次 无法确定
      """)
    #expect(results.map(\.passed) == [true, false, false, false])
  }

  @Test func aTestWithoutDateIsAnErrorOfTheRun() throws {
    let results = try run("测试 无日期\n  期望 责令 = 真\n")
    guard case .error(let d) = results[0].status else {
      Issue.record("expected an error")
      return
    }
    #expect(d.code == "T009")
    #expect(!results[0].passed)
  }

  @Test func circumstancesNotGivenAreFalse() throws {
    let results = try run("测试 未改正\n  日期 2024-06-30\n  期望 责令 = 真\n")
    #expect(results[0].passed)
  }

  // MARK: - Coverage

  @Test func coverageCountsAppliedBranches() throws {
    let result = compile(rules + """
      测试 轻微
        日期 2024-06-30
        已知 面积 = 1平方米
        期望 阶次 = 「从轻」
      测试 改正
        日期 2024-06-30
        已知 改正 = 真
        期望 责令 = 假 规则 否则
      测试 冲突不算适用
        日期 2024-06-30
        期望 阶次 无法确定
      """)
    let program = try #require(result.program)
    let coverage = TestCoverage(program: program, results: TestRunner.run(program))
    // 阶次: 轻微, 一般, 损害 (exception); 责令: the unlabelled rule is a 定义's, not counted; 否则.
    #expect(coverage.targets.map { "\($0.kind.rawValue) \($0.label ?? "-") \($0.covered)" } == [
      "consequenceRule 轻微 true", "consequenceRule 一般 false", "exception 损害 false", "otherwise - true",
    ])
    #expect(coverage.covered == 2 && coverage.total == 4)
    #expect(coverage.meets(50) && !coverage.meets(50.1))
    #expect(TestReportRenderer.percent(coverage) == "50.0%")
  }

  @Test func everyStandardInRulesHasTestsAndEveryRowIsReached() throws {
    let root = Golden.repositoryRoot().appendingPathComponent("Rules").path
    let result = RuleCompiler.compile(try RuleCompiler.loadSources([root]))
    let program = try #require(result.program)
    // Tests of whole cases (案件) need the decision engine: the end-to-end tests run them.
    let results = TestRunner.run(program) { $0.caseFile == nil }
    #expect(!results.isEmpty)
    let failed = results.filter { !$0.passed }.map(\.test.name)
    #expect(failed.isEmpty, "failing rule tests: \(failed)")
    let coverage = TestCoverage(program: program, results: results)
    for (name, rows) in coverage.standards {
      let reached = rows.contains { $0.covered }
      #expect(reached, "no test reaches the standard \(name)")
    }
    #expect(coverage.meets(90), "coverage \(TestReportRenderer.percent(coverage))")
  }
}
