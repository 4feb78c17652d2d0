import RuleLang

/// The dossier as an XML tree (`Schemas/dossier.xsd`). Element and attribute names are English;
/// values are as recorded (legal texts in Chinese).
enum DossierXML {
  static let namespace = "urn:adjudicator:dossier:1"

  static func tree(_ m: DossierModel) -> Markup {
    .el("dossier", [("xmlns", namespace), ("version", "1"), ("case", m.summary.caseID), ("outcome", m.outcome),
                    ("major", bool(m.major)), ("blocked", bool(m.blocked))], [
      summary(m.summary),
      .el("facts", [], m.facts.map { f in .el("fact", [("name", f.name), ("value", f.value), ("given", f.given)]) }),
      .el("evidence", [], m.evidence.map { e in
        .el("item", [("id", e.id), ("kind", e.kind), ("record", e.record), ("description", e.description)],
            e.supports.map { .el("circumstance", text: $0) })
      }),
      .el("violations", [], m.violations.map(violation)),
      .el("checks", [], m.checkGroups.map { g in
        .el("group", [("kind", g.kind.rawValue), ("title", g.kind.title.zh)], g.checks.map(check))
      }),
      .el("outstanding", [], m.outstanding.map { o in
        .el("item", [("kind", o.kind.rawValue), ("name", o.name), ("detail", o.detail), ("result", o.result),
                     ("deadline", o.deadline), ("deadlineSource", o.deadlineSource), ("blocksDecision", bool(o.blocksDecision))])
      }),
      draft(m.draft),
      .el("legalReview", [("major", bool(m.major))], m.legalReview.items.enumerated().map { i, item in
        .el("item", [("n", String(i + 1)), ("key", item.key.rawValue), ("title", item.key.title.zh),
                     ("basis", item.key.basis), ("status", item.status.rawValue)],
            item.support.map { s in
              .el("support", [("source", s.source.rawValue), ("name", s.name), ("text", s.text)], citations(s.citations))
            })
      }),
      .el("record", [("evaluation", String(m.record.evaluationID)), ("rulesHash", m.record.rulesHash),
                     ("inputHash", m.record.inputHash), ("storedInputHash", m.record.storedInputHash),
                     ("outputHash", m.record.outputHash), ("engineVersion", m.record.engineVersion),
                     ("recorded", m.record.recorded)]),
    ])
  }

  static func bool(_ b: Bool) -> String { b ? "true" : "false" }

  static func citations(_ list: [String]) -> [Markup] { list.map { .el("citation", text: $0) } }

  static func summary(_ s: CaseSummary) -> Markup {
    .el("summary", [], [
      .el("case", [("id", s.caseID), ("file", s.file), ("format", s.format), ("decisionDate", s.decisionDate),
                   ("discovered", s.discovered), ("decisionNumber", s.decisionNumber)]),
      .el("agency", [("code", s.agencyCode), ("name", s.agencyName)], s.agencyPowers.map { .el("power", [("code", $0)]) }),
      .el("party", [("kind", s.partyKind), ("name", s.partyName), ("idNumber", s.identityNumber), ("address", s.address),
                    ("birthDate", s.birthDate)]),
    ] + s.violations.map { v in
      .el("violation", [("code", v.code), ("title", v.title), ("occurred", v.occurred), ("ended", v.ended), ("act", v.act)])
    } + [
      .el("procedure", [], s.procedure.map { e in
        .el("event", [("kind", e.kind), ("date", e.date)],
            e.officers.map { .el("officer", text: $0) } + e.documents.map { .el("document", text: $0) })
      }),
    ])
  }

  static func violation(_ v: ViolationEntry) -> Markup {
    var children: [Markup] = [
      .el("violates", [], citations(v.violates)), .el("penaltyBasis", [], citations(v.penaltyBasis)),
    ]
    children += v.circumstances.map { c in .el("circumstance", [("name", c.name)], c.evidence.map { .el("evidence", text: $0) }) }
    children.append(computation("decision", v.decision))
    if let l = v.lenity { children.append(step("lenity", l)) }
    children += v.computations.map { computation("computation", $0) }
    if let t = v.transferCheck {
      children.append(.el("transfer", [("value", t.value), ("met", bool(t.met))], citations(t.citations)))
    }
    return .el("violation", [("code", v.code), ("title", v.title)], children)
  }

  static func step(_ name: String, _ s: StepEntry, n: Int? = nil) -> Markup {
    .el(name, [("n", n.map(String.init))], [.el("text", text: s.text)] + citations(s.citations))
  }

  static func computation(_ name: String, _ c: ComputationEntry) -> Markup {
    var children: [Markup] = c.sanctions.map { s in
      var inner: [Markup] = []
      if let b = s.band {
        inner.append(.el("band", [("lower", DecimalMath.format(b.lower)), ("upper", DecimalMath.format(b.upper)), ("lowerOpen", bool(b.lowerOpen)),
                                  ("upperOpen", bool(b.upperOpen))]))
      }
      return .el("sanction", [("kind", s.kind), ("amount", s.amount)], inner + citations(s.citations))
    }
    children += c.steps.enumerated().map { i, s in step("step", s, n: i + 1) }
    children += c.circumstanceFindings.map { f in .el("finding", [("name", f.name), ("value", f.value)], citations(f.citations)) }
    children += c.reviewReasons.map { .el("reviewReason", text: $0) }
    children += c.flags.map { .el("flag", text: $0) }
    children += c.missingFacts.map { .el("missingFact", text: $0) }
    return .el(name, [("label", c.label), ("date", c.date), ("outcome", c.outcome), ("tier", c.tier),
                      ("standard", c.standard), ("fine", c.fine)], children)
  }

  static func check(_ c: CheckEntry) -> Markup {
    var children = citations(c.citations)
    children += c.reads.map { r in .el("read", [("name", r.name), ("source", r.source), ("value", r.value)]) }
    children += c.missing.map { .el("missing", text: $0) }
    if let p = c.problem { children.append(.el("problem", text: p)) }
    if let x = c.consequence { children.append(.el("consequence", text: x)) }
    return .el("check", [("name", c.name), ("title", c.title), ("result", c.result),
                         ("blocksDecision", bool(c.blocksDecision)), ("deadline", c.deadline)], children)
  }

  static func inlines(_ p: Paragraph) -> [Markup] {
    p.inlines.map { i in
      switch i {
      case .text(let t): .text(t)
      case .blank(let field): .el("blank", [("field", field)], text: Inline.blankText)
      }
    }
  }

  static func draft(_ d: Draft) -> Markup {
    switch d {
    case .document(let doc):
      return .el("decisionDocument", [("kind", doc.kind.rawValue), ("title", doc.kind.title), ("agency", doc.agency)],
                 [.el("number", [], inlines(doc.number))] + doc.sections.map { s in
                   .el("section", [("key", s.key.rawValue), ("title", s.key.title.zh)],
                       s.paragraphs.map { .el("p", [], inlines($0)) })
                 })
    case .notice(let n):
      return .el("notice", [("outcome", n.outcome)], [.el("summary", text: n.summary.zh)] + n.items.map { step("item", $0) })
    }
  }
}
