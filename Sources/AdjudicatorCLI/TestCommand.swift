import Adjudication
import ArgumentParser
import Foundation
import RuleLang

/// `adjudicator test [--format text|json] [--coverage] [--threshold PCT] [--lang zh|en] [PATH…]`:
/// runs the rule tests (测试) written in the rule files, and reports which tier rows,
/// exceptions and branches no test reaches.
struct TestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "test",
    abstract: "Run the rule tests (测试) written in rule files, with their coverage of the rules.",
    discussion: """
      The PATHs (default Rules) are checked as one program and every test in them runs. With \
      --rules, the program is --rules together with the PATHs; only the PATHs' tests run and \
      coverage counts only the branches written in the PATHs. \
      Exit 0 when every test passed (and coverage reaches --threshold), 1 when a test failed or \
      could not run, coverage is below the threshold or no test ran, 3 when the rules have \
      errors, 64 on a usage error.
      """
  )

  @OptionGroup var output: OutputOptions

  @Flag(help: "Report which tier rows, exceptions and branches the tests apply.")
  var coverage = false

  @Option(help: ArgumentHelp("Fail when coverage is below PCT percent (implies --coverage).", valueName: "PCT"))
  var threshold: Double?

  @Option(help: "Rules the tests run against, in addition to the PATHs; only the PATHs' tests run.")
  var rules: String?

  @Option(help: "Run only the tests whose name contains this text.")
  var filter: String?

  @Argument(help: "Rule files or directories holding the tests (default: Rules).")
  var paths: [String] = []

  func validate() throws {
    if let threshold, !(0...100).contains(threshold) { throw ValidationError("--threshold must lie between 0 and 100") }
  }

  func run() throws {
    let lang = output.lang
    let testPaths = paths.isEmpty ? ["Rules"] : paths
    let sources: [SourceFile]
    let selected: Set<String>
    do {
      let tested = try RuleCompiler.loadSources(testPaths)
      selected = Set(tested.map(\.path))
      let library = try rules.map { try RuleCompiler.loadSources([$0]) } ?? []
      var seen = Set<String>()
      sources = (library + tested).filter { seen.insert(URL(fileURLWithPath: $0.path).standardizedFileURL.path).inserted }
    } catch let e as SourceLoader.LoadError {
      Console.err("adjudicator: \(e.path): \(e.reason.text(lang))\n")
      throw ExitStatus.failure
    }
    let compiled = RuleCompiler.compile(sources)
    let renderer = DiagnosticRenderer(language: lang, sources: sources)
    guard let program = compiled.program else {
      Console.err(renderer.text(compiled.diagnostics))
      throw ExitStatus.diagnostics
    }
    if !compiled.diagnostics.isEmpty { Console.err(renderer.text(compiled.diagnostics)) }

    let results = TestRunner.run(program, cases: EngineCaseDecider(adjudicator: Adjudicator(program: program))) { t in
      selected.contains(t.range.file) && (filter.map { t.name.contains($0) } ?? true)
    }
    let measured = coverage || threshold != nil ? TestCoverage(program: program, results: results, files: rules == nil ? nil : selected) : nil
    let report = TestReportRenderer(language: lang, sources: sources)
    switch output.format {
    case .text: Console.out(report.text(results, coverage: measured, threshold: threshold))
    case .json: Console.out(report.json(results, coverage: measured, threshold: threshold).pretty() + "\n")
    }
    if results.isEmpty {
      Console.err("adjudicator: " + (lang == .zh
        ? "没有运行任何测试 (在规则文件中写 测试 「名称」 块)"
        : "no test ran (write test \"name\" blocks in the rule files)") + "\n")
      throw ExitStatus.failure
    }
    let belowThreshold = threshold.map { !(measured?.meets($0) ?? true) } ?? false
    if results.contains(where: { !$0.passed }) || belowThreshold { throw ExitStatus.failure }
  }
}
