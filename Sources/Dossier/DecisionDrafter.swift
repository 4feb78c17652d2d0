import PenaltyDomain
import RuleLang

/// Drafts the 行政处罚决定书 (publicity.md §6.1) or the 不予行政处罚决定书 (§6.4) from the record,
/// or the notice of why there is none (移送, 需人工审核, 待补充). Fields the case does not give are
/// blanks (「（待填写）」), never invented.
struct DecisionDrafter {
  let summary: CaseSummary
  let caseFile: EnforcementCase
  let outcome: String
  let violations: [ViolationEntry]
  let checks: [CheckEntry]
  let facts: [FactEntry]

  func draft() -> Draft {
    switch outcome {
    case "处罚": .document(document(.penalty))
    case "不予处罚": .document(document(.noPenalty))
    default: .notice(notice())
    }
  }

  func document(_ kind: DecisionDocument.Kind) -> DecisionDocument {
    var sections = [
      DocumentSection(key: .party, paragraphs: party()),
      DocumentSection(key: .investigation, paragraphs: investigation()),
      DocumentSection(key: .facts, paragraphs: factsAndEvidence()),
    ]
    let statement = self.statement(required: kind == .penalty)
    if !statement.isEmpty { sections.append(DocumentSection(key: .statement, paragraphs: statement)) }
    sections.append(DocumentSection(key: .decision, paragraphs: kind == .penalty ? penaltyDecision() : noPenaltyDecision()))
    if kind == .penalty, violations.contains(where: { $0.decision.fine != nil }) {
      sections.append(DocumentSection(key: .payment, paragraphs: RemedyTexts.payment(decisionDate: summary.decisionDate)))
    }
    sections.append(DocumentSection(key: .remedies, paragraphs: RemedyTexts.remedies(
      kind, decisionDate: summary.decisionDate, agency: summary.agencyName, summaryProcedure: summaryProcedure)))
    sections.append(DocumentSection(key: .signature, paragraphs: [
      Paragraph([.text(summary.agencyName)]), Paragraph([.text(ValueDisplay.chineseDate(summary.decisionDate))]),
      Paragraph([.text("（印章）")]),
    ]))
    let number: Paragraph = Paragraph([summary.decisionNumber.map { .text($0) } ?? .blank(field: "文号")])
    return DecisionDocument(kind: kind, agency: summary.agencyName, number: number, sections: sections)
  }

  /// Whether the checks read 简易程序 as true (the 当场 form, 复议前置 wording).
  var summaryProcedure: Bool {
    checks.contains { $0.reads.contains { $0.name == "简易程序" && $0.value == "真" } }
  }

  // MARK: - Sections 1–4

  func party() -> [Paragraph] {
    let p = summary
    func field(_ label: String, _ value: String?, _ blank: String) -> Paragraph {
      Paragraph([.text("\(label)："), value.map { .text($0) } ?? .blank(field: blank)])
    }
    if p.partyKind == PartyKind.organization.rawValue {
      return [field("当事人", p.partyName, "当事人"), field("统一社会信用代码", p.identityNumber, "统一社会信用代码"),
              field("住所", p.address, "住所"), field("法定代表人（负责人）", nil, "法定代表人（负责人）")]
    }
    return [field("当事人", p.partyName, "当事人"), field("公民身份号码", p.identityNumber, "公民身份号码"),
            field("住址", p.address, "住址")]
  }

  static let investigativeEvents: Set<String> = ["核查", "立案", "调查取证", "现场检查", "先行登记保存", "查封扣押"]
  static let statementEvents: Set<String> = ["告知", "陈述申辩", "听证告知", "听证申请", "听证"]

  func investigation() -> [Paragraph] {
    let titles = violations.map { "「\($0.title ?? $0.code)」" }.joined(separator: "、")
    var out = [Paragraph([
      .text("本机关于"), summary.discovered.map { .text(ValueDisplay.chineseDate($0)) } ?? .blank(field: "发现日期"),
      .text("发现当事人涉嫌\(titles)（案件来源："), .blank(field: "案件来源"), .text("）。"),
    ])]
    for e in summary.procedure where Self.investigativeEvents.contains(e.kind) {
      out.append(Paragraph([.text(eventSentence(e))]))
    }
    return out
  }

  /// How a recorded event reads in the document (the event kinds of the case file).
  static let eventPhrases: [String: String] = [
    "立案": "本机关立案调查", "告知": "本机关向当事人告知拟作出的行政处罚内容及事实、理由、依据和陈述、申辩权利",
    "听证告知": "本机关告知当事人有要求听证的权利", "听证申请": "当事人申请听证", "陈述申辩": "当事人进行陈述、申辩",
    "听证": "本机关举行听证",
  ]

  func eventSentence(_ e: ProcedureEntry) -> String {
    let who = e.officers.isEmpty ? "本机关" : "执法人员\(e.officers.joined(separator: "、"))"
    let what = Self.eventPhrases[e.kind] ?? "\(who)进行\(e.kind)"
    let documents = e.documents.isEmpty ? "" : "（\(e.documents.joined(separator: "；"))）"
    return "\(ValueDisplay.chineseDate(e.date))，\(what)\(documents)。"
  }

  func factsAndEvidence() -> [Paragraph] {
    var out: [Paragraph] = summary.violations.map { v in
      let title = v.title ?? v.code
      let when = ValueDisplay.chineseDate(v.occurred) + (v.ended.map { "至\(ValueDisplay.chineseDate($0))" } ?? "")
      return Paragraph([.text("经查，当事人于\(when)实施了「\(title)」的行为。")])
    }
    let yesNo = ["true": "是", "false": "否"]
    let given = facts.compactMap { f in f.given.map { "\(f.name)：\(yesNo[$0] ?? $0)" } }
    if !given.isEmpty { out.append(Paragraph([.text("主要事实：\(given.joined(separator: "；"))。")])) }
    if caseFile.evidence.isEmpty {
      out.append(Paragraph([.text("证据："), .blank(field: "证据")]))
    } else {
      out.append(Paragraph([.text("以上事实有下列证据证明：")]))
      for (i, e) in caseFile.evidence.enumerated() {
        let record = e.record.map { "（\($0)）" } ?? ""
        out.append(Paragraph([.text("\(i + 1). \(e.kind.rawValue)：\(e.description ?? e.kind.rawValue)\(record)")]))
      }
    }
    return out
  }

  /// The 告知 / 陈述申辩 / 听证 events recorded, and the blank for the party's statements and how
  /// they were handled. For a 不予处罚 document, only when something was notified.
  func statement(required: Bool) -> [Paragraph] {
    let events = summary.procedure.filter { Self.statementEvents.contains($0.kind) }
    if events.isEmpty && !required { return [] }
    var out = events.map { Paragraph([.text(eventSentence($0))]) }
    if events.isEmpty { out.append(Paragraph([.text("告知情况："), .blank(field: "告知日期及文书")])) }
    out.append(Paragraph([.text("当事人陈述、申辩（听证）意见及采纳情况："), .blank(field: "陈述申辩意见及采纳情况")]))
    return out
  }
}
