import Adjudication
import RuleLang

/// One violation as decided: its legal basis, the standard, tier, band and amount, and the
/// steps that led there, each with its citations — all as recorded.
public struct ViolationEntry: Sendable {
  /// The violation code.
  public var code: String
  /// Its title.
  public var title: String?
  /// The provisions violated (违反), from the recorded violation step.
  public var violates: [String]
  /// The penalty provisions (处罚依据), from the recorded violation step.
  public var penaltyBasis: [String]
  /// The computation that governs.
  public var decision: ComputationEntry
  /// How 从旧兼从轻 chose it, when the law changed in between.
  public var lenity: StepEntry?
  /// Both computations when 从旧兼从轻 applied (行为时, 决定时); empty otherwise.
  public var computations: [ComputationEntry]
  /// The circumstances claimed in the case, with their evidence.
  public var circumstances: [CircumstanceEntry]
  /// Whether the rules evaluated a criminal-transfer threshold for it, and with what result.
  public var transferCheck: TransferEntry?
}

/// One computation: the decision under the law in force on one date.
public struct ComputationEntry: Sendable {
  /// 行为时 or 决定时.
  public var label: String
  /// The date whose law applied.
  public var date: String
  /// The outcome under that law.
  public var outcome: String
  /// The tier (阶次), if one was decided.
  public var tier: String?
  /// The discretion standard applied, if any.
  public var standard: String?
  /// The fine in yuan, if any.
  public var fine: String?
  /// Sanctions with amounts, bands and citations.
  public var sanctions: [SanctionEntry]
  /// The engine's steps, in order, each with its citations.
  public var steps: [StepEntry]
  /// Why a person must decide, if so.
  public var reviewReasons: [String]
  /// Points for the reviewer that do not change the outcome.
  public var flags: [String]
  /// Facts that are missing.
  public var missingFacts: [String]
  /// The values the rules derived that concern circumstances (法定情节 …), as displayed.
  public var circumstanceFindings: [DerivedEntry]
}

/// A sanction (罚款, 警告, 责令改正 …).
public struct SanctionEntry: Sendable {
  /// The kind.
  public var kind: String
  /// The amount in yuan, if any.
  public var amount: String?
  /// The band the amount came from.
  public var band: Band?
  /// Its citations.
  public var citations: [String]
}

/// A recorded step with its citations.
public struct StepEntry: Sendable {
  /// What was done (the engine's text, Chinese).
  public var text: String
  /// Its legal basis.
  public var citations: [String]
}

/// A circumstance (情节) claimed in the case.
public struct CircumstanceEntry: Sendable {
  /// Its name.
  public var name: String
  /// The evidence items behind it.
  public var evidence: [String]
}

/// A value the rules derived, as recorded in the trace.
public struct DerivedEntry: Sendable {
  /// The definition's name.
  public var name: String
  /// Its value, displayed.
  public var value: String
  /// The deciding rule's citations.
  public var citations: [String]
}

/// The criminal-transfer threshold (移送) as the rules evaluated it.
public struct TransferEntry: Sendable {
  /// The value displayed (真 / 假).
  public var value: String
  /// Whether the threshold was met.
  public var met: Bool
  /// The deciding rule's citations.
  public var citations: [String]
}
