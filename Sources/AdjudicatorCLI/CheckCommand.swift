import ArgumentParser
import RuleLang

/// `adjudicator check [--format text|json] [--lang zh|en] PATH…`
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Parse and check rule files or directories (*.rules).",
    discussion: "Exit 0 when clean, 3 when there are diagnostics, 1 when a path cannot be read, 64 on a usage error."
  )

  @OptionGroup var output: OutputOptions

  @Argument(help: "Rule files or directories.")
  var paths: [String]

  func validate() throws {
    if paths.isEmpty { throw ValidationError("give at least one rule file or directory") }
  }

  func run() throws {
    let sources: [SourceFile]
    do {
      sources = try RuleCompiler.loadSources(paths)
    } catch let e as SourceLoader.LoadError {
      Console.err("adjudicator: \(e.path): \(e.reason.text(output.lang))\n")
      throw ExitStatus.failure
    }
    let result = RuleCompiler.compile(sources)
    let renderer = DiagnosticRenderer(language: output.lang, sources: sources)
    switch output.format {
    case .text:
      if result.diagnostics.isEmpty {
        Console.out(output.lang == .zh
          ? "已检查 \(sources.count) 个文件, 没有发现问题\n"
          : "checked \(sources.count) file\(sources.count == 1 ? "" : "s"), no problems found\n")
      } else {
        Console.out(renderer.text(result.diagnostics))
      }
    case .json:
      let errors = result.diagnostics.filter { $0.severity == .error }.count
      let json = JSONValue.object([
        ("files", .array(sources.map { .string($0.path) })),
        ("errors", .number(String(errors))),
        ("warnings", .number(String(result.diagnostics.count - errors))),
        ("diagnostics", .array(result.diagnostics.map { renderer.json($0) })),
      ])
      Console.out(json.pretty() + "\n")
    }
    if !result.diagnostics.isEmpty { throw ExitStatus.diagnostics }
  }
}
