import Dossier
import Foundation
import Testing
import TestSupport

/// The draft 决定书: sections in the order of publicity.md §6.1 / §6.4, payment only with a fine,
/// the remedies wording by date, blanks instead of invented fields, and no document for 移送,
/// 需人工审核 and 待补充.
@Suite struct DraftTests {
  static func document(_ sample: String) throws -> DecisionDocument {
    guard case .document(let d) = try DossierFixtures.dossier(sample: sample).draft else {
      throw DossierFixtures.FixtureError(description: "\(sample) has no document")
    }
    return d
  }

  static func text(_ d: DecisionDocument, _ key: SectionKey) -> String {
    d.sections.first { $0.key == key }?.paragraphs.map(\.plainText).joined(separator: "\n") ?? ""
  }

  @Test func penaltyDocumentFollowsTheStatutoryOrder() throws {
    let d = try Self.document("s07-df-2024-031.xml")
    #expect(d.kind == .penalty)
    #expect(d.sections.map(\.key) == [.party, .investigation, .facts, .statement, .decision, .payment, .remedies, .signature])
    #expect(d.number.blanks == ["文号"])
    #expect(Self.text(d, .decision).contains("裁量基准适用说明：本案适用「登封市城市管理局裁量基准S07」，阶次「一般」，幅度[5000元, 10000元]，罚款数额7500元"))
    #expect(Self.text(d, .decision).contains("（一）罚款人民币7500元"))
    #expect(Self.text(d, .payment).contains("十五日内"))
    #expect(Self.text(d, .payment).contains("第七十二条第一款第一项"))
    // From 2024-01-01: one 复议机关 (the 本级人民政府), 60 days, 6 months.
    let remedies = Self.text(d, .remedies)
    #expect(remedies.contains("六十日内向（待填写）申请行政复议"))
    #expect(remedies.contains("六个月内"))
    #expect(!d.blanks.contains("上一级主管部门"))
    #expect(d.blanks.contains("本级人民政府全称"))
    #expect(Self.text(d, .signature).contains("2024年4月15日"))
    #expect(!Self.text(d, .party).contains("法定代表人（负责人）：登"), "the case gives no legal representative")
  }

  @Test func noPenaltyDocumentHasNoPaymentAndCitesTheGround() throws {
    let d = try Self.document("gp-minor-13.xml")
    #expect(d.kind == .noPenalty)
    #expect(d.kind.title == "不予行政处罚决定书")
    #expect(!d.sections.contains { $0.key == .payment })
    #expect(d.sections.first?.key == .party)
    #expect(d.sections.last?.key == .signature)
    #expect(Self.text(d, .decision).contains("依据《行政处罚法》第三十条的规定，本机关决定对当事人不予行政处罚。"))
    #expect(Self.text(d, .party).contains("公民身份号码：（待填写）"))
    #expect(!Self.text(d, .remedies).contains("强制执行"))
  }

  @Test func lenityDocumentBefore2024OffersBothReviewBodies() throws {
    let d = try Self.document("gp-lenity-no-fault.xml")
    #expect(d.kind == .noPenalty)
    let decision = Self.text(d, .decision)
    #expect(decision.contains("从旧兼从轻: 决定时的规定处罚较轻, 适用决定时的规定（依据：《行政处罚法》第三十七条）"))
    #expect(decision.contains("行为时（2021年6月20日）施行的规定：处罚，阶次「一般」，罚款7500元。"))
    #expect(decision.contains("《行政处罚法》第三十三条第二款"))
    #expect(d.blanks.contains("上一级主管部门"))
    #expect(Self.text(d, .remedies).contains("六十日内向（待填写）或者（待填写）申请行政复议"))
  }

  @Test(arguments: [
    ("gp-transfer-time-barred.xml", "移送"), ("gp-missing-birthdate.json", "待补充"), ("gp-boundary-2sqm.xml", "需人工审核"),
  ])
  func noDocumentWithoutADecision(sample: String, outcome: String) throws {
    let model = try DossierFixtures.dossier(sample: sample)
    #expect(model.outcome == outcome)
    guard case .notice(let n) = model.draft else {
      Issue.record("\(sample): a 决定书 was drafted for \(outcome)")
      return
    }
    #expect(n.outcome == outcome)
    #expect(n.summary.zh.contains("不生成决定书草稿"))
    #expect(!n.items.isEmpty)
    let xml = XMLRenderer().render(model)
    #expect(!xml.contains("<decisionDocument"))
    #expect(xml.contains("<notice outcome=\"\(outcome)\">"))
    #expect(!HTMLRenderer().render(model).contains("class=\"doc-title\""))
  }

  @Test func legalReviewSheetAnswersEveryItem() throws {
    let model = try DossierFixtures.dossier(sample: "s07-df-2024-031.xml")
    let sheet = model.legalReview
    #expect(sheet.items.map(\.key) == ReviewItemKey.allCases)
    let status = Dictionary(uniqueKeysWithValues: sheet.items.map { ($0.key, $0.status) })
    #expect(status[.procedure] == .problem, "事先告知 failed")
    #expect(status[.law] == .supported)
    #expect(status[.discretion] == .supported)
    #expect(status[.transfer] == .open, "CG-DL-042 has no transfer threshold")
    let procedure = try #require(sheet.items.first { $0.key == .procedure })
    #expect(procedure.support.contains { $0.source == .check && $0.name == "事先告知" && $0.text == "不通过" })
  }
}
