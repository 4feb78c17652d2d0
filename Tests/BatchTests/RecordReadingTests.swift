import Foundation
import RuleLang
import Testing

@testable import Batch

/// The fast scanner and the reference reader accept the same records and read them the same
/// way; whatever the scanner is unsure of goes to the reference reader, which reports problems
/// with file, line and column while the batch goes on.
@Suite struct RecordReadingTests {
  static let rules = """
    枚举 kind: a, b
    事实 n: 整数
    事实 x: 小数
    事实 m: 金额
    事实 d: 日期
    事实 t: 文本
    事实 k: kind
    后果 total: 小数 = x * 2 + n
      依据 《示例规定》第一条
    后果 flag: 布尔 = t = 「甲」 且 k = kind.a
      依据 《示例规定》第二条
    后果 accent: 布尔 = t 属于 {「é」, 「金水区」}
      依据 《示例规定》第五条
    后果 echo: 文本 = t
      依据 《示例规定》第六条
    后果 later: 日期 = d + 1年
      依据 《示例规定》第三条
    后果 fee: 金额 = m / 4
      依据 《示例规定》第四条

    """

  static let loaded: (CheckedProgram, [SourceFile]) = {
    let source = SourceFile(path: "x.rules", text: rules)
    let compiled = RuleCompiler.compile([source])
    return (compiled.program!, [source])
  }()

  static func worker(fast: Bool) -> RecordWorker {
    BenchWorkload.worker(fast: fast, program: loaded.0, sources: loaded.1)
  }

  static let full = #"{"id":"R1","n":3,"x":1.25,"m":10,"d":"2024-02-29","t":"甲","k":"a"}"#

  /// Records every reader must handle identically.
  static let records: [String] = [
    full,
    #"{"id":7,"group":{"n":3,"x":0.5},"more":{"inner":{"m":1.5}},"d":"2023-01-31","t":"乙","k":"b"}"#,
    #"  { "id" : "R3" , "n" : -4 , "x" : 2 , "m" : 0 , "d" : "2024-01-01" , "t" : "" , "k" : "a" }  "#,
    #"{"id":"R\u0034","n":1,"x":1,"m":1,"d":"2024-01-01","t":"a\"b","k":"a"}"#,
    #"{"id":"R5","n":1,"x":1,"m":"1.5万元","d":"2024-01-01","t":"甲","k":"a"}"#,
    #"{"id":"R6","n":1,"x":"5%","m":3,"d":"2024-01-01","t":"甲","k":"a"}"#,
    #"{"id":"R7","n":null,"x":1,"m":1,"d":"2024-01-01","t":"甲","k":"b"}"#,
    #"{"id":"R8","x":1,"m":1,"t":"甲","k":"a"}"#,
    #"{"id":"R9","n":1e2,"x":1,"m":1,"d":"2024-01-01","t":"甲","k":"a"}"#,
    #"{"id":"R10","n":1.5,"x":1,"m":1,"d":"2024-01-01","t":"甲","k":"a"}"#,
    #"{"id":"R11","n":012,"x":1,"m":1,"d":"2024-01-01","t":"甲","k":"a"}"#,
    #"{"id":"R12","n":1,"n":2}"#,
    #"{"id":"R13","nn":1}"#,
    #"{"id":"R14","k":"c"}"#,
    #"{"id":"R15","d":"2023-02-29"}"#,
    #"{"id":"R16","n":1,"#,
    #"[1,2]"#,
    #"{"id":true}"#,
    #"{"id":"R19","id":"again"}"#,
    #"{"id":"R20","a":{"b":{"c":{"n":1}}}}"#,
    #"{}"#,
    #"{"id":"R22","x":123456789012345678901234,"n":1}"#,
    #"{"id":"R23","t":"\u7532","k":"a","n":1,"x":1,"m":1,"d":"2024-01-01"}"#,
    #"{"id":"R24","x":0.1,"n":0,"m":0.03,"d":"2024-12-31","t":"甲","k":"a"}"#,
    #"{"id":-0,"n":1,"x":1,"m":1,"d":"2024-01-01","t":"甲","k":"a"}"#,
    // Texts equal as the interpreter's Strings are (canonical equivalence), raw and escaped.
    "{\"id\":\"R26\",\"n\":1,\"x\":1,\"m\":1,\"d\":\"2024-01-01\",\"t\":\"e\u{301}\",\"k\":\"a\"}",
    #"{"id":"R27","n":1,"x":1,"m":1,"d":"2024-01-01","t":"é","k":"a"}"#,
    "{\"id\":\"R28\",\"n\":1,\"x\":1,\"m\":1,\"d\":\"2024-01-01\",\"t\":\"\u{F90A}水区\",\"k\":\"a\"}",
    #"{"id":"R29","n":1,"x":1,"m":1,"d":"2024-01-01","t":"金水区","k":"a"}"#,
  ]

  @Test func bothReadersAgreeOnEveryRecord() {
    let lines = Self.records.map { Array($0.utf8) }
    let fast = BenchWorkload.run(Self.worker(fast: true), lines, file: "r.jsonl")
    let reference = BenchWorkload.run(Self.worker(fast: false), lines, file: "r.jsonl")
    #expect(fast.output == reference.output, "\(String(decoding: fast.output, as: UTF8.self))\n---\n\(String(decoding: reference.output, as: UTF8.self))")
    #expect(fast.problems.map { "\($0.line):\($0.column ?? 0):\($0.diagnostic.code)" }
            == reference.problems.map { "\($0.line):\($0.column ?? 0):\($0.diagnostic.code)" })
    #expect(fast.counts.fast > 0)
    // The canonically equal spellings match the constant on both paths, and are echoed as spelt.
    let decided = BenchWorkload.outputLines(fast).map { String(decoding: $0, as: UTF8.self) }
    for id in ["R26", "R27", "R28", "R29"] {
      #expect(decided.contains { $0.contains("\"id\":\"\(id)\"") && $0.contains("\"accent\":true") }, "\(id): \(decided)")
    }
    #expect(decided.contains { $0.contains("\"echo\":\"e\u{301}\"") }, "the decomposed spelling is kept")
    #expect(fast.counts.records == Self.records.count)
  }

  @Test func theFastPathTakesPlainRecords() {
    let r = BenchWorkload.run(Self.worker(fast: true), [Array(Self.full.utf8)])
    #expect(r.counts.fast == 1)
    #expect(String(decoding: r.output, as: UTF8.self)
            == #"{"id":"R1","total":5.5,"flag":true,"accent":false,"echo":"甲","later":"2025-02-28","fee":2.5}"# + "\n")
  }

  /// (record, problem code, column) — each reported with its line, and the batch goes on.
  static let problems: [(String, String, Int?)] = [
    (#"{"id":"R1","n":1,"n":2}"#, "F006", 18),
    (#"{"id":"R1","nn":1}"#, "F008", 12),
    (#"{"id":"R1","k":"c"}"#, "F002", 12),
    (#"{"id":"R1","n":1,"#, "F009", 18),
    (#"[1,2]"#, "F005", 1),
    (#"{"id":true}"#, "F007", 2),
    (#"{"id":-0}"#, "F007", 2),
    (#"{"t":"zz","zz":1}"#, "F008", 11),
    (#"{"a":{"b":{"c":{"n":1}}}}"#, "F008", 12),
  ]

  @Test(arguments: problems)
  func problemsAreLocatedAndTheBatchGoesOn(_ record: String, _ code: String, _ column: Int?) throws {
    let lines = [Array(Self.full.utf8), Array(record.utf8), Array(Self.full.utf8)]
    let r = BenchWorkload.run(Self.worker(fast: true), lines, file: "r.jsonl")
    #expect(r.counts.records == 3)
    #expect(r.counts.decided == 2)
    #expect(r.counts.unreadable == 1)
    let p = try #require(r.problems.first)
    #expect(p.diagnostic.code == code, "\(p.diagnostic.message.zh)")
    #expect(p.line == 2)
    #expect(p.column == column)
    #expect(BenchWorkload.outputLines(r).count == 2)
  }

  @Test func aMissingFactIsMarkedForReviewNotDefaulted() throws {
    let r = BenchWorkload.run(Self.worker(fast: true), [Array(#"{"id":"R8","x":1,"m":1,"t":"甲","k":"a"}"#.utf8)])
    #expect(r.counts.review == 1)
    let line = try JSONParser.parse(BenchWorkload.outputLines(r)[0])
    #expect(line["total"] == .null)
    #expect(line["flag"] == .bool(true))
    #expect(line["later"] == .null)
    let review = try #require(line["review"])
    #expect(review.compact().contains(#""output":"total","code":"R001""#), "\(review.compact())")
    #expect(review.compact().contains(#""missing":["n"]"#), "\(review.compact())")
  }
}
