/// A strict JSON parser (RFC 8259) that reports the line and column of the first error
/// and keeps numbers as text.
public struct JSONParser {
  /// A located parse error.
  public struct ParseError: Error, Sendable, Equatable {
    /// 1-based line.
    public let line: Int
    /// 1-based column (in Characters).
    public let column: Int
    /// What went wrong.
    public let message: LocalizedText
  }

  /// The deepest nesting accepted.
  public static let maximumDepth = 512

  private let bytes: [UInt8]
  private var i = 0
  private var depth = 0

  /// Parses a whole document.
  public static func parse(_ bytes: [UInt8]) throws(ParseError) -> JSONValue {
    var p = JSONParser(bytes: bytes)
    p.skipSpace()
    let v = try p.value()
    p.skipSpace()
    if p.i < bytes.count { throw p.error("多余的内容", "unexpected content after the value") }
    return v
  }

  private init(bytes: [UInt8]) { self.bytes = bytes }

  private func error(_ zh: String, _ en: String) -> ParseError {
    var line = 1
    var lineStart = 0
    for k in 0..<min(i, bytes.count) where bytes[k] == 0x0A {
      line += 1
      lineStart = k + 1
    }
    let prefix = String(decoding: bytes[lineStart..<min(i, bytes.count)], as: UTF8.self)
    return ParseError(line: line, column: prefix.count + 1, message: LocalizedText(zh: zh, en: en))
  }

  private mutating func skipSpace() {
    while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
  }

  private mutating func value() throws(ParseError) -> JSONValue {
    guard i < bytes.count else { throw error("意外的文件结尾", "unexpected end of input") }
    switch bytes[i] {
    case UInt8(ascii: "{"): return try object()
    case UInt8(ascii: "["): return try array()
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"): try literal("true"); return .bool(true)
    case UInt8(ascii: "f"): try literal("false"); return .bool(false)
    case UInt8(ascii: "n"): try literal("null"); return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
    default: throw error("意外的字符", "unexpected character")
    }
  }

  private mutating func literal(_ word: String) throws(ParseError) {
    for b in word.utf8 {
      guard i < bytes.count, bytes[i] == b else { throw error("无效的字面量", "invalid literal") }
      i += 1
    }
  }

  private mutating func enter() throws(ParseError) {
    depth += 1
    if depth > JSONParser.maximumDepth { throw error("嵌套过深", "nesting is too deep") }
  }

  private mutating func object() throws(ParseError) -> JSONValue {
    try enter()
    i += 1
    var members: [(String, JSONValue)] = []
    skipSpace()
    if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; depth -= 1; return .object([]) }
    while true {
      skipSpace()
      guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw error("此处应为键名", "expected a key") }
      let key = try string()
      skipSpace()
      guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw error("此处应为冒号", "expected ':'") }
      i += 1
      skipSpace()
      members.append((key, try value()))
      skipSpace()
      guard i < bytes.count else { throw error("对象没有结束", "unterminated object") }
      if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
      if bytes[i] == UInt8(ascii: "}") { i += 1; break }
      throw error("此处应为逗号或 }", "expected ',' or '}'")
    }
    depth -= 1
    return .object(members)
  }

  private mutating func array() throws(ParseError) -> JSONValue {
    try enter()
    i += 1
    var items: [JSONValue] = []
    skipSpace()
    if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; depth -= 1; return .array([]) }
    while true {
      skipSpace()
      items.append(try value())
      skipSpace()
      guard i < bytes.count else { throw error("数组没有结束", "unterminated array") }
      if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
      if bytes[i] == UInt8(ascii: "]") { i += 1; break }
      throw error("此处应为逗号或 ]", "expected ',' or ']'")
    }
    depth -= 1
    return .array(items)
  }

  private mutating func number() throws(ParseError) -> String {
    let start = i
    if bytes[i] == UInt8(ascii: "-") { i += 1 }
    func digits(_ p: inout JSONParser) -> Int {
      let s = p.i
      while p.i < p.bytes.count, (48...57).contains(p.bytes[p.i]) { p.i += 1 }
      return p.i - s
    }
    guard i < bytes.count else { throw error("无效的数字", "invalid number") }
    if bytes[i] == UInt8(ascii: "0") { i += 1 } else if digits(&self) == 0 {
      throw error("无效的数字", "invalid number")
    }
    if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
      i += 1
      if digits(&self) == 0 { throw error("无效的数字", "invalid number") }
    }
    if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
      i += 1
      if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
      if digits(&self) == 0 { throw error("无效的数字", "invalid number") }
    }
    return String(decoding: bytes[start..<i], as: UTF8.self)
  }

  private mutating func string() throws(ParseError) -> String {
    i += 1
    var out = [UInt8]()
    while true {
      guard i < bytes.count else { throw error("字符串没有结束", "unterminated string") }
      let b = bytes[i]
      if b == UInt8(ascii: "\"") { i += 1; break }
      if b < 0x20 { throw error("字符串中有控制字符", "control character in string") }
      if b == UInt8(ascii: "\\") {
        i += 1
        guard i < bytes.count else { throw error("字符串没有结束", "unterminated string") }
        let e = bytes[i]
        i += 1
        switch e {
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "/"): out.append(0x2F)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
          var code = try hex4()
          if (0xD800...0xDBFF).contains(code) {
            guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
              throw error("无效的代理对", "invalid surrogate pair")
            }
            i += 2
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw error("无效的代理对", "invalid surrogate pair") }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
          } else if (0xDC00...0xDFFF).contains(code) {
            throw error("无效的代理对", "invalid surrogate pair")
          }
          guard let scalar = Unicode.Scalar(code) else { throw error("无效的转义", "invalid escape") }
          out.append(contentsOf: Array(String(Character(scalar)).utf8))
        default: throw error("无效的转义", "invalid escape")
        }
        continue
      }
      let len = SourceFile.validSequenceLength(bytes, at: i)
      if len == 0 { throw error("无效的 UTF-8", "invalid UTF-8") }
      out.append(contentsOf: bytes[i..<(i + len)])
      i += len
    }
    return String(decoding: out, as: UTF8.self)
  }

  private mutating func hex4() throws(ParseError) -> UInt32 {
    guard i + 4 <= bytes.count else { throw error("无效的转义", "invalid escape") }
    var v: UInt32 = 0
    for _ in 0..<4 {
      let b = bytes[i]
      let d: UInt32
      switch b {
      case 48...57: d = UInt32(b - 48)
      case 65...70: d = UInt32(b - 55)
      case 97...102: d = UInt32(b - 87)
      default: throw error("无效的转义", "invalid escape")
      }
      v = v * 16 + d
      i += 1
    }
    return v
  }
}
