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
    abstract: "Decide enforcement cases (XML, JSON or JSON Lines files, or directories of them), or JSON Lines records.",
    discussion: """
      For each case: outcome (处罚 / 不予处罚 / 移送 / 需人工审核 / 待补充), tier, sanctions with \
      amounts, the band each came from, the citations, and what is missing. A file that cannot \
      be loaded is reported with file:line:column and the batch goes on. Cases are decided on \
      --jobs threads and written in input order; with the store, 256 decisions go in one \
      transaction (each case whole or not at all). When the rules declare no 违法行为 (a \
      decision table such as bench/rules), every line of a JSON Lines file is a record of facts \
      and one decision line is written per record (docs/cases.md). A progress bar is shown when \
      stderr is a terminal. Exit 0 when every file loaded, 1 when any failed, 3 when the rules \
      have diagnostics, 64 on a usage error.
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
    try CaseFileEvaluation(program: program, sources: sources, lang: lang, format: format ?? .text,
                           fallbackDate: date.flatMap { CivilDate(iso: $0) } ?? EvalCommand.today(),
                           store: noStore ? nil : (store ?? CaseStore.defaultPath), jobs: jobs).run(paths: cases)
  }
}
