import Foundation
import PenaltyDomain
import RuleLang

/// Adjudication: decides an enforcement case under the rules — outcome, tier, sanctions
/// and amounts — with the citation behind every value and the evaluator's trace.

/// The outcome of a decision.
public enum DecisionOutcome: String, Sendable, CaseIterable {
  /// 处罚: a penalty is imposed.
  case penalty = "处罚"
  /// 不予处罚: no penalty (a ground of the general part applies).
  case noPenalty = "不予处罚"
  /// 移送: transferred to the judicial organs (涉嫌犯罪).
  case transfer = "移送"
  /// 需人工审核: the rules do not decide alone (conflict, mixed circumstances, boundary …).
  case review = "需人工审核"
  /// 待补充: facts or evidence are missing.
  case incomplete = "待补充"

  /// English name.
  public var english: String {
    switch self {
    case .penalty: "penalty"
    case .noPenalty: "no penalty"
    case .transfer: "transfer to judicial organs"
    case .review: "needs human review"
    case .incomplete: "incomplete"
    }
  }

  /// How strongly the outcome governs a case with several violations (higher wins).
  var precedence: Int {
    switch self {
    case .transfer: 4
    case .incomplete: 3
    case .review: 2
    case .penalty: 1
    case .noPenalty: 0
    }
  }
}

/// A sanction with its amount (if any) and its legal basis.
public struct Sanction: Sendable {
  /// The kind (警告, 罚款, 没收违法所得, 责令改正 …).
  public let kind: String
  /// The amount in yuan (exact), when the sanction has one.
  public let amount: Decimal?
  /// The band the amount came from, `[minimum, maximum]`.
  public let band: Band?
  /// Citations.
  public let citations: [Citation]
}

/// A band of amounts in yuan. Ends are inclusive unless marked open.
public struct Band: Sendable, Equatable {
  /// The lower end.
  public let lower: Decimal
  /// The upper end.
  public let upper: Decimal
  /// Whether the lower end is excluded.
  public let lowerOpen: Bool
  /// Whether the upper end is excluded.
  public let upperOpen: Bool

  /// Creates a band.
  public init(lower: Decimal, upper: Decimal, lowerOpen: Bool, upperOpen: Bool) {
    self.lower = lower
    self.upper = upper
    self.lowerOpen = lowerOpen
    self.upperOpen = upperOpen
  }

  /// Text like `[5000元, 10000元]` or `(18500元, 36500元)`.
  public func text(_ language: Language) -> String {
    let unit = language == .zh ? "元" : " yuan"
    return "\(lowerOpen ? "(" : "[")\(DecimalMath.format(lower))\(unit), \(DecimalMath.format(upper))\(unit)\(upperOpen ? ")" : "]")"
  }
}

/// A step of the decision taken by the engine (not by a single rule), with its citation.
public struct DecisionStep: Sendable {
  /// What was done, in both languages.
  public let text: LocalizedText
  /// The legal basis.
  public let citations: [Citation]
}

/// A reason the case needs a person: review or completion.
public struct ReviewReason: Sendable {
  /// The reason.
  public let text: LocalizedText
  /// Where in the rules or the case it arose.
  public let place: String?
}

/// One evaluation of a violation at one date (the act's, or the decision's, for 从旧兼从轻).
public struct Computation: Sendable {
  /// 行为时 or 决定时.
  public let label: LocalizedText
  /// The date whose law applied.
  public let date: CivilDate
  /// The outcome under that law.
  public let outcome: DecisionOutcome
  /// The tier, if one was decided.
  public let tier: String?
  /// The standard applied, if any.
  public let standard: String?
  /// Sanctions.
  public internal(set) var sanctions: [Sanction]
  /// The fine, if any.
  public var fine: Decimal? { sanctions.first { $0.kind == "罚款" }?.amount }
  /// Engine steps, in order.
  public internal(set) var steps: [DecisionStep]
  /// Why it needs a person, if it does.
  public let reasons: [ReviewReason]
  /// Points a reviewer should see that do not change the outcome (a boundary value …).
  public let flags: [ReviewReason]
  /// Facts that are missing.
  public let missingFacts: [String]
  /// The provisions violated (违反) of the version that applied.
  public let violates: [Citation]
  /// Its penalty provisions (处罚依据).
  public let penaltyBasis: [Citation]
  /// The evaluator's trace.
  public let trace: Trace
}

/// The decision for one alleged violation.
public struct ViolationDecision: Sendable {
  /// The violation code.
  public let code: String
  /// The act it belongs to (several norms broken by one act share it).
  public let act: String?
  /// Its name (when known).
  public let title: String?
  /// The computation that governs (the lighter one under 从旧兼从轻).
  public internal(set) var chosen: Computation
  /// Every computation made (one, or two when the law changed in between).
  public let computations: [Computation]
  /// How the governing computation was chosen.
  public let selection: DecisionStep?
}

/// The decision for a case.
public struct CaseDecision: Sendable {
  /// The case.
  public let caseID: String
  /// Where it was read from.
  public let origin: Origin
  /// The overall outcome.
  public let outcome: DecisionOutcome
  /// One decision per alleged violation.
  public let violations: [ViolationDecision]
  /// The procedural checks (三项制度, deadlines) in force at the decision date.
  public var checks: [CheckResult] = []
  /// Whether the rules deem the decision major (重大执法决定, the definition 重大执法决定):
  /// it then needs 法制审核; nil when the rules do not say or cannot tell.
  public var major: Bool?

  /// Whether a check that blocks the decision failed or could not be told: the decision must
  /// not be made until what the check asks is done.
  public var blocked: Bool { checks.contains { $0.blocksDecision && ($0.result == .fail || $0.result == .unknown) } }
}
