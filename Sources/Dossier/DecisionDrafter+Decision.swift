import RuleLang

/// Section 5 of the 决定书 (法律适用, 裁量基准适用说明, the decision) and the notice that replaces
/// the document when there is no decision to draft. Every legal statement here quotes a recorded
/// step and its citations.
extension DecisionDrafter {
  /// Whether a recorded step is the violation's legal basis (违反 / 处罚依据).
  static func isBasisStep(_ s: StepEntry) -> Bool { s.text.hasPrefix("违法行为「") }

  /// Sanctions that order a correction (责令改正, 责令限期改正 …): not 行政处罚 under 第九条, so the
  /// document states them apart from the penalties.
  static func isCorrection(_ s: SanctionEntry) -> Bool { s.kind.hasPrefix("责令") && s.kind.contains("改正") }

  static func basis(_ citations: [String]) -> String { citations.joined(separator: "、") }

  static func numeral(_ n: Int) -> String {
    let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    if n < 10 { return digits[n] }
    return (n / 10 == 1 ? "" : digits[n / 10]) + "十" + digits[n % 10]
  }

  func violationSentence(_ v: ViolationEntry, consequence: String) -> Paragraph {
    let title = v.title ?? v.code
    var inlines: [Inline] = [.text("本机关认为，当事人实施「\(title)」的行为违反了")]
    inlines.append(v.violates.isEmpty ? .blank(field: "违反的规定") : .text(Self.basis(v.violates)))
    inlines.append(.text("的规定"))
    if !v.penaltyBasis.isEmpty, consequence == "应予行政处罚" {
      inlines.append(.text("，依据\(Self.basis(v.penaltyBasis))的规定，\(consequence)。"))
    } else {
      inlines.append(.text("。"))
    }
    return Paragraph(inlines)
  }

  func lenityParagraphs(_ v: ViolationEntry) -> [Paragraph] {
    guard let lenity = v.lenity else { return [] }
    let text = lenity.text.hasPrefix("从旧兼从轻") ? lenity.text : "从旧兼从轻：\(lenity.text)"
    var out = [Paragraph([.text("\(text)（依据：\(Self.basis(lenity.citations))）。")])]
    for c in v.computations {
      var s = "\(c.label)（\(ValueDisplay.chineseDate(c.date))）施行的规定：\(c.outcome)"
      if let tier = c.tier { s += "，阶次「\(tier)」" }
      if let fine = c.fine { s += "，罚款\(fine)元" }
      out.append(Paragraph([.text(s + "。")]))
    }
    return out
  }

  /// 「裁量基准适用说明」 (国办发〔2022〕27号 (十二)): the standard, tier, band and amount, then the
  /// recorded steps in order with their citations.
  func discretionParagraphs(_ d: ComputationEntry) -> [Paragraph] {
    var head = "裁量基准适用说明："
    head += d.standard.map { "本案适用「\($0)」" } ?? "本案未适用裁量基准"
    if let tier = d.tier { head += "，阶次「\(tier)」" }
    if let band = d.sanctions.first(where: { $0.band != nil })?.band { head += "，幅度\(band.text(.zh))" }
    if let fine = d.fine { head += "，罚款数额\(fine)元" }
    var out = [Paragraph([.text(head + "。适用过程如下：")])]
    for (i, s) in d.steps.filter({ !Self.isBasisStep($0) }).enumerated() {
      let cite = s.citations.isEmpty ? "" : "（依据：\(Self.basis(s.citations))）"
      out.append(Paragraph([.text("\(i + 1). \(s.text)\(cite)")]))
    }
    return out
  }

  func penaltyDecision() -> [Paragraph] {
    var out: [Paragraph] = []
    var penalties: [(ViolationEntry, SanctionEntry)] = []
    var corrections: [SanctionEntry] = []
    for v in violations {
      let d = v.decision
      if d.outcome == "不予处罚" {
        out.append(violationSentence(v, consequence: ""))
        out += noPenaltyReasons(v)
        continue
      }
      out.append(violationSentence(v, consequence: "应予行政处罚"))
      out += lenityParagraphs(v)
      out += discretionParagraphs(d)
      for s in d.sanctions { if Self.isCorrection(s) { corrections.append(s) } else { penalties.append((v, s)) } }
    }
    out.append(Paragraph([.text("综上，本机关决定对当事人作出如下行政处罚：")]))
    if penalties.isEmpty { out.append(Paragraph([.blank(field: "处罚内容")])) }
    for (i, (v, s)) in penalties.enumerated() {
      var line = "（\(Self.numeral(i + 1))）\(s.kind)" + (s.amount.map { "人民币\($0)元" } ?? "")
      var notes: [String] = []
      if violations.count > 1 { notes.append("「\(v.title ?? v.code)」") }
      if !s.citations.isEmpty { notes.append("依据：\(Self.basis(s.citations))") }
      if !notes.isEmpty { line += "（\(notes.joined(separator: "，"))）" }
      out.append(Paragraph([.text(line + (i == penalties.count - 1 ? "。" : "；"))]))
    }
    out += correctionParagraphs(corrections)
    return out
  }

  func correctionParagraphs(_ corrections: [SanctionEntry]) -> [Paragraph] {
    corrections.map { s in
      Paragraph([.text("同时，\(s.kind)" + (s.citations.isEmpty ? "" : "（依据：\(Self.basis(s.citations))）") + "。")])
    }
  }

  /// The recorded steps that ground 不予处罚 (the general part's 处理结论, or no law in force).
  func noPenaltyReasons(_ v: ViolationEntry) -> [Paragraph] {
    lenityParagraphs(v) + v.decision.steps.filter { !Self.isBasisStep($0) }.map { s in
      Paragraph([.text("理由：\(s.text)" + (s.citations.isEmpty ? "" : "（依据：\(Self.basis(s.citations))）") + "。")])
    }
  }

  func noPenaltyDecision() -> [Paragraph] {
    var out: [Paragraph] = []
    var grounds: [String] = []
    var corrections: [SanctionEntry] = []
    for v in violations {
      if !v.violates.isEmpty { out.append(violationSentence(v, consequence: "")) }
      out += noPenaltyReasons(v)
      for s in v.decision.steps where !Self.isBasisStep(s) {
        for c in s.citations where !grounds.contains(c) { grounds.append(c) }
      }
      corrections += v.decision.sanctions.filter(Self.isCorrection)
    }
    let ground = grounds.isEmpty ? "" : "依据\(Self.basis(grounds))的规定，"
    out.append(Paragraph([.text("\(ground)本机关决定对当事人不予行政处罚。")]))
    out += correctionParagraphs(corrections)
    out.append(Paragraph([.text("对当事人进行教育的情况："), .blank(field: "教育情况")]))
    return out
  }

  // MARK: - No document

  func notice() -> DecisionNotice {
    let summary: LocalizedText
    var items: [StepEntry] = []
    switch outcome {
    case "移送":
      summary = LocalizedText(
        zh: "本案记录的结论为「移送」：涉嫌犯罪，应当移送司法机关，不得以行政处罚代替移送。本案卷不生成决定书草稿。",
        en: "The recorded outcome is 移送 (transfer to the judicial organs): the act is suspected of a crime and must be transferred, not fined. No draft decision is produced.")
      for v in violations where v.decision.outcome == "移送" { items += v.decision.steps }
    case "待补充":
      summary = LocalizedText(
        zh: "本案记录的结论为「待补充」：缺少下列事实，补充后须重新评价。本案卷不生成决定书草稿。",
        en: "The recorded outcome is 待补充 (incomplete): the facts below are missing; once supplied the case must be evaluated again. No draft decision is produced.")
      let deadline = checks.first { $0.name == "办案期限" }?.deadline
      for v in violations {
        for f in v.decision.missingFacts {
          items.append(StepEntry(text: "待补充事实「\(f)」（\(v.code)）" + (deadline.map { "，办案期限届满日 \($0)" } ?? ""), citations: []))
        }
      }
    default:
      summary = LocalizedText(
        zh: "本案记录的结论为「\(outcome)」：规则不能单独作出决定，须由执法人员审核下列理由后作出决定。本案卷不生成决定书草稿。",
        en: "The recorded outcome is \(outcome) (needs human review): the rules do not decide alone; an officer must weigh the reasons below. No draft decision is produced.")
      for v in violations {
        items += v.decision.reviewReasons.map { StepEntry(text: "\(v.code)：\($0)", citations: []) }
        items += v.decision.missingFacts.map { StepEntry(text: "\(v.code)：待补充事实「\($0)」", citations: []) }
      }
    }
    return DecisionNotice(outcome: outcome, summary: summary, items: items)
  }
}
