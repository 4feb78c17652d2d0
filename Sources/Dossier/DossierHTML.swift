import RuleLang

/// The dossier as an HTML page. Every label is in the chosen language; recorded legal texts
/// (steps, citations, check titles, the 决定书) stay Chinese.
struct DossierHTML {
  let model: DossierModel
  let language: Language

  /// Elements written inline (their content is mixed text).
  static let inlineElements: Set<String> = ["p", "li", "td", "th", "h1", "h2", "h3", "title", "dt", "dd", "span"]

  var zh: Bool { language == .zh }
  func t(_ zh: String, _ en: String) -> String { self.zh ? zh : en }
  func t(_ text: LocalizedText) -> String { text.text(language) }

  /// An outcome, with the Chinese term kept beside the English.
  func outcome(_ o: String) -> String {
    if zh { return o }
    let names = ["处罚": "penalty", "不予处罚": "no penalty", "移送": "transfer to the judicial organs",
                 "需人工审核": "needs human review", "待补充": "incomplete"]
    return names[o].map { "\($0) (\(o))" } ?? o
  }

  func result(_ r: String) -> String {
    if zh { return r }
    return ["通过": "pass", "不通过": "fail", "不适用": "not applicable", "无法判断": "cannot tell"][r] ?? r
  }

  func resultClass(_ r: String) -> String {
    ["通过": "result-pass", "不通过": "result-fail", "无法判断": "result-unknown"][r] ?? "result-na"
  }

  var colon: String { zh ? "：" : ": " }

  /// A recorded value: 真 / 假 become true / false in English.
  func value(_ v: String?) -> String {
    guard let v else { return t("缺失", "missing") }
    if zh { return v }
    return ["真": "true", "假": "false"][v] ?? v
  }

  /// 行为时 / 决定时, with the English beside it.
  func label(_ l: String) -> String {
    if zh { return l }
    return ["行为时": "at the act (行为时)", "决定时": "at the decision (决定时)"][l] ?? l
  }

  func yesNo(_ b: Bool) -> String { b ? t("是", "yes") : t("否", "no") }
  func missingText() -> String { t("未提供", "not given") }

  func cites(_ list: [String]) -> [Markup] {
    list.isEmpty ? [] : [.text(" "), .el("span", [("class", "cites")], text: list.joined(separator: "；"))]
  }

  func table(_ headers: [String], _ rows: [Markup]) -> Markup { table(headers, cls: nil, rows: rows) }

  func table(_ headers: [String], cls: String?, rows: [Markup]) -> Markup {
    .el("table", [("class", cls)], [.el("thead", [], [.el("tr", [], headers.map { .el("th", text: $0) })]), .el("tbody", [], rows)])
  }

  func fields(_ rows: [(String, [Markup])]) -> Markup {
    .el("table", [("class", "fields")], [.el("tbody", [], rows.map { k, v in .el("tr", [], [.el("th", text: k), .el("td", [], v)]) })])
  }

  // MARK: - Page

  func page() -> Markup {
    let title = t("行政处罚案卷", "Case dossier") + " — " + model.summary.caseID
    return .el("html", [("lang", zh ? "zh-CN" : "en")], [
      .el("head", [], [
        .el("meta", [("charset", "utf-8")]),
        .el("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
        .el("title", text: title),
        .el("style", [], [.raw("\n" + HTMLStyle.css + "\n")]),
      ]),
      .el("body", [], [.el("main", [("class", "dossier")], [
        cover(), summary(), factsAndEvidence(), violations(), checks(), outstanding(), document(), legalReview(), record(),
      ])]),
    ])
  }

  func cover() -> Markup {
    var children: [Markup] = [
      .el("h1", text: t("行政处罚案卷（内部）", "Case dossier (internal)")),
      .el("p", [("class", "case-id")], text: model.summary.caseID),
      .el("p", [("class", "meta")], text: "\(t("结论", "Outcome"))\(colon)\(outcome(model.outcome)) · "
            + "\(t("重大执法决定", "Major decision (重大执法决定)"))\(colon)\(yesNo(model.major)) · "
            + "\(t("决定日期", "Decision date"))\(colon)\(model.summary.decisionDate)"),
    ]
    if model.blocked {
      let blocking = model.checkGroups.flatMap(\.checks).filter { $0.blocksDecision && $0.isOpen }
      children.append(.el("div", [("class", "alert")], [
        .el("p", text: t("决定受阻：下列检查未通过或无法判断，在其要求完成之前不得作出决定。",
                         "Decision blocked: the checks below failed or cannot be told; the decision must not be made until they are met.")),
        .el("ul", [], blocking.map { c in
          .el("li", [], [.text("\(c.name)「\(c.title)」\(colon)\(result(c.result))")] + cites(c.citations))
        }),
      ]))
    }
    return .el("header", [("class", "cover")], children)
  }

  func summary() -> Markup {
    let s = model.summary
    func value(_ v: String?) -> [Markup] { [.text(v ?? missingText())] }
    let partyKind = zh ? s.partyKind : (s.partyKind == "个人" ? "individual (个人)" : "organisation (单位)")
    var violations: [Markup] = []
    for v in s.violations {
      let dates = v.occurred + (v.ended.map { " – \($0)" } ?? "")
      if !violations.isEmpty { violations.append(.el("br")) }
      violations.append(.text("\(v.code)「\(v.title ?? "")」 \(dates)" + (v.act.map { " (\(t("同一行为", "act")) \($0))" } ?? "")))
    }
    return .el("section", [("id", "summary")], [
      .el("h2", text: t("一、案件概况", "1. Case summary")),
      fields([
        (t("案件编号", "Case id"), value(s.caseID)), (t("案卷文件", "Case file"), value("\(s.file) (\(s.format))")),
        (t("执法主体", "Agency"), value("\(s.agencyName)（\(s.agencyCode)）")),
        (t("权力清单", "Powers (权力清单)"), value(s.agencyPowers.isEmpty ? nil : s.agencyPowers.joined(separator: "、"))),
        (t("当事人", "Party"), value(s.partyName)), (t("当事人类型", "Party type"), value(partyKind)),
        (t("证件号码", "Identity number"), value(s.identityNumber)), (t("地址", "Address"), value(s.address)),
        (t("出生日期", "Birth date"), value(s.birthDate)), (t("违法行为", "Violations"), violations),
        (t("发现日期", "Discovered"), value(s.discovered)), (t("决定日期", "Decision date"), value(s.decisionDate)),
        (t("决定书文号", "Document number"), value(s.decisionNumber)),
      ]),
      .el("h3", text: t("程序记录", "Procedural record")),
      s.procedure.isEmpty ? .el("p", [("class", "note")], text: t("案件未记载程序事件。", "The case records no procedural events."))
        : table([t("日期", "Date"), t("环节", "Event"), t("执法人员", "Officers"), t("文书", "Documents")], s.procedure.map { e in
          .el("tr", [], [.el("td", [("class", "nowrap")], text: e.date), .el("td", [("class", "nowrap")], text: e.kind),
                         .el("td", text: e.officers.joined(separator: "、")),
                         .el("td", text: e.documents.joined(separator: "；"))])
        }),
    ])
  }

  func factsAndEvidence() -> Markup {
    .el("section", [("id", "facts")], [
      .el("h2", text: t("二、事实与证据", "2. Facts and evidence")),
      .el("h3", text: t("规则读取的事实", "Facts the rules read")),
      table([t("事实", "Fact"), t("读取值", "Value read"), t("案件记载", "As written in the case")], model.facts.map { f in
        .el("tr", [], [.el("td", text: f.name), .el("td", text: value(f.value)), .el("td", text: f.given ?? "—")])
      }),
      .el("h3", text: t("证据", "Evidence")),
      model.evidence.isEmpty ? .el("p", [("class", "note")], text: t("案件未列证据。", "The case lists no evidence."))
        : table([t("编号", "Id"), t("种类", "Kind"), t("记录", "Record"), t("说明", "Description"), t("支持情节", "Supports")],
                model.evidence.map { e in
                  .el("tr", [], [.el("td", text: e.id), .el("td", text: e.kind), .el("td", text: e.record ?? "—"),
                                 .el("td", text: e.description ?? "—"), .el("td", text: e.supports.joined(separator: "、"))])
                }),
    ])
  }
}
