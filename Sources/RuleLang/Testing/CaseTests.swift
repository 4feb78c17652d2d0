import Foundation

/// Decides the case file of a test (`案件 「Samples/cases/x.xml」`). The decision engine is not
/// part of this library: the command line supplies it.
public protocol CaseTestDecider {
  /// The decision of the case at `path` (as the test wrote it; `testFile` is the test's file, for
  /// relative paths), with `date` as the decision date when the case states none.
  func decide(_ path: String, testFile: String, date: CivilDate?) -> Result<DecidedCase, CaseTestError>
}

/// Why a test's case could not be decided.
public struct CaseTestError: Error, Sendable {
  /// The reason, in both languages.
  public let reason: LocalizedText
  /// Creates an error.
  public init(_ reason: LocalizedText) { self.reason = reason }
}

/// What a test of a case compares: the case's outcome, and the tier, fine and citations of its
/// first violation.
public struct DecidedCase: Sendable {
  /// The outcome, as the decision engine names it (处罚, 不予处罚, 移送, 需人工审核, 待补充).
  public let outcome: String
  /// The first violation's tier, if one was decided.
  public let tier: String?
  /// The first violation's fine, if one was decided.
  public let fine: Decimal?
  /// Every citation of the first violation's decision (provisions, steps, sanctions).
  public let citations: [Citation]
  /// The traces of every computation, for coverage.
  public let traces: [Trace]

  /// Creates a decided case.
  public init(outcome: String, tier: String?, fine: Decimal?, citations: [Citation], traces: [Trace]) {
    self.outcome = outcome
    self.tier = tier
    self.fine = fine
    self.citations = citations
    self.traces = traces
  }
}

extension TestRunner {
  /// Runs a test of a case: decides the case, then compares outcome, tier, fine and citations.
  static func runCase(_ test: RuleTest, _ file: (path: String, range: SourceRange), _ decider: (any CaseTestDecider)?) -> TestResult {
    func error(_ why: LocalizedText) -> TestResult {
      TestResult(test: test, status: .error(Diagnostic(.caseNotDecided(file.path, why), at: file.range)), traces: [])
    }
    guard let decider else {
      return error(LocalizedText(zh: "没有可用的判定引擎 (用 adjudicator test 运行)", en: "no decision engine (run it with adjudicator test)"))
    }
    let decided: DecidedCase
    switch decider.decide(file.path, testFile: test.range.file, date: test.date) {
    case .success(let d): decided = d
    case .failure(let e): return error(e.reason)
    }
    var failures: [TestFailure] = []
    for e in test.caseExpectations {
      let place = Expectation(definition: e.label.zh, outcome: .undetermined(code: nil, missing: []), rule: nil,
                              ruleIsOtherwise: false, citations: e.citations, range: e.range)
      func fail(_ aspect: TestFailure.Aspect, _ expected: String, _ actual: String) {
        failures.append(TestFailure(expectation: place, aspect: aspect, expected: LocalizedText(zh: expected, en: expected),
                                    actual: LocalizedText(zh: actual, en: actual), rule: nil))
      }
      switch e.aspect {
      case .outcome(let want) where want != decided.outcome: fail(.value, want, decided.outcome)
      case .tier(let want) where want != decided.tier: fail(.value, want, decided.tier ?? "无")
      case .fine(let want) where want != decided.fine:
        fail(.value, Value.money(want).text(.zh), decided.fine.map { Value.money($0).text(.zh) } ?? "无罚款")
      default: break
      }
      for c in e.citations where !decided.citations.contains(where: { $0.text == c.text }) {
        fail(.citation, c.text, decided.citations.isEmpty ? "无依据" : decided.citations.map(\.text).joined(separator: "；"))
      }
    }
    return TestResult(test: test, status: failures.isEmpty ? .passed : .failed(failures), traces: decided.traces)
  }
}

extension CaseExpectation {
  /// How the expectation is named in reports: 结论, 阶次, 罚款, 依据.
  public var label: LocalizedText {
    switch aspect {
    case .outcome: LocalizedText(zh: "结论", en: "outcome")
    case .tier: LocalizedText(zh: "阶次", en: "tier")
    case .fine: LocalizedText(zh: "罚款", en: "fine")
    case .citations: LocalizedText(zh: "依据", en: "basis")
    }
  }
}
