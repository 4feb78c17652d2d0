import Adjudication
import CaseFiles
import Foundation
import PenaltyDomain
import RuleLang

/// Decides the case file of a rule test (`案件 「…」`) with the decision engine, for
/// `adjudicator test`: the case's outcome and its first violation's tier, fine and citations.
struct EngineCaseDecider: CaseTestDecider {
  let adjudicator: Adjudicator

  func decide(_ path: String, testFile: String, date: CivilDate?) -> Result<DecidedCase, CaseTestError> {
    guard let file = Self.locate(path, testFile: testFile) else {
      return .failure(CaseTestError(LocalizedText(zh: "找不到文件", en: "no such file")))
    }
    let items = CaseFileLoader.load(file: file)
    if case .failed(let e)? = items.first { return .failure(CaseTestError(LocalizedText(zh: e.text(.zh), en: e.text(.en)))) }
    guard items.count == 1, case .loaded(let c)? = items.first else {
      return .failure(CaseTestError(LocalizedText(zh: "文件中应恰有一个案件", en: "the file must hold exactly one case")))
    }
    let never = CivilDate(year: 1, month: 1, day: 1)!
    let stated = c.decisionDate(or: never)
    guard let fallback = date ?? (stated == never ? nil : stated) else {
      return .failure(CaseTestError(LocalizedText(zh: "案件没有决定日期, 测试也没有写 日期", en: "neither the case nor the test states a date")))
    }
    let decision: CaseDecision
    do {
      decision = try adjudicator.decide(c, fallbackDate: fallback)
    } catch {
      let zh = error.problems.map { "\($0.origin.text): \($0.message.zh)" }.joined(separator: "; ")
      let en = error.problems.map { "\($0.origin.text): \($0.message.en)" }.joined(separator: "; ")
      return .failure(CaseTestError(LocalizedText(zh: zh, en: en)))
    }
    let first = decision.violations.first
    let chosen = first?.chosen
    var citations: [Citation] = []
    if let chosen {
      let all = chosen.violates + chosen.penaltyBasis + chosen.steps.flatMap(\.citations)
        + chosen.sanctions.flatMap(\.citations) + (first?.selection?.citations ?? [])
      for c in all where !citations.contains(where: { $0.text == c.text }) { citations.append(c) }
    }
    return .success(DecidedCase(outcome: decision.outcome.rawValue, tier: chosen?.tier, fine: chosen?.fine, citations: citations,
                                traces: decision.violations.flatMap { $0.computations.map(\.trace) }))
  }

  /// The case file a test names: as given (from the working directory), else relative to the
  /// test file's directory or one of its parents (so `Samples/cases/x.xml` is found from Rules/…).
  static func locate(_ path: String, testFile: String) -> String? {
    let fm = FileManager.default
    if fm.fileExists(atPath: path) { return path }
    guard !path.hasPrefix("/") else { return nil }
    var dir = URL(fileURLWithPath: testFile).deletingLastPathComponent().standardizedFileURL
    while true {
      let candidate = dir.appendingPathComponent(path).path
      if fm.fileExists(atPath: candidate) { return candidate }
      let parent = dir.deletingLastPathComponent()
      if parent.path == dir.path { return nil }
      dir = parent
    }
  }
}
