import Foundation
import RuleLang

/// The result of one procedural check (检查) on a case: what the rules decided, why, and
/// what follows from it.
public struct CheckResult: Sendable {
  /// The four results of a check.
  public enum Result: String, Sendable, CaseIterable {
    /// 通过: the requirement is met.
    case pass = "通过"
    /// 不通过: it is not.
    case fail = "不通过"
    /// 不适用: it does not apply to this case.
    case notApplicable = "不适用"
    /// 无法判断: a record is missing (or the rule could not be evaluated).
    case unknown = "无法判断"

    /// English name.
    public var english: String {
      switch self {
      case .pass: "pass"
      case .fail: "fail"
      case .notApplicable: "not applicable"
      case .unknown: "cannot tell"
      }
    }
  }

  /// The check's name.
  public let name: String
  /// What it requires.
  public let title: String
  /// The result.
  public let result: Result
  /// Its legal basis.
  public let citations: [Citation]
  /// The facts and values it read (from the evaluation's trace).
  public let reads: [Read]
  /// Facts whose absence left it undetermined.
  public let missing: [String]
  /// Why it could not be told, when a rule failed for another reason.
  public let problem: LocalizedText?
  /// What a failure means or requires.
  public let consequence: String?
  /// The date by which the requirement must be met, when the rules give one.
  public let deadline: CivilDate?
  /// Whether failing (or not knowing) blocks the decision.
  public let blocksDecision: Bool
}
