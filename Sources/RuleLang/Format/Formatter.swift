/// The formatter (`adjudicator fmt`): one canonical layout for rule files, which changes
/// spaces, indentation, blank lines and the spelling of symbols and nothing else.
///
/// - Indentation: two spaces per block level; a line continued inside brackets is indented
///   two more spaces per open bracket.
/// - Words are kept as written: keywords stay in the file's own language (a mixed file keeps
///   each keyword as written); names, texts 「…」 and titles 《…》 are untouched.
/// - Symbols in their ASCII spelling, spaced by ``LineRenderer``; `:` is always the ASCII
///   colon, attached to the name before it and followed by one space.
/// - Comments stay where they are: a comment line is indented to the block it sits in, a
///   trailing comment follows its line after two spaces. Blank lines are kept, runs of blank
///   lines become one, and none are left at the start or end of the file.
/// - The tier rows of a 基准 are aligned as a table (``TierTable``). Long lines are not wrapped.
///
/// A file with syntax errors is not formatted. Every result is parsed again and must give
/// the same syntax tree (``SourceModule/dump``) as the original; otherwise the formatter
/// refuses rather than change a rule's meaning.
public enum RuleFormatter {
  /// What formatting a file gave.
  public enum Outcome: Sendable {
    /// The file in canonical layout (possibly identical to the input).
    case formatted(String)
    /// The file has syntax errors (lexer or parser); it was not formatted. All the lexer's and
    /// parser's diagnostics, warnings included.
    case syntaxErrors([Diagnostic])
    /// The formatter could not keep the file's meaning (a bug in the formatter); the file is
    /// left alone.
    case refused(LocalizedText)
  }

  /// Formats one rule file.
  public static func format(_ file: SourceFile) -> Outcome {
    let parsed = Parser.parse(file)
    if parsed.diagnostics.contains(where: { $0.severity == .error }) {
      return .syntaxErrors(Diagnostic.sorted(parsed.diagnostics))
    }
    let tokens = Lexer.tokenize(file).tokens
    guard let items = SourceLayout.items(of: file, tokens: tokens) else {
      return .refused(LocalizedText(zh: "无法识别注释或空行", en: "a comment or blank line could not be read back"))
    }
    let text = write(items, file: file)
    let again = Parser.parse(SourceFile(path: file.path, text: text))
    if again.diagnostics.contains(where: { $0.severity == .error }) {
      return .refused(LocalizedText(zh: "格式化结果无法解析", en: "the formatted text does not parse"))
    }
    if again.module.dump != parsed.module.dump {
      return .refused(LocalizedText(zh: "格式化会改变规则的含义", en: "formatting would change the rules' meaning"))
    }
    return .formatted(text)
  }

  /// Formats rule text (for tests and the REPL); `path` names it in diagnostics.
  public static func format(text: String, path: String = "<input>") -> Outcome {
    format(SourceFile(path: path, text: text))
  }

  // MARK: - Writing

  /// The lines of a file in canonical layout.
  static func write(_ items: [SourceLayout.Item], file: SourceFile) -> String {
    let tables = tierTables(items, file: file)
    var out: [String] = []
    var pendingBlank = false
    func emit(_ line: String) {
      if pendingBlank && !out.isEmpty { out.append("") }
      pendingBlank = false
      out.append(line)
    }
    // Original indentation widths of the open blocks, after the last code line.
    var widths: [Int] = []
    for (index, item) in items.enumerated() {
      switch item {
      case .blank:
        pendingBlank = true
      case .comment(let text, let indent):
        emit(indentation(commentLevel(indent, widths)) + text)
      case .code(let line):
        widths = Array(widths.prefix(line.level))
        while widths.count < line.level { widths.append((widths.last ?? -1) + 1) }
        widths.append(line.originalIndent)
        let renderer = LineRenderer(line, file: file)
        if let row = tables[index], case .tokens(_, let comment) = line.parts[0] {
          emit(indentation(line.level) + row + (comment.map { "  " + $0 } ?? ""))
          continue
        }
        var written = 0  // tokens written so far
        for part in line.parts {
          switch part {
          case .blank:
            pendingBlank = true
          case .comment(let text):
            emit(indentation(line.level + renderer.depth(before: written)) + text)
          case .tokens(let range, let comment):
            written = range.upperBound
            var level = line.level
            if range.lowerBound > 0 {
              var closers = 0
              while range.lowerBound + closers < range.upperBound,
                renderer.isSymbol(range.lowerBound + closers, ")", "}")
              { closers += 1 }
              level += max(0, renderer.depth(before: range.lowerBound) - closers)
            }
            emit(indentation(level) + renderer.joined(range) + (comment.map { "  " + $0 } ?? ""))
          }
        }
      }
    }
    return out.isEmpty ? "" : out.joined(separator: "\n") + "\n"
  }

  static func indentation(_ level: Int) -> String { String(repeating: "  ", count: level) }

  /// The level of a comment line: the block whose original indentation it matches, or one
  /// deeper than the last code line when it is indented further (a comment before a block's
  /// first line). Before any code: the margin.
  static func commentLevel(_ indent: Int, _ widths: [Int]) -> Int {
    guard let last = widths.last else { return 0 }
    if indent > last { return widths.count }
    return widths.lastIndex { $0 <= indent } ?? 0
  }

  /// The aligned text of every single-line tier row, by item index.
  static func tierTables(_ items: [SourceLayout.Item], file: SourceFile) -> [Int: String] {
    var result: [Int: String] = [:]
    var group: [(index: Int, row: TierTable.Row)] = []
    func flush() {
      for (k, text) in TierTable.layout(group.map(\.row)).enumerated() { result[group[k].index] = text }
      group = []
    }
    for (index, item) in items.enumerated() {
      guard case .code(let line) = item else { continue }
      if line.level == 0 { flush() }
      guard line.level == 1, line.parts.count == 1, case .identifier(let w) = line.tokens[0].kind,
        Keyword.bySpelling[w] == .tier
      else { continue }
      let renderer = LineRenderer(line, file: file)
      if renderer.isTierRow { group.append((index, TierTable.row(renderer))) }
    }
    flush()
    return result
  }
}
