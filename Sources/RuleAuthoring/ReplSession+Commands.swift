import Adjudication
import CaseFiles
import Foundation
import PenaltyDomain
import RuleLang

/// The REPL's commands (`:help`, `:load`, `:facts`, `:set`, `:why`, `:whynot`, `:tier`,
/// `:reload`, `:trace`, `:date`, `:quit`).
extension ReplSession {
  /// The commands, for `:help` and completion.
  public static let commands: [(name: String, zh: String, en: String)] = [
    (":help", "本帮助", "this help"),
    (":load FILE", "载入规则文件 (.rules) 或案件 (.xml/.json, 其事实成为当前事实)", "load a rule file (.rules) or a case (.xml/.json: its facts become the current facts)"),
    (":facts", "列出已设定的事实", "list the facts set"),
    (":set NAME = VALUE", "设定一个事实, 如 :set 单体面积 = 5平方米", "set a fact, e.g. :set 单体面积 = 5平方米"),
    (":why NAME", "说明一个值的来历 (规则、依据、读取的事实)", "explain a value: its rule, citations and the facts read"),
    (":whynot TIER", "说明某一阶次为什么没有适用", "explain why a tier did not apply"),
    (":tier", "当前事实下各裁量基准的阶次", "the tier of each standard under the current facts"),
    (":reload", "重新读取规则文件, 保留事实", "re-read the rule files, keeping the facts"),
    (":trace on|off", "每次求值后显示推导过程", "show the derivation after each evaluation"),
    (":date YYYY-MM-DD", "设定评价日期 (决定适用哪个版本)", "set the evaluation date (which versions apply)"),
    (":quit", "退出", "leave"),
  ]

  mutating func command(_ line: String) -> Response {
    let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
    let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
    switch parts[0] {
    case ":help", ":h":
      return Response(text: Self.commands.map { "  \($0.name.padding(toLength: 20, withPad: " ", startingAt: 0)) \(zh ? $0.zh : $0.en)" }
        .joined(separator: "\n") + "\n" + t("  其他输入: 表达式 (如 1 + 2) 求值; 以声明关键字开头的多行输入以空行结束\n",
                                           "  anything else: an expression (e.g. 1 + 2) is evaluated; a declaration runs until an empty line\n"))
    case ":quit", ":q", ":exit": return Response(text: "", quit: true)
    case ":reload": return reload().text.isEmpty ? Response(text: t("已重新载入\n", "reloaded\n")) : reload()
    case ":trace":
      guard argument == "on" || argument == "off" else { return Response(text: t("用法: :trace on|off\n", "usage: :trace on|off\n")) }
      tracing = argument == "on"
      return Response(text: "")
    case ":date":
      guard let d = CivilDate(iso: argument) else { return Response(text: t("日期应为 YYYY-MM-DD\n", "a date is YYYY-MM-DD\n")) }
      date = d
      return Response(text: "")
    case ":load": return load(argument)
    case ":facts": return listFacts()
    case ":set": return set(argument)
    case ":why": return why(argument)
    case ":whynot": return whyNot(argument)
    case ":tier": return tiers()
    default:
      let near = Suggestions.closest(to: parts[0], in: Self.commands.map { String($0.name.split(separator: " ")[0]) })
      return Response(text: t("未知命令 \(parts[0])", "unknown command \(parts[0])") + (near.map { t(" (是否想写 \($0))", " (did you mean \($0))") } ?? "")
        + t("; :help 列出命令\n", "; :help lists the commands\n"))
    }
  }

  mutating func load(_ path: String) -> Response {
    guard !path.isEmpty else { return Response(text: t("用法: :load 文件\n", "usage: :load FILE\n")) }
    if path.hasSuffix(".rules") || FileManager.default.fileExists(atPath: path) && !path.hasSuffix(".xml") && !path.hasSuffix(".json") {
      rulePaths.append(path)
      let r = reload()
      return r.text.isEmpty ? Response(text: t("已载入 \(path)\n", "loaded \(path)\n")) : r
    }
    guard let program else { return Response(text: t("规则有错误, 先修正规则\n", "the rules have errors; fix them first\n")) }
    switch CaseFileLoader.load(file: path).first {
    case .failed(let e)?: return Response(text: e.text(language) + "\n")
    case .loaded(let c)?:
      guard let v = c.violations.first else { return Response(text: "") }
      date = c.decisionDate(or: date)
      let built = CaseFacts.build(c, violation: v, decisionDate: date, program: program)
      for (i, f) in program.facts.enumerated() {
        if let value = built.facts.values[i] { factValues[f.name] = value } else { factValues[f.name] = nil }
      }
      var out = t("已载入案件 \(c.id): \(factValues.count) 项事实, 评价日期 \(date)\n", "loaded case \(c.id): \(factValues.count) facts, evaluation date \(date)\n")
      for e in built.errors { out += "  \(e.origin.text): \(e.message.text(language))\n" }
      return Response(text: out)
    case nil: return Response(text: "")
    }
  }

  func listFacts() -> Response {
    guard !factValues.isEmpty else { return Response(text: t("尚未设定事实\n", "no facts set\n")) }
    return Response(text: factValues.keys.sorted().map { "  \($0) = \(factValues[$0]!.text(language))" }.joined(separator: "\n") + "\n")
  }

  mutating func set(_ argument: String) -> Response {
    let parts = argument.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
    guard parts.count == 2, let program else { return Response(text: t("用法: :set 名称 = 值\n", "usage: :set NAME = VALUE\n")) }
    guard let i = program.factIndex[parts[0]] else {
      let near = Suggestions.closest(to: parts[0], in: program.factIndex.keys)
      return Response(text: t("没有事实「\(parts[0])」", "no fact \"\(parts[0])\"") + (near.map { t(", 是否想写「\($0)」", "; did you mean \"\($0)\"") } ?? "") + "\n")
    }
    let type = program.facts[i].type
    let raw: JSONValue
    switch (type, parts[1]) {
    case (.bool, "真"), (.bool, "true"): raw = .bool(true)
    case (.bool, "假"), (.bool, "false"): raw = .bool(false)
    case (.int, let n): raw = .number(n)
    default: raw = .string(parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "「」\"")))
    }
    guard let value = FactConversion.convert(raw, to: type, program: program) else {
      return Response(text: t("「\(parts[0])」应为 \(type.name.zh)\n", "\"\(parts[0])\" must be \(type.name.en)\n"))
    }
    factValues[parts[0]] = value
    return Response(text: "")
  }

  /// Resolves a name as `adjudicator eval` and the rule tests do (``DefinitionLookup``).
  func resolve(_ name: String) -> String? {
    guard let program, case .found(let full) = DefinitionLookup.resolve(name, in: program) else { return nil }
    return full
  }

  func why(_ name: String) -> Response {
    guard let program, let resolved = resolve(name) else {
      return Response(text: t("规则中没有定义「\(name)」(或不唯一)\n", "the rules define no (unique) \"\(name)\"\n"))
    }
    var interpreter = Interpreter(program: program, facts: facts(program), date: date)
    _ = interpreter.evaluate(resolved)
    return Response(text: TraceRenderer(language: language, sources: sources).text(chainOf: resolved, in: interpreter.trace))
  }

  /// The standards that concern the current case (its violation code), else all of them.
  func relevantStandards() -> [StandardInfo] {
    guard let program else { return [] }
    if case .text(let code)? = factValues["违法行为编码"] { return program.standards.filter { $0.code == code } }
    return program.standards
  }

  func tiers() -> Response {
    guard let program else { return Response(text: "") }
    var interpreter = Interpreter(program: program, facts: facts(program), date: date)
    var out = ""
    for s in relevantStandards() {
      let name = LoweredName.tier(s.name)
      switch interpreter.evaluate(name) {
      case .value(let v)?:
        let label = interpreter.trace.derivation(of: name)?.rule?.label ?? ""
        out += "  \(s.name) (\(s.code)): \(v.text(language)) 「\(label)」\n"
      case .error(let e)?:
        let missing = e.missingFacts.isEmpty ? e.diagnostic.message.text(language) : t("缺少 ", "missing ") + e.missingFacts.joined(separator: "、")
        out += "  \(s.name) (\(s.code)): \(t("无法确定", "undetermined")) (\(missing))\n"
      case nil: break
      }
    }
    return Response(text: out.isEmpty ? t("没有裁量基准\n", "no standard\n") : out)
  }

  func whyNot(_ tier: String) -> Response {
    guard let program, StandardInfo.tiers.contains(tier) else {
      return Response(text: t("用法: :whynot 阶次 (\(StandardInfo.tiers.joined(separator: " / ")))\n", "usage: :whynot TIER (\(StandardInfo.tiers.joined(separator: " / ")))\n"))
    }
    var interpreter = Interpreter(program: program, facts: facts(program), date: date)
    let files = Dictionary(sources.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
    var out = ""
    for s in relevantStandards() {
      let name = LoweredName.tier(s.name)
      _ = interpreter.evaluate(name)
      guard let d = interpreter.trace.derivation(of: name) else { continue }
      let rows = s.rows.filter { $0.tier == tier }
      if rows.isEmpty {
        out += t("  \(s.name): 没有「\(tier)」的基准行\n", "  \(s.name): no row of \"\(tier)\"\n")
        continue
      }
      for row in rows {
        let status = d.considered.first { $0.label == row.label }?.status
        let why: String
        switch status {
        case .applied?: why = d.rule?.label == row.label ? t("已适用", "applied") : t("条件成立, 但与其他行冲突", "holds, but conflicts with another row")
        case .conditionFalse?: why = t("条件不成立", "its condition is false")
        case .notInForce?: why = t("不在施行期间", "not in force")
        default: why = t("未能判断 (缺少事实或出错)", "could not be decided (a fact is missing or a rule failed)")
        }
        let file = files[row.range.file]
        let line = file.map { $0.line(of: row.range.start) } ?? 0
        let text = file.map { String($0.lineText(line).trimmingCharacters(in: .whitespaces)) } ?? ""
        out += "  \(s.name) 「\(row.label)」 (\(row.range.file):\(line)): \(why)\n    \(text)\n"
      }
      if !d.reads.isEmpty { out += "    \(t("读取", "read")) \(TraceRenderer(language: language, sources: sources).text(reads: d.reads))\n" }
    }
    return Response(text: out.isEmpty ? t("没有该阶次的基准行\n", "no standard has a row of that tier\n") : out)
  }

  /// Completion candidates for a word being typed: commands, keywords, facts, definitions.
  public func completions(for prefix: String) -> [String] {
    var words = Self.commands.map { String($0.name.split(separator: " ")[0]) }
    words += Keyword.table.map(\.0) + ContextualKeyword.table.map(\.0)
    if let program { words += program.factIndex.keys + program.definitionIndex.keys.filter { !$0.hasPrefix("_输入") } }
    return Array(Set(words.filter { $0.hasPrefix(prefix) })).sorted()
  }
}
