import Foundation
import RuleLang
import Testing

/// Token kinds of a one-line source, without the closing NEWLINE and END.
private func kinds(_ text: String) -> [Token.Kind] {
  let lexed = Lexer.tokenize(SourceFile(path: "lex.rules", text: text))
  var out = lexed.tokens.map(\.kind)
  if out.last == .end { out.removeLast() }
  if out.last == .newline { out.removeLast() }
  return out
}

private func codes(_ text: String) -> [String] {
  Lexer.tokenize(SourceFile(path: "lex.rules", text: text)).diagnostics.map(\.code)
}

private let sqm = Units.quantityUnit(named: "平方米")!
private let sites = Units.quantityUnit(named: "处")!

struct KeywordCase: Sendable, CustomTestStringConvertible {
  let zh: String
  let en: String
  let keyword: Keyword
  var testDescription: String { "\(zh) / \(en)" }
}

struct LiteralCase: Sendable, CustomTestStringConvertible {
  let source: String
  let expected: Token.Kind
  var testDescription: String { source }
}

@Suite struct LexerTests {
  static let keywordCases: [KeywordCase] = [
    .init(zh: "枚举", en: "enum", keyword: .enumeration), .init(zh: "事实", en: "fact", keyword: .fact),
    .init(zh: "参数", en: "parameter", keyword: .parameter), .init(zh: "定义", en: "definition", keyword: .definition),
    .init(zh: "后果", en: "consequence", keyword: .consequence), .init(zh: "规则", en: "rule", keyword: .rule),
    .init(zh: "例外于", en: "exception", keyword: .exceptionTo), .init(zh: "当", en: "when", keyword: .when),
    .init(zh: "则", en: "then", keyword: .then), .init(zh: "否则", en: "otherwise", keyword: .otherwise),
    .init(zh: "否则", en: "else", keyword: .otherwise), .init(zh: "依据", en: "basis", keyword: .basis),
    .init(zh: "施行", en: "effective", keyword: .effective), .init(zh: "起", en: "from", keyword: .from),
    .init(zh: "至", en: "until", keyword: .until), .init(zh: "如果", en: "if", keyword: .if),
    .init(zh: "且", en: "and", keyword: .and), .init(zh: "或", en: "or", keyword: .or),
    .init(zh: "非", en: "not", keyword: .not), .init(zh: "属于", en: "in", keyword: .in),
    .init(zh: "真", en: "true", keyword: .true), .init(zh: "假", en: "false", keyword: .false),
  ]

  @Test(arguments: keywordCases)
  func chineseAndEnglishSpellingsLexToTheSameKeyword(_ c: KeywordCase) {
    #expect(kinds(c.zh) == [.keyword(c.keyword)])
    #expect(kinds(c.en) == [.keyword(c.keyword)])
  }

  @Test func contextualKeywordsLexAsNames() {
    #expect(kinds("违法行为 阶次 情节 基准") == [
      .identifier("违法行为"), .identifier("阶次"), .identifier("情节"), .identifier("基准"),
    ])
    // A keyword glued to a name is one name, never a keyword.
    #expect(kinds("当单体面积") == [.identifier("当单体面积")])
  }

  static let literalCases: [LiteralCase] = [
    .init(source: "20000", expected: .number("20000", nil)),
    .init(source: "2平方米", expected: .number("2", .quantity(sqm))),
    .init(source: "3 sqm", expected: .number("3", .quantity(sqm))),
    .init(source: "4处", expected: .number("4", .quantity(sites))),
    .init(source: "1.5万元", expected: .number("1.5", .money(multiplier: 10000))),
    .init(source: "200元", expected: .number("200", .money(multiplier: 1))),
    .init(source: "5%", expected: .number("5", .percent)),
    .init(source: "5％", expected: .number("5", .percent)),
    .init(source: "2倍", expected: .number("2", .multiple)),
    .init(source: "3 days", expected: .number("3", .duration(.days))),
    .init(source: "15日", expected: .number("15", .duration(.days))),
    .init(source: "6个月", expected: .number("6", .duration(.months))),
    .init(source: "2年", expected: .number("2", .duration(.years))),
    .init(source: "1 year", expected: .number("1", .duration(.years))),
    .init(source: "2024-02-29", expected: .date(CivilDate(year: 2024, month: 2, day: 29)!)),
    .init(source: "第四十二条", expected: .articlePart(.article, "四十二", sub: nil)),
    .init(source: "第一款", expected: .articlePart(.paragraph, "一", sub: nil)),
    .init(source: "第（三）项", expected: .articlePart(.item, "三", sub: nil)),
    .init(source: "第(三)项", expected: .articlePart(.item, "三", sub: nil)),
    .init(source: "第二十条之一", expected: .articlePart(.article, "二十", sub: "一")),
    .init(source: "第42条", expected: .articlePart(.article, "42", sub: nil)),
    .init(source: "第三方", expected: .identifier("第三方")),
    .init(source: "「单体面积」", expected: .text("单体面积")),
    .init(source: "“一般”", expected: .text("一般")),
    .init(source: "\"plain\"", expected: .text("plain")),
    .init(source: "《城市道路管理条例》", expected: .title("城市道路管理条例")),
  ]

  @Test(arguments: literalCases)
  func literalsLexToOneToken(_ c: LiteralCase) {
    #expect(kinds(c.source) == [c.expected])
    #expect(codes(c.source).isEmpty)
  }

  @Test func numberUnitsPreferTheLongestSpelling() {
    // 个月 (months) wins over 个 (pieces); 平方厘米 over 平方米 … and 米.
    #expect(kinds("6个月 6个") == [
      .number("6", .duration(.months)), .number("6", .quantity(Units.quantityUnit(named: "个")!)),
    ])
    #expect(kinds("2平方厘米") == [.number("2", .quantity(Units.quantityUnit(named: "平方厘米")!))])
  }

  @Test func fullWidthPunctuationIsNormalisedToASCII() {
    #expect(kinds("（ ） ｛ ｝ ， 、 ： ≤ ≥ ≠ × ÷") == [
      "(", ")", "{", "}", ",", ",", ":", "<=", ">=", "!=", "*", "/",
    ].map { Token.Kind.symbol($0) })
    #expect(kinds("== != <= >=") == ["=", "!=", "<=", ">="].map { Token.Kind.symbol($0) })
    // A full-width space separates tokens like a space.
    #expect(kinds("a\u{3000}b") == [.identifier("a"), .identifier("b")])
  }

  @Test func indentationGivesIndentAndDedent() {
    let text = "a\n  b\n    c\n  d\ne\n"
    #expect(Lexer.tokenize(SourceFile(path: "t", text: text)).tokens.map(\.kind) == [
      .identifier("a"), .newline, .indent, .identifier("b"), .newline, .indent, .identifier("c"), .newline,
      .dedent, .identifier("d"), .newline, .dedent, .identifier("e"), .newline, .end,
    ])
    // Unclosed blocks are closed at the end of the file.
    let open = Lexer.tokenize(SourceFile(path: "t", text: "a\n  b")).tokens.map(\.kind)
    #expect(open.suffix(3) == [.newline, .dedent, .end])
  }

  @Test func commentsBlankLinesAndParenthesesDoNotMakeLines() {
    #expect(kinds("a # 注释 当 则\n# 整行注释\n\n   \nb") == [.identifier("a"), .newline, .identifier("b")])
    // Inside parentheses a line break continues the line, and indentation is ignored.
    #expect(kinds("(a\n      b)\nc") == [
      .symbol("("), .identifier("a"), .identifier("b"), .symbol(")"), .newline, .identifier("c"),
    ])
    #expect(kinds("a\r\nb") == [.identifier("a"), .newline, .identifier("b")])
  }

  @Test func lexicalProblemsAreReportedWithCodes() {
    #expect(codes("a\n\tb") == ["L005"])
    #expect(codes("a\n    b\n  c") == ["L006"])
    #expect(codes("「未完") == ["L003"])
    #expect(codes("《未完") == ["L004"])
    #expect(codes("a @ b") == ["L002"])
    #expect(codes("2023-02-29") == ["P011"])
    #expect(codes(String(repeating: "9", count: 31)) == ["L007"])
    let invalid = SourceFile(path: "t", bytes: Array("a ".utf8) + [0xFF] + Array(" b".utf8))
    let lexed = Lexer.tokenize(invalid)
    #expect(lexed.diagnostics.map(\.code) == ["L001"])
    #expect(lexed.tokens.map(\.kind).prefix(2) == [.identifier("a"), .identifier("b")])
  }

  @Test func tokenRangesAreUTF8Offsets() {
    let tokens = Lexer.tokenize(SourceFile(path: "t", text: "事实 面积")).tokens
    #expect(tokens[0].start == 0 && tokens[0].end == 6)
    #expect(tokens[1].start == 7 && tokens[1].end == 13)
  }

  @Test func aLineStartingWithALoneCarriageReturnIsNotSilentlyDropped() {
    // A stray CR at the start of a line makes the lexer treat the whole line as blank.
    let lexed = Lexer.tokenize(SourceFile(path: "t", text: "a\n\rb\n"))
    let names = lexed.tokens.compactMap { if case .identifier(let s) = $0.kind { s } else { nil } }
    #expect(names == ["a", "b"] || !lexed.diagnostics.isEmpty)
  }

  @Test func digitWithACombiningMarkDoesNotHang() async {
    // The grapheme "5\u{338}" falls in "0"..."9" but is not an ASCII digit: number() reads
    // nothing and the main loop never advances. A watchdog turns the hang into exit code 3.
    await #expect(processExitsWith: .success) {
      Thread.detachNewThread {
        Thread.sleep(forTimeInterval: 1)
        exit(3)
      }
      _ = Lexer.tokenize(SourceFile(path: "t", text: "定义 a = 5\u{338}\n"))
    }
  }

  @Test func fullWidthOperatorsMeanTheirHalfWidthForms() {
    #expect(kinds("a ＋ b ＞＝ c") == kinds("a + b >= c"))
    #expect(kinds("a ＝ b ＜ c － d ＊ e ／ f ！＝ g") == kinds("a = b < c - d * e / f != g"))
    #expect(codes("a ＋ b") == [])
  }

  @Test func aTrailingCommentEndsAtACRLFLineEnd() {
    let lexed = Lexer.tokenize(SourceFile(path: "t", text: "定义 b = 1  # 注释\r\n定义 c = 2\r\n"))
    let names = lexed.tokens.compactMap { if case .identifier(let s) = $0.kind { s } else { nil } }
    #expect(names == ["b", "c"])
  }
}
