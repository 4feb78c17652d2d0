/// Runs rule tests: each test is one evaluation of the program (``Interpreter``) with the
/// test's facts — circumstances it does not give are 假, as in `eval` — on the date it states.
/// Each expectation is compared with the value, the deciding rule's label
/// (`trace.derivation(of:).rule?.label`) and the deciding rule's citations.
public enum TestRunner {
  /// Runs the program's tests (those `include` accepts), in source order. Tests of a case
  /// (`案件`) need a `decider`, which loads and decides case files (the decision engine lives
  /// outside this library).
  public static func run(_ program: CheckedProgram, cases decider: (any CaseTestDecider)? = nil,
                         where include: (RuleTest) -> Bool = { _ in true }) -> [TestResult] {
    program.tests.filter(include).map { run($0, in: program, cases: decider) }
  }

  /// Runs one test.
  public static func run(_ test: RuleTest, in program: CheckedProgram, cases decider: (any CaseTestDecider)? = nil) -> TestResult {
    if let file = test.caseFile { return runCase(test, file, decider) }
    guard let date = test.date else {
      return TestResult(test: test, status: .error(Diagnostic(.testWithoutDate(test.name), at: test.range)), traces: [])
    }
    var facts = FactSet(program: program)
    facts.presumeUnclaimedCircumstancesAbsent(in: program)
    for g in test.given { facts.values[g.fact] = g.value }
    var interpreter = Interpreter(program: program, facts: facts, date: date)
    var failures: [TestFailure] = []
    for e in test.expectations {
      guard let outcome = interpreter.evaluate(e.definition) else { continue }  // the checker resolved it
      failures += compare(e, outcome, interpreter.trace.derivation(of: e.definition)?.rule)
    }
    return TestResult(test: test, status: failures.isEmpty ? .passed : .failed(failures), traces: [interpreter.trace])
  }

  /// What differs between an expectation and what the evaluation gave.
  static func compare(_ e: Expectation, _ outcome: Outcome, _ rule: AppliedRule?) -> [TestFailure] {
    var failures: [TestFailure] = []
    func fail(_ aspect: TestFailure.Aspect, _ expected: LocalizedText, _ actual: LocalizedText) {
      failures.append(TestFailure(expectation: e, aspect: aspect, expected: expected, actual: actual, rule: rule))
    }
    switch (e.outcome, outcome) {
    case (.value(let want), .value(let got)):
      if (try? Operators.equal(want, got)) != true { fail(.value, text(want), text(got)) }
    case (.value(let want), .error(let error)):
      fail(.value, text(want), undetermined(error))
    case (.undetermined, .value(let got)):
      fail(.value, expectedUndetermined(e), text(got))
    case (.undetermined(let code, let missing), .error(let error)):
      let codeDiffers = code.map { $0 != error.diagnostic.code } ?? false
      let missingDiffers = !missing.isEmpty
        && (error.diagnostic.code != "R001" || Set(missing) != Set(error.missingFacts))
      if codeDiffers || missingDiffers { fail(.value, expectedUndetermined(e), undetermined(error)) }
    }
    guard case .value = outcome, let rule else { return failures }
    if let label = e.rule, rule.label != label {
      fail(.rule, LocalizedText(zh: "「\(label)」", en: "\"\(label)\""), ruleName(rule))
    }
    if e.ruleIsOtherwise && !rule.isOtherwise {
      fail(.rule, LocalizedText(zh: "否则", en: "otherwise"), ruleName(rule))
    }
    for c in e.citations where !rule.citations.contains(where: { $0.text == c.text }) {
      let carried = rule.citations.map(\.text)
      fail(.citation, LocalizedText(zh: c.text, en: c.text),
           LocalizedText(zh: carried.isEmpty ? "无依据" : carried.joined(separator: "；"),
                         en: carried.isEmpty ? "no citation" : carried.joined(separator: "; ")))
    }
    return failures
  }

  static func text(_ v: Value) -> LocalizedText { LocalizedText(zh: v.text(.zh), en: v.text(.en)) }

  static func undetermined(_ e: EvalError) -> LocalizedText {
    let d = e.diagnostic
    return LocalizedText(zh: "无法确定 (\(d.code): \(d.message.zh))", en: "undetermined (\(d.code): \(d.message.en))")
  }

  static func expectedUndetermined(_ e: Expectation) -> LocalizedText {
    guard case .undetermined(let code, let missing) = e.outcome else { return LocalizedText(zh: "", en: "") }
    var zh = "无法确定"
    var en = "undetermined"
    if let code { zh += " \(code)"; en += " \(code)" }
    if !missing.isEmpty {
      zh += " 缺少 " + missing.joined(separator: "、")
      en += " missing " + missing.joined(separator: ", ")
    }
    return LocalizedText(zh: zh, en: en)
  }

  static func ruleName(_ r: AppliedRule) -> LocalizedText {
    if let l = r.label { return LocalizedText(zh: "「\(l)」", en: "\"\(l)\"") }
    if r.isOtherwise { return LocalizedText(zh: "否则", en: "otherwise") }
    return LocalizedText(zh: "无标签的规则", en: "an unlabelled rule")
  }
}

/// The result of one test.
public struct TestResult: Sendable {
  /// How the test ended.
  public enum Status: Sendable {
    /// Every expectation held.
    case passed
    /// Some expectations did not hold.
    case failed([TestFailure])
    /// The test could not be run (e.g. it states no date).
    case error(Diagnostic)
  }

  /// The test.
  public let test: RuleTest
  /// How it ended.
  public let status: Status
  /// The evaluations' traces (none when the test could not run); coverage reads them.
  public let traces: [Trace]

  /// Whether every expectation held.
  public var passed: Bool {
    if case .passed = status { return true }
    return false
  }
}

/// One expectation that did not hold, and in what.
public struct TestFailure: Sendable {
  /// What differed.
  public enum Aspect: String, Sendable {
    /// The value (or that there was one).
    case value
    /// The deciding rule.
    case rule
    /// A citation the deciding rule does not carry.
    case citation
  }

  /// The expectation.
  public let expectation: Expectation
  /// What differed.
  public let aspect: Aspect
  /// What the test expected.
  public let expected: LocalizedText
  /// What the evaluation gave.
  public let actual: LocalizedText
  /// The deciding rule, if a rule decided.
  public let rule: AppliedRule?
}
