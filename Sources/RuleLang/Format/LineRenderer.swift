/// How the formatter writes one logical line: the text of each token and the space before it.
///
/// - Words are written as they are (keywords stay in the language they were written in);
///   symbols in their ASCII spelling (`＝` → `=`, `（` → `(`, `≤` → `<=`, `，` `、` `；` → `,`,
///   `：` → `:`), full-width digits of numbers, dates and names as ASCII digits; texts 「…」,
///   titles 《…》 and article parts (`第（三）项`) exactly as written.
/// - One space between tokens and around binary operators; none before `,` `:` `)` `}`, after
///   `(` `{` or a unary minus, around `.`, between a function and its `(`, between a title and
///   its article parts, or inside a violation code (`CG-DL-042`, which the parser reads only
///   when its parts touch); two spaces before the description of a 事实 / 情节 and before the
///   `罚款` and `依据` of a tier row.
struct LineRenderer {
  /// The tokens.
  let tokens: [Token]
  /// The text of each token.
  private(set) var texts: [String] = []
  /// The space before each token (not used for the first token of a physical line).
  private(set) var spaces: [String] = []
  /// Whether the line is a tier row (`阶次 …`) of a 基准.
  private(set) var isTierRow = false
  /// The index of the row's `罚款`, if it has one.
  private(set) var fineIndex: Int?
  /// Tokens that are keywords by their place (the first word of a line, the `罚款` of a tier
  /// row, the party after `法定罚款`): never called as functions, never operands.
  private var keywordPlace: Set<Int> = [0]
  /// Tokens of a violation code, written exactly as in the source and without spaces.
  private var glued: Set<Int> = []
  /// Bracket depth before each token, and after the last.
  private var depths: [Int] = [0]

  init(_ line: SourceLayout.CodeLine, file: SourceFile) {
    tokens = line.tokens
    let first = word(0)
    if line.level > 0, let w = first, Keyword.bySpelling[w] == .tier {
      isTierRow = true
      fineIndex = findFine()
      if let f = fineIndex { keywordPlace.insert(f) }
    }
    if let w = first, ContextualKeyword.bySpelling[w] == .statutoryFine, let party = word(1),
      ["个人", "单位", "individual", "organization"].contains(party)
    {
      keywordPlace.insert(1)
    }
    if line.level == 0, let w = first {
      if Keyword.bySpelling[w] == .violation { glueCode(from: 1) }
      if Keyword.bySpelling[w] == .standard, let a = word(2), ContextualKeyword.bySpelling[a] == .appliesTo {
        glueCode(from: 3)
      }
    }
    for i in tokens.indices {
      depths.append(max(0, depths[i] + (isSymbol(i, "(", "{") ? 1 : isSymbol(i, ")", "}") ? -1 : 0)))
    }
    texts = tokens.indices.map { text(of: $0, file: file) }
    spaces = tokens.indices.map { space(before: $0, level: line.level) }
  }

  // MARK: - Reading the line

  /// The word at an index, when the token is a name (contextual keywords are names).
  func word(_ i: Int) -> String? {
    guard i < tokens.count, case .identifier(let w) = tokens[i].kind else { return nil }
    return w
  }

  func isSymbol(_ i: Int, _ s: String...) -> Bool {
    guard i >= 0, i < tokens.count, case .symbol(let x) = tokens[i].kind else { return false }
    return s.contains(x)
  }

  func isKeyword(_ i: Int, _ k: Keyword) -> Bool {
    i >= 0 && i < tokens.count && tokens[i].kind == .keyword(k)
  }

  /// Whether the token can end an operand, so that a `-` after it is binary.
  func endsOperand(_ i: Int) -> Bool {
    guard i >= 0, !keywordPlace.contains(i) else { return false }
    switch tokens[i].kind {
    case .identifier, .number, .date, .text, .title, .articlePart: return true
    case .symbol(let s): return s == ")" || s == "}"
    case .keyword(let k): return k == .true || k == .false
    default: return false
    }
  }

  /// The `罚款` of a tier row: the word after a complete operand (the tier, the label or the
  /// condition) outside brackets — inside an expression a name never follows an operand, so
  /// a fact that happens to be called 罚款 is not mistaken for it.
  func findFine() -> Int? {
    var depth = 0
    for i in tokens.indices {
      if isSymbol(i, "(", "{") { depth += 1 }
      if isSymbol(i, ")", "}") { depth -= 1 }
      guard i >= 2, depth == 0, let w = word(i), ContextualKeyword.bySpelling[w] == .fine else { continue }
      if endsOperand(i - 1) && !isSymbol(i - 1, ".") { return i }
    }
    return nil
  }

  /// Marks the tokens of a violation code that touch each other, as the parser reads it.
  mutating func glueCode(from start: Int) {
    guard start < tokens.count else { return }
    switch tokens[start].kind {
    case .identifier, .number: break
    default: return
    }
    var i = start + 1
    while i < tokens.count, tokens[i].start == tokens[i - 1].end {
      switch tokens[i].kind {
      case .identifier, .number, .symbol("-"), .symbol("."): glued.insert(i)
      default: return
      }
      i += 1
    }
    if i > start + 1 { glued.insert(start) }
  }

  // MARK: - Writing it

  func text(of i: Int, file: SourceFile) -> String {
    let t = tokens[i]
    let raw = file.slice(t.start, t.end)
    if glued.contains(i) { return raw }
    switch t.kind {
    case .identifier(let s), .symbol(let s): return s
    case .number, .date: return LineRenderer.asciiDigits(raw).split(separator: " ").joined(separator: " ")
    default: return raw
    }
  }

  func space(before i: Int, level: Int) -> String {
    guard i > 0 else { return "" }
    if glued.contains(i) && glued.contains(i - 1) { return "" }
    if isSymbol(i, ",", ":", ")", "}") || isSymbol(i - 1, "(", "{") { return "" }
    if isSymbol(i, ".") || isSymbol(i - 1, ".") { return "" }
    if isSymbol(i - 1, "-") && !endsOperand(i - 2) { return "" }  // unary minus
    if isSymbol(i, "("), word(i - 1) != nil, !keywordPlace.contains(i - 1) { return "" }  // a call
    if case .articlePart = tokens[i].kind {
      switch tokens[i - 1].kind {
      case .title, .articlePart: return ""
      default: break
      }
    }
    if isTierRow && (i == fineIndex || isKeyword(i, .basis)) { return "  " }
    if i == tokens.count - 1, case .text = tokens[i].kind, level == 0 {
      if isKeyword(0, .fact) && i >= 4 { return "  " }
      if let w = word(0), Keyword.bySpelling[w] == .circumstance, i == 2 { return "  " }
    }
    return " "
  }

  /// The tokens in a range, with their spaces (none before the first).
  func joined(_ range: Range<Int>) -> String {
    var s = ""
    for i in range {
      if i != range.lowerBound { s += spaces[i] }
      s += texts[i]
    }
    return s
  }

  /// Bracket depth before a token (`tokens.count`: after the last).
  func depth(before end: Int) -> Int { depths[end] }

  /// Full-width digits (０–９) as ASCII, as the lexer reads them.
  static func asciiDigits(_ s: String) -> String {
    String(String.UnicodeScalarView(s.unicodeScalars.map {
      (0xFF10...0xFF19).contains($0.value) ? Unicode.Scalar($0.value - 0xFF10 + 0x30)! : $0
    }))
  }
}
