import CaseStore
import Dossier
import Foundation
import RuleLang
import Testing
import TestSupport

/// Golden dossiers (XML, JSON, HTML) of three samples: a 一般 fine, a 不予处罚 minor, and a
/// 从旧兼从轻 case; `RECORD_GOLDEN=1` re-records them (and fails, so the diff is reviewed).
@Suite struct DossierGoldenTests {
  static let samples = ["s07-df-2024-031.xml", "gp-minor-13.xml", "gp-lenity-no-fault.xml"]

  static func compare(_ text: String, _ name: String) {
    if let problem = Golden.compare(text, to: DossierFixtures.goldenDirectory.appendingPathComponent(name)) {
      Issue.record(Comment(rawValue: problem))
    }
  }

  @Test(arguments: samples)
  func goldenDossiers(sample: String) throws {
    let model = DossierFixtures.normalised(try DossierFixtures.dossier(sample: sample))
    let base = String(sample.prefix { $0 != "." })
    let xml = XMLRenderer().render(model)
    let json = JSONRenderer().render(model)
    let html = HTMLRenderer(language: .zh).render(model)
    for text in [xml, json, html] {
      #expect(!text.contains(DossierFixtures.root.path), "an absolute path reached the dossier")
      #expect(!text.contains(DossierFixtures.recordedAt), "the recorded time reached the golden")
    }
    Self.compare(xml, "\(base).xml")
    Self.compare(json, "\(base).json")
    Self.compare(html, "\(base).html")
  }

  @Test func englishLabels() throws {
    let model = DossierFixtures.normalised(try DossierFixtures.dossier(sample: "s07-df-2024-031.xml"))
    let html = HTMLRenderer(language: .en).render(model)
    Self.compare(html, "s07-df-2024-031.en.html")
    #expect(html.contains("<html lang=\"en\">"))
    for label in ["Case summary", "Facts and evidence", "Citation chain", "Procedural checks", "Legal review sheet",
                  "Record and hashes", "Draft decision document"] {
      #expect(html.contains(label), "missing English label \(label)")
    }
    for chineseLabel in ["一、案件概况", "规则读取的事实", "引用链", "法制审核表", "记录与哈希"] {
      #expect(!html.contains(chineseLabel), "untranslated label \(chineseLabel)")
    }
    // Legal texts stay Chinese: the 决定书 and the recorded steps.
    #expect(html.contains("行政处罚决定书"))
    #expect(html.contains("《城市道路管理条例》第四十二条"))
  }

  @Test func theRecordsHashesAreShownAsStored() throws {
    let stored = try DossierFixtures.stored(sample: "s07-df-2024-031.xml")
    let model = try DossierModel(evaluation: stored, ruleSources: DossierFixtures.sources)
    let xml = XMLRenderer().render(model)
    for value in [stored.rulesHash, stored.inputHash, stored.outputHash, stored.recorded, stored.engineVersion] {
      #expect(xml.contains(value), "\(value) is not in the dossier")
    }
    #expect(HTMLRenderer().render(model).contains(stored.outputHash))
  }
}
