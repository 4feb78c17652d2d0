import Foundation
import PenaltyDomain
import RuleLang

/// The procedural checks: every 检查 of the rules in force at the decision date, evaluated
/// over the case's procedural record and the proposed decision. The rules decide; the engine
/// only reads the result, its trace and its deadline.
extension Adjudicator {
  /// The definition that says whether a decision is major (重大执法决定), when the rules have it.
  public static let majorDecision = "重大执法决定"

  func runChecks(_ c: EnforcementCase, _ decisions: [ViolationDecision], outcome: DecisionOutcome,
                 decisionDate: CivilDate) -> (checks: [CheckResult], major: Bool?) {
    guard let first = c.violations.first else { return ([], nil) }
    var facts = CaseFacts.build(c, violation: first, decisionDate: decisionDate, program: program).facts
    for (name, value) in ProcedureFacts.proposal(decisions, outcome: outcome) where program.factIndex[name] != nil {
      facts.set(name, value, in: program)
    }
    var interpreter = Interpreter(program: program, facts: facts, date: decisionDate)
    var major: Bool?
    if case .value(.bool(let b))? = interpreter.evaluate(Self.majorDecision) { major = b }
    var results: [CheckResult] = []
    for check in program.checks where check.period?.contains(decisionDate) ?? true {
      guard let outcome = interpreter.evaluate(LoweredName.check(check.name)) else { continue }
      var result = CheckResult.Result.unknown
      var missing: [String] = []
      var problem: LocalizedText?
      switch outcome {
      case .value(.enumCase(_, _, let word)):
        result = CheckResult.Result(rawValue: word) ?? .unknown
      case .value:
        problem = LocalizedText(zh: "检查结果不是 检查结果 的值", en: "the check did not give a 检查结果")
      case .error(let e):
        missing = e.missingFacts
        if missing.isEmpty { problem = e.diagnostic.message }
      }
      var deadline: CivilDate?
      if check.hasDeadline, case .value(.date(let d))? = interpreter.evaluate(LoweredName.checkDeadline(check.name)) {
        deadline = d
      }
      results.append(CheckResult(
        name: check.name, title: check.title, result: result, citations: check.basis,
        reads: interpreter.trace.derivation(of: check.name)?.reads ?? [], missing: missing, problem: problem,
        consequence: check.consequence, deadline: deadline, blocksDecision: check.blocksDecision))
    }
    return (results, major)
  }
}
