import Foundation
import RuleLang
import Testing

/// The outcome of evaluating one definition, with the evaluation's trace.
struct Evaluation {
  let outcome: Outcome?
  let trace: Trace?
  var text: String? { outcome?.value?.text(.zh) }
  var error: EvalError? { if case .error(let e)? = outcome { e } else { nil } }
  var code: String? { error?.diagnostic.code }
}

/// Compiles `source` (which must be free of errors), loads `facts` (a JSON object) and
/// evaluates `name` on `date`.
func evaluate(_ source: String, _ name: String, facts: String = "{}", on date: String = "2024-06-30") -> Evaluation {
  let compiled = RuleCompiler.compile([SourceFile(path: "i.rules", text: source)])
  guard let program = compiled.program else {
    Issue.record("does not compile: \(compiled.diagnostics.map(\.code))")
    return Evaluation(outcome: nil, trace: nil)
  }
  let json = try! JSONParser.parse(Array(facts.utf8))
  let loaded = FactSet.fromJSON(json, program: program, file: "facts.json")
  #expect(loaded.diagnostics.isEmpty)
  var interpreter = Interpreter(program: program, facts: loaded.facts, date: CivilDate(iso: date)!)
  let outcome = interpreter.evaluate(name)
  return Evaluation(outcome: outcome, trace: interpreter.trace)
}

struct ValueCase: Sendable, CustomTestStringConvertible {
  let expression: String
  let facts: String
  /// The value as shown in Chinese, or the runtime diagnostic code.
  let expected: String
  init(_ expression: String, _ expected: String, facts: String = "{}") {
    self.expression = expression
    self.facts = facts
    self.expected = expected
  }
  var testDescription: String { facts == "{}" ? "\(expression) = \(expected)" : "\(expression) \(facts) = \(expected)" }
}

private let exceptions = """
  事实 面积: 平方米
  事实 改正: 布尔
  后果 罚款: 金额
    依据 《条例》第四十二条
    规则 一般 当 面积 > 2平方米 则 5000元
    规则 轻微 例外于 一般 当 改正 则 1000元
      依据 《基准》第三条
    否则 0元
  """

private let concurrent = """
  事实 a: 布尔
  事实 b: 布尔
  事实 c: 布尔
  后果 v: 整数
    规则 甲 当 a 则 1 依据 《法》第一条
    规则 乙 当 b 则 2 依据 《法》第二条
    规则 丙 当 c 则 1 依据 《法》第三条
    否则 0 依据 《法》第四条
  """

private let versions = """
  参数 上限: 金额
    依据 《条例》第四十二条
    施行 2019-01-01 起 至 2023-12-31 = 10000元
    施行 2024-01-01 起 = 20000元
  """

private let logic = "事实 a: 布尔\n事实 b: 布尔\n事实 x: 整数\n"

@Suite struct InterpreterTests {
  @Test func exceptionsOverrideTheRuleTheyExcept() {
    let general = evaluate(exceptions, "罚款", facts: #"{"面积": "5平方米", "改正": false}"#)
    #expect(general.text == "5000元")
    #expect(general.trace?.derivation(of: "罚款")?.rule?.label == "一般")
    let minor = evaluate(exceptions, "罚款", facts: #"{"面积": "5平方米", "改正": true}"#)
    #expect(minor.text == "1000元")
    let rule = minor.trace?.derivation(of: "罚款")?.rule
    #expect(rule?.label == "轻微")
    #expect(rule?.exceptionTo == "一般")
    #expect(rule?.citations.map(\.text) == ["《条例》第四十二条", "《基准》第三条"])
    let otherwise = evaluate(exceptions, "罚款", facts: #"{"面积": 1, "改正": false}"#)
    #expect(otherwise.text == "0元")
    #expect(otherwise.trace?.derivation(of: "罚款")?.rule?.isOtherwise == true)
    // Default logic: an exception that applies wins even where the general rule would not.
    #expect(evaluate(exceptions, "罚款", facts: #"{"面积": 1, "改正": true}"#).text == "1000元")
    // An exception that cannot be decided blocks the value instead of being skipped.
    let undecided = evaluate(exceptions, "罚款", facts: #"{"面积": "5平方米"}"#)
    #expect(undecided.code == "R001")
    #expect(undecided.error?.missingFacts == ["改正"])
  }

  @Test func rulesThatApplyWithDifferentValuesConflict() {
    let conflict = evaluate(concurrent, "v", facts: #"{"a": true, "b": true, "c": false}"#)
    #expect(conflict.code == "R003")
    #expect(conflict.error?.diagnostic.message.zh.contains("「甲」, 「乙」") == true)
    #expect(conflict.error?.diagnostic.notes.count == 2)
  }

  @Test func rulesThatAgreeAreAllCited() {
    let agree = evaluate(concurrent, "v", facts: #"{"a": true, "b": false, "c": true}"#)
    #expect(agree.outcome?.value == .int(1))
    let rule = agree.trace?.derivation(of: "v")?.rule
    #expect(rule?.label == "甲")
    #expect(rule?.concurring == ["丙"])
    #expect(rule?.citations.map(\.text) == ["《法》第一条", "《法》第三条"])
    let none = evaluate(concurrent, "v", facts: #"{"a": false, "b": false, "c": false}"#)
    #expect(none.outcome?.value == .int(0))
    #expect(none.trace?.derivation(of: "v")?.rule?.citations.map(\.text) == ["《法》第四条"])
  }

  @Test func noApplicableRuleWithoutOtherwise() {
    #expect(evaluate("事实 a: 布尔\n定义 v: 整数\n  当 a 则 1\n", "v", facts: #"{"a": false}"#).code == "R004")
  }

  @Test(arguments: [("2018-12-31", "R005"), ("2019-01-01", "10000元"), ("2023-12-31", "10000元"),
                    ("2024-01-01", "20000元"), ("2099-01-01", "20000元")])
  func versionInForceOnTheDateIsSelected(_ date: String, _ expected: String) {
    let e = evaluate(versions, "上限", on: date)
    #expect((e.text ?? e.code) == expected)
    if e.text != nil {
      #expect(e.trace?.derivation(of: "上限")?.rule?.period?.from.description == (date < "2024" ? "2019-01-01" : "2024-01-01"))
    }
  }

  static let threeValued: [ValueCase] = [
    .init("a 且 b", "假", facts: #"{"b": false}"#),
    .init("a 且 b", "假", facts: #"{"a": false}"#),
    .init("a 且 b", "R001", facts: #"{"b": true}"#),
    .init("a 或 b", "真", facts: #"{"b": true}"#),
    .init("a 或 b", "真", facts: #"{"a": true}"#),
    .init("a 或 b", "R001", facts: #"{"b": false}"#),
    .init("a 且 b", "R001"),
    .init("非 a", "R001"),
    .init("如果 a 则 1 否则 2", "R001"),
    .init("已知(a)", "假"),
    .init("已知(a) 且 a", "假"),
    .init("x > 3 或 b", "真", facts: #"{"b": true}"#),
  ]

  @Test(arguments: threeValued)
  func missingFactsAndThreeValuedLogic(_ c: ValueCase) {
    let e = evaluate(logic + "定义 v = \(c.expression)\n定义 用 = a 或 b 或 x > 0\n", "v", facts: c.facts)
    #expect((e.text ?? e.code) == c.expected)
  }

  @Test func missingFactsAreListed() {
    let e = evaluate(logic + "定义 v = a 且 b\n定义 用 = x\n", "v")
    #expect(e.error?.missingFacts == ["a", "b"])
    #expect(e.error?.diagnostic.message.zh == "缺少事实「a、b」")
  }

  @Test func decimalArithmeticIsExact() {
    #expect(evaluate("定义 v = 0.1 + 0.2\n", "v").outcome?.value == .decimal(DecimalMath.parse("0.3")!))
    #expect(evaluate("定义 v = 0.1元 + 0.2元\n", "v").outcome?.value == .money(DecimalMath.parse("0.3")!))
    #expect(evaluate("定义 v = 1.5万元 * 5%\n", "v").outcome?.value == .money(750))
    #expect(evaluate("定义 v = 0.3 - 0.1 - 0.2\n", "v").outcome?.value == .decimal(0))
  }

  static let arithmetic: [ValueCase] = [
    .init("四舍五入(2.5)", "3"), .init("四舍五入(2.4)", "2"), .init("四舍五入(-2.5)", "-3"),
    .init("四舍五入(2.45, 1)", "2.5"), .init("四舍五入(1.005元, 2)", "1.01元"), .init("四舍五入(7 / 2)", "4"),
    .init("向下取整(2.99)", "2"), .init("向下取整(-2.01)", "-3"), .init("向下取整(1.239元, 2)", "1.23元"),
    .init("向上取整(2.01)", "3"), .init("向上取整(-2.99)", "-2"), .init("向上取整(1.234元, 2)", "1.24元"),
    .init("100元 / 8", "12.5元"), .init("2平方米 * 1.5", "3平方米"), .init("限定(25000元, 0元, 20000元)", "20000元"),
    .init("1 / 0", "R002"), .init("1元 / (2 - 2)", "R002"), .init("2平方米 / 0", "R002"),
    .init("x + 1", "R009", facts: #"{"x": 9223372036854775807}"#),
    .init("x * 2", "R009", facts: #"{"x": 9223372036854775807}"#),
    .init("-x - 2", "R009", facts: #"{"x": 9223372036854775807}"#),
    .init("x - 1", "9223372036854775806", facts: #"{"x": 9223372036854775807}"#),
  ]

  @Test(arguments: arithmetic)
  func roundingDivisionAndOverflow(_ c: ValueCase) {
    let e = evaluate("事实 x: 整数\n定义 v = \(c.expression)\n定义 用 = x\n", "v", facts: c.facts)
    #expect((e.text ?? e.code) == c.expected)
  }

  static let dates: [ValueCase] = [
    .init("2024-02-29 + 1年", "2025-02-28"), .init("2024-02-29 + 4年", "2028-02-29"),
    .init("2023-01-31 + 1个月", "2023-02-28"), .init("2024-01-31 + 1个月", "2024-02-29"),
    .init("2024-03-31 - 1个月", "2024-02-29"), .init("2024-12-31 + 1日", "2025-01-01"),
    .init("1个月 + 2024-08-31", "2024-09-30"), .init("2024-03-01 - 2024-02-01", "29日"),
    .init("天数(2024-01-01, 2024-12-31)", "365日"), .init("9999-12-31 + 1日", "R008"),
    .init("0001-01-01 - 1年", "R008"), .init("1年 > 11个月", "真"), .init("1日 > 1个月", "R007"),
    .init("周岁(2010-06-15, 2024-06-14)", "13"), .init("周岁(2010-06-15, 2024-06-15)", "13"),
    .init("周岁(2010-06-15, 2024-06-16)", "14"), .init("周岁(2008-02-29, 2026-02-28)", "17"),
    .init("周岁(2008-02-29, 2026-03-01)", "18"),
  ]

  @Test(arguments: dates)
  func dateArithmeticAndAge(_ c: ValueCase) {
    let e = evaluate("定义 v = \(c.expression)\n", "v")
    #expect((e.text ?? e.code) == c.expected)
  }

  @Test func traceRecordsTheDecidingRuleCitationsAndReads() throws {
    let e = evaluate(exceptions + "\n定义 合计 = 罚款 * 2\n", "合计", facts: #"{"面积": "5平方米", "改正": false}"#)
    #expect(e.text == "10000元")
    let fine = try #require(e.trace?.derivation(of: "罚款"))
    #expect(fine.rule?.label == "一般")
    #expect(fine.rule?.citations.map(\.text) == ["《条例》第四十二条"])
    #expect(fine.reads.map { "\($0.name)=\($0.value?.text(.zh) ?? "?")" } == ["改正=假", "面积=5平方米"])
    #expect(fine.reads.allSatisfy { $0.source == .fact })
    #expect(fine.considered.map(\.status) == [.conditionFalse, .applied])
    let total = try #require(e.trace?.derivation(of: "合计"))
    #expect(total.reads.map(\.name) == ["罚款"])
    #expect(total.reads.first?.source == .definition)
    #expect(e.trace?.chain(of: "合计").map(\.name) == ["合计", "罚款"])
  }

  @Test func comparisonsOnTheBoundaryAreFlagged() {
    let e = evaluate(exceptions, "罚款", facts: #"{"面积": "2平方米", "改正": false}"#)
    #expect(e.text == "0元")
    #expect(e.trace?.derivation(of: "罚款")?.boundaryHits.map { $0.value.text(.zh) } == ["2平方米"])
  }

  @Test func durationEqualityAgreesWithOrdering() {
    #expect(evaluate("定义 v = 1年 >= 12个月 且 1年 <= 12个月\n", "v").text == "真")
    #expect(evaluate("定义 v = 1年 = 12个月\n", "v").text == "真")
  }

  @Test func moneyBeyondDecimalPrecisionIsNotSilentlyRounded() {
    let e = evaluate("定义 v = 10000000000000000000000000元 * 1000000000000000 + 0.01元\n", "v")
    #expect(e.code == "R009" || e.text == "10000000000000000000000000000000000000000.01元")
  }
}
