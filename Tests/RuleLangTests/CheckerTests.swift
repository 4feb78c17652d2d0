import RuleLang
import Testing

private func compile(_ text: String) -> RuleCompiler.Result {
  RuleCompiler.compile([SourceFile(path: "c.rules", text: text)])
}

struct CodeCase: Sendable, CustomTestStringConvertible {
  let name: String
  let source: String
  let codes: [String]
  var testDescription: String { "\(codes.joined(separator: ",")) \(name)" }
}

struct TypeCase: Sendable, CustomTestStringConvertible {
  let expression: String
  /// The English type name, or the diagnostic code when it does not check.
  let result: String
  var testDescription: String { "\(expression) → \(result)" }
}

/// A violation most domain cases build on.
private let violation = """
  枚举 裁量阶次: 从轻, 一般, 从重
  事实 面积: 平方米
  违法行为 X-1 「某行为」
    违反 《条例》第一条
    处罚依据 《条例》第二条
    施行 2020-01-01 起
    法定罚款 至 20000元

  """

@Suite struct CheckerTests {
  static let codeCases: [CodeCase] = [
    .init(name: "unknown name", source: "定义 a = y", codes: ["C001"]),
    .init(name: "duplicate declaration", source: "定义 a = 1\n定义 a = 2", codes: ["C002"]),
    .init(name: "bool plus int", source: "定义 a = 真 + 1", codes: ["C003"]),
    .init(name: "sqm plus cbm", source: "定义 a = 2平方米 + 3立方米", codes: ["C004"]),
    .init(name: "money plus int", source: "定义 a = 5元 + 1", codes: ["C004"]),
    .init(name: "sites compared with items", source: "定义 a = 5处 > 2件", codes: ["C004"]),
    .init(name: "condition not bool", source: "定义 a: 整数\n  当 1 则 2\n  否则 3", codes: ["C005"]),
    .init(name: "if branches differ", source: "定义 a = 如果 真 则 1 否则 「x」", codes: ["C006"]),
    .init(name: "definition cycle", source: "定义 a = b + 1\n定义 b = a + 1", codes: ["C007"]),
    .init(name: "unknown label", source: "定义 a: 整数\n  规则 x = 1\n  规则 y 例外于 z 当 真 则 2", codes: ["C008"]),
    .init(name: "duplicate label", source: "定义 a: 整数\n  规则 x 当 1 > 0 则 1\n  规则 x 当 2 > 0 则 2\n  否则 0", codes: ["C009"]),
    .init(name: "exception cycle",
          source: "定义 a: 整数\n  规则 x 例外于 y 当 1 > 0 则 1\n  规则 y 例外于 x 当 2 > 0 则 2\n  否则 0", codes: ["C010"]),
    .init(name: "duplicate rule", source: "事实 f: 布尔\n定义 a: 整数\n  当 f 则 1\n  当 f 则 2\n  否则 0", codes: ["C011"]),
    .init(name: "exception with disjoint period",
          source: "定义 a: 整数\n  规则 x = 1\n    施行 2020-01-01 起 至 2020-12-31\n  规则 y 例外于 x 当 1 > 0 则 2\n    施行 2021-01-01 起",
          codes: ["C012"]),
    .init(name: "exception never true", source: "定义 a: 整数\n  规则 x = 1\n  规则 y 例外于 x 当 假 则 2", codes: ["C012"]),
    .init(name: "consequence without citation", source: "后果 a: 整数 = 1", codes: ["C013"]),
    .init(name: "parameter without citation", source: "参数 a: 金额 = 1元", codes: ["C013"]),
    .init(name: "one consequence rule without citation",
          source: "事实 f: 布尔\n后果 a: 整数\n  当 f 则 1 依据 《法》第一条\n  否则 0", codes: ["C013"]),
    .init(name: "declared type differs", source: "定义 a: 整数 = 「x」", codes: ["C014"]),
    .init(name: "bad arguments", source: "定义 a = 周岁(1)", codes: ["C015"]),
    .init(name: "rounding places not constant", source: "事实 n: 整数\n定义 a = 四舍五入(1.5, n)", codes: ["C015"]),
    .init(name: "unknown type", source: "事实 f: 平方尺", codes: ["C016"]),
    .init(name: "overlapping versions",
          source: "参数 a: 金额\n  依据 《法》第一条\n  施行 2020-01-01 起 = 1元\n  施行 2021-01-01 起 = 2元", codes: ["C017"]),
    .init(name: "two otherwise rules", source: "定义 a: 整数\n  否则 1\n  否则 2", codes: ["C018"]),
    .init(name: "unknown function", source: "定义 a = 最少(1, 2)", codes: ["C019"]),
    .init(name: "ambiguous enum case", source: "枚举 A: x, y\n枚举 B: x, z\n定义 a = x", codes: ["C020"]),
    .init(name: "no rules", source: "定义 a: 整数", codes: ["C021"]),
    .init(name: "type used as value", source: "枚举 A: x, y\n定义 a = A", codes: ["C022"]),
    .init(name: "negated bool", source: "定义 a = -真", codes: ["C023"]),
    .init(name: "not on a number", source: "定义 a = 非 1", codes: ["C023"]),
    .init(name: "set of other type", source: "定义 a = 1 属于 {「x」}", codes: ["C024"]),
    .init(name: "tier without amounts or banding",
          source: violation + "基准 S 适用 X-1\n  依据 《基准》\n  取值 中值\n  阶次 一般 「一般」 当 面积 > 1平方米", codes: ["C025"]),
    .init(name: "no amount choice",
          source: violation + "基准 S 适用 X-1\n  依据 《基准》\n  阶次 一般 「一般」 当 面积 > 1平方米 罚款 0元 至 100元", codes: ["C026"]),
    .init(name: "unknown violation",
          source: violation + "基准 S 适用 X-2\n  依据 《基准》\n  取值 中值\n  阶次 一般 「一般」 当 面积 > 1平方米 罚款 0元 至 100元",
          codes: ["C027"]),
    .init(name: "not a circumstance",
          source: violation + "事实 普通: 布尔\n基准 S 适用 X-1\n  依据 《基准》\n  取值 中值\n  从轻情节 普通\n  阶次 一般 「一般」 当 面积 > 1平方米 且 普通 罚款 0元 至 100元",
          codes: ["C029"]),
    .init(name: "violation without penalty basis",
          source: "违法行为 Y-1 「某行为」\n  违反 《条例》第一条\n  法定罚款 至 20000元\n", codes: ["C028"]),
    .init(name: "overlapping violation versions",
          source: violation + "定义 用 = 面积\n违法行为 X-1 「某行为」\n  违反 《条例》第一条\n  处罚依据 《条例》第二条\n  施行 2021-01-01 起\n  法定罚款 至 30000元\n",
          codes: ["C030"]),
    .init(name: "sqm times sqm", source: "定义 a = 2平方米 * 3平方米", codes: ["C003"]),
    .init(name: "self reference", source: "定义 a = a + 1", codes: ["C007"]),
    .init(name: "not a tier", source: violation + "基准 S 适用 X-1\n  依据 《基准》\n  取值 中值\n  竞合 中等\n  阶次 较重 「重」 当 面积 > 1平方米 罚款 0元 至 100元",
          codes: ["C032", "C032"]),
    .init(name: "holidays declared twice",
          source: "节假日安排 2024\n  依据 《通知》\n  放假 元旦 2024-01-01\n节假日安排 2024\n  依据 《通知》\n  放假 元旦 2024-01-01\n",
          codes: ["C033"]),
    .init(name: "holidays without a notice", source: "节假日安排 2024\n  放假 元旦 2024-01-01\n", codes: ["C034"]),
    .init(name: "holiday outside its year", source: "节假日安排 2024\n  依据 《通知》\n  放假 春节 2024-02-10 至 2024-03-31\n",
          codes: ["C035"]),
    .init(name: "调休 on a weekday", source: "节假日安排 2024\n  依据 《通知》\n  调休上班 2024-02-05\n", codes: ["C036"]),
    .init(name: "check without basis",
          source: "枚举 检查结果: 通过, 不通过, 不适用, 无法判断\n事实 公示日期: 日期\n检查 事后公示 「七日内公示」\n  通过 当 公示日期 <= 2024-05-10\n",
          codes: ["C037"]),
    .init(name: "two standards at once",
          source: violation + "基准 甲 适用 X-1\n  依据 《基准》\n  取值 中值\n  阶次 一般 「一般」 当 面积 > 1平方米 罚款 0元 至 100元\n"
            + "基准 乙 适用 X-1\n  依据 《基准》\n  取值 中值\n  阶次 一般 「一般」 当 面积 > 1平方米 罚款 0元 至 100元\n",
          codes: ["C038"]),
    .init(name: "chain deeper than the limit",
          source: (0..<120).map { "定义 a\($0) = a\($0 + 1) + 1\n" }.joined() + "定义 a120 = 0\n", codes: ["C031"]),
    .init(name: "unused fact", source: "事实 x: 整数\n定义 a = 1", codes: ["W002"]),
    .init(name: "clean program", source: "事实 x: 整数\n定义 a = x + 1", codes: []),
    .init(name: "empty program", source: "", codes: []),
  ]

  @Test(arguments: codeCases)
  func diagnosticCodes(_ c: CodeCase) {
    let result = compile(c.source)
    let codes = result.diagnostics.map(\.code).sorted()
    let hasError = c.codes.contains { !$0.hasPrefix("W") }
    #expect((result.program == nil) == hasError)
    #expect(codes == c.codes.sorted())
  }

  @Test func tableCoversEveryCheckerCode() {
    let covered = Set(Self.codeCases.flatMap(\.codes))
    let all = (1...38).map { "C0" + ($0 < 10 ? "0" : "") + String($0) } + ["W002"]
    #expect(all.filter { !covered.contains($0) } == [])
  }

  static let typeCases: [TypeCase] = [
    .init(expression: "1 + 2", result: "Int"),
    .init(expression: "1 + 2.5", result: "Decimal"),
    .init(expression: "7 / 2", result: "Decimal"),
    .init(expression: "10元 * 5%", result: "Money (yuan)"),
    .init(expression: "5% * 10元", result: "Money (yuan)"),
    .init(expression: "1.5万元 * 2倍", result: "Money (yuan)"),
    .init(expression: "10元 / 4", result: "Money (yuan)"),
    .init(expression: "10元 / 4元", result: "Decimal"),
    .init(expression: "10元 - 4元", result: "Money (yuan)"),
    .init(expression: "10元 * 4元", result: "C003"),
    .init(expression: "10元 < 4", result: "C004"),
    .init(expression: "2平方米 + 3平方米", result: "quantity (sqm)"),
    .init(expression: "2平方米 * 3", result: "quantity (sqm)"),
    .init(expression: "2平方米 / 2平方米", result: "Decimal"),
    .init(expression: "2平方米 + 3立方米", result: "C004"),
    .init(expression: "2平方米 <= 3平方米", result: "Bool"),
    .init(expression: "2024-03-01 - 2024-02-01", result: "Duration"),
    .init(expression: "2024-03-01 + 3日", result: "Date"),
    .init(expression: "6个月 + 2024-03-01", result: "Date"),
    .init(expression: "2024-03-01 - 1年", result: "Date"),
    .init(expression: "3日 - 2024-03-01", result: "C003"),
    .init(expression: "2024-03-01 + 2024-03-01", result: "C003"),
    .init(expression: "3日 * 2", result: "Duration"),
    .init(expression: "3日 * 1.5", result: "C003"),
    .init(expression: "1年 > 6个月", result: "Bool"),
    .init(expression: "2024-03-01 < 2024-04-01", result: "Bool"),
    .init(expression: "「a」 = 「b」", result: "Bool"),
    .init(expression: "「a」 < 「b」", result: "C003"),
    .init(expression: "真 且 1", result: "C003"),
    .init(expression: "如果 真 则 1 否则 2.5", result: "Decimal"),
    .init(expression: "最大(1, 2.5)", result: "Decimal"),
    .init(expression: "最小(1元, 2元)", result: "Money (yuan)"),
    .init(expression: "四舍五入(2.5元)", result: "Money (yuan)"),
    .init(expression: "周岁(2010-01-01, 2024-01-01)", result: "Int"),
    .init(expression: "天数(2024-01-01, 2024-02-01)", result: "Duration"),
    .init(expression: "数值(5平方米)", result: "Decimal"),
    .init(expression: "评价日期", result: "Date"),
  ]

  @Test(arguments: typeCases)
  func operatorResultTypes(_ c: TypeCase) {
    let result = compile("定义 v = \(c.expression)\n")
    if c.result.first == "C" {
      #expect(result.diagnostics.map(\.code) == [c.result])
    } else {
      #expect(result.diagnostics.isEmpty)
      let type = result.program?.definitions.first { $0.name == "v" }?.type
      #expect(type?.name.en == c.result)
    }
  }

  @Test func declaredDecimalAcceptsAnInteger() {
    let result = compile("定义 v: 小数 = 1\n")
    #expect(result.diagnostics.isEmpty)
    #expect(result.program?.definitions.first?.type == .decimal)
  }

  @Test func diagnosticsPointAtTheProblem() throws {
    let source = "事实 单体面积: 平方米\n后果 罚款: 金额\n  依据 《条例》第四十二条\n  当 单体面职 > 2平方米 则 5000元\n  否则 0元\n"
    let result = compile(source)
    let d = try #require(result.diagnostics.first { $0.code == "C001" })
    let file = SourceFile(path: "c.rules", text: source)
    let range = try #require(d.range)
    #expect(file.slice(range.start, range.end) == "单体面职")
    #expect(file.position(range.start).line == 4)
    #expect(file.position(range.start).column == 5)
    #expect(d.hint?.zh == "是否想写「单体面积」")
  }
}
