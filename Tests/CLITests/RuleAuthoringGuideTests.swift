import Foundation
import RuleLang
import Testing
import TestSupport

/// Keeps docs/rule-authoring.md true: its worked example (docs/examples/s02-urumqi, the 乌鲁木齐
/// standard S02) checks clean together with Rules/, is formatted, its rule tests pass and, with
/// the tests of Rules/, reach every branch; its sample cases decide as their `.expected` files
/// say; the REPL session of the guide gives the tier it shows. Each runs the built binary with
/// the commands the guide prints.
@Suite struct RuleAuthoringGuideTests {
  static let root = Golden.repositoryRoot()
  static let example = "docs/examples/s02-urumqi"
  static let guide = root.appendingPathComponent("docs/rule-authoring.md")

  @Test func checkIsCleanOverRulesAndTheExample() throws {
    let r = try BinaryRunner.run(["check", "Rules", Self.example])
    #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
    #expect(r.stdout.contains("没有发现问题"), "\(r.stdout)")
  }

  @Test func everyBranchIsReachedAtThreshold100() throws {
    let r = try BinaryRunner.run(["test", "--coverage", "--threshold", "100", "Rules", Self.example], timeout: 300)
    #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
    #expect(r.stdout.contains("基准 乌鲁木齐市城乡规划执行标准S02  1/1"), "\(r.stdout)")
    #expect(r.stdout.contains("总覆盖率 100.0%"), "\(r.stdout)")
    #expect(r.stdout.hasSuffix(", 失败 0\n"), "\(r.stdout)")
  }

  /// `--rules Rules PATH` runs only the example's tests; every one of them passes, including
  /// the ones that expect review (无法确定 R004) where the standard is not verified.
  @Test func theExampleTestsPassAgainstRules() throws {
    let r = try BinaryRunner.run(["test", "--rules", "Rules", Self.example])
    #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
    #expect(r.stdout.contains("通过  S02 不属第四款: 其他各款未核实, 交人工审核"), "\(r.stdout)")
    #expect(r.stdout.hasSuffix("通过 8, 失败 0\n"), "\(r.stdout)")
    // With --rules, coverage counts only the example's own branches.
    let covered = try BinaryRunner.run(["test", "--coverage", "--threshold", "100", "--rules", "Rules", Self.example])
    #expect(covered.status == 0, "\(covered.stdout)\(covered.stderr)")
    #expect(covered.stdout.contains("总覆盖率 100.0% (1/1)"), "\(covered.stdout)")
  }

  @Test func theExampleIsFormatted() throws {
    let r = try BinaryRunner.run(["fmt", "--check", Self.example])
    #expect(r.status == 0, "run `adjudicator fmt \(Self.example)`:\n\(r.stdout)\(r.stderr)")
    #expect(r.stdout.isEmpty)
  }

  /// `evaluate` takes one `--rules` path: the guide copies Rules/ and the example into one
  /// directory. Each sample case beside the example decides as its `.expected` says (the
  /// fields of Samples/cases/*.expected that the JSON output carries).
  @Test func theSampleCasesDecideAsExpected() throws {
    let fm = FileManager.default
    let combined = try BinaryRunner.temporaryDirectory()
    try fm.copyItem(at: Self.root.appendingPathComponent("Rules"), to: combined.appendingPathComponent("Rules"))
    try fm.copyItem(at: Self.root.appendingPathComponent(Self.example), to: combined.appendingPathComponent("s02-urumqi"))
    let dir = Self.root.appendingPathComponent(Self.example)
    let cases = try fm.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".xml") }.sorted()
    #expect(cases.count == 2)
    for name in cases {
      let url = dir.appendingPathComponent(name)
      let expected = try JSONParser.parse([UInt8](Data(contentsOf: url.deletingPathExtension().appendingPathExtension("expected"))))
      let r = try BinaryRunner.run(["evaluate", "--no-store", "--format", "json", "--rules", combined.path, "\(Self.example)/\(name)"])
      #expect(r.status == 0, "\(name): \(r.stderr)")
      let json = try JSONParser.parse(Array(r.stdout.utf8))
      guard case .array(let decided) = json, let got = decided.first,
        case .array(let violations)? = got["violations"], case .array(let wanted)? = expected["violations"]
      else {
        Issue.record("\(name): unexpected output \(r.stdout.prefix(400))")
        continue
      }
      #expect(got["outcome"] == expected["outcome"], "\(name)")
      if let blocked = expected["blocked"] { #expect(got["blocked"] == blocked, "\(name)") }
      #expect(violations.count == wanted.count, "\(name)")
      for (want, v) in zip(wanted, violations) {
        let d = v["decision"]
        #expect(v["code"] == want["code"], "\(name)")
        #expect(d?["outcome"] == want["outcome"], "\(name)")
        #expect((d?["tier"] ?? .null) == (want["tier"] ?? .null), "\(name)")
        #expect((d?["fine"] ?? .null) == (want["fine"] ?? .null), "\(name)")
        let steps = Self.strings(d?["steps"]).compactMap { step -> String? in
          if case .string(let s)? = step["text"] { return s }
          return nil
        }
        let cited = Self.strings(d?["steps"]).flatMap { Self.strings($0["citations"]) }
          + Self.strings(d?["sanctions"]).flatMap { Self.strings($0["citations"]) }
        for c in Self.strings(want["citations"]) { #expect(cited.contains(c), "\(name): missing citation \(c)") }
        for case .string(let s) in Self.strings(want["steps"]) {
          #expect(steps.contains { $0.contains(s) }, "\(name): no step containing \(s) in \(steps)")
        }
        let reasons = Self.strings(d?["reviewReasons"]).compactMap { r -> String? in
          if case .string(let s) = r { return s }
          return nil
        }
        for case .string(let s) in Self.strings(want["review"]) {
          #expect(reasons.contains { $0.contains(s) }, "\(name): no review reason containing \(s) in \(reasons)")
        }
        if want["review"] == .array([]) { #expect(reasons.isEmpty, "\(name): \(reasons)") }
      }
    }
  }

  /// The REPL takes one `--rules` path; `:load` adds the example, then the case. Piped input
  /// works without a terminal (no prompts are printed).
  @Test func theReplSessionOfTheGuideGivesTheTier() throws {
    let home = try BinaryRunner.temporaryDirectory()
    let input = home.appendingPathComponent("session.txt")
    try """
      :load \(Self.example)
      :load \(Self.example)/wlmq-2024-017.xml
      :tier
      :set 属第四种违法行为第四款 = 假
      :why S02·阶次
      :quit

      """.write(to: input, atomically: true, encoding: .utf8)
    let p = Process()
    p.executableURL = BinaryRunner.executable
    p.arguments = ["repl", "--rules", "Rules"]
    p.currentDirectoryURL = Self.root
    p.environment = ["HOME": home.path, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
    p.standardInput = try FileHandle(forReadingFrom: input)
    let out = Pipe()
    p.standardOutput = out
    p.standardError = out
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    #expect(p.terminationStatus == 0, "\(text)")
    #expect(text.contains("已载入案件 乌城管罚〔2024〕017号"), "\(text)")
    #expect(text.contains("乌鲁木齐市城乡规划执行标准S02 (CG-GH-064-WLMQ): 一般 「第四种违法行为第四款」"), "\(text)")
    #expect(text.contains("R004: 「乌鲁木齐市城乡规划执行标准S02·阶次」没有适用的规则"), "\(text)")
  }

  /// The commands this suite runs are the ones the guide tells the author to run.
  @Test func theGuideShowsTheseCommands() throws {
    let text = try String(contentsOf: Self.guide, encoding: .utf8)
    for command in [
      "adjudicator check Rules docs/examples/s02-urumqi",
      "adjudicator fmt --check Rules docs/examples/s02-urumqi",
      "adjudicator repl --rules Rules",
      "adjudicator test --rules Rules docs/examples/s02-urumqi",
      "adjudicator test --coverage --threshold 100 Rules docs/examples/s02-urumqi",
    ] {
      #expect(text.contains(command), "docs/rule-authoring.md no longer shows `\(command)`")
    }
  }

  static func strings(_ v: JSONValue?) -> [JSONValue] {
    if case .array(let items)? = v { return items }
    return []
  }
}
