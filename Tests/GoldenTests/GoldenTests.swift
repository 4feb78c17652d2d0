import Foundation
import RuleLang
import Testing
import TestSupport

/// Golden tests over `Golden/**.rules`: each file's diagnostics (and, with a `# eval:`
/// header, the cited trace of named values) must equal `<name>.expected` beside it.
///
/// Headers (first lines of the file):
/// - `# lang: en` renders in English (default Chinese);
/// - `# eval: 名称 …` evaluates those definitions with the facts in `<name>.facts.json`
///   (default `{}`);
/// - `# date: 2024-05-01` sets the evaluation date (default 2024-01-01);
/// - `# test` runs the file's rule tests (测试) and appends the report; `# test: coverage` adds
///   the coverage.
///
/// Re-record with `RECORD_GOLDEN=1 swift test --filter GoldenTests`, then review `git diff`.
@Suite struct GoldenTests {
  static let base = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  static let cases = Golden.files(under: base.appendingPathComponent("Golden"), suffix: ".rules", relativeTo: base)

  @Test func corpusIsLargeEnough() {
    #expect(Self.cases.count >= 40, "the golden corpus should hold at least 40 rule files")
  }

  @Test(arguments: cases)
  func golden(_ relative: String) throws {
    let url = Self.base.appendingPathComponent(relative)
    let bytes = try [UInt8](Data(contentsOf: url))
    let source = SourceFile(path: relative, bytes: bytes)
    let header = Header(source.text)
    let result = RuleCompiler.compile([source])
    let renderer = DiagnosticRenderer(language: header.language, sources: [source])
    var output = renderer.text(result.diagnostics)
    if !header.evaluate.isEmpty, let program = result.program {
      let factsURL = url.deletingPathExtension().appendingPathExtension("facts.json")
      var json = JSONValue.object([])
      if let data = try? Data(contentsOf: factsURL) {
        do { json = try JSONParser.parse([UInt8](data)) } catch {
          Issue.record("\(factsURL.lastPathComponent):\(error.line):\(error.column): \(error.message.en)")
          return
        }
      }
      let loaded = FactSet.fromJSON(json, program: program, file: "facts.json")
      if !loaded.diagnostics.isEmpty { output += renderer.text(loaded.diagnostics) }
      var interpreter = Interpreter(program: program, facts: loaded.facts, date: header.date)
      for name in header.evaluate { _ = interpreter.evaluate(name) }
      let traces = TraceRenderer(language: header.language, sources: [source])
      output += "\n" + header.evaluate.map { traces.text(chainOf: $0, in: interpreter.trace) }.joined(separator: "\n")
    }
    if header.runTests, let program = result.program {
      let results = TestRunner.run(program)
      let coverage = header.coverage ? TestCoverage(program: program, results: results) : nil
      output += "\n" + TestReportRenderer(language: header.language, sources: [source]).text(results, coverage: coverage)
    }
    let expected = url.deletingPathExtension().appendingPathExtension("expected")
    if let problem = Golden.compare(output, to: expected) { Issue.record(Comment(rawValue: problem)) }
  }

  struct Header {
    var language = Language.zh
    var evaluate: [String] = []
    var date = CivilDate(year: 2024, month: 1, day: 1)!
    var runTests = false
    var coverage = false

    init(_ text: String) {
      for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(5) {
        let l = line.trimmingCharacters(in: .whitespaces)
        if l.hasPrefix("# lang: en") { language = .en }
        if l.hasPrefix("# eval:") { evaluate = l.dropFirst(7).split(separator: " ").map(String.init) }
        if l.hasPrefix("# date:"), let d = CivilDate(iso: l.dropFirst(7).trimmingCharacters(in: .whitespaces)) { date = d }
        if l == "# test" || l.hasPrefix("# test:") { runTests = true }
        if l.hasPrefix("# test:") && l.contains("coverage") { coverage = true }
      }
    }
  }
}
