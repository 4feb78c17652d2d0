/// Numbers with units, dates, citation parts and symbols.
extension Lexer {
  /// `20000`, `1.5万元`, `2平方米`, `5%`, `3 days`, or a date `2023-01-01`.
  mutating func number() {
    let start = i
    while let c = peek(), c.isASCII, c.isNumber { i += 1 }
    if i == start {
      // A digit carrying a combining mark or a keycap (5̸, 1️⃣) is one grapheme that is not
      // an ASCII digit: report it and move on.
      i += 1
      report(.badNumber(DiagnosticRenderer.visible(String(chars[start]))), from: start, to: i)
      return
    }
    // A date: digits '-' digits '-' digits with no spaces (2024-05-01). Only YYYY-MM-DD is
    // accepted; 2024-5-1 is reported, never read as the subtraction 2024 − 5 − 1.
    if i - start >= 4, let dateEnd = dateShape(from: i) {
      let text = String(chars[start..<dateEnd])
      i = dateEnd
      if let date = CivilDate(iso: text) {
        emit(.date(date), from: start)
      } else {
        let shaped = text.count == 10
        report(shaped ? .invalidDate(text) : .badNumber(text), from: start, to: i)
        emit(.date(CivilDate(year: 1970, month: 1, day: 1)!), from: start)
      }
      return
    }
    if peek() == ".", let d = peek(1), d.isASCII, d.isNumber {
      i += 1
      while let c = peek(), c.isASCII, c.isNumber { i += 1 }
    }
    let digits = String(chars[start..<i])
    if digits.filter({ $0 != "." }).count > 30 {
      report(.badNumber(String(digits.prefix(12)) + "…"), from: start, to: i)
    }
    let unit = unitSuffix()
    emit(.number(digits, unit), from: start)
    if unit == nil { misspeltUnit() }
  }

  /// A word glued to a number that is not a unit but looks like one (`2平方尺`): L008 with
  /// the closest unit, instead of a puzzling syntax error. Keywords (`5且 …`) are left alone.
  private mutating func misspeltUnit() {
    guard let c = peek(), Lexer.isIdentifierStart(c) else { return }
    var j = i
    while j < chars.count, Lexer.isIdentifierContinue(chars[j]) { j += 1 }
    let word = String(chars[i..<j])
    if Keyword.bySpelling[word] != nil || ContextualKeyword.bySpelling[word] != nil { return }
    if let first = word.first, Keyword.bySpelling[String(first)] != nil { return }
    guard let suggestion = Suggestions.closest(to: word, in: Units.bySpelling.keys) else { return }
    report(.unknownUnit(word, suggestion: suggestion), from: i, to: j)
    i = j
  }

  /// A unit right after a number (Chinese, attached) or after spaces (English word).
  private mutating func unitSuffix() -> UnitMeaning? {
    for spelling in Units.attachedSpellings {
      if i + spelling.count <= chars.count, Array(chars[i..<(i + spelling.count)]) == spelling {
        i += spelling.count
        return Units.bySpelling[String(spelling)]
      }
    }
    var j = i
    while j < chars.count, chars[j] == " " { j += 1 }
    var k = j
    while k < chars.count, chars[k].isASCII, chars[k].isLetter || chars[k].isNumber { k += 1 }
    if k > j, let first = chars[j...].first, first.isLetter,
      let meaning = Units.bySpelling[String(chars[j..<k])]
    {
      i = k
      return meaning
    }
    return nil
  }

  /// `第四十二条`, `第一款`, `第（三）项`, `第二十条之一`; false when `第` starts a name.
  mutating func citationPart() -> Bool {
    let start = i
    var j = i + 1
    var numeral = ""
    let open: Set<Character> = ["（", "("]
    let close: Set<Character> = ["）", ")"]
    var parenthesised = false
    if j < chars.count, open.contains(chars[j]) {
      parenthesised = true
      j += 1
    }
    while j < chars.count, ChineseNumerals.isNumeralCharacter(chars[j]) {
      numeral.append(chars[j])
      j += 1
    }
    if parenthesised {
      guard j < chars.count, close.contains(chars[j]) else { return false }
      j += 1
    }
    guard !numeral.isEmpty, j < chars.count,
      let level = CitationPart.Level(rawValue: String(chars[j]))
    else { return false }
    j += 1
    var sub: String?
    if level == .article, j < chars.count, chars[j] == "之" {
      var k = j + 1
      var s = ""
      while k < chars.count, ChineseNumerals.isNumeralCharacter(chars[k]) {
        s.append(chars[k])
        k += 1
      }
      if !s.isEmpty {
        sub = s
        j = k
      }
    }
    i = j
    emit(.articlePart(level, numeral, sub: sub), from: start)
    return true
  }

  /// The ASCII spelling of the symbol starting with `c` (and `next`), and its length.
  static func symbolSpelling(_ c0: Character, _ next0: Character?) -> (String, Int)? {
    // Full-width operators typed with a Chinese input method mean the same (＝ ＜ ＞ ＋ － ＊ ／ ！).
    let c = halfWidthOperator(c0), next = next0.map(halfWidthOperator)
    switch (c, next) {
    case ("<", "="?), ("≤", _): return ("<=", c == "≤" ? 1 : 2)
    case (">", "="?), ("≥", _): return (">=", c == "≥" ? 1 : 2)
    case ("!", "="?): return ("!=", 2)
    case ("≠", _): return ("!=", 1)
    case ("=", "="?): return ("=", 2)
    case ("<", _), (">", _), ("=", _), ("+", _), ("-", _), ("*", _), ("/", _), (".", _):
      return (String(c), 1)
    case ("×", _): return ("*", 1)
    case ("÷", _): return ("/", 1)
    case ("(", _), ("（", _): return ("(", 1)
    case (")", _), ("）", _): return (")", 1)
    case ("{", _), ("｛", _): return ("{", 1)
    case ("}", _), ("｝", _): return ("}", 1)
    case (",", _), ("，", _), ("、", _), ("；", _), (";", _): return (",", 1)
    case (":", _), ("：", _): return (":", 1)
    default: return nil
    }
  }

  static func halfWidthOperator(_ c: Character) -> Character {
    switch c {
    case "＝": "="
    case "＜": "<"
    case "＞": ">"
    case "＋": "+"
    case "－": "-"
    case "＊": "*"
    case "／": "/"
    case "！": "!"
    default: c
    }
  }

  /// The end of `-D+-D+` starting at `k` (the rest of a date after its year), if there.
  func dateShape(from k: Int) -> Int? {
    var j = k
    for _ in 0..<2 {
      guard j < chars.count, chars[j] == "-" else { return nil }
      j += 1
      let digits = j
      while j < chars.count, chars[j].isASCII, chars[j].isNumber { j += 1 }
      if j == digits { return nil }
    }
    return j
  }

  /// Lexes one symbol; false when `chars[i]` is not one.
  mutating func symbol() -> Bool {
    guard let (spelling, length) = Lexer.symbolSpelling(chars[i], peek(1)) else { return false }
    let start = i
    i += length
    switch spelling {
    case "(", "{": parenDepth += 1
    case ")", "}": parenDepth = max(0, parenDepth - 1)
    default: break
    }
    emit(.symbol(spelling), from: start)
    return true
  }
}
