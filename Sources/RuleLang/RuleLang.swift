/// RuleLang: the Adjudicator rule language (裁量基准 DSL).
///
/// The pipeline is `parse → check → evaluate`:
/// - ``RuleCompiler`` turns `*.rules` sources into a ``CheckedProgram`` plus ``Diagnostic``s;
/// - ``Interpreter`` evaluates a checked program against ``FactSet`` input and returns
///   values with a ``Trace`` that cites the rule and law behind every derived value.
///
/// The library never prints: every problem is a ``Diagnostic`` value that callers render
/// with ``DiagnosticRenderer``.
import Foundation

/// Compiles rule sources into a checked program.
public enum RuleCompiler {
  /// The result of compiling a set of rule files.
  public struct Result: Sendable {
    /// The checked program; present only when no error was reported.
    public let program: CheckedProgram?
    /// All diagnostics, sorted by file and position.
    public let diagnostics: [Diagnostic]
    /// The parsed files, kept for rendering source snippets.
    public let sources: [SourceFile]
  }

  /// Parses and checks the given source files as one program.
  public static func compile(_ files: [SourceFile]) -> Result {
    var diagnostics: [Diagnostic] = []
    var modules: [SourceModule] = []
    for file in files {
      let parsed = Parser.parse(file)
      diagnostics += parsed.diagnostics
      modules.append(parsed.module)
    }
    let checked = Checker.check(modules, partial: diagnostics.contains { $0.severity == .error })
    diagnostics += checked.diagnostics
    diagnostics = Diagnostic.capped(Diagnostic.sorted(diagnostics))
    let hasErrors = diagnostics.contains { $0.severity == .error }
    return Result(
      program: hasErrors ? nil : checked.program, diagnostics: diagnostics, sources: files)
  }

  /// Loads every `*.rules` file under the given paths (files or directories), sorted by path.
  public static func loadSources(_ paths: [String]) throws -> [SourceFile] {
    try SourceLoader.load(paths)
  }
}
