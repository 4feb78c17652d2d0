import Adjudication
import CaseFiles
import Foundation
import PenaltyDomain
import RuleLang

/// The REPL's core: one request (a line) in, one response out, with no terminal involved, so
/// it is tested directly. It keeps the rules (files plus declarations typed in the session),
/// the facts (from a case file, a facts file and `:set`) and the evaluation date.
public struct ReplSession {
  /// What a line produced.
  public struct Response: Sendable, Equatable {
    /// Text to show (may be empty).
    public var text: String
    /// The session waits for more lines of an open declaration.
    public var needsMore = false
    /// The session ended.
    public var quit = false
  }

  /// Output language.
  public var language: Language
  /// The rule paths loaded at start (`--rules`) and by `:load`.
  public internal(set) var rulePaths: [String]
  /// Declarations typed in the session.
  public private(set) var typed: [String] = []
  /// Facts set so far, by name (as values of the program that was current when set).
  var factValues: [String: Value] = [:]
  /// The evaluation date.
  public var date: CivilDate
  /// Whether each evaluation prints its trace.
  public var tracing = false
  var pending: [String] = []
  var sources: [SourceFile] = []
  /// The current program (nil while the rules have errors).
  public private(set) var program: CheckedProgram?
  var lastDiagnostics: [Diagnostic] = []
  var counter = 0

  /// Starts a session over rule paths, with an optional case file and date.
  public init(rulePaths: [String], language: Language = .zh, date: CivilDate) {
    self.rulePaths = rulePaths
    self.language = language
    self.date = date
  }

  var zh: Bool { language == .zh }
  func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

  /// (Re)reads the rule files and compiles them with the typed declarations; keeps the facts.
  public mutating func reload() -> Response {
    do {
      sources = try RuleCompiler.loadSources(rulePaths)
    } catch let e as SourceLoader.LoadError {
      return Response(text: "\(e.path): \(e.reason.text(language))\n")
    } catch {
      return Response(text: "\(error)\n")
    }
    return compile(extra: nil).response
  }

  /// Compiles the rules, the typed declarations and `extra`; on success the program is kept.
  mutating func compile(extra: String?) -> (ok: Bool, response: Response) {
    var all = sources
    let session = (typed + (extra.map { [$0] } ?? [])).joined(separator: "\n")
    if !session.isEmpty { all.append(SourceFile(path: "<repl>", text: session + "\n")) }
    let result = RuleCompiler.compile(all)
    let errors = result.diagnostics.filter { $0.severity == .error }
    guard let program = result.program, errors.isEmpty else {
      return (false, Response(text: DiagnosticRenderer(language: language, sources: all).text(errors)))
    }
    self.program = program
    self.sources = all.filter { $0.path != "<repl>" }
    return (true, Response(text: ""))
  }

  /// The facts of the current program: the values set so far that the program declares.
  func facts(_ program: CheckedProgram) -> FactSet {
    var f = FactSet(program: program)
    f.presumeUnclaimedCircumstancesAbsent(in: program)
    for (name, value) in factValues { f.set(name, value, in: program) }
    return f
  }

  /// Whether a declaration is being typed (the prompt shows a continuation).
  public var isContinuing: Bool { !pending.isEmpty }

  /// Handles one line of input.
  public mutating func handle(_ line: String) -> Response {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    if !pending.isEmpty {
      if trimmed.isEmpty { return finishDeclaration() }
      pending.append(line)
      return Response(text: "", needsMore: true)
    }
    if trimmed.isEmpty { return Response(text: "") }
    if trimmed.hasPrefix(":") { return command(trimmed) }
    if let first = trimmed.split(separator: " ").first, let k = Keyword.bySpelling[String(first)], k.startsDeclaration {
      pending = [line]
      return Response(text: "", needsMore: true)
    }
    return evaluate(expression: trimmed)
  }

  /// A declaration typed over several lines ends with an empty line.
  mutating func finishDeclaration() -> Response {
    let text = pending.joined(separator: "\n")
    pending = []
    let (ok, response) = compile(extra: text)
    guard ok else { return response }
    typed.append(text)
    return Response(text: t("已加入\n", "added\n"))
  }

  /// Evaluates an expression (or a definition's name) against the facts.
  mutating func evaluate(expression: String) -> Response {
    counter += 1
    let name = "_输入\(counter)"
    let kept = program
    // The expression is a question, not a declaration: afterwards the session's program is the
    // one it had before (no second compile).
    defer { program = kept }
    let (ok, response) = compile(extra: "定义 \(name) = \(expression)")
    guard ok, let program else { return response }
    var interpreter = Interpreter(program: program, facts: facts(program), date: date)
    guard let outcome = interpreter.evaluate(name) else { return Response(text: "") }
    let renderer = TraceRenderer(language: language, sources: sources)
    var out: String
    switch outcome {
    case .value(let v): out = v.text(language) + "\n"
    case .error(let e):
      out = "\(e.diagnostic.code): \(e.diagnostic.message.text(language))\n"
      if let hint = e.diagnostic.hint { out += "  \(t("提示", "hint")): \(hint.text(language))\n" }
    }
    if tracing {
      let chain = interpreter.trace.chain(of: name).dropFirst().map { renderer.text($0) }
      if !chain.isEmpty { out += chain.joined(separator: "\n") }
    }
    return Response(text: out)
  }
}
