import RuleLang
import Testing

private func parse(_ text: String) throws(JSONParser.ParseError) -> JSONValue {
  try JSONParser.parse(Array(text.utf8))
}

private func failure(_ bytes: [UInt8]) -> JSONParser.ParseError? {
  do {
    _ = try JSONParser.parse(bytes)
    return nil
  } catch {
    return error
  }
}

private func failure(_ text: String) -> JSONParser.ParseError? { failure(Array(text.utf8)) }

struct JSONErrorCase: Sendable, CustomTestStringConvertible {
  let input: String
  let line: Int
  let column: Int
  let message: String
  var testDescription: String { "\(input.debugDescription) → \(line):\(column) \(message)" }
}

@Suite struct JSONParserTests {
  @Test(arguments: ["0", "-0", "1.50", "20000", "1e400", "-1.25E-3", "123456789012345678901234567890.000001", "0.1"])
  func numbersAreKeptAsWritten(_ number: String) throws {
    #expect(try parse(number) == .number(number))
    #expect(try parse("[\(number)]") == .array([.number(number)]))
  }

  @Test func objectsKeepTheirOrderAndNesting() throws {
    let v = try parse(#" { "b": 1, "a": [true, false, null], "c": {"d": "文本"} } "#)
    #expect(v == .object([
      ("b", .number("1")), ("a", .array([.bool(true), .bool(false), .null])), ("c", .object([("d", .string("文本"))])),
    ]))
    #expect(v["c"]?["d"] == .string("文本"))
    #expect(v["missing"] == nil)
    #expect(try parse("{}") == .object([]))
    #expect(try parse("[]") == .array([]))
    #expect(v.compact() == #"{"b":1,"a":[true,false,null],"c":{"d":"文本"}}"#)
  }

  @Test func stringEscapes() throws {
    #expect(try parse(#""a\"b\\c\/d\n\t\r\b\f""#) == .string("a\"b\\c/d\n\t\r\u{08}\u{0C}"))
    #expect(try parse(#""\u0041\u00e9\u4E2D""#) == .string("Aé中"))
    #expect(try parse(#""\ud83d\ude00""#) == .string("😀"))
    #expect(try parse("\"单体面积\"") == .string("单体面积"))
    #expect(JSONValue.string("a\"\n\u{01}").compact() == #""a\"\n\u0001""#)
  }

  static let errors: [JSONErrorCase] = [
    .init(input: "", line: 1, column: 1, message: "unexpected end of input"),
    .init(input: "{\n  \"a\": tru\n}", line: 2, column: 11, message: "invalid literal"),
    .init(input: "{\"名称\": x}", line: 1, column: 8, message: "unexpected character"),
    .init(input: "[1,]", line: 1, column: 4, message: "unexpected character"),
    .init(input: "[1 2]", line: 1, column: 4, message: "expected ',' or ']'"),
    .init(input: "{\"a\" 1}", line: 1, column: 6, message: "expected ':'"),
    .init(input: "{\"a\": 1,}", line: 1, column: 9, message: "expected a key"),
    .init(input: "{\"a\": 1", line: 1, column: 8, message: "unterminated object"),
    .init(input: "01", line: 1, column: 2, message: "unexpected content after the value"),
    .init(input: "1.", line: 1, column: 3, message: "invalid number"),
    .init(input: "-", line: 1, column: 2, message: "invalid number"),
    .init(input: ".5", line: 1, column: 1, message: "unexpected character"),
    .init(input: "1e", line: 1, column: 3, message: "invalid number"),
    .init(input: "\"abc", line: 1, column: 5, message: "unterminated string"),
    .init(input: "\"a\nb\"", line: 1, column: 3, message: "control character in string"),
    .init(input: "\"\\x\"", line: 1, column: 4, message: "invalid escape"),
    .init(input: "\"\\u12G4\"", line: 1, column: 6, message: "invalid escape"),
    .init(input: "\"\\ud83d\"", line: 1, column: 8, message: "invalid surrogate pair"),
    .init(input: "\"\\ud83d\\u0041\"", line: 1, column: 14, message: "invalid surrogate pair"),
    .init(input: "\"\\ude00\"", line: 1, column: 8, message: "invalid surrogate pair"),
    .init(input: "{} {}", line: 1, column: 4, message: "unexpected content after the value"),
  ]

  @Test(arguments: errors)
  func errorsCarryLineAndColumn(_ c: JSONErrorCase) {
    let e = failure(c.input)
    #expect(e?.message.en == c.message)
    #expect(e?.line == c.line)
    #expect(e?.column == c.column)
  }

  @Test func invalidUTF8IsRejected() {
    let inString = failure(Array("{\"a\": \"x".utf8) + [0xC3, 0x28] + Array("\"}".utf8))
    #expect(inString?.message.en == "invalid UTF-8")
    #expect(inString?.column == 9)
    #expect(failure(Array("\"".utf8) + [0xED, 0xA0, 0x80] + Array("\"".utf8))?.message.en == "invalid UTF-8")
    #expect(failure(Array("\"".utf8) + [0xF4, 0x90, 0x80, 0x80] + Array("\"".utf8))?.message.en == "invalid UTF-8")
    #expect(failure([0xFF])?.message.en == "unexpected character")
    #expect(failure(Array("\"".utf8) + [0xE4, 0xB8] + Array("\"".utf8))?.message.en == "invalid UTF-8")
  }

  @Test func depthLimit() throws {
    let limit = JSONParser.maximumDepth
    #expect(limit == 512)
    let ok = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
    #expect(throws: Never.self) { try parse(ok) }
    let deep = String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1)
    #expect(failure(deep)?.message.en == "nesting is too deep")
    #expect(failure(deep)?.column == limit + 1)
    let objects = String(repeating: "{\"a\":", count: limit + 1) + "1" + String(repeating: "}", count: limit + 1)
    #expect(failure(objects)?.message.en == "nesting is too deep")
    // A hostile document far beyond the limit fails fast, without exhausting the stack.
    #expect(failure(String(repeating: "[", count: 1_000_000))?.message.en == "nesting is too deep")
  }

  @Test func columnsCountCharactersNotBytes() {
    let e = failure("{\"单体面积\": 5平方米}")
    #expect(e?.line == 1)
    #expect(e?.column == 11)
    let multi = failure("{\n\"a\": 1,\n\"面积\": ?\n}")
    #expect(multi?.line == 3)
    #expect(multi?.column == 7)
  }
}
