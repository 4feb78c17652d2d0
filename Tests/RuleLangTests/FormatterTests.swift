import Foundation
import RuleLang
import Testing
import TestSupport

private func format(_ text: String) -> String? {
  if case .formatted(let out) = RuleFormatter.format(text: text, path: "f.rules") { return out }
  return nil
}

/// The formatter's two properties over every rule file of the repository (the library in
/// `Rules/` and the golden corpus): formatting is idempotent, and the formatted file has the
/// same syntax tree as the original (so the same meaning), and the same checker diagnostics.
@Suite struct FormatterPropertyTests {
  static let root = Golden.repositoryRoot()
  static let files: [String] =
    Golden.files(under: root.appendingPathComponent("Rules"), suffix: ".rules", relativeTo: root)
    + Golden.files(under: root.appendingPathComponent("Tests/GoldenTests/Golden"), suffix: ".rules", relativeTo: root)

  @Test func corpusIsLarge() {
    #expect(Self.files.count >= 100, "Rules/ and the golden corpus should be found")
  }

  @Test(arguments: files)
  func idempotentAndMeaningPreserving(_ relative: String) throws {
    let bytes = try [UInt8](Data(contentsOf: Self.root.appendingPathComponent(relative)))
    let source = SourceFile(path: relative, bytes: bytes)
    let original = Parser.parse(source)
    let outcome = RuleFormatter.format(source)
    if original.diagnostics.contains(where: { $0.severity == .error }) {
      guard case .syntaxErrors(let diagnostics) = outcome else {
        Issue.record("\(relative) has syntax errors but was formatted")
        return
      }
      #expect(diagnostics.contains { $0.severity == .error })
      return
    }
    guard case .formatted(let text) = outcome else {
      Issue.record("\(relative) was not formatted: \(outcome)")
      return
    }
    let formatted = SourceFile(path: relative, text: text)
    let reparsed = Parser.parse(formatted)
    #expect(!reparsed.diagnostics.contains { $0.severity == .error }, "\(relative): the formatted file does not parse")
    #expect(reparsed.module.dump == original.module.dump, "\(relative): the syntax tree changed")
    #expect(format(text).map { Array($0.utf8) } == Array(text.utf8), "\(relative): formatting is not idempotent")
    let before = RuleCompiler.compile([source]).diagnostics.map { "\($0.severity) \($0.code)" }
    let after = RuleCompiler.compile([formatted]).diagnostics.map { "\($0.severity) \($0.code)" }
    #expect(before == after, "\(relative): the checker's diagnostics changed")
  }
}

/// Single layout rules of the formatter.
@Suite struct FormatterTests {
  @Test func syntaxErrorsAreReportedNotFormatted() {
    guard case .syntaxErrors(let diagnostics) = RuleFormatter.format(text: "定义 x = 1 +\n") else {
      Issue.record("a file with a syntax error was formatted")
      return
    }
    #expect(diagnostics.map(\.code) == ["P003"])
  }

  @Test func theDumpSeesMeaningNotLayout() {
    func dump(_ text: String) -> String { Parser.parse(SourceFile(path: "d.rules", text: text)).module.dump }
    #expect(dump("定义 a=1  # c\n") == dump("定义 a = 1\n"))
    #expect(dump("定义 a = 1\n") != dump("定义 a = 2\n"))
    #expect(dump("定义 a = 「x」\n") != dump("定义 a = 「y」\n"))
    #expect(dump("后果 a: 整数 = 1\n  依据 《甲》第一条\n") != dump("后果 a: 整数 = 1\n  依据 《甲》第二条\n"))
    #expect(dump("事实 a: 整数\n").contains("«a»"))
  }

  @Test func emptyAndCommentOnlyFiles() {
    #expect(format("") == "")
    #expect(format("\n\n") == "")
    #expect(format("\n  # 只有注释   \n\n\n") == "# 只有注释\n")
  }

  @Test func lineEndingsAndByteOrderMark() {
    #expect(format("\u{FEFF}事实 a: 整数\r\n定义 b = a\r\n") == "事实 a: 整数\n定义 b = a\n")
    #expect(format("事实 a: 整数") == "事实 a: 整数\n")
  }

  @Test func aViolationCodeIsWrittenExactlyAsTheParserReadsIt() {
    // The code is the source text of its touching parts; a full-width minus stays one.
    let out = format("违法行为  CG－DL－042   「名称」\n  违反 《甲》第一条\n  处罚依据 《甲》第二条\n")
    #expect(out == "违法行为 CG－DL－042 「名称」\n  违反 《甲》第一条\n  处罚依据 《甲》第二条\n")
  }

  @Test func unaryAndBinaryMinusAndCalls() {
    #expect(format("定义 a = - 1 -2 * -( 3 )\n") == "定义 a = -1 - 2 * -(3)\n")
    #expect(format("定义 b = 最大 ( 1 ,2 )\n") == "定义 b = 最大(1, 2)\n")
  }

  @Test func aFactCalled罚款InATierRowIsNotTheFineColumn() throws {
    let text = """
      枚举 裁量阶次: 从轻, 一般
      事实 罚款: 金额
      违法行为 X-1 「甲」
        违反 《甲》第一条
        处罚依据 《甲》第二条
        法定罚款 至 100元
      基准 乙 适用 X-1
        依据 《乙》
        阶次 从轻 「轻」 当 罚款 < 5元 罚款 10元
        阶次 一般 「一般」 当 罚款 >= 5元 且 罚款 < 50元 罚款 20元

      """
    let out = try #require(format(text))
    let rows = out.split(separator: "\n").filter { $0.hasPrefix("  阶次") }.map(String.init)
    #expect(rows[0].contains("当 罚款 < 5元 "))
    // The amounts start at the same display column (Chinese characters count two).
    func column(_ row: String) -> Int {
      let prefix = row[..<row.range(of: "罚款 1")!.lowerBound]
      return prefix.reduce(0) { $0 + ($1.isASCII ? 1 : 2) }
    }
    #expect(column(rows[0]) == column(rows[1].replacingOccurrences(of: "罚款 2", with: "罚款 1")))
  }
}
