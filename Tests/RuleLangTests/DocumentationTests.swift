import Foundation
import Testing
import TestSupport

/// The references a rule author reads stay complete: every diagnostic code the catalogue can
/// produce has its section in docs/diagnostics.md, and every keyword spelling of the keyword
/// table appears in docs/language.md.
@Suite struct DocumentationTests {
  static let root = Golden.repositoryRoot()

  static func read(_ relative: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
  }

  /// Codes written in the catalogue's source: `.init("C012", …`.
  static func catalogueCodes() throws -> [String] {
    let source = try read("Sources/RuleLang/Diagnostics/DiagnosticCatalog.swift")
    let regex = try NSRegularExpression(pattern: #"\.init\("([LPCWRFT][0-9]{3})""#)
    let matches = regex.matches(in: source, range: NSRange(source.startIndex..., in: source))
    return Set(matches.compactMap { Range($0.range(at: 1), in: source).map { String(source[$0]) } }).sorted()
  }

  @Test func everyDiagnosticCodeIsDocumented() throws {
    let codes = try Self.catalogueCodes()
    #expect(codes.count > 60, "the catalogue should be found")
    let doc = try Self.read("docs/diagnostics.md")
    let missing = codes.filter { !doc.contains("### \($0) ") }
    #expect(missing.isEmpty, "docs/diagnostics.md has no section for \(missing)")
  }

  @Test func everyKeywordIsDocumented() throws {
    let source = try Self.read("Sources/RuleLang/Syntax/Keywords.swift")
    let regex = try NSRegularExpression(pattern: #"\("([^"]+)", \.[a-zA-Z]+\)"#)
    let spellings = regex.matches(in: source, range: NSRange(source.startIndex..., in: source))
      .compactMap { Range($0.range(at: 1), in: source).map { String(source[$0]) } }
    #expect(spellings.count > 40, "the keyword table should be found")
    let doc = try Self.read("docs/language.md")
    let missing = spellings.filter { !doc.contains($0) }
    #expect(missing.isEmpty, "docs/language.md never mentions \(missing)")
  }
}
