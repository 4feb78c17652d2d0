import RuleLang

/// How each review item is answered from the record. The rule is the same for every item:
/// a mapped check that failed, a review reason or a missing fact → 有问题; a mapped check that
/// could not be told, or nothing recorded → 待审核; otherwise what was recorded supports it.
extension LegalReviewSheet {
  init(summary: CaseSummary, major: Bool, blocked: Bool, violations: [ViolationEntry], groups: [CheckGroup],
       evidence: Int, draft: Draft) {
    let checks = groups.flatMap(\.checks)
    self.major = major
    let byName = { (names: [String]) in checks.filter { names.contains($0.name) } }
    let reviewReasons = violations.flatMap { $0.decision.reviewReasons }
    let missing = violations.flatMap { $0.decision.missingFacts }
    let procedureChecks = groups.filter { $0.kind == .deadlines || $0.kind == .records }.flatMap(\.checks)
      + byName(["法制审核在先", "审核意见同意", "审核期限"])

    var items: [ReviewItem] = []
    func add(_ key: ReviewItemKey, _ checks: [CheckEntry], _ extra: [ReviewSupport] = [], problem: Bool = false,
             open: Bool = false) {
      items.append(ReviewItem(key: key, status: Self.status(checks, extra, problem: problem, open: open),
                              support: checks.filter { $0.result != CheckGroups.notApplicable }.map(Self.support) + extra))
    }

    add(.subject, byName(["事前公示"]), [Self.caseField("执法主体", "\(summary.agencyName)（\(summary.agencyCode)）")])
    add(.personnel, byName(["两人执法", "出示证件", "审核人员资格", "审核人员回避"]))
    add(.procedure, procedureChecks)
    let partyGaps = [summary.identityNumber == nil ? "证件号码" : nil, summary.address == nil ? "地址" : nil].compactMap { $0 }
    add(.facts, [], violations.compactMap { v in v.decision.steps.first(where: DecisionDrafter.isBasisStep).map { Self.step(v, $0) } }
          + missing.map { Self.caseField("待补充事实", $0) } + partyGaps.map { Self.caseField("当事人\($0)", "未提供") },
        problem: !missing.isEmpty, open: !partyGaps.isEmpty)
    add(.evidence, byName(["调查取证记录", "音像入卷", "音像不中断", "强制措施音像"]),
        [Self.caseField("证据", evidence == 0 ? "无" : "\(evidence) 项")], problem: evidence == 0, open: true)
    add(.law, [], violations.flatMap { v in
      [ReviewSupport(source: .step, name: v.code, text: "违反", citations: v.violates),
       ReviewSupport(source: .step, name: v.code, text: "处罚依据", citations: v.penaltyBasis)]
    } + reviewReasons.map { Self.record("需人工审核", $0) },
        problem: !reviewReasons.isEmpty, open: violations.contains { $0.violates.isEmpty || $0.penaltyBasis.isEmpty })
    let flags = violations.flatMap { $0.decision.flags }
    add(.discretion, [], violations.flatMap { v in
      v.decision.steps.filter { !DecisionDrafter.isBasisStep($0) }.map { Self.step(v, $0) }
        + (v.lenity.map { [Self.step(v, $0)] } ?? [])
    } + flags.map { Self.record("请注意", $0) }, problem: !reviewReasons.isEmpty, open: !flags.isEmpty)
    let powers = summary.agencyPowers
    let outside = summary.violations.map(\.code).filter { !powers.contains($0) }
    add(.competence, [], [Self.caseField("权力清单", powers.isEmpty ? "未提供" : powers.joined(separator: "、"))],
        problem: !powers.isEmpty && !outside.isEmpty, open: powers.isEmpty)
    var documentSupport: [ReviewSupport] = []
    switch draft {
    case .document(let d):
      documentSupport.append(ReviewSupport(source: .draft, name: d.kind.title,
                                           text: d.blanks.isEmpty ? "完备" : "待填写：\(d.blanks.joined(separator: "、"))", citations: []))
    case .notice(let n):
      documentSupport.append(ReviewSupport(source: .draft, name: n.outcome, text: n.summary.zh, citations: []))
    }
    add(.documents, byName(["决定记录", "送达记录", "送达期限"]), documentSupport, open: true)
    let transfers = violations.compactMap { v in
      v.transferCheck.map { ReviewSupport(source: .step, name: "\(v.code)·移送", text: $0.value, citations: $0.citations) }
    }
    let unevaluated = violations.filter { $0.transferCheck == nil }.map { v in
      Self.record("\(v.code)·移送", "规则未设移送标准, 记录中没有移送的评价")
    }
    add(.transfer, [], transfers + unevaluated, open: !unevaluated.isEmpty)
    var other: [ReviewSupport] = [Self.record("重大执法决定", major ? "是" : "否")]
    if blocked { other.append(Self.record("决定受阻", "有阻止作出决定的检查未通过或无法判断")) }
    add(.other, [], other, problem: blocked, open: true)
    self.items = items
  }

  private static func caseField(_ name: String, _ value: String) -> ReviewSupport {
    ReviewSupport(source: .caseFile, name: name, text: value, citations: [])
  }

  private static func record(_ name: String, _ value: String) -> ReviewSupport {
    ReviewSupport(source: .record, name: name, text: value, citations: [])
  }

  private static func step(_ v: ViolationEntry, _ s: StepEntry) -> ReviewSupport {
    ReviewSupport(source: .step, name: v.code, text: s.text, citations: s.citations)
  }

  static func support(_ c: CheckEntry) -> ReviewSupport {
    ReviewSupport(source: .check, name: c.name, text: c.result, citations: c.citations)
  }

  static func status(_ checks: [CheckEntry], _ extra: [ReviewSupport], problem: Bool, open: Bool) -> ReviewStatus {
    if problem || checks.contains(where: { $0.result == CheckGroups.fail }) { return .problem }
    if open || checks.contains(where: { $0.result == CheckGroups.unknown }) { return .open }
    let passed = checks.contains { $0.result == CheckGroups.pass }
    return passed || (checks.isEmpty && !extra.isEmpty) ? .supported : .open
  }
}
