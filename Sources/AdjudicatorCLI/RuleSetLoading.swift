import ArgumentParser
import RuleLang

/// Loads and checks the rules a command runs on: a located read error exits 1, rule
/// diagnostics are printed and exit 3.
enum RuleSetLoading {
  static func load(_ path: String, lang: Language) throws -> (program: CheckedProgram, sources: [SourceFile]) {
    let sources: [SourceFile]
    do {
      sources = try RuleCompiler.loadSources([path])
    } catch let e as SourceLoader.LoadError {
      Console.err("adjudicator: \(e.path): \(e.reason.text(lang))\n")
      throw ExitStatus.failure
    }
    let compiled = RuleCompiler.compile(sources)
    guard let program = compiled.program else {
      Console.err(DiagnosticRenderer(language: lang, sources: sources).text(compiled.diagnostics))
      throw ExitStatus.diagnostics
    }
    return (program, sources)
  }
}
