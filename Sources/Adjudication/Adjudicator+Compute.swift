import Foundation
import PenaltyDomain
import RuleLang

/// One computation: the decision under the law in force on one date.
extension Adjudicator {
  /// Accumulates a computation's parts.
  struct Draft {
    var steps: [DecisionStep] = []
    var reasons: [ReviewReason] = []
    var flags: [ReviewReason] = []
    var missing: [String] = []
    var tier: String?
    var standard: String?
    var sanctions: [Sanction] = []
    var violates: [Citation] = []
    var penaltyBasis: [Citation] = []

    mutating func step(_ zh: String, _ en: String, _ citations: [Citation] = []) {
      steps.append(DecisionStep(text: LocalizedText(zh: zh, en: en), citations: citations))
    }
    mutating func review(_ zh: String, _ en: String, _ place: String? = nil) {
      reasons.append(ReviewReason(text: LocalizedText(zh: zh, en: en), place: place))
    }
  }

  func compute(_ c: EnforcementCase, _ v: AllegedViolation, _ facts: CaseFacts.Result, at date: CivilDate,
               label: LocalizedText) -> Computation {
    var d = Draft()
    var interpreter = Interpreter(program: program, facts: facts.facts, date: date)
    let outcome = decideOutcome(c, v, facts, date, &interpreter, &d)
    return Computation(label: label, date: date, outcome: outcome, tier: d.tier, standard: d.standard,
                       sanctions: d.sanctions, steps: d.steps, reasons: d.reasons, flags: d.flags,
                       missingFacts: d.missing, violates: d.violates, penaltyBasis: d.penaltyBasis, trace: interpreter.trace)
  }

  /// Reads a definition; an error becomes 待补充 (missing facts) or 需人工审核 (anything else).
  func read(_ name: String, _ interpreter: inout Interpreter, _ d: inout Draft) -> Value?? {
    guard let outcome = interpreter.evaluate(name) else { return .some(nil) }
    switch outcome {
    case .value(let v): return .some(v)
    case .error(let e):
      if !e.missingFacts.isEmpty {
        for m in e.missingFacts where !d.missing.contains(m) { d.missing.append(m) }
      } else {
        d.reasons.append(ReviewReason(text: e.diagnostic.message, place: e.diagnostic.range.map { "\($0.file)" }))
      }
      return nil
    }
  }

  func decideOutcome(_ c: EnforcementCase, _ v: AllegedViolation, _ facts: CaseFacts.Result, _ date: CivilDate,
                     _ interpreter: inout Interpreter, _ d: inout Draft) -> DecisionOutcome {
    let versions = program.violations[v.code] ?? []
    guard let version = versions.first(where: { $0.period?.contains(date) ?? true }) else {
      d.step("\(date) 没有施行中的「\(v.code)」规定: 不认为是违法, 不予处罚",
             "no provision for \"\(v.code)\" is in force on \(date): not an offence, no penalty", lenityCitations(facts, date))
      return .noPenalty
    }
    d.violates = version.violates
    d.penaltyBasis = version.penaltyBasis
    d.step("违法行为「\(version.title)」, 违反 \(version.violates.map(\.text).joined(separator: "、")), 处罚依据 \(version.penaltyBasis.map(\.text).joined(separator: "、"))"
             + (version.period.map { ", 施行 \($0.text(.zh))" } ?? ""),
           "violation \"\(version.title)\", violating \(version.violates.map(\.text).joined(separator: ", ")), penalised under \(version.penaltyBasis.map(\.text).joined(separator: ", "))"
             + (version.period.map { ", in force \($0.text(.en))" } ?? ""), unique(version.violates + version.penaltyBasis))
    if !version.conflicts.isEmpty {
      d.review("处罚依据可能与上位法冲突: \(version.conflicts.map(\.text).joined(separator: "、")); 上位法优先, 须人工确认适用",
               "the penalty provision may conflict with \(version.conflicts.map(\.text).joined(separator: ", ")); the higher law prevails; a person must decide")
    }
    if !version.parties.isEmpty && !version.parties.contains(c.party.kind.rawValue) {
      d.review("处罚条款不适用于\(c.party.kind.rawValue)当事人", "the penalty provision does not apply to a party of type \(c.party.kind.rawValue)")
    }
    if !c.agency.powers.isEmpty && !c.agency.powers.contains(v.code) {
      d.review("执法主体「\(c.agency.name)」的权力清单中没有「\(v.code)」", "the agency \"\(c.agency.name)\" holds no power for \"\(v.code)\"")
    }
    for name in facts.unsupported {
      d.missing.append(name)
      d.review("情节「\(name)」没有证据支持", "circumstance \"\(name)\" is claimed without evidence")
    }

    // Criminal transfer comes first: an act suspected of a crime is transferred even when the
    // general part bars the administrative penalty (第三十六条 bars only 行政处罚; 《行政处罚法》
    // 第二十七条第一款, 国务院令第310号 第三条). Criminal capacity (刑法第十七条) belongs in the
    // violation's own 移送 condition.
    if program.definitionIndex[LoweredName.transfer(v.code)] != nil {
      guard let value = read(LoweredName.transfer(v.code), &interpreter, &d) else { return finish(&d) }
      if case .bool(true)? = value {
        d.step("达到移送标准: 移送司法机关, 不得以罚代刑", "the transfer threshold is met: transfer to the judicial organs",
               citations(of: LoweredName.transfer(v.code), interpreter))
        return .transfer
      }
    }
    // General part: 处理结论.
    if program.definitionIndex[GeneralPart.outcome] != nil {
      guard let value = read(GeneralPart.outcome, &interpreter, &d), let value else { return finish(&d) }
      if case .enumCase(_, _, "不予处罚") = value {
        d.step("处理结论: 不予处罚", "general part: no penalty", citations(of: GeneralPart.outcome, interpreter))
        return .noPenalty
      }
    }
    return decideTier(c, v, version, date, &interpreter, &d)
  }

  /// Citations without repeats (a provision may be both 违反 and 处罚依据), in order.
  func unique(_ citations: [Citation]) -> [Citation] {
    var seen = Set<String>()
    return citations.filter { seen.insert($0.text).inserted }
  }

  /// The outcome once the steps so far leave something open.
  func finish(_ d: inout Draft) -> DecisionOutcome {
    if !d.missing.isEmpty { return .incomplete }
    return d.reasons.isEmpty ? .penalty : .review
  }

  /// The citations of the rule that decided a definition.
  func citations(of name: String, _ interpreter: Interpreter) -> [Citation] {
    interpreter.trace.derivation(of: name)?.rule?.citations ?? []
  }
}
