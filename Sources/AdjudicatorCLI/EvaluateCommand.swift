import Adjudication
import ArgumentParser
import Batch
import CaseFiles
import CaseStore
import Foundation
import PenaltyDomain
import RuleLang

/// `adjudicator evaluate [--rules DIR] [--format text|json|jsonl] [--lang zh|en] CASE…`
struct EvaluateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "evaluate",
    abstract: "Decide enforcement cases (XML, JSON or JSON Lines files, or directories of them).",
    discussion: """
      For each case: outcome (处罚 / 不予处罚 / 移送 / 需人工审核 / 待补充), tier, sanctions with \
      amounts, the band each came from, the citations, and what is missing. A file that cannot \
      be loaded is reported with file:line:column and the batch goes on. Exit 0 when every file \
      loaded, 1 when any failed, 3 when the rules have diagnostics, 64 on a usage error.
      """
  )

  @Option(help: "Output language: zh (default) or en.")
  var lang: Language = .zh

  @Option(help: "Output format: text, json or jsonl (default: text for case files, jsonl for a rule set without 违法行为).")
  var format: DecisionFormat?

  @Option(help: "Rule file or directory.")
  var rules: String = "Rules"

  @Option(help: "Decision date for cases that give none (YYYY-MM-DD); default: today.")
  var date: String?

  @Option(help: "The case store (SQLite) that records every decision (default: ./adjudicator.sqlite).")
  var store: String?

  @Flag(help: "Decide without recording anything in the store.")
  var noStore = false

  @Option(help: "Worker threads (default: all cores). Output keeps the input order.")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Flag(help: "Records: keep each decision's trace (the rules, citations and values read) and write it.")
  var trace = false

  @Option(name: .customLong("output"), help: "Records: a 后果 or 定义 to write (repeat; default: every 后果).")
  var outputs: [String] = []

  @Argument(help: "Case files or directories.")
  var cases: [String]

  enum DecisionFormat: String, ExpressibleByArgument, CaseIterable { case text, json, jsonl }

  func validate() throws {
    if cases.isEmpty { throw ValidationError("give at least one case file or directory") }
    if let date, CivilDate(iso: date) == nil { throw ValidationError("--date must be a real date YYYY-MM-DD, got '\(date)'") }
    if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
  }

  func run() throws {
    let (program, sources) = try RuleSetLoading.load(rules, lang: lang)
    if program.violations.isEmpty {
      // A decision table without 违法行为: every JSON Lines record is a set of facts.
      guard format == nil || format == .jsonl, store == nil else {
        Console.err("adjudicator: " + (lang == .zh
          ? "规则集没有 违法行为, 按记录评价: 只输出 JSON Lines (--format jsonl), 不写入案件库 (--store)"
          : "the rule set has no violations, so records are evaluated: output is JSON Lines only (--format jsonl) and nothing is stored (--store)") + "\n")
        throw ExitStatus.usage
      }
      let on = date.flatMap { CivilDate(iso: $0) } ?? EvalCommand.today()
      try RecordEvaluation(program: program, sources: sources, lang: lang, date: on, jobs: jobs, tracing: trace,
                           outputs: outputs.isEmpty ? nil : outputs).run(paths: cases)
      return
    }
    if trace || !outputs.isEmpty {
      Console.err("adjudicator: " + (lang == .zh ? "--trace 与 --output 只用于按记录评价的规则集 (没有 违法行为)"
                                                 : "--trace and --output apply to rule sets without violations (records)") + "\n")
      throw ExitStatus.usage
    }
    let format = self.format ?? .text
    let store = self.store ?? CaseStore.defaultPath
    let renderer = DecisionRenderer(language: lang, sources: sources)
    let fallback = date.flatMap { CivilDate(iso: $0) } ?? EvalCommand.today()
    let recorder = noStore ? nil : try StoreAccess.open(store, lang: lang)
    let rulesHash = Fingerprint.ruleSet(sources)
    var stored = 0
    var failures = 0
    var counts: [DecisionOutcome: Int] = [:]
    var decisions: [JSONValue] = []
    var pending: [CaseStore.Evaluation] = []
    let (actor, now) = (StoreAccess.actor, StoreAccess.now())
    /// Writes the pending records in one transaction (each case all-or-nothing).
    func flush() throws {
      guard let recorder, !pending.isEmpty else { return }
      let results: [Result<CaseStore.RecordResult, CaseStore.StoreError>]
      do {
        results = try recorder.record(batch: pending, rules: sources, actor: actor, at: now)
      } catch {
        Console.err("adjudicator: \(error.message.text(lang))\n")
        throw ExitStatus.failure
      }
      pending.removeAll()
      for r in results {
        switch r {
        case .success(.stored): stored += 1
        case .success(.unchanged): break
        case .failure(let error):
          Console.err("adjudicator: \(error.message.text(lang))\n")
          throw ExitStatus.failure
        }
      }
    }
    let files = cases.flatMap(CaseFileLoader.files)
    let totalBytes = files.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
    var meter = ProgressMeter(language: lang, totalBytes: totalBytes, enabled: isatty(2) == 1, started: Date())
    let batch = CaseBatch(adjudicator: Adjudicator(program: program), fallbackDate: fallback, sources: sources,
                          rulesHash: recorder == nil ? nil : rulesHash, engineVersion: EngineInfo.version, jobs: jobs) {
      [format] decision in
      switch format {
      case .text: renderer.text(decision) + "\n"
      case .json: renderer.json(decision).compact()
      case .jsonl: renderer.json(decision, trace: false).compact() + "\n"
      }
    }
    var storeError: Error?
    batch.run(paths: files) { entries, bytes in
      guard storeError == nil else { return }
      var records = 0
      for entry in entries {
        switch entry {
        case .unreadable(let error):
          failures += 1
          meter.clear()
          Console.err("\(lang == .zh ? "无法读取案件" : "cannot load case") \(error.text(lang))\n")
        case .invalid(let problems):
          failures += 1
          meter.clear()
          for p in problems { Console.err("\(lang == .zh ? "案件有误" : "case error") \(p.origin.text): \(p.message.text(lang))\n") }
        case .decided(_, let decision, let rendered, let evaluation):
          records += 1
          counts[decision.outcome, default: 0] += 1
          if let evaluation { pending.append(evaluation) }
          switch format {
          case .json: decisions.append((try? JSONParser.parse(Array(rendered.utf8))) ?? .null)
          default:
            meter.clear()
            Console.out(rendered)
          }
        }
      }
      do {
        if pending.count >= 256 { try flush() }
      } catch {
        storeError = error
      }
      meter.advance(bytes: bytes, records: records)
    }
    meter.clear()
    if let storeError { throw storeError }
    try flush()
    if format == .json { Console.out(JSONValue.array(decisions).pretty() + "\n") }
    let summary = DecisionOutcome.allCases.compactMap { o in counts[o].map { "\(lang == .zh ? o.rawValue : o.english) \($0)" } }
    Console.err((lang == .zh ? "共 \(counts.values.reduce(0, +)) 件: " : "\(counts.values.reduce(0, +)) cases: ")
                + summary.joined(separator: ", ")
                + (failures > 0 ? (lang == .zh ? "; 无法读取 \(failures) 件" : "; \(failures) failed to load") : "")
                + (recorder.map { r in lang == .zh ? "; 新记录 \(stored) 件 (\(r.path))" : "; \(stored) newly recorded (\(r.path))" } ?? "") + "\n")
    if failures > 0 { throw ExitStatus.failure }
  }
}
