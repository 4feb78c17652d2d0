import Foundation
import RuleLang
import Testing
import TestSupport

/// Golden tests of the formatter: each `Golden/format/<name>.rules` (unformatted on purpose)
/// must format to `<name>.formatted`, which must itself be a fixed point. The inputs are also
/// ordinary golden cases of ``GoldenTests`` (their diagnostics are `<name>.expected`).
///
/// Re-record with `RECORD_GOLDEN=1 swift test --filter FormatGoldenTests`, then review `git diff`.
@Suite struct FormatGoldenTests {
  static let base = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  static let cases = Golden.files(under: base.appendingPathComponent("Golden/format"), suffix: ".rules", relativeTo: base)

  @Test func corpusCoversTheLayoutRules() {
    let names = Set(Self.cases.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent })
    #expect(names.isSuperset(of: ["comments", "tier-table", "fullwidth", "english", "mixed"]))
  }

  @Test(arguments: cases)
  func formatted(_ relative: String) throws {
    let url = Self.base.appendingPathComponent(relative)
    let source = SourceFile(path: relative, bytes: try [UInt8](Data(contentsOf: url)))
    guard case .formatted(let text) = RuleFormatter.format(source) else {
      Issue.record("\(relative) was not formatted: \(RuleFormatter.format(source))")
      return
    }
    #expect(text != source.text, "the input should need formatting")
    let expected = url.deletingPathExtension().appendingPathExtension("formatted")
    if let problem = Golden.compare(text, to: expected) { Issue.record(Comment(rawValue: problem)) }
    guard case .formatted(let again) = RuleFormatter.format(text: text, path: relative) else {
      Issue.record("the formatted \(relative) was not formatted again")
      return
    }
    #expect(again == text, "formatting is not idempotent on \(relative)")
  }
}
