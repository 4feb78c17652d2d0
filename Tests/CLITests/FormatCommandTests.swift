import Foundation
import Testing
import TestSupport

/// End-to-end tests of `adjudicator fmt` on the built binary.
@Suite struct FormatCommandTests {
  static let root = Golden.repositoryRoot()

  @Test func ruleLibraryIsFormatted() throws {
    let r = try BinaryRunner.run(["fmt", "--check", "Rules"])
    #expect(r.status == 0, "files not in canonical layout (run `adjudicator fmt Rules`):\n\(r.stdout)\(r.stderr)")
    #expect(r.stdout.isEmpty)
  }

  /// A copy of the rule library, laid out differently (indentation doubled, trailing spaces,
  /// runs of blank lines), formatted in place, decides every sample exactly as the library.
  @Test func formattedRulesDecideEverySampleTheSame() throws {
    let dir = try BinaryRunner.temporaryDirectory()
    let copy = dir.appendingPathComponent("Rules")
    try FileManager.default.copyItem(at: Self.root.appendingPathComponent("Rules"), to: copy)
    let files = Golden.files(under: copy, suffix: ".rules", relativeTo: dir)
    #expect(files.count > 20)
    for relative in files {
      let url = dir.appendingPathComponent(relative)
      let text = try String(contentsOf: url, encoding: .utf8)
      try Self.disarrange(text).write(to: url, atomically: true, encoding: .utf8)
    }
    let formatted = try BinaryRunner.run(["fmt", copy.path])
    #expect(formatted.status == 0, "\(formatted.stderr)")
    #expect(formatted.stdout.split(separator: "\n").count == files.count, "every disarranged file is listed")
    let check = try BinaryRunner.run(["fmt", "--check", copy.path])
    #expect(check.status == 0 && check.stdout.isEmpty, "formatting is not idempotent: \(check.stdout)")
    #expect(try BinaryRunner.run(["check", copy.path]).status == 0)

    func decisions(_ rules: String) throws -> [String] {
      let r = try BinaryRunner.run(
        ["evaluate", "--no-store", "--format", "jsonl", "--date", "2024-06-30", "--rules", rules, "Samples/cases"],
        timeout: 300)
      #expect(r.status == 0, "\(r.stderr)")
      return r.stdout.split(separator: "\n").map { Self.withoutPositions(String($0), rules: rules) }
    }
    let original = try decisions("Rules")
    let reformatted = try decisions(copy.path)
    #expect(original.count >= 50, "every sample should be decided")
    #expect(original.count == reformatted.count)
    for (a, b) in zip(original, reformatted) where a != b {
      Issue.record("a decision changed after formatting:\n  before: \(a.prefix(400))\n  after:  \(b.prefix(400))")
    }
  }

  @Test func checkNamesFilesAndChangesNothing() throws {
    let dir = try BinaryRunner.temporaryDirectory()
    let messy = dir.appendingPathComponent("messy.rules")
    let clean = dir.appendingPathComponent("clean.rules")
    let messyText = "事实 面积：平方米\n定义 大 = 面积>2平方米\n"
    try messyText.write(to: messy, atomically: true, encoding: .utf8)
    try "事实 面积: 平方米\n".write(to: clean, atomically: true, encoding: .utf8)
    let r = try BinaryRunner.run(["fmt", "--check", dir.path])
    #expect(r.status == 1)
    #expect(r.stdout == messy.path + "\n")
    #expect(try String(contentsOf: messy, encoding: .utf8) == messyText)

    let w = try BinaryRunner.run(["fmt", "--lang", "en", dir.path])
    #expect(w.status == 0, "\(w.stderr)")
    #expect(w.stdout == messy.path + "\n")
    #expect(w.stderr.contains("checked 2 files, reformatted 1"))
    #expect(try String(contentsOf: messy, encoding: .utf8) == "事实 面积: 平方米\n定义 大 = 面积 > 2平方米\n")
    #expect(try BinaryRunner.run(["fmt", "--check", dir.path]).status == 0)
  }

  @Test func aFileWithSyntaxErrorsIsReportedAndLeftAlone() throws {
    let dir = try BinaryRunner.temporaryDirectory()
    let broken = dir.appendingPathComponent("broken.rules")
    let text = "定义 x = (1 +\n定义  y = 2\n"
    try text.write(to: broken, atomically: true, encoding: .utf8)
    try "定义  z = 3\n".write(to: dir.appendingPathComponent("ok.rules"), atomically: true, encoding: .utf8)
    let r = try BinaryRunner.run(["fmt", dir.path])
    #expect(r.status == 3)
    #expect(r.stderr.contains("错误[P"))
    #expect(r.stderr.contains("broken.rules:"))
    #expect(try String(contentsOf: broken, encoding: .utf8) == text)
    #expect(r.stdout.contains("ok.rules"), "the other files are still formatted")
  }

  @Test(arguments: [
    (["fmt"], Int32(64)),
    (["fmt", "--bogus", "Rules"], Int32(64)),
    (["fmt", "no/such/path.rules"], Int32(1)),
  ])
  func usageAndMissingPaths(_ arguments: [String], _ status: Int32) throws {
    let r = try BinaryRunner.run(arguments)
    #expect(r.status == status, "\(arguments): \(r.stderr)")
  }

  /// The same rules laid out badly: indentation doubled, trailing spaces, blank lines doubled.
  static func disarrange(_ text: String) -> String {
    text.components(separatedBy: "\n").map { line -> String in
      let indent = line.prefix { $0 == " " }.count
      let body = line.dropFirst(indent)
      if body.isEmpty { return "\n" }
      return String(repeating: " ", count: indent * 2) + body + "   "
    }.joined(separator: "\n")
  }

  /// A decision line without rule positions and the rules' directory (both may differ).
  static func withoutPositions(_ line: String, rules: String) -> String {
    let plain = line.replacingOccurrences(of: rules, with: "Rules")
    return plain.replacingOccurrences(of: #"\.rules:[0-9]+:[0-9]+"#, with: ".rules", options: .regularExpression)
  }
}
