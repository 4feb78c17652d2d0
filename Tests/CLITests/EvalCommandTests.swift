import Foundation
import RuleLang
import Testing
import TestSupport

/// End-to-end tests of `adjudicator eval` over Rules/ and Samples/facts/.
@Suite struct EvalCommandTests {
  /// A sample: the facts file, the value asked for, what it must be, and why.
  struct Sample: CustomTestStringConvertible, Sendable {
    let facts: String
    let name: String
    let display: String?
    let rule: String?
    let citation: String?
    let errorCode: String?
    var testDescription: String { "\(facts) → \(name)" }
  }

  /// The 登封 standard S07's name in Rules/ (its lowered definitions are `S07名·…`).
  static let s07 = "登封市城市管理局裁量基准S07"

  static let samples: [Sample] = [
    Sample(facts: "s07-medium-sign", name: "\(s07)·阶次", display: "一般", rule: "一般",
           citation: "《登封市城市管理局行政处罚裁量基准》", errorCode: nil),
    Sample(facts: "s07-medium-sign", name: "\(s07)·一般·上限", display: "10000元", rule: nil,
           citation: "《登封市城市管理局行政处罚裁量基准》", errorCode: nil),
    Sample(facts: "s07-medium-sign", name: "CG-DL-042·法定罚款上限", display: "20000元", rule: nil,
           citation: "《城市道路管理条例》第四十二条", errorCode: nil),
    Sample(facts: "s07-boundary-2sqm", name: "\(s07)·阶次", display: nil, rule: nil, citation: nil, errorCode: "R003"),
    Sample(facts: "s07-missing-fact", name: "\(s07)·阶次", display: nil, rule: nil, citation: nil, errorCode: "R001"),
    // S01: 5% of 建设工程造价 386500.50元 = 19325.025元, rounded up so that it stays inside 5%–10%.
    Sample(facts: "planning-corrected", name: "可改正·按期改正·上限", display: "19326元", rule: "可改正·按期改正",
           citation: "《关于规范城乡规划行政处罚裁量权的指导意见》第四条", errorCode: nil),
    Sample(facts: "planning-corrected", name: "CG-GH-064·法定罚款上限", display: "38650.05元", rule: nil,
           citation: "《城乡规划法》第六十四条", errorCode: nil),
    Sample(facts: "minor-13", name: "处理结论", display: "不予处罚", rule: "未满十四周岁",
           citation: "《行政处罚法》第三十条", errorCode: nil),
    Sample(facts: "limitation-continuing", name: "超过追责时效", display: "真", rule: nil,
           citation: "《行政处罚法》第三十六条", errorCode: nil),
  ]

  @Test(arguments: samples)
  func sampleDecidesWithItsReason(_ s: Sample) throws {
    let r = try BinaryRunner.run([
      "eval", "--rules", "Rules", "--facts", "Samples/facts/\(s.facts).json", "--date", "2024-06-30",
      "--format", "json", s.name,
    ])
    #expect(r.status == (s.errorCode == nil ? 0 : 1), "\(r.stderr)")
    let json = try JSONParser.parse(Array(r.stdout.utf8))
    guard case .array(let results)? = json["results"], case .array(let trace)? = results.first?["trace"],
      let top = trace.first
    else {
      Issue.record("unexpected output: \(r.stdout)")
      return
    }
    // A name on the command line may be the unique ending of a lowered name.
    guard case .string(let evaluated)? = top["name"] else {
      Issue.record("no name in \(r.stdout)")
      return
    }
    #expect(evaluated == s.name || evaluated.hasSuffix("·" + s.name))
    if let display = s.display { #expect(top["display"] == .string(display)) }
    if let rule = s.rule { #expect(top["rule"]?["label"] == .string(rule)) }
    if let citation = s.citation {
      guard case .array(let citations)? = top["rule"]?["citations"] else {
        Issue.record("no citations")
        return
      }
      #expect(citations.contains { $0["text"] == .string(citation) }, "\(citations)")
    }
    if let code = s.errorCode { #expect(top["error"]?["code"] == .string(code)) }
  }

  @Test func textTraceShowsRuleCitationAndReads() throws {
    let r = try BinaryRunner.run([
      "eval", "--rules", "Rules", "--facts", "Samples/facts/s07-medium-sign.json", "--date", "2024-06-30", "S07·阶次",
    ])
    // `S07·阶次` resolves to the one definition whose name ends with it.
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("\(Self.s07)·阶次 = 一般"), "\(r.stdout)")
    #expect(r.stdout.contains("规则 「一般」 (Rules/urban-roads/bridge-lamp-advertising.rules:"))
    #expect(r.stdout.contains("依据 《登封市城市管理局行政处罚裁量基准》"))
    #expect(r.stdout.contains("读取 单体面积 = 5平方米 (事实)"))
    #expect(r.stdout.contains("未适用 「轻微」 条件不成立"))
  }

  @Test func versionsAreChosenByDate() throws {
    // The standard is in force from 2019-01-01: an earlier date finds no version (R005).
    let r = try BinaryRunner.run([
      "eval", "--rules", "Rules", "--facts", "Samples/facts/s07-medium-sign.json", "--date", "2018-06-30",
      "--lang", "en", "\(Self.s07)·阶次",
    ])
    #expect(r.status == 1)
    #expect(r.stdout.contains("R005"))
    #expect(r.stdout.contains("has no version in force on 2018-06-30"))
  }

  @Test(arguments: [
    (["eval", "--facts", "Samples/facts/s07-medium-sign.json", "不存在的定义"], Int32(64), "规则中没有定义"),
    (["eval", "--facts", "Samples/facts/s07-medium-sign.json", "--date", "2023-02-29", "阶次"], Int32(64), "--date"),
    (["eval", "--facts", "Samples/facts/s07-medium-sign.json"], Int32(64), "Missing expected argument"),
    (["eval", "--facts", "no/such.json", "阶次"], Int32(1), "无法读取"),
    (["eval", "--facts", "Samples/facts/s07-medium-sign.json", "上限"], Int32(64), "不唯一"),
  ])
  func badInvocations(_ arguments: [String], _ status: Int32, _ message: String) throws {
    let r = try BinaryRunner.run(arguments)
    #expect(r.status == status, "\(r.stderr)")
    #expect(r.stderr.contains(message), "\(r.stderr)")
  }

  @Test func malformedFactsAreLocated() throws {
    let dir = try BinaryRunner.temporaryDirectory()
    let bad = dir.appendingPathComponent("bad.json")
    try "{\n  \"单体面积\": \"5平方米\",\n  \"设置数量\": ,\n}".write(to: bad, atomically: true, encoding: .utf8)
    let r = try BinaryRunner.run(["eval", "--facts", bad.path, "阶次"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("\(bad.path):3:"), "\(r.stderr)")
    let wrongUnit = dir.appendingPathComponent("unit.json")
    try #"{"单体面积": "5立方米", "设置数量": 1, "造成严重损害后果": false}"#.write(to: wrongUnit, atomically: true, encoding: .utf8)
    let u = try BinaryRunner.run(["eval", "--facts", wrongUnit.path, "阶次"])
    #expect(u.status == 1)
    #expect(u.stderr.contains("F002"), "\(u.stderr)")
  }
}
