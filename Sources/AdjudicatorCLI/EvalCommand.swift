import ArgumentParser
import Foundation
import RuleLang

/// `adjudicator eval --rules PATH --facts FILE.json [--date D] NAME…`
struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Evaluate named definitions against a JSON object of facts, with their cited trace.",
    discussion: """
      Exit 0 when every value was determined, 1 when a value could not be determined or an \
      input could not be read, 3 when the rules have diagnostics, 64 on a usage error.
      """
  )

  @OptionGroup var output: OutputOptions

  @Option(help: "Rule file or directory.")
  var rules: String = "Rules"

  @Option(help: "A JSON file holding one object of facts, e.g. {\"单体面积\": \"5平方米\"}.")
  var facts: String

  @Option(help: "The date whose rules apply (YYYY-MM-DD); default: today.")
  var date: String?

  @Argument(help: "The definitions to evaluate.")
  var names: [String]

  func validate() throws {
    if names.isEmpty { throw ValidationError("name at least one definition to evaluate") }
    if let date, CivilDate(iso: date) == nil { throw ValidationError("--date must be a real date YYYY-MM-DD, got '\(date)'") }
  }

  func run() throws {
    let lang = output.lang
    let (program, sources) = try RuleSetLoading.load(rules, lang: lang)
    let diagnostics = DiagnosticRenderer(language: lang, sources: sources)
    guard let data = FileManager.default.contents(atPath: facts) else {
      Console.err("adjudicator: \(facts): \(lang == .zh ? "无法读取文件" : "cannot read the file")\n")
      throw ExitStatus.failure
    }
    let json: JSONValue
    do {
      json = try JSONParser.parse([UInt8](data))
    } catch {
      let entry = DiagnosticCatalog.Entry.invalidJSON(error.message.text(lang))
      Console.err("\(facts):\(error.line):\(error.column): \(lang == .zh ? "错误" : "error")[\(entry.code)]: \(entry.message.text(lang))\n")
      throw ExitStatus.failure
    }
    let loaded = FactSet.fromJSON(json, program: program, file: facts)
    if !loaded.diagnostics.isEmpty { Console.err(diagnostics.text(loaded.diagnostics)) }
    if loaded.diagnostics.contains(where: { $0.severity == .error }) { throw ExitStatus.failure }

    let on = date.flatMap { CivilDate(iso: $0) } ?? Self.today()
    var interpreter = Interpreter(program: program, facts: loaded.facts, date: on)
    var outcomes: [(String, Outcome)] = []
    var resolved: [String] = []
    for asked in names {
      let name = try Self.resolve(asked, in: program, lang: lang)
      guard let outcome = interpreter.evaluate(name) else { throw ExitStatus.usage }
      outcomes.append((name, outcome))
      resolved.append(name)
    }
    let renderer = TraceRenderer(language: lang, sources: sources)
    let trace = interpreter.trace
    switch output.format {
    case .text:
      var out = lang == .zh ? "评价日期 \(on)\n\n" : "evaluation date \(on)\n\n"
      out += resolved.map { renderer.text(chainOf: $0, in: trace) }.joined(separator: "\n")
      Console.out(out)
    case .json:
      let results = outcomes.map { name, _ in
        JSONValue.object([
          ("name", .string(name)),
          ("trace", .array(trace.chain(of: name).map { renderer.json($0) })),
        ])
      }
      Console.out(JSONValue.object([("date", .string(on.description)), ("results", .array(results))]).pretty() + "\n")
    }
    if outcomes.contains(where: { if case .error = $0.1 { true } else { false } }) { throw ExitStatus.failure }
  }

  /// The definition a name on the command line means (``DefinitionLookup``: the exact name,
  /// else the unique definition ending with `·NAME`). Unknown or ambiguous names are usage
  /// errors that list what would do.
  static func resolve(_ name: String, in program: CheckedProgram, lang: Language) throws -> String {
    switch DefinitionLookup.resolve(name, in: program) {
    case .found(let full):
      return full
    case .ambiguous(let candidates):
      let list = candidates.map { "「\($0)」" }.joined(separator: lang == .zh ? "、" : ", ")
      Console.err("adjudicator: " + (lang == .zh ? "「\(name)」不唯一, 可指: \(list)" : "\"\(name)\" is ambiguous: \(list)") + "\n")
      throw ExitStatus.usage
    case .unknown(let suggestion):
      let hint = suggestion.map { lang == .zh ? " (是否想写「\($0)」)" : " (did you mean \"\($0)\")" } ?? ""
      Console.err("adjudicator: \(lang == .zh ? "规则中没有定义「\(name)」" : "the rules define no \"\(name)\"")\(hint)\n")
      throw ExitStatus.usage
    }
  }

  static func today() -> CivilDate {
    let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Asia/Shanghai")!, from: Date())
    return CivilDate(year: c.year!, month: c.month!, day: c.day!)!
  }
}
