import RuleLang

/// Section 3 of the HTML dossier: each violation's basis, standard, tier, band and amount, the
/// full citation chain (the recorded steps in order), circumstances, and both computations under
/// 从旧兼从轻.
extension DossierHTML {
  func violations() -> Markup {
    .el("section", [("id", "violations")], [.el("h2", text: t("三、违法行为、依据与裁量", "3. Violations, legal basis and discretion"))]
      + model.violations.map(violation))
  }

  func violation(_ v: ViolationEntry) -> Markup {
    var children: [Markup] = [
      .el("h3", text: "\(v.code)「\(v.title ?? "")」"),
      fields([
        (t("违反", "Violates (违反)"), v.violates.isEmpty ? [.text(missingText())] : [.text(v.violates.joined(separator: "、"))]),
        (t("处罚依据", "Penalty basis (处罚依据)"),
         v.penaltyBasis.isEmpty ? [.text(missingText())] : [.text(v.penaltyBasis.joined(separator: "、"))]),
      ]),
    ]
    if let lenity = v.lenity {
      children.append(.el("p", [], [.el("strong", text: t("从旧兼从轻", "Lenity (从旧兼从轻)") + colon)] + [.text(lenity.text)]
                           + cites(lenity.citations)))
      children.append(.el("div", [("class", "lenity")], v.computations.map { c in
        let governing = c.label == v.decision.label && c.date == v.decision.date
        return .el("div", [("class", governing ? "governing" : nil)], [
          .el("p", [], [.el("strong", text: "\(label(c.label)) \(c.date)" + (governing ? t("（适用）", " (applies)") : ""))]),
        ] + computation(c))
      }))
    } else {
      children += computation(v.decision)
    }
    if !v.circumstances.isEmpty {
      children.append(.el("p", [], [.el("strong", text: t("案件主张的情节", "Circumstances claimed") + colon)]
                           + [.text(v.circumstances.map { c in "\(c.name)（\(t("证据", "evidence")) \(c.evidence.joined(separator: "、"))）" }
                             .joined(separator: "；"))]))
    }
    if let tr = v.transferCheck {
      children.append(.el("p", [], [.el("strong", text: t("移送标准", "Transfer threshold (移送)") + colon)]
                           + [.text(value(tr.value))] + cites(tr.citations)))
    }
    return .el("article", [("class", "violation")], children)
  }

  func computation(_ c: ComputationEntry) -> [Markup] {
    var rows: [(String, [Markup])] = [
      (t("结论", "Outcome"), [.text(outcome(c.outcome))]),
      (t("适用法律的日期", "Law applied as of"), [.text("\(label(c.label)) \(c.date)")]),
    ]
    if let s = c.standard { rows.append((t("裁量基准", "Standard"), [.text(s)])) }
    if let tier = c.tier { rows.append((t("阶次", "Tier"), [.text(tier)])) }
    if let fine = c.fine { rows.append((t("罚款", "Fine"), [.text(zh ? "\(fine)元" : "\(fine) yuan")])) }
    var out: [Markup] = [fields(rows)]
    if !c.sanctions.isEmpty {
      out.append(table([t("处罚种类", "Sanction"), t("数额", "Amount"), t("幅度", "Band"), t("依据", "Citations")],
                       cls: "sanctions", rows: c.sanctions.map { s in
        .el("tr", [], [.el("td", text: s.kind), .el("td", text: s.amount.map { zh ? "\($0)元" : "\($0) yuan" } ?? "—"),
                       .el("td", text: s.band?.text(language) ?? "—"), .el("td", text: s.citations.joined(separator: "；"))])
      }))
    }
    out.append(.el("p", [], [.el("strong", text: t("引用链（记录的步骤，依次）", "Citation chain (the recorded steps, in order)"))]))
    out.append(.el("ol", [("class", "steps")], c.steps.map { s in .el("li", [], [.text(s.text)] + cites(s.citations)) }))
    for f in c.circumstanceFindings {
      out.append(.el("p", [], [.el("strong", text: "\(f.name)" + colon)] + [.text(value(f.value))] + cites(f.citations)))
    }
    let lists: [(String, String, [String])] = [
      (t("需人工审核", "Needs review"), "status-problem", c.reviewReasons),
      (t("请注意", "Note"), "status-open", c.flags),
      (t("待补充事实", "Missing facts"), "status-problem", c.missingFacts),
    ]
    for (label, cls, items) in lists where !items.isEmpty {
      out.append(.el("p", [], [.el("strong", [("class", cls)], text: label + colon)]))
      out.append(.el("ul", [], items.map { .el("li", text: $0) }))
    }
    return out
  }
}
