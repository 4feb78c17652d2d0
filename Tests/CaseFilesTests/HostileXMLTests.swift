import CaseFiles
import Foundation
import PenaltyDomain
import RuleLang
import Testing

/// Hostile and broken XML is refused with a located error: no crash, no hang, no
/// expansion, no file contents leaked.
@Suite struct HostileXMLTests {
  struct Hostile: CustomTestStringConvertible, Sendable {
    let name: String
    let bytes: [UInt8]
    let line: Int
    let messageContains: String
    var testDescription: String { name }
  }

  static let validHead = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

  static let cases: [Hostile] = [
    Hostile(name: "empty", bytes: [], line: 1, messageContains: "empty"),
    Hostile(name: "not XML", bytes: Array("这不是 XML 文件\n".utf8), line: 1, messageContains: "malformed XML"),
    Hostile(name: "truncated", bytes: Array((validHead + "<case xmlns=\"urn:adjudicator:case:1\" id=\"x\">\n  <agency code=\"A\"").utf8),
            line: 3, messageContains: "malformed XML"),
    Hostile(name: "invalid UTF-8", bytes: Array(validHead.utf8) + [0x3C, 0x63, 0x3E, 0xFF, 0xFE, 0x3C, 0x2F, 0x63, 0x3E], line: 2,
            messageContains: "malformed XML"),
    Hostile(name: "external entity", bytes: Array((validHead + """
      <!DOCTYPE case [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
      <case xmlns="urn:adjudicator:case:1" id="&xxe;"/>
      """).utf8), line: 2, messageContains: "DTD"),
    Hostile(name: "billion laughs", bytes: Array((validHead + "<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
      + (1...9).map { "<!ENTITY lol\($0) \"" + String(repeating: "&lol\($0 == 1 ? "" : String($0 - 1));", count: 10) + "\">" }.joined(separator: "\n")
      + "\n]>\n<case id=\"&lol9;\"/>").utf8), line: 2, messageContains: "DTD"),
    Hostile(name: "undeclared entity", bytes: Array((validHead + "<case id=\"&nope;\"/>").utf8), line: 2, messageContains: "malformed XML"),
    Hostile(name: "200000-deep nesting", bytes: Array((validHead + String(repeating: "<a>", count: 200_000)).utf8), line: 2,
            messageContains: "malformed XML"),
    Hostile(name: "wrong root", bytes: Array((validHead + "<kase xmlns=\"urn:adjudicator:case:1\" id=\"x\"/>\n").utf8), line: 2,
            messageContains: "schema"),
    Hostile(name: "missing party", bytes: Array((validHead + """
      <case xmlns="urn:adjudicator:case:1" id="x">
        <agency code="A" name="甲"/>
        <violation code="V" occurred="2024-01-01"/>
      </case>
      """).utf8), line: 4, messageContains: "schema"),
    Hostile(name: "impossible date", bytes: Array((validHead + """
      <case xmlns="urn:adjudicator:case:1" id="x">
        <agency code="A" name="甲"/>
        <party type="个人" name="乙"/>
        <violation code="V" occurred="2023-02-29"/>
      </case>
      """).utf8), line: 5, messageContains: "schema"),
  ]

  @Test(arguments: cases)
  func refusedWithLocation(_ h: Hostile) {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let file = dir.appendingPathComponent("case.xml")
    try? Data(h.bytes).write(to: file)
    let items = CaseFileLoader.load(file: file.path)
    guard items.count == 1, case .failed(let error) = items[0] else {
      Issue.record("\(h.name) was not refused")
      return
    }
    #expect(error.origin.file == file.path)
    #expect(error.origin.line == h.line, "\(h.name): \(error.text(.en))")
    #expect(error.origin.column >= 1)
    #expect(error.message.en.contains(h.messageContains), "\(error.text(.en))")
    #expect(!error.message.en.contains("root:"), "no file contents may leak")
  }

  @Test func decisionBeforeActIsRefused() throws {
    let xml = Self.validHead + """
      <case xmlns="urn:adjudicator:case:1" id="x">
        <agency code="A" name="甲"/>
        <party type="个人" name="乙"/>
        <violation code="V" occurred="2024-03-01"/>
        <decisionDate>2024-02-01</decisionDate>
      </case>
      """
    #expect(throws: CaseLoadError.self) { try XMLCaseReader.read(Array(xml.utf8), file: "x.xml") }
    do {
      _ = try XMLCaseReader.read(Array(xml.utf8), file: "x.xml")
    } catch {
      #expect(error.origin.line == 5)
      #expect(error.message.zh.contains("决定日期 2024-02-01 早于违法行为发生日期 2024-03-01"))
    }
  }
}
