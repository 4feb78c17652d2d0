import Foundation
import PenaltyDomain
import RuleLang

/// Decides cases under a checked rule program.
///
/// The legal logic lives in the rules: the general part (处理结论, 法定情节), the
/// violations' statutory ranges and the standards' tiers are definitions the interpreter
/// evaluates and traces. The engine selects versions by date, combines the tier with the
/// circumstances, applies the standard's band algebra, and fails closed: anything the rules
/// do not decide alone becomes 需人工审核 or 待补充 with the reason.
public struct Adjudicator: Sendable {
  /// The program.
  public let program: CheckedProgram

  /// Names of general-part definitions the engine reads when the rules define them.
  public enum GeneralPart {
    /// 处理结论: 处罚 / 不予处罚 (enumeration 处理结论类型).
    public static let outcome = "处理结论"
    /// 法定情节: 无 / 从轻或减轻 / 从重 (enumeration 法定情节类型).
    public static let statutoryCircumstance = "法定情节"
    /// 一事不再罚: cites the rule that one act breaking several norms is fined once.
    public static let oneFine = "一事不再罚"
    /// 从旧兼从轻: cites the rule that selects the lighter law over time.
    public static let lenity = "从旧兼从轻"
  }

  /// Creates an adjudicator.
  public init(program: CheckedProgram) { self.program = program }

  /// A case whose input does not fit the rules: each problem with its place.
  public struct InputError: Error, Sendable {
    /// The problems.
    public let problems: [(origin: Origin, message: LocalizedText)]
  }

  /// Decides a case. `fallbackDate` is used when the case gives no decision date.
  public func decide(_ c: EnforcementCase, fallbackDate: CivilDate) throws(InputError) -> CaseDecision {
    var problems: [(Origin, LocalizedText)] = []
    var decisions: [ViolationDecision] = []
    let decisionDate = c.decisionDate(or: fallbackDate)
    for v in c.violations {
      guard program.violations[v.code] != nil else {
        let s = Suggestions.closest(to: v.code, in: program.violations.keys)
        problems.append((v.origin, LocalizedText(
          zh: "规则库中没有违法行为编码「\(v.code)」" + (s.map { ", 是否想写「\($0)」" } ?? ""),
          en: "the rule library has no violation code \"\(v.code)\"" + (s.map { "; did you mean \"\($0)\"" } ?? ""))))
        continue
      }
      let facts = CaseFacts.build(c, violation: v, decisionDate: decisionDate, program: program)
      if !facts.errors.isEmpty {
        problems += facts.errors
        continue
      }
      decisions.append(decideViolation(c, v, facts, decisionDate: decisionDate))
    }
    if !problems.isEmpty { throw InputError(problems: problems) }
    applyOneFinePerAct(&decisions, c, decisionDate)
    let outcome = decisions.map(\.chosen.outcome).max { $0.precedence < $1.precedence } ?? .review
    var decision = CaseDecision(caseID: c.id, origin: c.origin, outcome: outcome, violations: decisions)
    (decision.checks, decision.major) = runChecks(c, decisions, outcome: outcome, decisionDate: decisionDate)
    return decision
  }

  /// Decides one violation, under the law at the act and at the decision (从旧兼从轻).
  func decideViolation(_ c: EnforcementCase, _ v: AllegedViolation, _ facts: CaseFacts.Result,
                       decisionDate: CivilDate) -> ViolationDecision {
    let actDate = v.ended ?? v.occurred
    var computations = [compute(c, v, facts, at: actDate, label: LocalizedText(zh: "行为时", en: "at the act"))]
    if decisionDate != actDate {
      let later = compute(c, v, facts, at: decisionDate, label: LocalizedText(zh: "决定时", en: "at the decision"))
      if !Self.sameResult(computations[0], later) { computations.append(later) }
    }
    let title = program.violations[v.code]?.last?.title
    guard computations.count == 2 else {
      return ViolationDecision(code: v.code, act: v.act, title: title, chosen: computations[0], computations: computations, selection: nil)
    }
    let (chosen, step) = LenitySelection.choose(old: computations[0], new: computations[1], citations: lenityCitations(facts, decisionDate))
    return ViolationDecision(code: v.code, act: v.act, title: title, chosen: chosen, computations: computations, selection: step)
  }

  static func sameResult(_ a: Computation, _ b: Computation) -> Bool {
    a.outcome == b.outcome && a.tier == b.tier && a.fine == b.fine && a.standard == b.standard
      && a.reasons.count == b.reasons.count
  }

  /// 《行政处罚法》第二十九条: violations of one act (same `act`) keep only the highest fine.
  func applyOneFinePerAct(_ decisions: inout [ViolationDecision], _ c: EnforcementCase, _ date: CivilDate) {
    guard program.definitionIndex[GeneralPart.oneFine] != nil, let v = c.violations.first else { return }
    var interpreter = Interpreter(program: program, facts: CaseFacts.build(c, violation: v, decisionDate: date, program: program).facts, date: date)
    guard case .value(.bool(true))? = interpreter.evaluate(GeneralPart.oneFine) else { return }
    let citations = interpreter.trace.derivation(of: GeneralPart.oneFine)?.rule?.citations ?? []
    let groups = Dictionary(grouping: decisions.indices.filter { decisions[$0].act != nil }, by: { decisions[$0].act! })
    for (_, members) in groups where members.count > 1 {
      let fined = members.filter { decisions[$0].chosen.fine != nil }
      guard let keep = fined.max(by: { decisions[$0].chosen.fine! < decisions[$1].chosen.fine! }) else { continue }
      for i in fined where i != keep {
        decisions[i].chosen.sanctions.removeAll { $0.kind == "罚款" }
        decisions[i].chosen.steps.append(DecisionStep(text: LocalizedText(
          zh: "同一违法行为违反多个规定: 只按罚款数额高的「\(decisions[keep].code)」处罚, 此处不再罚款",
          en: "one act breaks several norms: only the higher fine (\(decisions[keep].code)) is imposed; none here"), citations: citations))
      }
    }
  }

  /// The citations of the rules' 从旧兼从轻 definition (《行政处罚法》第三十七条 in Rules/general).
  func lenityCitations(_ facts: CaseFacts.Result, _ date: CivilDate) -> [Citation] {
    var interpreter = Interpreter(program: program, facts: facts.facts, date: date)
    _ = interpreter.evaluate(GeneralPart.lenity)
    return interpreter.trace.derivation(of: GeneralPart.lenity)?.rule?.citations ?? []
  }
}
