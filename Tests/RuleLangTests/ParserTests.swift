import RuleLang
import Testing

private func parse(_ text: String) -> (module: SourceModule, diagnostics: [Diagnostic]) {
  Parser.parse(SourceFile(path: "p.rules", text: text))
}

private func definitions(_ text: String) -> [DefinitionDecl] {
  parse(text).module.declarations.compactMap { if case .definition(let d) = $0 { d } else { nil } }
}

/// `第N条…` parts as `条20`, `项3`, `条20之1`.
private func parts(_ c: Citation) -> [String] {
  c.parts.map { "\($0.level.rawValue)\($0.number)" + ($0.sub.map { "之\($0)" } ?? "") }
}

struct DumpCase: Sendable, CustomTestStringConvertible {
  let source: String
  let dump: String
  var testDescription: String { source }
}

@Suite struct ParserTests {
  static let precedence: [DumpCase] = [
    .init(source: "a 或 b 且 c", dump: "(or a (and b c))"),
    .init(source: "a and b or c", dump: "(or (and a b) c)"),
    .init(source: "(a 或 b) 且 c", dump: "(and (or a b) c)"),
    .init(source: "非 a 且 b", dump: "(and (not a) b)"),
    .init(source: "非 x 属于 {1}", dump: "(not (in x {1}))"),
    .init(source: "a + b * c > d 且 e", dump: "(and (> (+ a (* b c)) d) e)"),
    .init(source: "1 - 2 - 3", dump: "(- (- 1 2) 3)"),
    .init(source: "x ≤ 2平方米", dump: "(<= x 2平方米)"),
    .init(source: "a = b", dump: "(= a b)"),
    .init(source: "x 属于 {1, 2}", dump: "(in x {1 2})"),
    .init(source: "x 非 属于 {「甲」, 「乙」}", dump: "(not-in x {「甲」 「乙」})"),
    .init(source: "x not in {1}", dump: "(not-in x {1})"),
    .init(source: "如果 a 则 1 否则 2", dump: "(if a 1 2)"),
    .init(source: "if a then 1 else 2", dump: "(if a 1 2)"),
    .init(source: "如果 a 则 如果 b 则 1 否则 2 否则 3", dump: "(if a (if b 1 2) 3)"),
    .init(source: "-x * 2", dump: "(* (- x) 2)"),
    .init(source: "- - x", dump: "(- (- x))"),
    .init(source: "最大(a, b + 1)", dump: "(最大 a (+ b 1))"),
    .init(source: "周岁(出生日期, 评价日期) < 14", dump: "(< (周岁 出生日期 评价日期) 14)"),
    .init(source: "裁量阶次.一般", dump: "裁量阶次.一般"),
    .init(source: "1.5万元 * 5%", dump: "(* 1.5万元 5%)"),
    .init(source: "2024-01-01 + 1年", dump: "(+ 2024-01-01 1年)"),
    .init(source: "真 或 假", dump: "(or 真 假)"),
  ]

  @Test(arguments: precedence)
  func expressionPrecedence(_ c: DumpCase) {
    let parsed = parse("定义 v = \(c.source)\n")
    #expect(parsed.diagnostics.isEmpty)
    let defs = parsed.module.declarations.compactMap { if case .definition(let d) = $0 { d } else { nil } }
    #expect(defs.first?.rules.first?.value.dump == c.dump)
  }

  @Test func declarationsOfEveryKind() {
    let source = """
      枚举 当事人类型: 个人, 单位
      事实 单体面积: 平方米 「最大的单体面积」
      情节 及时改正 「在期限内改正」
      定义 甲 = 1
      后果 乙: 金额 = 1元
      参数 丙: 金额 = 2元
      违法行为 CG-DL-042 「在桥梁上设置广告牌」
        违反 《城市道路管理条例》第二十七条
        处罚依据 《城市道路管理条例》第四十二条
        法定罚款 至 20000元
      基准 S07 适用 CG-DL-042
        取值 中值
        阶次 一般 「一般」 当 单体面积 > 2平方米 罚款 5000元 至 10000元
      """
    let parsed = parse(source)
    #expect(parsed.diagnostics.isEmpty)
    var summary: [String] = []
    for d in parsed.module.declarations {
      switch d {
      case .enumeration(let e): summary.append("enum \(e.name.text) \(e.cases.map(\.text))")
      case .fact(let f):
        summary.append("fact \(f.name.text): \(f.type.name) \(f.description ?? "-") \(f.isCircumstance)")
      case .definition(let d): summary.append("\(d.kind.rawValue) \(d.name.text) \(d.type?.name ?? "-")")
      case .violation(let v):
        summary.append("violation \(v.code.text) \(v.violates.map(\.text)) \(v.penaltyBasis.map(\.text)) \(v.fines.count)")
      case .standard(let s): summary.append("standard \(s.name.text) \(s.code.text) \(s.rows.map(\.tier.text)) \(s.amount?.rawValue ?? "-")")
      case .holidays(let h): summary.append("holidays \(h.year) \(h.daysOff.count) \(h.workdays.count)")
      case .check(let c): summary.append("check \(c.name.text) \(c.blocksDecision)")
      case .test(let t): summary.append("test \(t.name.text) \(t.expectations.count)")
      }
    }
    #expect(summary == [
      "enum 当事人类型 [\"个人\", \"单位\"]",
      "fact 单体面积: 平方米 最大的单体面积 false",
      "fact 及时改正: 布尔 在期限内改正 true",
      "definition 甲 -",
      "consequence 乙 金额",
      "parameter 丙 金额",
      "violation CG-DL-042 [\"《城市道路管理条例》第二十七条\"] [\"《城市道路管理条例》第四十二条\"] 1",
      "standard S07 CG-DL-042 [\"一般\"] 中值",
    ])
  }

  @Test func ruleForms() throws {
    let source = """
      后果 罚款: 金额
        依据 《条例》第四十二条
        规则 一般 当 面积 > 2平方米 则 5000元
        规则 轻微 例外于 一般 当 面积 < 3平方米 则 1000元 依据 《条例》第四十二条第二款
        当 数量 > 3处 则 2000元
        规则 严重 例外于 一般
          当 面积 > 10平方米
          则 10000元
          依据 《基准》第三条第（三）项
          施行 2020-01-01 起 至 2023-12-31
        规则 兜底 = 1元
        否则 0元
      """
    let parsed = parse(source)
    #expect(parsed.diagnostics.isEmpty)
    let d = try #require(definitions(source).first)
    #expect(d.kind == .consequence)
    #expect(d.basis.map(\.text) == ["《条例》第四十二条"])
    #expect(d.rules.map { $0.label?.text ?? "-" } == ["一般", "轻微", "-", "严重", "兜底", "-"])
    #expect(d.rules.map { $0.exceptionTo?.text ?? "-" } == ["-", "一般", "-", "一般", "-", "-"])
    #expect(d.rules.map { $0.condition?.dump ?? "-" } == [
      "(> 面积 2平方米)", "(< 面积 3平方米)", "(> 数量 3处)", "(> 面积 10平方米)", "-", "-",
    ])
    #expect(d.rules.map(\.value.dump) == ["5000元", "1000元", "2000元", "10000元", "1元", "0元"])
    #expect(d.rules.map(\.isOtherwise) == [false, false, false, false, false, true])
    #expect(d.rules[1].basis.map(parts) == [["条42", "款2"]])
    #expect(d.rules[3].basis.map(parts) == [["条3", "项3"]])
    #expect(d.rules[3].period?.from.description == "2020-01-01")
    #expect(d.rules[3].period?.until?.description == "2023-12-31")
  }

  @Test func englishRuleFormsMatchChinese() throws {
    let zh = try #require(definitions("定义 x: 整数\n  规则 甲 例外于 乙 当 真 则 1\n  否则 = 2\n").first)
    let en = try #require(definitions("definition x: 整数\n  rule 甲 exception to 乙 when true then 1\n  else 2\n").first)
    #expect(zh.rules.map(\.value.dump) == en.rules.map(\.value.dump))
    #expect(en.rules.first?.exceptionTo?.text == "乙")
    #expect(en.rules.last?.isOtherwise == true)
  }

  @Test func versionsByEffectivePeriod() throws {
    let source = """
      参数 上限: 金额
        依据 《条例》第四十二条
        施行 2019-01-01 起 至 2023-12-31 = 10000元
        施行 from 2024-01-01 = 20000元
      """
    #expect(parse(source).diagnostics.isEmpty)
    let d = try #require(definitions(source).first)
    #expect(d.kind == .parameter)
    #expect(d.rules.map(\.value.dump) == ["10000元", "20000元"])
    #expect(d.rules.map { $0.period?.from.description ?? "-" } == ["2019-01-01", "2024-01-01"])
    #expect(d.rules.map { $0.period?.until?.description ?? "-" } == ["2023-12-31", "-"])
    // The end may not come before the start.
    #expect(parse("参数 a = 1\n  施行 2024-01-01 起 至 2023-01-01\n").diagnostics.map(\.code) == ["P008"])
  }

  @Test func citationsParseToParts() throws {
    let source = "定义 a = 1 依据 《城市道路管理条例》第四十二条第一款第（三）项, 《城市建筑垃圾管理规定》第二十条之一\n"
    let d = try #require(definitions(source).first)
    let c = d.rules[0].basis
    #expect(c.map(\.title) == ["城市道路管理条例", "城市建筑垃圾管理规定"])
    #expect(c.map(parts) == [["条42", "款1", "项3"], ["条20之1"]])
    #expect(c.first?.parts.first?.level == .article)
  }

  static let badCitations: [DumpCase] = [
    .init(source: "第四十二条", dump: "P007"),  // no title
    .init(source: "《 》第一条", dump: "P007"),  // empty title
    .init(source: "《法》第一款第二条", dump: "P007"),  // 条 after 款
    .init(source: "《法》第一款", dump: "P007"),  // no 条
    .init(source: "《法》第十十条", dump: "P007"),  // bad numeral
    .init(source: "《法》第一条第二条", dump: "P007"),  // 条 twice
    .init(source: "《法》第42条", dump: "W001"),
  ]

  @Test(arguments: badCitations)
  func malformedCitations(_ c: DumpCase) {
    #expect(parse("定义 a = 1\n  依据 \(c.source)\n").diagnostics.map(\.code) == [c.dump])
  }

  @Test func threeBrokenLinesGiveExactlyThreeDiagnostics() {
    let source = """
      定义 a = 1 +
      定义 b = 2
      事实 c 整数
      定义 d = 3
      定义 e = 如果 真 则 1
      定义 f = d + b
      """
    let parsed = parse(source)
    #expect(parsed.diagnostics.count == 3)
    #expect(parsed.diagnostics.map { SourceFile(path: "p.rules", text: source).line(of: $0.range!.start) } == [1, 3, 5])
    #expect(definitions(source).map(\.name.text) == ["b", "d", "f"])
    let compiled = RuleCompiler.compile([SourceFile(path: "p.rules", text: source)])
    #expect(compiled.diagnostics.count == 3)
    #expect(compiled.program == nil)
  }

  @Test func brokenLineInsideABlockIsSkippedAlone() throws {
    let source = "定义 x: 整数\n  = 1 +\n  规则 甲 当 真 则 2\n  当 则 3\n  否则 4\n定义 y = 2\n"
    let parsed = parse(source)
    #expect(parsed.diagnostics.map(\.code) == ["P003", "P003"])
    let d = try #require(definitions(source).first)
    #expect(d.recovered)
    #expect(d.rules.map(\.value.dump) == ["2", "4"])
    #expect(definitions(source).map(\.name.text) == ["x", "y"])
  }

  @Test func declarationErrors() {
    #expect(parse("规则 a = 1\n").diagnostics.map(\.code) == ["P002"])
    #expect(parse("期望 a\n").diagnostics.map(\.code) == ["P010"])
    #expect(parse("  定义 a = 1\n").diagnostics.map(\.code) == ["P005"])
    #expect(parse("定义 a = 1 2\n").diagnostics.map(\.code) == ["P001"])
    #expect(parse("定义 a = 007\n").diagnostics.map(\.code) == ["L007"])
  }
}
