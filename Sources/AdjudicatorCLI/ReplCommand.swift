import ArgumentParser
import CLibEdit
import Foundation
import RuleAuthoring
import RuleLang

/// `adjudicator repl [--rules DIR] [--case FILE] [--lang zh|en] [--date D]`: the rule author's
/// REPL — line editing, persisted history and tab completion through libedit; everything else
/// is ``ReplSession``, which knows nothing of terminals.
struct ReplCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "repl",
    abstract: "Try rules interactively: evaluate expressions, set facts, ask :why and :whynot.",
    discussion: "History is kept in ~/.adjudicator_history. :help lists the commands; :quit or Ctrl-D leaves."
  )

  @Option(help: "Rule file or directory.")
  var rules: String = "Rules"

  @Option(help: "A case file whose facts to load.")
  var `case`: String?

  @Option(help: "Output language: zh (default) or en.")
  var lang: Language = .zh

  @Option(help: "Evaluation date (YYYY-MM-DD); default: today, or the case's decision date.")
  var date: String?

  func validate() throws {
    if let date, CivilDate(iso: date) == nil { throw ValidationError("--date must be a real date YYYY-MM-DD, got '\(date)'") }
  }

  func run() throws {
    var session = ReplSession(rulePaths: [rules], language: lang, date: date.flatMap { CivilDate(iso: $0) } ?? EvalCommand.today())
    let started = session.reload()
    if !started.text.isEmpty { Console.out(started.text) }
    if let file = `case` { Console.out(session.handle(":load \(file)").text) }
    Console.out(lang == .zh ? "Adjudicator 规则 REPL — :help 查看命令, :quit 退出\n" : "Adjudicator rules REPL — :help for commands, :quit to leave\n")
    LineEditor.start(completions: { session.completions(for: $0) })
    defer { LineEditor.stop() }
    while let line = LineEditor.read(prompt: session.program == nil ? "!> " : (session.isContinuing ? "... " : "> ")) {
      let response = session.handle(line)
      if !response.text.isEmpty { Console.out(response.text) }
      if response.quit { break }
    }
  }
}

/// libedit's readline interface: the prompt, history in ~/.adjudicator_history and completion.
enum LineEditor {
  nonisolated(unsafe) static var complete: (String) -> [String] = { _ in [] }
  nonisolated(unsafe) static var candidates: [String] = []
  static var historyPath: String { (ProcessInfo.processInfo.environment["HOME"] ?? ".") + "/.adjudicator_history" }

  static func start(completions: @escaping (String) -> [String]) {
    complete = completions
    // libedit reads multibyte input only under a UTF-8 locale: take the user's, else C.UTF-8.
    if setlocale(LC_CTYPE, "") == nil || !String(cString: nl_langinfo(nl_item(CODESET))).uppercased().contains("UTF-8") {
      _ = setlocale(LC_CTYPE, "C.UTF-8")
    }
    _ = rl_initialize()
    using_history()
    _ = read_history(historyPath)
    adjudicator_set_completion { text, _, _ in
      let prefix = text.map { String(cString: $0) } ?? ""
      LineEditor.candidates = LineEditor.complete(prefix)
      return rl_completion_matches(text) { _, state in
        guard Int(state) < LineEditor.candidates.count else { return nil }
        return strdup(LineEditor.candidates[Int(state)])
      }
    }
  }

  static func stop() { _ = write_history(historyPath) }

  /// One line, or nil at end of input.
  static func read(prompt: String) -> String? {
    guard let raw = readline(prompt) else { return nil }
    defer { free(raw) }
    let line = String(cString: raw)
    if !line.trimmingCharacters(in: .whitespaces).isEmpty { _ = add_history(raw) }
    return line
  }
}
