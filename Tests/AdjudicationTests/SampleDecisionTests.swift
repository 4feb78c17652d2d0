import Adjudication
import CaseFiles
import Foundation
import PenaltyDomain
import RuleLang
import Testing
import TestSupport

/// Every case under Samples/cases evaluates to the decision in `<name>.expected` beside it:
/// the outcome, and per violation the tier, the fine, the citations behind it, and any
/// review reasons, flags and missing facts. A sample without an expectation fails.
///
/// `<name>.expected` (JSON):
/// ```
/// {"outcome": "处罚",
///  "violations": [{"code": "CG-DL-042", "outcome": "处罚", "tier": "一般", "fine": "7500",
///                  "citations": ["《城市道路管理条例》第四十二条"], "steps": ["阶次「一般」"],
///                  "review": ["边界"], "flags": [], "missing": ["单体面积"], "computations": 2}]}
/// ```
/// Optionally `"checks": {"事后公示": "不通过", …}` (each named procedural check's result) and
/// `"blocked": true` (a check that blocks the decision failed or could not be told).
/// Or, for a file that must not load: `{"loadError": "line 3"}` (a text the error contains,
/// `file:line:column` included).
@Suite struct SampleDecisionTests {
  static let root = Golden.repositoryRoot()
  static let casesDir = root.appendingPathComponent("Samples/cases")
  static let files = CaseFileLoader.files(casesDir.path).map { String($0.dropFirst(root.path.count + 1)) }

  static let program: CheckedProgram? = {
    guard let sources = try? RuleCompiler.loadSources([root.appendingPathComponent("Rules").path]) else { return nil }
    return RuleCompiler.compile(sources).program
  }()

  @Test func thereAreEnoughSamples() {
    #expect(Self.files.count >= 25, "Samples/cases should hold at least 25 case files")
  }

  @Test(arguments: files)
  func sampleMatchesExpectation(_ relative: String) throws {
    let program = try #require(Self.program, "Rules/ must compile")
    let url = Self.root.appendingPathComponent(relative)
    let expectedURL = url.deletingPathExtension().appendingPathExtension("expected")
    let expected = try JSONParser.parse([UInt8](Data(contentsOf: expectedURL)))
    let items = CaseFileLoader.load(file: url.path)
    if case .string(let text)? = expected["loadError"] {
      guard case .failed(let error)? = items.first else {
        Issue.record("\(relative) should fail to load")
        return
      }
      #expect(error.text(.en).contains(text) || error.text(.zh).contains(text), "\(error.text(.zh))")
      return
    }
    guard case .loaded(let c)? = items.first else {
      Issue.record("\(relative) did not load: \(items)")
      return
    }
    let decision: CaseDecision
    do {
      decision = try Adjudicator(program: program).decide(c, fallbackDate: CivilDate(year: 2024, month: 6, day: 30)!)
    } catch {
      if case .string(let text)? = expected["inputError"] {
        #expect(error.problems.contains { $0.message.zh.contains(text) || $0.message.en.contains(text) || $0.origin.text.contains(text) },
                "\(error.problems.map { "\($0.origin.text): \($0.message.zh)" })")
      } else {
        Issue.record("\(relative): \(error.problems.map { "\($0.origin.text): \($0.message.zh)" })")
      }
      return
    }
    let summary = DecisionRenderer(language: .zh, sources: []).text(decision)
    #expect(expected["outcome"] == .string(decision.outcome.rawValue), "\(summary)")
    // Procedural checks named in the expectation: {"checks": {"事后公示": "不通过", …}, "blocked": true}.
    if case .object(let checks)? = expected["checks"] {
      for (name, want) in checks {
        let got = decision.checks.first { $0.name == name }
        #expect(got != nil, "no check \(name) in \(summary)")
        if let got { #expect(want == .string(got.result.rawValue), "check \(name) in \(summary)") }
      }
    }
    if case .bool(let blocked)? = expected["blocked"] { #expect(decision.blocked == blocked, "\(summary)") }
    guard case .array(let violations)? = expected["violations"] else { return }
    #expect(violations.count == decision.violations.count)
    for (want, got) in zip(violations, decision.violations) {
      check(want, got, summary)
    }
  }

  func check(_ want: JSONValue, _ got: ViolationDecision, _ summary: String) {
    let c = got.chosen
    #expect(want["code"] == .string(got.code))
    if let o = want["outcome"] { #expect(o == .string(c.outcome.rawValue), "\(summary)") }
    if let t = want["tier"] { #expect(t == (c.tier.map { .string($0) } ?? .null), "\(summary)") }
    if let f = want["fine"] { #expect(f == (c.fine.map { .string(DecimalMath.format($0)) } ?? .null), "\(summary)") }
    if case .number(let n)? = want["computations"] { #expect(String(got.computations.count) == n, "\(summary)") }
    let cited = Set((c.steps.flatMap(\.citations) + c.sanctions.flatMap(\.citations) + (got.selection?.citations ?? [])).map(\.text))
    for case .string(let citation) in strings(want["citations"]) {
      #expect(cited.contains(citation), "missing citation \(citation) in \(summary)")
    }
    let steps = c.steps.map(\.text.zh) + (got.selection.map { [$0.text.zh] } ?? [])
    for case .string(let s) in strings(want["steps"]) {
      #expect(steps.contains { $0.contains(s) }, "no step containing \(s) in \(summary)")
    }
    for case .string(let s) in strings(want["review"]) {
      #expect(c.reasons.contains { $0.text.zh.contains(s) }, "no review reason containing \(s) in \(summary)")
    }
    if want["review"] == .array([]) { #expect(c.reasons.isEmpty, "\(summary)") }
    for case .string(let s) in strings(want["flags"]) {
      #expect(c.flags.contains { $0.text.zh.contains(s) }, "no flag containing \(s) in \(summary)")
    }
    if case .array(let missing)? = want["missing"] {
      #expect(missing == c.missingFacts.map { .string($0) }, "\(summary)")
    }
  }

  func strings(_ v: JSONValue?) -> [JSONValue] {
    if case .array(let items)? = v { return items }
    return []
  }
}
