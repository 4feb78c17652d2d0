import Foundation
import RuleLang
import Testing

/// SplitMix64: a small, seeded generator, so every run fuzzes the same inputs.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

private let rulesDirectory = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("Rules")

private let snippets = [
  "事实 面积: 平方米\n后果 罚款: 金额\n  依据 《条例》第四十二条第一款\n  规则 一般 当 面积 > 2平方米 则 5000元\n  规则 轻微 例外于 一般 当 面积 < 3平方米 则 1000元\n  否则 0元\n",
  "参数 上限: 金额\n  依据 《条例》第四十二条\n  施行 2019-01-01 起 至 2023-12-31 = 10000元\n  施行 2024-01-01 起 = 20000元\n",
  "enum Kind: a, b\nfact day: Date\ndefinition x: Int\n  rule h when day > 2024-01-01 then 0\n  rule g exception to h when (1 > 0 and not false) then if true then 1 else 2\n  else 3 basis 《X》第二十条之一第（三）项\n",
  "定义 v = 最大(四舍五入(1.5万元 * 5%, 2), 周岁(2010-06-15, 评价日期) * 1元) 属于 {1元, 2元}\n",
]

/// Vocabulary for token soup: fragments that reach deeper into the parser than raw bytes.
private let vocabulary = [
  "定义 ", "后果 ", "参数 ", "事实 ", "枚举 ", "规则 ", "例外于 ", "当 ", "则 ", "否则 ", "依据 ", "施行 ", "起 ", "至 ",
  "如果 ", "且 ", "或 ", "非 ", "属于 ", "违法行为 ", "基准 ", "阶次 ", "情节 ", "法定罚款 ", "适用 ", "x", "面积", ": ",
  "= ", "(", ")", "{", "}", ", ", "+", "-", "*", "/", "<=", "2平方米", "1.5万元", "5%", "2024-02-29", "2023-02-30",
  "《法》", "第四十二条", "第（三）项", "「文本」", "\n", "\n  ", "\n    ", "\t", "#c\n", "\u{3000}", "9999999999999999",
]

/// Problems with the diagnostics of one input: ranges outside the file or in another file.
private func misplacedDiagnostics(_ bytes: [UInt8], path: String) -> [String] {
  let file = SourceFile(path: path, bytes: bytes)
  let result = RuleCompiler.compile([file])
  var problems: [String] = []
  func check(_ range: SourceRange?, _ what: String) {
    guard let r = range else { return }
    if r.file != path || r.start < 0 || r.start > r.end || r.end > file.utf8.count {
      problems.append("\(what) \(r.file):\(r.start)-\(r.end) outside 0…\(file.utf8.count)")
    }
  }
  for d in result.diagnostics {
    if d.range == nil && d.code != "P999" { problems.append("\(d.code) has no range") }
    check(d.range, d.code)
    for n in d.notes { check(n.range, "\(d.code) note") }
  }
  if result.program == nil && !result.diagnostics.contains(where: { $0.severity == .error }) {
    problems.append("no program but no error")
  }
  return problems
}

private func mutate(_ input: [UInt8], _ rng: inout SeededGenerator) -> [UInt8] {
  var b = input
  for _ in 0..<Int.random(in: 1...4, using: &rng) {
    guard !b.isEmpty else { break }
    let i = Int.random(in: 0..<b.count, using: &rng)
    switch Int.random(in: 0..<5, using: &rng) {
    case 0: b[i] ^= UInt8(1 << Int.random(in: 0..<8, using: &rng))  // bit flip
    case 1: b[i] = UInt8.random(in: 0...255, using: &rng)  // byte replacement
    case 2: b.removeSubrange(i...)  // truncation
    case 3:  // duplication of a slice
      let end = min(b.count, i + Int.random(in: 1...64, using: &rng))
      b.insert(contentsOf: b[i..<end], at: Int.random(in: 0...b.count, using: &rng))
    default: b.removeSubrange(i..<min(b.count, i + Int.random(in: 1...16, using: &rng)))  // deletion
    }
  }
  return b
}

@Suite struct RobustnessTests {
  static func ruleFiles() throws -> [(path: String, bytes: [UInt8])] {
    try SourceLoader.expand(rulesDirectory.path).map { ($0, Array(try Data(contentsOf: URL(fileURLWithPath: $0)))) }
  }

  @Test func theRuleLibraryCompilesCleanly() throws {
    let files = try Self.ruleFiles()
    #expect(files.count >= 9)
    let result = RuleCompiler.compile(files.map { SourceFile(path: $0.path, bytes: $0.bytes) })
    #expect(result.diagnostics.map(\.code) == [])
    #expect(result.program != nil)
  }

  @Test func randomBytesNeverCrashAndStayInsideTheFile() {
    var rng = SeededGenerator(state: 20_240_630)
    for n in 0..<300 {
      let bytes: [UInt8]
      if n % 2 == 0 {
        bytes = (0..<Int.random(in: 0...200, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
      } else {
        bytes = Array((0..<Int.random(in: 1...60, using: &rng)).map { _ in vocabulary.randomElement(using: &rng)! }.joined().utf8)
      }
      let problems = misplacedDiagnostics(bytes, path: "random-\(n).rules")
      #expect(problems.isEmpty, "input \(n): \(bytes)")
    }
  }

  @Test func mutatedRuleFilesNeverCrashAndStayInsideTheFile() throws {
    let sources = try Self.ruleFiles() + snippets.enumerated().map { ("snippet-\($0.offset).rules", Array($0.element.utf8)) }
    var rng = SeededGenerator(state: 42)
    for n in 0..<300 {
      let source = sources[n % sources.count]
      let bytes = mutate(source.bytes, &rng)
      let problems = misplacedDiagnostics(bytes, path: source.path)
      #expect(problems.isEmpty, "mutant \(n) of \(source.path)")
    }
  }

  @Test func deeplyNestedParenthesesAreRefused() {
    let clock = ContinuousClock()
    var result: RuleCompiler.Result?
    let elapsed = clock.measure {
      let text = "定义 a = " + String(repeating: "(", count: 200_000) + "1\n定义 b = 2\n"
      result = RuleCompiler.compile([SourceFile(path: "deep.rules", text: text)])
    }
    #expect(result?.diagnostics.map(\.code).contains("P009") == true)
    #expect(result?.program == nil)
    #expect(elapsed < .seconds(10))
  }

  @Test func longOperatorChainsAndPrefixesAreRefused() {
    for text in ["定义 a = " + Array(repeating: "1", count: 50_000).joined(separator: " + "),
                 "定义 a = " + String(repeating: "非 ", count: 50_000) + "真",
                 "定义 a = " + String(repeating: "-", count: 50_000) + "1",
                 "定义 a = " + String(repeating: "如果 真 则 ", count: 20_000) + "1"] {
      let codes = RuleCompiler.compile([SourceFile(path: "chain.rules", text: text + "\n")]).diagnostics.map(\.code)
      #expect(codes.contains("P009"), "\(text.prefix(20))")
    }
  }

  @Test func indentationStaircaseIsRefusedQuickly() {
    // Each line one space deeper (3,000 levels: a 100,000-level staircase would be 5 GB of
    // spaces), then one line indented 100,000 spaces.
    var text = "定义 a = 1\n"
    for depth in 1...3_000 { text += String(repeating: " ", count: depth) + "依据 《法》第一条\n" }
    text += String(repeating: " ", count: 100_000) + "x\n定义 b = 2\n"
    let clock = ContinuousClock()
    var result: RuleCompiler.Result?
    let elapsed = clock.measure { result = RuleCompiler.compile([SourceFile(path: "stairs.rules", text: text)]) }
    let codes = result?.diagnostics.map(\.code) ?? []
    #expect(codes.contains("P009"))
    #expect(codes.allSatisfy { $0.hasPrefix("L") || $0.hasPrefix("P") })
    #expect(codes.count <= Diagnostic.maximumReported + 1)
    #expect(elapsed < .seconds(10))
  }

  @Test func deepChainsAreRefusedWithACode() {
    // Inferred types: the checker refuses the chain (C031) instead of recursing without end.
    var untyped = ""
    for i in 0..<150 { untyped += "定义 a\(i) = a\(i + 1) + 1\n" }
    let refused = RuleCompiler.compile([SourceFile(path: "chain.rules", text: untyped + "定义 a150 = 0\n")])
    #expect(refused.program == nil)
    #expect(refused.diagnostics.map(\.code) == ["C031"])
    // Declared types: the checker needs no recursion; the interpreter stops at its limit (R010).
    var typed = ""
    for i in 0..<150 { typed += "定义 a\(i): 整数 = a\(i + 1) + 1\n" }
    let program = RuleCompiler.compile([SourceFile(path: "chain.rules", text: typed + "定义 a150: 整数 = 0\n")]).program
    guard let program else {
      Issue.record("a typed chain should compile")
      return
    }
    var interpreter = Interpreter(program: program, facts: FactSet(program: program), date: CivilDate(year: 2024, month: 1, day: 1)!)
    guard case .error(let e)? = interpreter.evaluate("a0") else {
      Issue.record("expected R010")
      return
    }
    #expect(e.diagnostic.code == "R010")
    // A shorter path to the same definitions still evaluates.
    var fresh = Interpreter(program: program, facts: FactSet(program: program), date: CivilDate(year: 2024, month: 1, day: 1)!)
    #expect(fresh.evaluate("a100")?.value == .int(50))
  }

  @Test func longDefinitionChainsDoNotExhaustTheStack() async {
    var short = ""
    for i in 0..<50 { short += "定义 a\(i) = a\(i + 1) + 1\n" }
    let program = RuleCompiler.compile([SourceFile(path: "chain.rules", text: short + "定义 a50 = 0\n")]).program
    if let program {
      var interpreter = Interpreter(program: program, facts: FactSet(program: program), date: CivilDate(year: 2024, month: 1, day: 1)!)
      #expect(interpreter.evaluate("a0")?.value == .int(50))
    }
    #expect(program != nil)
    await #expect(processExitsWith: .success) {
      var text = ""
      for i in 0..<1_000 { text += "定义 a\(i) = a\(i + 1) + 1\n" }
      text += "定义 a1000 = 0\n"
      let result = RuleCompiler.compile([SourceFile(path: "chain.rules", text: text)])
      guard let program = result.program else { return }
      var interpreter = Interpreter(program: program, facts: FactSet(program: program), date: CivilDate(year: 2024, month: 1, day: 1)!)
      precondition(interpreter.evaluate("a0")?.value == .int(1_000))
    }
  }

  @Test func durationOverflowIsAnErrorValueNotATrap() async {
    await #expect(processExitsWith: .success) {
      _ = InterpreterTestsSupport.evaluateOverflow("1年 * x > 1个月", x: Int.max / 2)
    }
    await #expect(processExitsWith: .success) {
      _ = InterpreterTestsSupport.evaluateOverflow("2024-01-01 + 1年 * x", x: Int.max / 2)
    }
    await #expect(processExitsWith: .success) {
      _ = InterpreterTestsSupport.evaluateOverflow("2024-01-01 + 1日 * x", x: Int.min)
    }
    // Large but representable counts are refused as values.
    #expect(InterpreterTestsSupport.evaluateOverflow("2024-01-01 + 1日 * x", x: Int.max) == "R008")
    #expect(InterpreterTestsSupport.evaluateOverflow("1年 * x * 2", x: Int.max) == "R009")
  }
}

/// Helpers that exit tests can call without capturing anything.
enum InterpreterTestsSupport {
  /// Evaluates `expression` with the Int fact `x`; the value text or the error code.
  static func evaluateOverflow(_ expression: String, x: Int) -> String? {
    let source = "事实 x: 整数\n定义 v = \(expression)\n"
    guard let program = RuleCompiler.compile([SourceFile(path: "o.rules", text: source)]).program else { return nil }
    var facts = FactSet(program: program)
    facts.set("x", .int(x), in: program)
    var interpreter = Interpreter(program: program, facts: facts, date: CivilDate(year: 2024, month: 1, day: 1)!)
    switch interpreter.evaluate("v") {
    case .value(let v)?: return v.text(.zh)
    case .error(let e)?: return e.diagnostic.code
    case nil: return nil
    }
  }
}
