/// The comment-preserving pass of the formatter. The lexer drops comments and blank lines (and
/// must keep doing so: the parser never sees them), so this pass reads them back from the source
/// around the lexer's tokens: it groups the tokens into logical lines with their block level,
/// then walks the physical lines — a line without a token is blank or a comment, and text after
/// the last token of a line is that line's trailing comment.
struct SourceLayout {
  /// One logical line: a declaration, a field or a rule; several physical lines when it
  /// continues inside brackets.
  struct CodeLine {
    /// Block level (0 = the left margin), from the lexer's INDENT / DEDENT.
    let level: Int
    /// The tokens, without NEWLINE, INDENT and DEDENT.
    let tokens: [Token]
    /// The physical lines, in order.
    let parts: [Part]
    /// Width of the original indentation of the first physical line (as the lexer counts it).
    let originalIndent: Int
  }

  /// A physical line of a logical line.
  enum Part {
    /// The tokens at these indices, and the comment after them.
    case tokens(Range<Int>, comment: String?)
    /// A blank line inside brackets.
    case blank
    /// A comment line inside brackets.
    case comment(String)
  }

  /// A line of the file.
  enum Item {
    /// A blank line.
    case blank
    /// A comment line, with the width of its original indentation.
    case comment(String, indent: Int)
    /// A logical line of code.
    case code(CodeLine)
  }

  /// The lines of a file, or nil when a line holds text that is neither a token, a comment nor
  /// blank (impossible in a file the lexer read without errors; the formatter then refuses).
  static func items(of file: SourceFile, tokens: [Token]) -> [Item]? {
    let logical = logicalLines(tokens)
    var startsAt: [Int: Int] = [:]  // physical line → logical line starting on it
    var tokenLines: [[Int]] = []  // physical line of each token, per logical line
    for (k, line) in logical.enumerated() {
      let lines = line.tokens.map { file.line(of: $0.start) }
      tokenLines.append(lines)
      startsAt[lines[0]] = k
    }
    var items: [Item] = []
    var p = 1
    while p <= file.lineStarts.count {
      guard let k = startsAt[p] else {
        guard let item = plainLine(file.lineText(p)) else { return nil }
        items.append(item)
        p += 1
        continue
      }
      let lines = tokenLines[k]
      var onLine: [Int: Range<Int>] = [:]  // physical line → its tokens
      for (i, q) in lines.enumerated() { onLine[q] = (onLine[q]?.lowerBound ?? i)..<(i + 1) }
      var parts: [Part] = []
      for q in lines[0]...lines[lines.count - 1] {
        guard let range = onLine[q] else {
          switch plainLine(file.lineText(q)) {
          case .blank?: parts.append(.blank)
          case .comment(let text, _)?: parts.append(.comment(text))
          default: return nil
          }
          continue
        }
        guard let comment = trailingComment(file, after: logical[k].tokens[range.upperBound - 1].end, line: q) else { return nil }
        parts.append(.tokens(range, comment: comment.isEmpty ? nil : comment))
      }
      let indent = indentWidth(file.lineText(lines[0]))
      items.append(.code(CodeLine(level: logical[k].level, tokens: logical[k].tokens, parts: parts, originalIndent: indent)))
      p = lines[lines.count - 1] + 1
    }
    return items
  }

  /// The tokens grouped into logical lines, each with the block level it starts at.
  static func logicalLines(_ tokens: [Token]) -> [(level: Int, tokens: [Token])] {
    var lines: [(level: Int, tokens: [Token])] = []
    var level = 0
    var current: [Token] = []
    var currentLevel = 0
    for t in tokens {
      switch t.kind {
      case .indent: level += 1
      case .dedent: level -= 1
      case .newline, .end:
        if !current.isEmpty { lines.append((currentLevel, current)) }
        current = []
      default:
        if current.isEmpty { currentLevel = level }
        current.append(t)
      }
    }
    return lines
  }

  /// Characters the lexer skips as space (and the byte-order mark).
  static let space: Set<Character> = [" ", "\t", "\u{3000}", "\r", "\u{FEFF}"]

  /// A line without tokens: blank, or a comment (nil for anything else).
  static func plainLine(_ text: String) -> Item? {
    let rest = text.drop { space.contains($0) }
    if rest.isEmpty { return .blank }
    guard rest.first == "#" else { return nil }
    return .comment(trimmed(rest), indent: indentWidth(text))
  }

  /// The comment after the last token of a line: "" when there is none, nil when something
  /// other than a comment follows.
  static func trailingComment(_ file: SourceFile, after offset: Int, line: Int) -> String? {
    let end = line < file.lineStarts.count ? file.lineStarts[line] - 1 : file.utf8.count
    let rest = file.slice(offset, end).drop { space.contains($0) }
    if rest.isEmpty { return "" }
    return rest.first == "#" ? trimmed(rest) : nil
  }

  /// Text without trailing spaces.
  static func trimmed(_ s: Substring) -> String {
    var s = s
    while let last = s.last, space.contains(last) { s.removeLast() }
    return String(s)
  }

  /// The width of a line's indentation as the lexer measures it (a tab counts 4, the
  /// full-width space 1, a stray carriage return 0).
  static func indentWidth(_ text: String) -> Int {
    var width = 0
    for c in text {
      switch c {
      case " ", "\u{3000}": width += 1
      case "\t": width += 4
      case "\r": break
      default: return width
      }
    }
    return width
  }
}
