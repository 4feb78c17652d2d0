/// A recursive-descent parser that always produces a module and recovers at line
/// boundaries, so one mistake gives one diagnostic and the rest of the file is still read.
public struct Parser {
  var tokens: [Token]
  var pos = 0
  let file: SourceFile
  var diagnostics: [Diagnostic] = []
  var depth = 0

  /// Deepest expression nesting accepted.
  static let maximumDepth = 100

  /// Thrown after a diagnostic has been recorded; unwinds to the enclosing line.
  struct Failure: Error {}

  /// Parses one file.
  public static func parse(_ file: SourceFile) -> (module: SourceModule, diagnostics: [Diagnostic]) {
    let lexed = Lexer.tokenize(file)
    var parser = Parser(tokens: lexed.tokens, file: file)
    let module = parser.parseModule()
    return (module, lexed.diagnostics + parser.diagnostics)
  }

  init(tokens: [Token], file: SourceFile) {
    self.tokens = tokens
    self.file = file
  }

  // MARK: - Token helpers

  var current: Token { tokens[min(pos, tokens.count - 1)] }
  var kind: Token.Kind { current.kind }

  func range(_ t: Token) -> SourceRange { SourceRange(file: file.path, start: t.start, end: t.end) }
  func range(from start: Int) -> SourceRange {
    let end = pos > 0 ? tokens[min(pos, tokens.count) - 1].end : start
    return SourceRange(file: file.path, start: start, end: max(start, end))
  }

  mutating func advance() -> Token {
    let t = current
    if pos < tokens.count - 1 { pos += 1 }
    return t
  }

  func at(_ k: Keyword) -> Bool { kind == .keyword(k) }
  func at(symbol s: String) -> Bool { kind == .symbol(s) }

  mutating func accept(_ k: Keyword) -> Bool {
    if at(k) { _ = advance(); return true }
    return false
  }

  mutating func accept(symbol s: String) -> Bool {
    if at(symbol: s) { _ = advance(); return true }
    return false
  }

  /// Records a diagnostic at the current token and throws.
  mutating func fail(_ entry: DiagnosticCatalog.Entry, at r: SourceRange? = nil) -> Failure {
    diagnostics.append(Diagnostic(entry, at: r ?? range(current)))
    return Failure()
  }

  mutating func expected(_ zh: String, _ en: String) -> Failure {
    return fail(.expected(LocalizedText(zh: zh, en: en), found: current.describe))
  }

  mutating func expect(_ k: Keyword) throws(Failure) {
    if !accept(k) { throw expected("「\(k.zh)」", "\"\(k.en)\"") }
  }

  mutating func expect(symbol s: String) throws(Failure) {
    if !accept(symbol: s) { throw expected("「\(s)」", "\"\(s)\"") }
  }

  mutating func expectNewline() throws(Failure) {
    if kind == .newline { _ = advance(); return }
    if kind == .end || kind == .dedent { return }
    throw expected("行尾", "end of line")
  }

  mutating func name() throws(Failure) -> Name {
    if case .identifier(let s) = kind {
      let t = advance()
      return Name(text: s, range: range(t))
    }
    throw expected("名称", "a name")
  }

  /// A label: a name or a text.
  mutating func label() throws(Failure) -> Name {
    switch kind {
    case .identifier(let s), .text(let s):
      let t = advance()
      return Name(text: s, range: range(t))
    default:
      throw expected("规则标签", "a rule label")
    }
  }

  // MARK: - Recovery

  /// Skips the rest of the current line, and any block indented under it.
  mutating func synchronize() {
    var nested = 0
    while true {
      switch kind {
      case .end: return
      case .indent: nested += 1
      case .dedent:
        if nested == 0 { return }
        nested -= 1
        if nested == 0 { _ = advance(); return }
      case .newline:
        if nested == 0 {
          _ = advance()
          if kind == .indent { continue }
          return
        }
      default: break
      }
      _ = advance()
    }
  }

  /// Skips a whole indented block starting at an INDENT token.
  mutating func skipBlock() {
    guard kind == .indent else { return }
    _ = advance()
    var nested = 1
    while nested > 0 && kind != .end {
      if kind == .indent { nested += 1 }
      if kind == .dedent { nested -= 1 }
      _ = advance()
    }
  }
}
