import CaseFiles
import Foundation
import PenaltyDomain
import RuleLang
import Testing
import TestSupport

/// Reading valid case files in XML, JSON and JSON Lines into the case model.
@Suite struct CaseReadingTests {
  static let samples = Golden.repositoryRoot().appendingPathComponent("Samples/cases")

  @Test func readsXMLSample() throws {
    let items = CaseFileLoader.load(file: Self.samples.appendingPathComponent("s07-df-2024-031.xml").path)
    guard case .loaded(let c)? = items.first else {
      Issue.record("not loaded: \(items)")
      return
    }
    #expect(c.id == "登城罚〔2024〕031号")
    #expect(c.agency.powers == ["CG-DL-042"])
    #expect(c.party.kind == .organization)
    #expect(c.violations.map(\.code) == ["CG-DL-042"])
    #expect(c.violations[0].occurred == CivilDate(iso: "2024-03-01"))
    #expect(c.decisionDate == CivilDate(iso: "2024-04-15"))
    #expect(c.facts.map(\.name) == ["单体面积", "设置数量", "造成严重损害后果"])
    #expect(c.facts[0].value == "5平方米")
    #expect(c.facts[0].origin.line == 12)
    #expect(c.circumstances.first?.evidence == ["E2"])
    #expect(c.evidence.map(\.kind) == [.onSiteRecord, .audiovisual])
    #expect(c.procedure.first?.officers.count == 2)
    #expect(c.procedure.first?.records.last?.archived == true)
  }

  @Test func readsJSONSample() throws {
    let items = CaseFileLoader.load(file: Self.samples.appendingPathComponent("s07-df-2024-032.json").path)
    guard case .loaded(let c)? = items.first else {
      Issue.record("not loaded: \(items)")
      return
    }
    #expect(c.party.kind == .individual)
    #expect(c.party.birthDate == CivilDate(iso: "1990-01-01"))
    #expect(c.facts.first { $0.name == "造成严重损害后果" }?.value == "false")
  }

  @Test func unknownJSONKeysAreRefusedWhereTheyAre() throws {
    let text = try String(contentsOf: Self.samples.appendingPathComponent("s07-df-2024-032.json"), encoding: .utf8)
      .replacingOccurrences(of: "\"facts\"", with: "\"circumstance\": [{\"name\": \"及时改正\"}],\n  \"facts\"")
    let e: CaseLoadError
    do {
      _ = try JSONCaseReader.read(Array(text.utf8), file: "typo.json")
      Issue.record("a misspelt key must not load")
      return
    } catch { e = error }
    #expect(e.message.zh.contains("未知字段「circumstance」"))
    #expect(e.message.en.contains("did you mean \"circumstances\""))
    #expect(e.origin.file == "typo.json" && e.origin.line == 8)
  }

  @Test func jsonLinesKeepGoingPastABadLine() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jsonl-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let good = try String(contentsOf: Self.samples.appendingPathComponent("s07-df-2024-032.json"), encoding: .utf8)
      .replacingOccurrences(of: "\n", with: " ")
    let file = dir.appendingPathComponent("batch.jsonl")
    try [good, "{\"id\": \"broken\", ", "", good.replacingOccurrences(of: "2024-05-02", with: "2024-13-02")]
      .joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
    let items = CaseFileLoader.load(file: file.path)
    #expect(items.count == 3)
    guard items.count == 3 else { return }
    if case .loaded = items[0] {} else { Issue.record("line 1 should load") }
    if case .failed(let e) = items[1] { #expect(e.origin.line == 2) } else { Issue.record("line 2 should fail") }
    if case .failed(let e) = items[2] {
      #expect(e.origin.line == 4)
      #expect(e.message.en.contains("2024-13-02"))
    } else { Issue.record("line 4 should fail") }
  }

  @Test func shippedSchemaMatchesEmbeddedSchema() throws {
    let shipped = try String(contentsOf: Golden.repositoryRoot().appendingPathComponent("Schemas/case.xsd"), encoding: .utf8)
    #expect(shipped.trimmingCharacters(in: .whitespacesAndNewlines) == CaseSchemaText.xsd.trimmingCharacters(in: .whitespacesAndNewlines))
  }
}
