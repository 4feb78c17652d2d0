import Adjudication
import CaseFiles
import Foundation
import PenaltyDomain
import RuleLang

/// How a decision becomes a stored evaluation, and how a stored one is decided again: one
/// implementation for `evaluate --store` and `verify`, so they cannot drift apart.
public enum DecisionRecording {
  /// The canonical stored output: the decision as compact JSON in Chinese with its full trace.
  public static func output(_ decision: CaseDecision, sources: [SourceFile]) -> String {
    DecisionRenderer(language: .zh, sources: sources).json(decision, trace: true).compact()
  }

  /// The evaluation record of a decided case.
  public static func evaluation(_ c: EnforcementCase, _ decision: CaseDecision, sources: [SourceFile], rulesHash: String,
                                engineVersion: String, decisionDate: CivilDate) -> CaseStore.Evaluation {
    CaseStore.Evaluation(
      caseID: c.id, file: c.origin.file, format: c.input.format, input: c.input.bytes, rulesHash: rulesHash,
      engineVersion: engineVersion, decisionDate: decisionDate.description, outcome: decision.outcome.rawValue,
      major: decision.major ?? false, output: output(decision, sources: sources))
  }

  /// Reads a stored case's input again.
  public static func readCase(_ input: [UInt8], format: String, file: String) throws(CaseLoadError) -> EnforcementCase {
    format == "xml" ? try XMLCaseReader.read(input, file: file) : try JSONCaseReader.read(input, file: file)
  }

  /// Decides a stored case again under its stored rules (compiled once by the caller) at its
  /// recorded date: the output, or why it could not be produced.
  public static func redecide(_ e: CaseStore.StoredEvaluation, program: CheckedProgram?, sources: [SourceFile]) -> Result<String, LocalizedError> {
    guard let program else {
      return .failure(LocalizedError(zh: "记录的规则集无法编译", en: "the recorded rule set does not compile"))
    }
    guard let date = CivilDate(iso: e.decisionDate) else {
      return .failure(LocalizedError(zh: "记录的决定日期无效", en: "the recorded decision date is invalid"))
    }
    let c: EnforcementCase
    do {
      c = try readCase(e.input, format: e.format, file: e.file)
    } catch {
      return .failure(LocalizedError(zh: "记录的案件无法读取: \(error.text(.zh))", en: "the recorded case cannot be read: \(error.text(.en))"))
    }
    do {
      return .success(output(try Adjudicator(program: program).decide(c, fallbackDate: date), sources: sources))
    } catch {
      return .failure(LocalizedError(zh: "记录的案件与规则不符", en: "the recorded case does not fit the rules"))
    }
  }

  /// A reason in both languages.
  public struct LocalizedError: Error, Sendable {
    public let text: LocalizedText
    init(zh: String, en: String) { text = LocalizedText(zh: zh, en: en) }
  }
}
