import Foundation
import RuleAuthoring
import RuleLang
import Testing
import TestSupport

/// The REPL core, request by request, without a terminal.
@Suite struct ReplSessionTests {
  static func session() -> ReplSession {
    var s = ReplSession(rulePaths: [Golden.repositoryRoot().appendingPathComponent("Rules").path], language: .zh,
                        date: CivilDate(year: 2024, month: 6, day: 30)!)
    _ = s.reload()
    return s
  }

  @Test func expressionsAreEvaluated() {
    var s = Self.session()
    #expect(s.handle("1 + 2").text == "3\n")
    #expect(s.handle("10000元 * 30%").text == "3000元\n")
    #expect(s.handle("2024-01-31 + 1个月").text == "2024-02-29\n")
  }

  @Test func errorsAreDiagnosticsAndTheSessionGoesOn() {
    var s = Self.session()
    let bad = s.handle("1 + 未知名称")
    #expect(bad.text.contains("错误[C001]"), "\(bad.text)")
    #expect(bad.text.contains("^") || bad.text.contains("＾"), "a caret points at the name")
    #expect(!bad.quit)
    #expect(s.handle("1 + 1").text == "2\n")
  }

  @Test func multiLineDeclarationsEndWithAnEmptyLine() {
    var s = Self.session()
    #expect(s.handle("后果 试用罚款: 金额").needsMore)
    #expect(s.handle("  依据 《城市道路管理条例》第四十二条").needsMore)
    #expect(s.handle("  = 5000元").needsMore)
    #expect(s.handle("").text == "已加入\n")
    #expect(s.handle("试用罚款 * 2").text == "10000元\n")
  }

  @Test func factsWhyAndTiers() {
    var s = Self.session()
    #expect(s.handle(":set 单体面积 = 5平方米").text.isEmpty)
    #expect(s.handle(":set 设置数量 = 1处").text.isEmpty)
    #expect(s.handle(":facts").text.contains("单体面积 = 5平方米"))
    let tier = s.handle(":tier").text
    #expect(tier.contains("登封市城市管理局裁量基准S07 (CG-DL-042): 一般 「一般」"), "\(tier)")
    let why = s.handle(":why S07·阶次").text
    #expect(why.contains("规则 「一般」"), "\(why)")
    #expect(why.contains("依据 《登封市城市管理局行政处罚裁量基准》"), "\(why)")
    #expect(why.contains("读取 单体面积 = 5平方米 (事实)"), "\(why)")
    let whyNot = s.handle(":whynot 从重").text
    #expect(whyNot.contains("「严重」"), "\(whyNot)")
    #expect(whyNot.contains("条件不成立"), "\(whyNot)")
    #expect(s.handle(":set 单体面积 = 5立方米").text.contains("应为"), "a wrong unit is refused")
  }

  @Test func aCaseFileGivesTheFacts() {
    var s = Self.session()
    let loaded = s.handle(":load " + Golden.repositoryRoot().appendingPathComponent("Samples/cases/s07-df-2024-031.xml").path)
    #expect(loaded.text.contains("已载入案件 登城罚〔2024〕031号"), "\(loaded.text)")
    #expect(s.handle(":tier").text.contains("一般"))
    #expect(!s.handle(":tier").text.contains("CG-GH-064"), "only the case's standard")
  }

  @Test func commandsAndCompletion() {
    var s = Self.session()
    #expect(s.handle(":help").text.contains(":whynot"))
    #expect(s.handle(":wy x").text.contains("未知命令"))
    #expect(s.handle(":quit").quit)
    #expect(s.completions(for: ":wh").contains(":whynot"))
    #expect(s.completions(for: "单体").contains("单体面积"))
    #expect(s.completions(for: "违法").contains("违法行为"))
  }
}
