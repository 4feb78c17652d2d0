import Dossier
import Foundation
import Testing
import TestSupport

/// Names and addresses reach XML and HTML escaped: `<`, `>`, `&`, `"` and `'` in text and in
/// attribute values alike.
@Suite struct EscapingTests {
  static let hostile = #"A<B>&"C'"#
  static let escaped = "A&lt;B&gt;&amp;&quot;C&#39;"

  /// The S07 sample with the party's name and address replaced by the hostile text.
  static func hostileDossier() throws -> DossierModel {
    let file = "Samples/cases/s07-df-2024-031.xml"
    var text = try String(contentsOf: DossierFixtures.root.appendingPathComponent(file), encoding: .utf8)
    let attribute = "A&lt;B&gt;&amp;&quot;C&apos;"
    text = text.replacingOccurrences(of: "name=\"登封市某某广告有限公司\"", with: "name=\"\(attribute)\"")
      .replacingOccurrences(of: "address=\"登封市中岳大街 1 号\"", with: "address=\"\(attribute)\"")
    let model = try DossierModel(evaluation: try DossierFixtures.stored(text: text, file: file),
                                 ruleSources: DossierFixtures.sources)
    #expect(model.summary.partyName == hostile)
    #expect(model.summary.address == hostile)
    return model
  }

  @Test func escapeReplacesAllFive() {
    #expect(Escaping.escape(Self.hostile) == Self.escaped)
    #expect(Escaping.escape("a\u{0}b\u{1B}c\nd") == "a\u{FFFD}b\u{FFFD}c\nd")
  }

  @Test func markupEscapesTextAndAttributes() {
    let node = Markup.el("p", [("title", Self.hostile)], text: Self.hostile)
    #expect(XMLRenderer().fragment(node) == "<p title=\"\(Self.escaped)\">\(Self.escaped)</p>")
    #expect(HTMLRenderer().fragment(node) == "<p title=\"\(Self.escaped)\">\(Self.escaped)</p>")
  }

  @Test func hostileNamesAndAddressesAreEscapedInXMLAndHTML() throws {
    let model = try Self.hostileDossier()
    let xml = XMLRenderer().render(model)
    let html = HTMLRenderer(language: .zh).render(model)
    let htmlEnglish = HTMLRenderer(language: .en).render(model)
    for text in [xml, html, htmlEnglish] {
      #expect(!text.contains(Self.hostile), "the raw name reached the output")
      #expect(!text.contains("<B>"))
      #expect(text.contains(Self.escaped))
    }
    // In attributes (XML party/@name, /@address) and in text (the 决定书's 当事人 line).
    #expect(xml.contains("name=\"\(Self.escaped)\""))
    #expect(xml.contains("address=\"\(Self.escaped)\""))
    #expect(xml.contains("<p>当事人：\(Self.escaped)</p>"))
    #expect(html.contains("<p>当事人：\(Self.escaped)</p>"))
    // JSON keeps the text as it is, quoted.
    #expect(JSONRenderer().render(model).contains(#""name": "A<B>&\"C'""#))
  }

  @Test(.enabled(if: DossierFixtures.tool("xmllint") != nil))
  func hostileXMLIsWellFormedAndValid() throws {
    let dir = try BinaryRunner.temporaryDirectory()
    let file = dir.appendingPathComponent("hostile.xml")
    try XMLRenderer().render(try Self.hostileDossier()).write(to: file, atomically: true, encoding: .utf8)
    let schema = DossierFixtures.root.appendingPathComponent("Schemas/dossier.xsd").path
    let (status, output) = try DossierFixtures.run(DossierFixtures.tool("xmllint")!, ["--noout", "--schema", schema, file.path])
    #expect(status == 0, "\(output)")
  }
}
