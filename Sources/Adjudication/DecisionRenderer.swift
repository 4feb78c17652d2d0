import Foundation
import RuleLang

/// Renders decisions as text for people, or as JSON / JSON Lines for programs. Every
/// reason shown is a step the engine recorded or a rule's trace; nothing is recomputed.
public struct DecisionRenderer: Sendable {
  /// Output language.
  public let language: Language
  let traces: TraceRenderer

  /// Creates a renderer over the rule sources (for places in traces).
  public init(language: Language, sources: [SourceFile]) {
    self.language = language
    self.traces = TraceRenderer(language: language, sources: sources)
  }

  private var zh: Bool { language == .zh }
  private func t(_ text: LocalizedText) -> String { text.text(language) }
  private func outcome(_ o: DecisionOutcome) -> String { zh ? o.rawValue : o.english }
  private func money(_ d: Decimal) -> String { zh ? "\(DecimalMath.format(d))元" : "\(DecimalMath.format(d)) yuan" }

  /// A decision as text.
  public func text(_ d: CaseDecision) -> String {
    var out = "\(zh ? "案件" : "case") \(d.caseID) (\(d.origin.file))\n"
    out += "  \(zh ? "结论" : "outcome"): \(outcome(d.outcome))\n"
    for v in d.violations {
      out += "  \(zh ? "违法行为" : "violation") \(v.code)" + (v.title.map { zh ? " 「\($0)」" : " \"\($0)\"" } ?? "") + "\n"
      out += computationText(v.chosen, indent: "    ")
      if let s = v.selection {
        out += "    \(zh ? "从旧兼从轻" : "lenity"): \(t(s.text))" + citations(s.citations) + "\n"
        for c in v.computations where c.date != v.chosen.date || c.label != v.chosen.label {
          out += "    \(zh ? "另一计算" : "other computation") (\(t(c.label)) \(c.date)): \(outcome(c.outcome))"
          if let tier = c.tier { out += ", \(tier)" }
          if let fine = c.fine { out += ", \(zh ? "罚款" : "fine") \(money(fine))" }
          out += "\n"
        }
      }
    }
    return out + checksText(d)
  }

  func citations(_ list: [Citation]) -> String {
    list.isEmpty ? "" : " 〔\(list.map(\.text).joined(separator: "；"))〕"
  }

  func computationText(_ c: Computation, indent: String) -> String {
    var out = "\(indent)\(zh ? "结论" : "outcome"): \(outcome(c.outcome)) (\(t(c.label)) \(c.date))\n"
    if let tier = c.tier {
      out += "\(indent)\(zh ? "阶次" : "tier"): \(tier)" + (c.standard.map { zh ? " (基准「\($0)」)" : " (standard \"\($0)\")" } ?? "") + "\n"
    }
    for s in c.sanctions {
      out += "\(indent)\(zh ? "处罚" : "sanction"): \(s.kind)"
      if let a = s.amount { out += " \(money(a))" }
      if let b = s.band { out += zh ? ", 幅度 \(b.text(language))" : ", band \(b.text(language))" }
      out += citations(s.citations) + "\n"
    }
    if !c.steps.isEmpty {
      out += "\(indent)\(zh ? "理由" : "reasons"):\n"
      for (i, s) in c.steps.enumerated() { out += "\(indent)  \(i + 1). \(t(s.text))" + citations(s.citations) + "\n" }
    }
    for r in c.reasons { out += "\(indent)\(zh ? "需人工审核" : "needs review"): \(t(r.text))\n" }
    for f in c.flags { out += "\(indent)\(zh ? "请注意" : "note"): \(t(f.text))\n" }
    if !c.missingFacts.isEmpty {
      out += "\(indent)\(zh ? "待补充" : "missing"): \(c.missingFacts.joined(separator: zh ? "、" : ", "))\n"
    }
    return out
  }

  /// A decision as a JSON value; `trace` includes the evaluator's derivations.
  public func json(_ d: CaseDecision, trace: Bool = true) -> JSONValue {
    .object([
      ("case", .string(d.caseID)), ("file", .string(d.origin.file)), ("outcome", .string(d.outcome.rawValue)),
      ("violations", .array(d.violations.map { v in
        var o: [(String, JSONValue)] = [("code", .string(v.code))]
        if let t = v.title { o.append(("title", .string(t))) }
        o.append(("decision", computationJSON(v.chosen, trace: trace)))
        if let s = v.selection {
          o.append(("lenity", stepJSON(s)))
          o.append(("computations", .array(v.computations.map { computationJSON($0, trace: trace) })))
        }
        return .object(o)
      })),
      ("checks", .array(d.checks.map { checkJSON($0) })),
      ("major", d.major.map { .bool($0) } ?? .null),
      ("blocked", .bool(d.blocked)),
    ])
  }

  func stepJSON(_ s: DecisionStep) -> JSONValue {
    .object([("text", .string(t(s.text))), ("citations", .array(s.citations.map { .string($0.text) }))])
  }

  func computationJSON(_ c: Computation, trace: Bool) -> JSONValue {
    var o: [(String, JSONValue)] = [
      ("label", .string(t(c.label))), ("date", .string(c.date.description)), ("outcome", .string(c.outcome.rawValue)),
      ("tier", c.tier.map { .string($0) } ?? .null), ("standard", c.standard.map { .string($0) } ?? .null),
      ("fine", c.fine.map { .string(DecimalMath.format($0)) } ?? .null),
      ("sanctions", .array(c.sanctions.map { s in
        var x: [(String, JSONValue)] = [("kind", .string(s.kind))]
        if let a = s.amount { x.append(("amount", .string(DecimalMath.format(a)))) }
        if let b = s.band {
          x.append(("band", .object([("lower", .string(DecimalMath.format(b.lower))), ("upper", .string(DecimalMath.format(b.upper))),
                                     ("lowerOpen", .bool(b.lowerOpen)), ("upperOpen", .bool(b.upperOpen))])))
        }
        x.append(("citations", .array(s.citations.map { .string($0.text) })))
        return .object(x)
      })),
      ("steps", .array(c.steps.map { stepJSON($0) })),
      ("reviewReasons", .array(c.reasons.map { .string(t($0.text)) })),
      ("flags", .array(c.flags.map { .string(t($0.text)) })),
      ("missingFacts", .array(c.missingFacts.map { .string($0) })),
      ("violates", .array(c.violates.map { .string($0.text) })),
      ("penaltyBasis", .array(c.penaltyBasis.map { .string($0.text) })),
    ]
    if trace { o.append(("trace", .array(c.trace.derivations.map { traces.json($0) }))) }
    return .object(o)
  }
}
