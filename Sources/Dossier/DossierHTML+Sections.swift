import RuleLang

/// Sections 4–8 of the HTML dossier: procedural checks, what is missing, the draft 决定书, the
/// 法制审核 sheet and the record's hashes.
extension DossierHTML {
  func checks() -> Markup {
    var children: [Markup] = [.el("h2", text: t("四、程序检查（三项制度与期限）", "4. Procedural checks (three systems and deadlines)"))]
    for g in model.checkGroups {
      children.append(.el("h3", text: t(g.kind.title)))
      children.append(table([t("检查", "Check"), t("结果", "Result"), t("依据", "Basis"), t("读取", "Read"),
                             t("后果 / 要求", "Consequence"), t("期限", "Deadline")], cls: "checks", rows: g.checks.map { c in
        let reads = c.reads.map { "\($0.name) = \(value($0.value))" }.joined(separator: "；")
        var consequence = c.consequence ?? ""
        if let p = c.problem { consequence = p + (consequence.isEmpty ? "" : "；" + consequence) }
        if !c.missing.isEmpty {
          consequence += (consequence.isEmpty ? "" : "；") + t("缺少记录：", "missing record: ") + c.missing.joined(separator: "、")
        }
        let blocks = c.blocksDecision ? t("（阻止决定）", " (blocks the decision)") : ""
        return .el("tr", [("class", c.result == CheckGroups.notApplicable ? "na" : nil)], [
          .el("td", [], [.el("strong", text: c.name), .el("br"), .text(c.title)]),
          .el("td", [], [.el("span", [("class", resultClass(c.result))], text: result(c.result)), .text(blocks)]),
          .el("td", text: c.citations.joined(separator: "；")), .el("td", text: reads),
          .el("td", text: c.isOpen ? consequence : "—"), .el("td", text: c.deadline ?? "—"),
        ])
      }))
    }
    return .el("section", [("id", "checks")], children)
  }

  func outstanding() -> Markup {
    let rows: [Markup] = model.outstanding.map { o in
      let kind = o.kind == .missingFact ? t("待补充事实", "missing fact") : t("检查", "check")
      let deadline = o.deadline.map { d in d + (o.deadlineSource.map { "（\($0)）" } ?? "") } ?? "—"
      return .el("tr", [], [
        .el("td", text: kind), .el("td", text: o.name), .el("td", text: o.detail),
        .el("td", [], o.result.map { [.el("span", [("class", resultClass($0))], text: result($0))] } ?? [.text("—")]),
        .el("td", text: deadline), .el("td", text: yesNo(o.blocksDecision)),
      ])
    }
    return .el("section", [("id", "outstanding")], [
      .el("h2", text: t("五、待补充事项与期限", "5. What is missing, and by when")),
      rows.isEmpty ? .el("p", [("class", "note")], text: t("记录中没有待补充事项。", "Nothing is outstanding in the record."))
        : table([t("类别", "Kind"), t("事项", "Item"), t("说明", "Detail"), t("结果", "Result"), t("期限", "By"),
                 t("阻止决定", "Blocks decision")], cls: "outstanding", rows: rows),
    ])
  }

  func inlines(_ p: Paragraph) -> [Markup] {
    p.inlines.map { i in
      switch i {
      case .text(let s): .text(s)
      case .blank(let field): .el("span", [("class", "blank"), ("title", field)], text: Inline.blankText)
      }
    }
  }

  func document() -> Markup {
    var children: [Markup] = [.el("h2", text: t("六、决定书草稿", "6. Draft decision document"))]
    if !zh {
      children.append(.el("p", [("class", "note")],
                          text: "The draft is a legal text and stays in Chinese. Blanks (（待填写）) are fields the case does not give."))
    }
    switch model.draft {
    case .document(let d):
      var doc: [Markup] = [
        .el("p", [("class", "doc-agency")], text: d.agency), .el("h1", [("class", "doc-title")], text: d.kind.title),
        .el("p", [("class", "doc-number")], inlines(d.number)),
      ]
      doc += d.sections.map { s in
        .el("div", [("class", "part-\(s.key.rawValue)"), ("title", t(s.key.title))], s.paragraphs.map { .el("p", [], inlines($0)) })
      }
      children.append(.el("div", [("class", "doc")], doc))
    case .notice(let n):
      children.append(.el("div", [("class", "alert")], [.el("p", text: t(n.summary))]))
      children.append(.el("ol", [("class", "steps")], n.items.map { s in .el("li", [], [.text(s.text)] + cites(s.citations)) }))
    }
    return .el("section", [("id", "draft"), ("class", "document")], children)
  }

  func legalReview() -> Markup {
    let sources: [ReviewSupport.Source: String] = [
      .check: t("检查", "check"), .step: t("步骤", "step"), .caseFile: t("案件", "case"), .draft: t("文书", "document"),
      .record: t("记录", "record"),
    ]
    return .el("section", [("id", "review"), ("class", "document")], [
      .el("h2", text: t("七、法制审核表", "7. Legal review sheet (法制审核)")),
      .el("p", [], text: "\(t("重大执法决定（记录）", "Major decision (as recorded)"))\(colon)\(yesNo(model.legalReview.major))"),
      table(["#", t("审核事项", "Item"), t("结论", "Status"), t("记录依据", "What the record shows")], cls: "review",
            rows: model.legalReview.items.enumerated().map { i, item in
              .el("tr", [], [
                .el("td", text: String(i + 1)),
                .el("td", [], [.text(t(item.key.title)), .el("br"), .el("span", [("class", "cites")], text: item.key.basis)]),
                .el("td", [], [.el("span", [("class", "status-\(item.status.rawValue)")], text: t(item.status.title))]),
                .el("td", [], [.el("ul", [], item.support.map { s in
                  let text = s.source == .check ? result(s.text) : s.text
                  return .el("li", [], [.text("\(sources[s.source] ?? "")「\(s.name)」\(colon)\(text)")] + cites(s.citations))
                })]),
              ])
            }),
      .el("p", [("class", "note")], text: t("审核人签名：　　　　　　　　审核日期：", "Reviewer:                 Date:")),
    ])
  }

  func record() -> Markup {
    let r = model.record
    return .el("section", [("id", "record")], [
      .el("h2", text: t("八、记录与哈希", "8. Record and hashes")),
      fields([
        (t("评价记录编号", "Evaluation id"), [.text(String(r.evaluationID))]),
        (t("规则集哈希", "Rule set hash"), [.el("code", text: r.rulesHash)]),
        (t("案件输入哈希", "Input hash"), [.el("code", text: r.inputHash)]),
        (t("现存输入哈希", "Stored input hash"), [.el("code", text: r.storedInputHash)]),
        (t("输出哈希", "Output hash"), [.el("code", text: r.outputHash)]),
        (t("引擎版本", "Engine version"), [.text(r.engineVersion)]),
        (t("记录时间", "Recorded"), [.text(r.recorded)]),
      ]),
    ])
  }
}
