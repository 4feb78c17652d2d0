/// A lexical token with its byte range.
public struct Token: Sendable {
  /// What kind of token it is, with its payload.
  public enum Kind: Sendable, Equatable {
    /// A keyword, in either language.
    case keyword(Keyword)
    /// An identifier (may be Chinese).
    case identifier(String)
    /// A number, optionally with a unit: `20000`, `2平方米`, `1.5万元`, `5%`, `3 days`.
    case number(String, UnitMeaning?)
    /// A date literal `2023-01-01`.
    case date(CivilDate)
    /// A text literal in 「」, “”, or "".
    case text(String)
    /// A law title `《城市道路管理条例》` (contents only).
    case title(String)
    /// A citation part such as `第四十二条`, `第一款`, `第（三）项`.
    case articlePart(CitationPart.Level, String, sub: String?)
    /// Punctuation or an operator, normalised to ASCII (`（` → `(`, `≤` → `<=`).
    case symbol(String)
    /// End of a logical line.
    case newline
    /// The start of a more indented block.
    case indent
    /// The end of an indented block.
    case dedent
    /// End of the file.
    case end
  }

  /// The kind.
  public let kind: Kind
  /// UTF-8 offset of the first byte.
  public let start: Int
  /// UTF-8 offset one past the last byte.
  public let end: Int

  /// A short description for "expected …, found …" messages.
  public var describe: (zh: String, en: String) {
    switch kind {
    case .keyword(let k): return ("关键字「\(k.zh)」", "keyword \"\(k.en)\"")
    case .identifier(let s): return ("名称「\(s)」", "name \"\(s)\"")
    case .number: return ("数字", "a number")
    case .date: return ("日期", "a date")
    case .text(let s): return ("文本「\(s)」", "text \"\(s)\"")
    case .title(let s): return ("法规名称《\(s)》", "law title 《\(s)》")
    case .articlePart: return ("条款", "an article reference")
    case .symbol(let s): return ("「\(s)」", "\"\(s)\"")
    case .newline: return ("行尾", "end of line")
    case .indent: return ("缩进", "indentation")
    case .dedent: return ("缩进结束", "end of block")
    case .end: return ("文件结尾", "end of file")
    }
  }
}
