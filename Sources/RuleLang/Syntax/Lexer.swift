/// Turns a source file into tokens, with INDENT/DEDENT for blocks and NEWLINE at the end
/// of each logical line. Newlines inside parentheses are ignored. Reports problems as
/// diagnostics and always reaches the end of the file.
public struct Lexer {
  let file: SourceFile
  var chars: [Character]
  var offsets: [Int]  // UTF-8 offset of each character, plus the end
  var i = 0
  var tokens: [Token] = []
  var diagnostics: [Diagnostic] = []
  private var indents: [Int] = [0]
  var parenDepth = 0
  private var atLineStart = true

  /// Deepest block nesting accepted.
  static let maximumIndentLevels = 64

  /// Lexes a whole file.
  public static func tokenize(_ file: SourceFile) -> (tokens: [Token], diagnostics: [Diagnostic]) {
    var lexer = Lexer(file: file)
    lexer.run()
    return (lexer.tokens, lexer.diagnostics)
  }

  private init(file: SourceFile) {
    self.file = file
    self.chars = Array(file.text)
    var offsets: [Int] = []
    offsets.reserveCapacity(chars.count + 1)
    var o = 0
    for c in chars {
      offsets.append(o)
      o += c.utf8.count
    }
    offsets.append(o)
    self.offsets = offsets
    // Full-width digits (０–９) typed with a Chinese input method are digits; the offsets
    // above keep pointing at the original characters.
    for k in chars.indices {
      if let v = chars[k].unicodeScalars.first?.value, chars[k].unicodeScalars.count == 1, (0xFF10...0xFF19).contains(v) {
        chars[k] = Character(Unicode.Scalar(v - 0xFF10 + 0x30)!)
      }
    }
  }

  // MARK: - Helpers

  func peek(_ k: Int = 0) -> Character? { i + k < chars.count ? chars[i + k] : nil }

  mutating func emit(_ kind: Token.Kind, from start: Int) {
    tokens.append(Token(kind: kind, start: offsets[start], end: offsets[i]))
  }

  mutating func report(_ entry: DiagnosticCatalog.Entry, from start: Int, to end: Int) {
    let range = SourceRange(file: file.path, start: offsets[start], end: offsets[min(end, chars.count)])
    diagnostics.append(Diagnostic(entry, at: range))
  }

  static func isIdentifierStart(_ c: Character) -> Bool {
    (c.isLetter || c == "_") && c != "\u{FFFD}"
  }

  static func isIdentifierContinue(_ c: Character) -> Bool {
    (c.isLetter || c.isNumber || c == "_") && c != "\u{FFFD}"
  }

  // MARK: - Main loop

  private mutating func run() {
    for offset in file.invalidUTF8Offsets {
      diagnostics.append(Diagnostic(.invalidUTF8(), at: SourceRange(file: file.path, start: offset, end: offset + 3)))
      if diagnostics.count >= 5 { break }
    }
    while i < chars.count {
      if atLineStart && parenDepth == 0 {
        lineStart()
        continue
      }
      let c = chars[i]
      let start = i
      switch c {
      case " ", "\t", "\u{3000}", "\r", "\u{FFFD}", "\u{FEFF}":
        i += 1
      case "#":
        // A comment runs to the end of the line (CRLF is one Character in Swift).
        while i < chars.count, chars[i] != "\n", chars[i] != "\r\n" { i += 1 }
      case "\n", "\r\n":
        // Inside brackets a line break continues the expression, but only onto an indented
        // line: a line that starts at the margin begins a new declaration, so an unclosed
        // `(` cannot swallow the rest of the file (the parser reports the missing `)`).
        if parenDepth > 0, let next = peek(1), !" \t\u{3000}\n\r\n)）}｝#".contains(next) {
          parenDepth = 0
        }
        if parenDepth == 0 {
          emit(.newline, from: start)
          atLineStart = true
        }
        i += 1
      case "0"..."9":
        number()
      case "《":
        delimited(close: "》", start: start, error: .unterminatedTitle()) { .title($0) }
      case "「":
        delimited(close: "」", start: start, error: .unterminatedText()) { .text($0) }
      case "“":
        delimited(close: "”", start: start, error: .unterminatedText()) { .text($0) }
      case "\"":
        delimited(close: "\"", start: start, error: .unterminatedText()) { .text($0) }
      case "第" where citationPart():
        break
      default:
        if Lexer.isIdentifierStart(c) {
          identifier()
        } else if !symbol() {
          while i < chars.count, !Lexer.isIdentifierStart(chars[i]), !" \n\t".contains(chars[i]),
            !"0123456789".contains(chars[i])
          {
            if Lexer.symbolSpelling(chars[i], peek(1)) != nil || "《「“\"".contains(chars[i]) { break }
            i += 1
          }
          if i == start { i += 1 }
          let text = String(chars[start..<i].prefix(8))
          report(.unexpectedCharacter(DiagnosticRenderer.visible(text)), from: start, to: i)
        }
      }
    }
    if tokens.last.map({ $0.kind != .newline }) ?? false {
      tokens.append(Token(kind: .newline, start: offsets[i], end: offsets[i]))
    }
    for _ in indents.dropFirst() { tokens.append(Token(kind: .dedent, start: offsets[i], end: offsets[i])) }
    tokens.append(Token(kind: .end, start: offsets[i], end: offsets[i]))
  }

  /// Measures the indentation of a line and emits INDENT/DEDENT; skips blank lines.
  private mutating func lineStart() {
    let start = i
    var width = 0
    var sawTab = false
    // A lone carriage return (not part of CRLF) is whitespace of no width.
    while let c = peek(), c == " " || c == "\t" || c == "\u{3000}" || c == "\r" {
      if c == "\t" { sawTab = true }
      width += c == "\t" ? 4 : c == "\r" ? 0 : 1
      i += 1
    }
    guard let c = peek() else { return }
    if c == "\n" || c == "\r\n" || c == "#" {
      while i < chars.count, chars[i] != "\n", chars[i] != "\r\n" { i += 1 }
      if i < chars.count { i += 1 }
      return
    }
    atLineStart = false
    if sawTab { report(.tabIndent(), from: start, to: i) }
    if width > indents.last! {
      if indents.count >= Lexer.maximumIndentLevels {
        report(.tooDeep(), from: start, to: i)
        return
      }
      indents.append(width)
      emit(.indent, from: i)
    } else if width < indents.last! {
      while width < indents.last! {
        indents.removeLast()
        emit(.dedent, from: i)
      }
      if width != indents.last! {
        report(.badDedent(), from: start, to: i)
        indents.append(width)
        emit(.indent, from: i)
      }
    }
  }

  private mutating func delimited(
    close: Character, start: Int, error: DiagnosticCatalog.Entry, make: (String) -> Token.Kind
  ) {
    i += 1
    let contentStart = i
    while i < chars.count, chars[i] != close, chars[i] != "\n", chars[i] != "\r\n" { i += 1 }
    if i < chars.count, chars[i] == close {
      let content = String(chars[contentStart..<i])
      i += 1
      emit(make(content), from: start)
    } else {
      report(error, from: start, to: i)
      emit(make(String(chars[contentStart..<i])), from: start)
    }
  }

  private mutating func identifier() {
    let start = i
    i += 1
    while let c = peek(), Lexer.isIdentifierContinue(c) { i += 1 }
    let word = String(chars[start..<i])
    if let k = Keyword.bySpelling[word], !k.isContextual {
      emit(.keyword(k), from: start)
    } else {
      emit(.identifier(word), from: start)
    }
  }
}
