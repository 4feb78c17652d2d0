/// Renders diagnostics as text (with source snippets and carets) or JSON.
public struct DiagnosticRenderer: Sendable {
  /// Output language.
  public let language: Language
  /// Sources by path, for snippets.
  let sources: [String: SourceFile]

  /// Creates a renderer over the given sources.
  public init(language: Language, sources: [SourceFile]) {
    self.language = language
    var map: [String: SourceFile] = [:]
    for s in sources { map[s.path] = s }
    self.sources = map
  }

  private func t(_ text: LocalizedText) -> String { text.text(language) }

  /// The human-readable rendering of one diagnostic:
  ///
  ///     错误[C001]: 未知名称「面积」
  ///       --> Rules/a.rules:3:5
  ///        |
  ///      3 |   当 面积 > 2平方米 则 轻微
  ///        |      ＾＾
  ///        = 提示: 是否想写「单体面积」
  public func text(_ d: Diagnostic) -> String {
    let sev: String
    switch (d.severity, language) {
    case (.error, .zh): sev = "错误"
    case (.error, .en): sev = "error"
    case (.warning, .zh): sev = "警告"
    case (.warning, .en): sev = "warning"
    }
    var out = "\(sev)[\(d.code)]: \(t(d.message))\n"
    if let range = d.range {
      out += snippet(range)
    }
    // `=` lines line up with the snippet's `|`, whose gutter is as wide as the line number.
    var gutter = "  "
    if let r = d.range, let file = sources[r.file] {
      gutter = String(repeating: " ", count: String(file.position(r.start).line).count + 1)
    }
    for note in d.notes {
      out += "\(gutter)= \(language == .zh ? "注" : "note"): \(t(note.message))"
      if let r = note.range, let file = sources[r.file] {
        let p = file.position(r.start)
        out += " (\(r.file):\(p.line):\(p.column))"
      }
      out += "\n"
    }
    if let hint = d.hint {
      out += "\(gutter)= \(language == .zh ? "提示" : "hint"): \(t(hint))\n"
    }
    return out
  }

  /// The location line, source line and caret line for a range.
  func snippet(_ range: SourceRange) -> String {
    guard let file = sources[range.file] else { return "  --> \(range.file)\n" }
    let start = file.position(range.start)
    var out = "  --> \(range.file):\(start.line):\(start.column)\n"
    let lineText = file.lineText(start.line)
    let number = String(start.line)
    let gutter = String(repeating: " ", count: number.count)
    out += "\(gutter) |\n"
    out += "\(number) | \(Self.visible(lineText))\n"
    let chars = Array(lineText)
    let endLine = file.line(of: max(range.start, range.end - 1))
    let endColumn = endLine == start.line ? file.column(of: range.end) : chars.count + 1
    var caret = ""
    for (i, c) in chars.enumerated() where i < start.column - 1 {
      caret += c == "\t" ? "\t" : (Self.isWide(c) ? "\u{3000}" : " ")
    }
    let from = start.column - 1
    let to = max(from + 1, endColumn - 1)
    for i in from..<to {
      let c: Character = i < chars.count ? chars[i] : " "
      caret += Self.isWide(c) ? "＾" : "^"
    }
    out += "\(gutter) | \(caret)\n"
    return out
  }

  /// Replaces control characters so a snippet never corrupts a terminal.
  static func visible(_ s: String) -> String {
    String(s.map { c -> Character in
      guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return c }
      if scalar.value < 0x20 && scalar != "\t" || scalar.value == 0x7F { return "\u{FFFD}" }
      return c
    })
  }

  /// Whether a character occupies two columns in a terminal (CJK and full-width forms).
  public static func isWide(_ c: Character) -> Bool {
    guard let v = c.unicodeScalars.first?.value else { return false }
    return (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v)
      || (0x3041...0x33FF).contains(v) || (0x3400...0x4DBF).contains(v)
      || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
      || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v)
      || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
      || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
  }

  /// All diagnostics as text, followed by a count line.
  public func text(_ list: [Diagnostic]) -> String {
    var out = list.map { text($0) }.joined(separator: "\n")
    // P999 only says how many were left out (it says so itself); it is not one more error.
    let shown = list.filter { $0.code != "P999" }
    let errors = shown.filter { $0.severity == .error }.count
    let warnings = shown.count - errors
    if !list.isEmpty { out += "\n" }
    out += language == .zh
      ? "\(errors) 个错误, \(warnings) 个警告\n"
      : "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n"
    return out
  }

  /// One diagnostic as a JSON value.
  public func json(_ d: Diagnostic) -> JSONValue {
    var object: [(String, JSONValue)] = [
      ("code", .string(d.code)),
      ("severity", .string(d.severity.rawValue)),
      ("message", .string(t(d.message))),
    ]
    if let r = d.range {
      object.append(("file", .string(r.file)))
      if let file = sources[r.file] {
        let s = file.position(r.start)
        let e = file.position(r.end)
        object += [
          ("line", .number(String(s.line))), ("column", .number(String(s.column))),
          ("endLine", .number(String(e.line))), ("endColumn", .number(String(e.column))),
        ]
      }
    }
    if let hint = d.hint { object.append(("hint", .string(t(hint)))) }
    if !d.notes.isEmpty {
      object.append(("notes", .array(d.notes.map { note in
        var o: [(String, JSONValue)] = [("message", .string(t(note.message)))]
        if let r = note.range, let file = sources[r.file] {
          let p = file.position(r.start)
          o += [("file", .string(r.file)), ("line", .number(String(p.line))),
                ("column", .number(String(p.column)))]
        }
        return .object(o)
      })))
    }
    return .object(object)
  }
}
