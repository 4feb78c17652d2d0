import Dossier
import Foundation
import Testing
import TestSupport

/// Checks with external tools, each skipped when its tool is absent: the XML against
/// `Schemas/dossier.xsd` (xmllint, Debian `libxml2-utils`), the HTML printed to an A4 PDF by a
/// headless browser (Debian `chromium`), and the command line end to end.
@Suite struct RenderingToolTests {
  static let xmllint = DossierFixtures.tool("xmllint")
  static let chromium = DossierFixtures.tool("chromium") ?? DossierFixtures.tool("chromium-browser")

  @Test(.enabled(if: xmllint != nil), arguments: DossierGoldenTests.samples + ["gp-transfer-time-barred.xml", "proc-clean-major.xml"])
  func xmlValidatesAgainstTheSchema(sample: String) throws {
    let dir = try BinaryRunner.temporaryDirectory()
    let file = dir.appendingPathComponent("dossier.xml")
    try XMLRenderer().render(try DossierFixtures.dossier(sample: sample)).write(to: file, atomically: true, encoding: .utf8)
    let schema = DossierFixtures.root.appendingPathComponent("Schemas/dossier.xsd").path
    let (status, output) = try DossierFixtures.run(Self.xmllint!, ["--noout", "--schema", schema, file.path])
    #expect(status == 0, "\(sample): \(output)")
  }

  /// The page boxes of a PDF: every `/MediaBox [0 0 w h]`.
  static func mediaBoxes(_ pdf: Data) -> [(Double, Double)] {
    let text = String(decoding: pdf, as: UTF8.self)
    let pattern = try! NSRegularExpression(pattern: #"/MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)\s*\]"#)
    return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { m in
      guard let w = Range(m.range(at: 1), in: text), let h = Range(m.range(at: 2), in: text) else { return nil }
      return Double(text[w]).flatMap { w in Double(text[h]).map { (w, $0) } }
    }
  }

  @Test(.enabled(if: chromium != nil))
  func htmlPrintsToAnA4PDF() throws {
    let dir = try BinaryRunner.temporaryDirectory()
    let html = dir.appendingPathComponent("dossier.html")
    let pdf = dir.appendingPathComponent("dossier.pdf")
    try HTMLRenderer().render(try DossierFixtures.dossier(sample: "s07-df-2024-031.xml")).write(to: html, atomically: true, encoding: .utf8)
    let (status, output) = try DossierFixtures.run(Self.chromium!, [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(dir.appendingPathComponent("profile").path)",
      "--print-to-pdf=\(pdf.path)", html.path,
    ], timeout: 180)
    let data = (try? Data(contentsOf: pdf)) ?? Data()
    #expect(status == 0 && !data.isEmpty, "chromium: \(output)")
    #expect(data.starts(with: Array("%PDF".utf8)))
    let boxes = Self.mediaBoxes(data)
    #expect(!boxes.isEmpty, "no /MediaBox in the PDF")
    // A4 is 595.28 × 841.89 pt; Chromium writes 594.96 × 841.92.
    for (w, h) in boxes {
      #expect(abs(w - 595.28) < 1 && abs(h - 841.89) < 1, "page box \(w) × \(h) is not A4")
    }
  }

  @Test func commandLineRendersAndNamesNearIDs() throws {
    let dir = try BinaryRunner.temporaryDirectory()
    let store = dir.appendingPathComponent("store.sqlite").path
    let evaluate = try BinaryRunner.run(["evaluate", "--store", store, "Samples/cases/s07-df-2024-031.xml"])
    #expect(evaluate.status == 0, "\(evaluate.stderr)")
    let out = dir.appendingPathComponent("d.html").path
    let html = try BinaryRunner.run(["dossier", "--store", store, "--lang", "en", "-o", out, "登城罚〔2024〕031号"])
    #expect(html.status == 0, "\(html.stderr)")
    #expect((try? String(contentsOfFile: out, encoding: .utf8))?.contains("@page { size: A4") == true)
    let xml = try BinaryRunner.run(["dossier", "--store", store, "--format", "xml", "登城罚〔2024〕031号"])
    #expect(xml.status == 0 && xml.stdout.hasPrefix("<?xml"))
    let json = try BinaryRunner.run(["dossier", "--store", store, "--format", "json", "登城罚〔2024〕031号"])
    #expect(json.status == 0 && json.stdout.contains("\"outcome\": \"处罚\""))
    let unknown = try BinaryRunner.run(["dossier", "--store", store, "登城罚〔2024〕31号"])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("登城罚〔2024〕31号") && unknown.stderr.contains("登城罚〔2024〕031号"), "\(unknown.stderr)")
    let noStore = try BinaryRunner.run(["dossier", "--store", dir.appendingPathComponent("none.sqlite").path, "x"])
    #expect(noStore.status == 1)
  }
}
