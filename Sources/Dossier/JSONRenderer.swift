import RuleLang

/// Renders a dossier as JSON (`JSONValue`): the same parts as the XML, English keys, values as
/// recorded (legal texts in Chinese), absent optional values as `null`.
public struct JSONRenderer {
  /// Creates the renderer.
  public init() {}

  /// The dossier as a JSON value.
  public func json(_ m: DossierModel) -> JSONValue {
    .object([
      ("dossier", .number("1")), ("case", .string(m.summary.caseID)), ("outcome", .string(m.outcome)),
      ("major", .bool(m.major)), ("blocked", .bool(m.blocked)),
      ("summary", summary(m.summary)),
      ("facts", .array(m.facts.map { f in obj([("name", s(f.name)), ("value", opt(f.value)), ("given", opt(f.given))]) })),
      ("evidence", .array(m.evidence.map { e in
        obj([("id", s(e.id)), ("kind", s(e.kind)), ("record", opt(e.record)), ("description", opt(e.description)),
             ("supports", strings(e.supports))])
      })),
      ("violations", .array(m.violations.map(violation))),
      ("checks", .array(m.checkGroups.map { g in
        obj([("group", s(g.kind.rawValue)), ("title", s(g.kind.title.zh)), ("checks", .array(g.checks.map(check)))])
      })),
      ("outstanding", .array(m.outstanding.map { o in
        obj([("kind", s(o.kind.rawValue)), ("name", s(o.name)), ("detail", s(o.detail)), ("result", opt(o.result)),
             ("deadline", opt(o.deadline)), ("deadlineSource", opt(o.deadlineSource)), ("blocksDecision", .bool(o.blocksDecision))])
      })),
      ("draft", draft(m.draft)),
      ("legalReview", obj([("major", .bool(m.major)), ("items", .array(m.legalReview.items.map { item in
        obj([("key", s(item.key.rawValue)), ("title", s(item.key.title.zh)), ("basis", s(item.key.basis)),
             ("status", s(item.status.rawValue)), ("support", .array(item.support.map { x in
               obj([("source", s(x.source.rawValue)), ("name", s(x.name)), ("text", s(x.text)), ("citations", strings(x.citations))])
             }))])
      }))])),
      ("record", obj([
        ("evaluation", .number(String(m.record.evaluationID))), ("rulesHash", s(m.record.rulesHash)),
        ("inputHash", s(m.record.inputHash)), ("storedInputHash", s(m.record.storedInputHash)),
        ("outputHash", s(m.record.outputHash)), ("engineVersion", s(m.record.engineVersion)),
        ("recorded", s(m.record.recorded)),
      ])),
    ])
  }

  /// The dossier as indented JSON text, ending with a newline.
  public func render(_ m: DossierModel) -> String { json(m).pretty() + "\n" }

  private func obj(_ members: [(String, JSONValue)]) -> JSONValue { .object(members) }
  private func s(_ t: String) -> JSONValue { .string(t) }
  private func opt(_ t: String?) -> JSONValue { t.map { .string($0) } ?? .null }
  private func strings(_ list: [String]) -> JSONValue { .array(list.map { .string($0) }) }

  private func summary(_ x: CaseSummary) -> JSONValue {
    obj([
      ("caseID", s(x.caseID)), ("file", s(x.file)), ("format", s(x.format)),
      ("agency", obj([("code", s(x.agencyCode)), ("name", s(x.agencyName)), ("powers", strings(x.agencyPowers))])),
      ("party", obj([("kind", s(x.partyKind)), ("name", s(x.partyName)), ("idNumber", opt(x.identityNumber)),
                     ("address", opt(x.address)), ("birthDate", opt(x.birthDate))])),
      ("violations", .array(x.violations.map { v in
        obj([("code", s(v.code)), ("title", opt(v.title)), ("occurred", s(v.occurred)), ("ended", opt(v.ended)),
             ("act", opt(v.act))])
      })),
      ("discovered", opt(x.discovered)), ("decisionDate", s(x.decisionDate)), ("decisionNumber", opt(x.decisionNumber)),
      ("procedure", .array(x.procedure.map { e in
        obj([("kind", s(e.kind)), ("date", s(e.date)), ("officers", strings(e.officers)), ("documents", strings(e.documents))])
      })),
    ])
  }

  private func step(_ x: StepEntry) -> JSONValue { obj([("text", s(x.text)), ("citations", strings(x.citations))]) }

  private func violation(_ v: ViolationEntry) -> JSONValue {
    obj([
      ("code", s(v.code)), ("title", opt(v.title)), ("violates", strings(v.violates)),
      ("penaltyBasis", strings(v.penaltyBasis)),
      ("circumstances", .array(v.circumstances.map { c in obj([("name", s(c.name)), ("evidence", strings(c.evidence))]) })),
      ("decision", computation(v.decision)), ("lenity", v.lenity.map(step) ?? .null),
      ("computations", .array(v.computations.map(computation))),
      ("transfer", v.transferCheck.map { t in
        obj([("value", s(t.value)), ("met", .bool(t.met)), ("citations", strings(t.citations))])
      } ?? .null),
    ])
  }

  private func computation(_ c: ComputationEntry) -> JSONValue {
    obj([
      ("label", s(c.label)), ("date", s(c.date)), ("outcome", s(c.outcome)), ("tier", opt(c.tier)),
      ("standard", opt(c.standard)), ("fine", opt(c.fine)),
      ("sanctions", .array(c.sanctions.map { x in
        obj([("kind", s(x.kind)), ("amount", opt(x.amount)), ("band", x.band.map { b in
          obj([("lower", s(DecimalMath.format(b.lower))), ("upper", s(DecimalMath.format(b.upper))), ("lowerOpen", .bool(b.lowerOpen)), ("upperOpen", .bool(b.upperOpen))])
        } ?? .null), ("citations", strings(x.citations))])
      })),
      ("steps", .array(c.steps.map(step))),
      ("findings", .array(c.circumstanceFindings.map { f in
        obj([("name", s(f.name)), ("value", s(f.value)), ("citations", strings(f.citations))])
      })),
      ("reviewReasons", strings(c.reviewReasons)), ("flags", strings(c.flags)), ("missingFacts", strings(c.missingFacts)),
    ])
  }

  private func check(_ c: CheckEntry) -> JSONValue {
    obj([
      ("name", s(c.name)), ("title", s(c.title)), ("result", s(c.result)), ("citations", strings(c.citations)),
      ("reads", .array(c.reads.map { r in obj([("name", s(r.name)), ("source", s(r.source)), ("value", opt(r.value))]) })),
      ("missing", strings(c.missing)), ("problem", opt(c.problem)), ("consequence", opt(c.consequence)),
      ("deadline", opt(c.deadline)), ("blocksDecision", .bool(c.blocksDecision)),
    ])
  }

  private func draft(_ d: Draft) -> JSONValue {
    func paragraph(_ p: Paragraph) -> JSONValue { s(p.plainText) }
    switch d {
    case .document(let doc):
      return obj([
        ("type", s("document")), ("kind", s(doc.kind.rawValue)), ("title", s(doc.kind.title)), ("agency", s(doc.agency)),
        ("number", paragraph(doc.number)),
        ("sections", .array(doc.sections.map { x in
          obj([("key", s(x.key.rawValue)), ("title", s(x.key.title.zh)), ("paragraphs", .array(x.paragraphs.map(paragraph)))])
        })),
        ("blanks", strings(doc.blanks)),
      ])
    case .notice(let n):
      return obj([("type", s("notice")), ("outcome", s(n.outcome)), ("summary", s(n.summary.zh)),
                  ("items", .array(n.items.map(step)))])
    }
  }
}
