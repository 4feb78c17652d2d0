/// `测试 「名称」` and its lines: `日期`, `已知`, `期望`.
extension Parser {
  mutating func test(_ start: Int) throws(Failure) -> TestDecl {
    let name = try testName("测试名称", "the test's name")
    try expectNewline()
    var date: CivilDate?
    var caseFile: (path: String, range: SourceRange)?
    var given: [GivenFact] = []
    var expectations: [ExpectationDecl] = []
    let before = diagnostics.count
    try block { (p: inout Parser) throws(Failure) in
      // A line is kept only when it parses to its end, so a broken line gives one diagnostic.
      let lineStart = p.current.start
      if p.contextual == .testDate {
        if date != nil {
          throw p.expected("已知 或 期望 (一个测试只有一个 日期; 另一日期另写一个测试)",
                           "given or expect (a test has one date; write another test for another date)")
        }
        _ = p.advance()
        guard case .date(let d) = p.kind else { throw p.expected("日期", "a date") }
        _ = p.advance()
        try p.expectNewline()
        date = d
      } else if p.contextual == .caseFile {
        if caseFile != nil { throw p.expected("已知 或 期望 (一个测试只有一个 案件)", "given or expect (a test has one case)") }
        _ = p.advance()
        guard case .text(let path) = p.kind else { throw p.expected("案件文件的路径「…」", "the case file's path 「…」") }
        let r = p.range(p.advance())
        try p.expectNewline()
        caseFile = (path, r)
      } else if p.atTestWord(.given) {
        _ = p.advance()
        var line = [try p.givenFact()]
        while p.accept(symbol: ",") { line.append(try p.givenFact()) }
        try p.expectNewline()
        given += line
      } else if p.atTestWord(.expect) {
        _ = p.advance()
        let e = try p.expectation(lineStart)
        try p.expectNewline()
        expectations.append(e)
      } else {
        throw p.expected("测试的内容 (日期 / 已知 / 期望)", "a test line (date / given / expect)")
      }
    }
    return TestDecl(name: name, date: date, caseFile: caseFile, given: given, expectations: expectations, range: range(from: start),
                    recovered: diagnostics.count > before)
  }

  /// Whether the current token is `已知` / `期望` (contextual: names everywhere else).
  func atTestWord(_ k: Keyword) -> Bool {
    if case .identifier(let w) = kind { return Keyword.bySpelling[w] == k }
    return false
  }

  /// A name or a text (`「S07·阶次」`: lowered names hold `·`, which only a text can).
  mutating func testName(_ zh: String, _ en: String) throws(Failure) -> Name {
    switch kind {
    case .identifier(let s), .text(let s):
      let t = advance()
      return Name(text: s, range: range(t))
    default:
      throw expected(zh, en)
    }
  }

  /// `NAME = VALUE` after `已知`.
  mutating func givenFact() throws(Failure) -> GivenFact {
    let name = try testName("事实名称", "a fact's name")
    try expect(symbol: "=")
    let value = try unary()
    return GivenFact(name: name, value: value, range: name.range.through(value.range))
  }

  /// `NAME = VALUE [规则 LABEL | 规则 否则] [依据 …]` or `NAME 无法确定 [CODE] [缺少 FACT, …]`.
  mutating func expectation(_ start: Int) throws(Failure) -> ExpectationDecl {
    if at(.basis) {
      // `期望 依据 《…》`: citations the decision of the test's case must carry.
      let word = Name(text: "依据", range: range(advance()))
      return ExpectationDecl(name: word, outcome: .citationsOnly, rule: nil, ruleIsOtherwise: false,
                             citations: try self.citations(), range: range(from: start))
    }
    let name = try testName("定义的名称", "a definition's name")
    var rule: Name?
    var otherwise = false
    var citations: [Citation] = []
    let outcome: ExpectationDecl.Outcome
    if accept(symbol: "=") {
      outcome = .value(try unary())
      if accept(.rule) {
        if at(.otherwise) {
          otherwise = true
          rule = Name(text: "否则", range: range(advance()))
        } else {
          rule = try label()
        }
      }
      if accept(.basis) { citations = try self.citations() }
    } else if contextual == .undetermined {
      _ = advance()
      var code: Name?
      if case .identifier(let s) = kind, Parser.isDiagnosticCode(s) {
        code = Name(text: s, range: range(advance()))
      }
      var missing: [Name] = []
      if contextual == .missing {
        _ = advance()
        missing = [try testName("事实名称", "a fact's name")]
        while accept(symbol: ",") { missing.append(try testName("事实名称", "a fact's name")) }
      }
      outcome = .undetermined(code: code, missing: missing)
    } else {
      throw expected("「=」 或 「无法确定」", "\"=\" or \"undetermined\"")
    }
    return ExpectationDecl(name: name, outcome: outcome, rule: rule, ruleIsOtherwise: otherwise,
                           citations: citations, range: range(from: start))
  }

  /// `R001`, `C013`: a letter and three digits.
  static func isDiagnosticCode(_ s: String) -> Bool {
    let chars = Array(s)
    return chars.count == 4 && chars[0].isASCII && chars[0].isUppercase && chars.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
  }
}
