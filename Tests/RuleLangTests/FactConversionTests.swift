import Foundation
import RuleLang
import Testing

/// One fact of every type the rules can declare.
private let declarations = """
  枚举 当事人类型: 个人, 单位
  事实 面积: 平方米
  事实 数量: 处
  事实 造价: 金额
  事实 比例: 小数
  事实 次数: 整数
  事实 改正: 布尔
  事实 发生日: 日期
  事实 期限: 期间
  事实 名称: 文本
  事实 类型: 当事人类型
  定义 用 = 已知(面积) 且 已知(数量) 且 已知(造价) 且 已知(比例) 且 已知(次数) 且 已知(改正) 且 已知(发生日) 且 已知(期限) 且 已知(名称) 且 已知(类型)
  """

private let program: CheckedProgram = RuleCompiler.compile([SourceFile(path: "f.rules", text: declarations)]).program!

private func load(_ json: String) -> (facts: FactSet, diagnostics: [Diagnostic]) {
  FactSet.fromJSON(try! JSONParser.parse(Array(json.utf8)), program: program, file: "facts.json")
}

private let sqm = Units.quantityUnit(named: "平方米")!
private let sites = Units.quantityUnit(named: "处")!

struct FactCase: Sendable, CustomTestStringConvertible {
  let fact: String
  let json: String
  /// The converted value as shown in Chinese, or nil when it must be refused with F002.
  let expected: String?
  var testDescription: String { "\(fact) ← \(json) = \(expected ?? "F002")" }
}

@Suite struct FactConversionTests {
  @Test func programDeclaresEveryFact() {
    #expect(program.facts.count == 10)
  }

  static let cases: [FactCase] = [
    .init(fact: "面积", json: #""5平方米""#, expected: "5平方米"),
    .init(fact: "面积", json: #""2.5 sqm""#, expected: "2.5平方米"),
    .init(fact: "面积", json: "5", expected: "5平方米"),
    .init(fact: "面积", json: "1.25", expected: "1.25平方米"),
    .init(fact: "面积", json: #""5立方米""#, expected: nil),
    .init(fact: "面积", json: #""5""#, expected: nil),
    .init(fact: "面积", json: #""5平方米 多""#, expected: nil),
    .init(fact: "数量", json: #""3处""#, expected: "3处"),
    .init(fact: "数量", json: #""3件""#, expected: nil),
    .init(fact: "造价", json: #""1.5万元""#, expected: "15000元"),
    .init(fact: "造价", json: #""2000元""#, expected: "2000元"),
    .init(fact: "造价", json: #"" 2000元 ""#, expected: "2000元"),
    .init(fact: "造价", json: #""-300元""#, expected: "-300元"),
    .init(fact: "造价", json: "2000.50", expected: "2000.5元"),
    .init(fact: "造价", json: #""2000""#, expected: "2000元"),
    .init(fact: "造价", json: "1e3", expected: nil),
    .init(fact: "造价", json: #""5平方米""#, expected: nil),
    .init(fact: "比例", json: "0.05", expected: "0.05"),
    .init(fact: "比例", json: #""0.05""#, expected: "0.05"),
    .init(fact: "次数", json: "3", expected: "3"),
    .init(fact: "次数", json: #""3""#, expected: "3"),
    .init(fact: "次数", json: "3.5", expected: nil),
    .init(fact: "次数", json: "9223372036854775808", expected: nil),
    .init(fact: "改正", json: "true", expected: "真"),
    .init(fact: "改正", json: "false", expected: "假"),
    .init(fact: "改正", json: #""true""#, expected: nil),
    .init(fact: "改正", json: "1", expected: nil),
    .init(fact: "发生日", json: #""2024-02-29""#, expected: "2024-02-29"),
    .init(fact: "发生日", json: #""2023-02-29""#, expected: nil),
    .init(fact: "发生日", json: #""2024-1-1""#, expected: nil),
    .init(fact: "期限", json: #""6个月""#, expected: "6个月"),
    .init(fact: "期限", json: #""2年""#, expected: "2年"),
    .init(fact: "期限", json: #""15 days""#, expected: "15日"),
    .init(fact: "期限", json: "6", expected: nil),
    .init(fact: "名称", json: #""某某广告""#, expected: "「某某广告」"),
    .init(fact: "名称", json: "5", expected: nil),
    .init(fact: "类型", json: #""个人""#, expected: "个人"),
    .init(fact: "类型", json: #""法人""#, expected: nil),
    .init(fact: "面积", json: "[5]", expected: nil),
    .init(fact: "面积", json: #"{"amount": 5}"#, expected: nil),
  ]

  @Test(arguments: cases)
  func convertsToTheDeclaredType(_ c: FactCase) {
    let loaded = load("{\"\(c.fact)\": \(c.json)}")
    let index = program.factIndex[c.fact]!
    if let expected = c.expected {
      #expect(loaded.diagnostics.isEmpty)
      #expect(loaded.facts.values[index]?.text(.zh) == expected)
    } else {
      #expect(loaded.diagnostics.map(\.code) == ["F002"])
      #expect(loaded.facts.values[index] == nil)
      #expect(loaded.diagnostics.first?.message.zh.hasPrefix("事实「\(c.fact)」应为") == true)
    }
  }

  @Test func convertedValuesAreExact() {
    let loaded = load(#"{"面积": "5平方米", "数量": 3, "造价": "1.5万元", "比例": "0.10"}"#)
    #expect(loaded.facts.values[program.factIndex["面积"]!] == .quantity(5, sqm))
    #expect(loaded.facts.values[program.factIndex["数量"]!] == .quantity(3, sites))
    #expect(loaded.facts.values[program.factIndex["造价"]!] == .money(15000))
    #expect(loaded.facts.values[program.factIndex["比例"]!] == .decimal(DecimalMath.parse("0.1")!))
  }

  @Test func unknownFactIsAWarningWithASuggestion() throws {
    let loaded = load(#"{"面职": "5平方米", "数量": 2}"#)
    let d = try #require(loaded.diagnostics.first)
    #expect(loaded.diagnostics.count == 1)
    #expect(d.code == "F003")
    #expect(d.severity == .warning)
    #expect(d.hint?.zh == "是否想写「面积」")
    #expect(loaded.facts.values[program.factIndex["数量"]!] == .quantity(2, sites))
  }

  @Test func nullMeansMissing() {
    let loaded = load(#"{"面积": null}"#)
    #expect(loaded.diagnostics.isEmpty)
    #expect(loaded.facts.values.allSatisfy { $0 == nil })
  }

  @Test func topLevelMustBeAnObject() {
    for json in ["[]", "5", #""面积""#, "null"] {
      #expect(load(json).diagnostics.map(\.code) == ["F004"], "\(json)")
    }
  }

  @Test func everyProblemIsReportedNotJustTheFirst() {
    let loaded = load(#"{"面积": "5立方米", "次数": "x", "未知": 1, "改正": true}"#)
    #expect(loaded.diagnostics.map(\.code) == ["F002", "F002", "F003"])
    #expect(loaded.facts.values[program.factIndex["改正"]!] == .bool(true))
  }

  @Test func literalTextUsesTheRuleLexer() {
    #expect(FactConversion.literal("1.5万元") == .money("1.5", multiplier: 10000))
    #expect(FactConversion.literal("-2平方米") == .quantity("-2", sqm))
    #expect(FactConversion.literal("6个月") == .duration("6", .months))
    #expect(FactConversion.literal("5%") == .percent("5"))
    #expect(FactConversion.literal("5 5") == nil)
    #expect(FactConversion.literal("五") == nil)
    #expect(FactConversion.literal("") == nil)
  }

  @Test func factsFeedTheInterpreter() {
    let e = evaluate("事实 面积: 平方米\n定义 超标 = 面积 > 2平方米\n", "超标", facts: #"{"面积": "2.5平方米"}"#)
    #expect(e.text == "真")
  }
}
