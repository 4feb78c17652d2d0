import Foundation

/// A rule test that passed the checker: facts resolved and typed, every expected name
/// resolved to a definition, every expected value typed as that definition's values.
public struct RuleTest: Sendable {
  /// The test's name.
  public let name: String
  /// Where the name is written (the test's file:line:column).
  public let range: SourceRange
  /// The evaluation date the test states (for a case: the decision date when the case has none).
  public let date: CivilDate?
  /// The case file whose decision the test checks, as written, and where.
  public let caseFile: (path: String, range: SourceRange)?
  /// What the test expects of the case's decision.
  public let caseExpectations: [CaseExpectation]
  /// The facts the test supplies, by fact index.
  public let given: [GivenValue]
  /// What it expects.
  public let expectations: [Expectation]
}

/// A fact a test supplies.
public struct GivenValue: Sendable {
  /// The fact's index in ``CheckedProgram/facts``.
  public let fact: Int
  /// Its value.
  public let value: Value
}

/// One `期望` line of a test, checked.
public struct Expectation: Sendable {
  /// What the test expects of the value.
  public enum Outcome: Sendable {
    /// This value.
    case value(Value)
    /// No value; with this diagnostic code, if given, and exactly these missing facts, if given.
    case undetermined(code: String?, missing: [String])
  }

  /// The definition's full name (as resolved from what the test wrote).
  public let definition: String
  /// The expected value or failure.
  public let outcome: Outcome
  /// The label the deciding rule must have.
  public let rule: String?
  /// Whether the deciding rule must be the 否则 rule.
  public let ruleIsOtherwise: Bool
  /// Citations the deciding rule must carry.
  public let citations: [Citation]
  /// The whole `期望` line.
  public let range: SourceRange
}

/// One `期望` line of a test of a case (`案件 「…」`): what the decision must say.
public struct CaseExpectation: Sendable {
  /// What is expected.
  public enum Aspect: Sendable {
    /// The case's outcome (处罚, 不予处罚, 移送, 需人工审核, 待补充).
    case outcome(String)
    /// The tier of the (first) violation.
    case tier(String)
    /// The fine of the (first) violation.
    case fine(Decimal)
    /// Only the citations below.
    case citations
  }

  /// The outcomes a decision can have, as the decision engine names them (Adjudication's
  /// `DecisionOutcome`).
  public static let outcomes = ["处罚", "不予处罚", "移送", "需人工审核", "待补充"]

  /// What is expected.
  public let aspect: Aspect
  /// Citations the decision must carry.
  public let citations: [Citation]
  /// The whole `期望` line.
  public let range: SourceRange
}
