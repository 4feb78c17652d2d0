import CaseStore
import Dossier
import Foundation
import RuleLang
import Testing
import TestSupport

/// The dossier renders the trace; it does not invent. Every citation of every recorded step
/// (and of every sanction, 从旧兼从轻 choice and check) in the stored output appears in the
/// rendered dossier, for every sample case.
@Suite struct TraceCoverageTests {
  static let samples: [String] = {
    let dir = DossierFixtures.root.appendingPathComponent("Samples/cases")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return names.filter { $0.hasSuffix(".xml") || $0.hasSuffix(".json") }.sorted()
  }()

  /// The citations in the stored output JSON, read independently of the dossier's reader:
  /// every string in a `citations` array anywhere outside the trace.
  static func storedCitations(_ output: String) throws -> Set<String> {
    var found = Set<String>()
    func walk(_ v: JSONValue) {
      switch v {
      case .object(let members):
        for (key, value) in members where key != "trace" {
          if key == "citations", case .array(let items) = value {
            for case .string(let s) in items { found.insert(s) }
          } else {
            walk(value)
          }
        }
      case .array(let items): items.forEach(walk)
      default: break
      }
    }
    walk(try JSONParser.parse(Array(output.utf8)))
    return found
  }

  /// The steps' texts in the stored output (decision, computations, lenity).
  static func storedSteps(_ output: String) throws -> [String] {
    var texts: [String] = []
    func walk(_ v: JSONValue) {
      switch v {
      case .object(let members):
        for (key, value) in members where key != "trace" {
          if key == "steps", case .array(let steps) = value {
            for step in steps { if case .string(let t)? = step["text"] { texts.append(t) } }
          } else {
            walk(value)
          }
        }
      case .array(let items): items.forEach(walk)
      default: break
      }
    }
    walk(try JSONParser.parse(Array(output.utf8)))
    return texts
  }

  @Test func stepCitationsOfEverySampleAppearInTheDossier() throws {
    #expect(Self.samples.count > 50)
    for sample in Self.samples {
      let stored = try DossierFixtures.stored(sample: sample)
      let model = try DossierModel(evaluation: stored, ruleSources: DossierFixtures.sources)
      let xml = XMLRenderer().render(model)
      let html = HTMLRenderer(language: .en).render(model)
      let json = JSONRenderer().render(model)
      for citation in try Self.storedCitations(stored.output) {
        #expect(xml.contains(Escaping.escape(citation)), "\(sample): \(citation) not in the XML dossier")
        #expect(html.contains(Escaping.escape(citation)), "\(sample): \(citation) not in the HTML dossier")
        #expect(json.contains(citation), "\(sample): \(citation) not in the JSON dossier")
      }
      for text in try Self.storedSteps(stored.output) {
        #expect(html.contains(Escaping.escape(text)), "\(sample): step \(text) not in the HTML dossier")
      }
    }
  }

  @Test func theChainIsTheRecordedStepsInOrder() throws {
    let stored = try DossierFixtures.stored(sample: "s07-df-2024-031.xml")
    let model = try DossierModel(evaluation: stored, ruleSources: DossierFixtures.sources)
    let v = try #require(model.violations.first)
    #expect(v.decision.steps.map(\.text) == (try Self.storedSteps(stored.output)))
    #expect(v.violates == ["《城市道路管理条例》第二十七条第六项"])
    #expect(v.penaltyBasis == ["《城市道路管理条例》第四十二条"])
    #expect(v.decision.tier == "一般")
    #expect(v.decision.fine == "7500")
    #expect(v.decision.sanctions.first?.band?.text(.zh) == "[5000元, 10000元]")
  }

  @Test func lenityKeepsBothComputations() throws {
    let model = try DossierFixtures.dossier(sample: "gp-lenity-no-fault.xml")
    let v = try #require(model.violations.first)
    #expect(v.lenity?.citations == ["《行政处罚法》第三十七条"])
    #expect(v.computations.map(\.label) == ["行为时", "决定时"])
    #expect(v.computations.map(\.outcome) == ["处罚", "不予处罚"])
    #expect(v.computations.first?.fine == "7500")
    #expect(v.decision.label == "决定时")
  }

  @Test func checksAreGroupedByTheirRuleFile() throws {
    let model = try DossierFixtures.dossier(sample: "proc-clean-major.xml")
    let groups = Dictionary(uniqueKeysWithValues: model.checkGroups.map { ($0.kind, $0.checks.map(\.name)) })
    #expect(groups[.publicity]?.contains("处罚决定公示") == true)
    #expect(groups[.records]?.contains("音像入卷") == true)
    #expect(groups[.legalReview]?.contains("法制审核在先") == true)
    #expect(groups[.deadlines]?.contains("办案期限") == true)
    #expect(model.major)
    #expect(model.legalReview.major)
    // Without the rule set, the name table places the checks it knows where their files do.
    let files = CheckGroups.declaringFiles(in: DossierFixtures.sources)
    #expect(files.count >= 30)
    for (name, file) in files where CheckGroups.group(of: name, declaredIn: nil) != .other {
      #expect(CheckGroups.group(of: name, declaredIn: file) == CheckGroups.group(of: name, declaredIn: nil), "\(name) in \(file)")
    }
  }
}
