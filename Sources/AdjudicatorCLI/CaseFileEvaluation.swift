import Adjudication
import Batch
import CaseFiles
import CaseStore
import Foundation
import RuleLang

/// `evaluate` over enforcement case files: decided on `jobs` threads (``CaseBatch``), printed in
/// input order, stored in batches of 256 (one transaction, a savepoint per case), with the
/// counts by outcome on stderr and a progress bar when stderr is a terminal.
struct CaseFileEvaluation {
  let program: CheckedProgram
  let sources: [SourceFile]
  let lang: Language
  let format: EvaluateCommand.DecisionFormat
  let fallbackDate: CivilDate
  /// The store's path, or nil with `--no-store`.
  let store: String?
  let jobs: Int

  /// Tier counts in the law's order (不予处罚 … 从重), then any others as first seen.
  static func ordered(_ tiers: [(String, Int)]) -> [(String, Int)] {
    let order = ["不予处罚", "免予处罚", "减轻", "从轻", "一般", "从重"]
    return tiers.enumerated().sorted { a, b in
      (order.firstIndex(of: a.element.0) ?? order.count + a.offset) < (order.firstIndex(of: b.element.0) ?? order.count + b.offset)
    }.map(\.element)
  }

  /// Decisions stored per transaction.
  static let batchSize = 256

  func run(paths: [String]) throws {
    let recorder = try store.map { try StoreAccess.open($0, lang: lang) }
    let renderer = DecisionRenderer(language: lang, sources: sources)
    let format = self.format
    let batch = CaseBatch(adjudicator: Adjudicator(program: program), fallbackDate: fallbackDate, sources: sources,
                          rulesHash: recorder == nil ? nil : Fingerprint.ruleSet(sources), engineVersion: EngineInfo.version,
                          jobs: jobs) { decision in
      switch format {
      case .text: .text(renderer.text(decision) + "\n")
      case .json: .json(renderer.json(decision))
      case .jsonl: .text(renderer.json(decision, trace: false).compact() + "\n")
      }
    }
    var writer = StoreWriter(recorder: recorder, sources: sources, lang: lang)
    var failures = 0
    var failedFiles: [String] = []
    var counts: [DecisionOutcome: Int] = [:]
    var tiers: [(String, Int)] = []  // 阶次 of each violation's governing computation, in first-seen order
    var decisions: [JSONValue] = []
    let files = paths.flatMap { CaseFileLoader.files($0) }
    var meter = ProgressMeter(language: lang, files: files, started: Date())
    var storeError: Error?
    batch.run(paths: files) { entries, bytes in
      guard storeError == nil else { return }
      var decided = 0
      for entry in entries {
        switch entry {
        case .unreadable(let error):
          failures += 1
          failedFiles.append(error.origin.file)
          meter.clear()
          Console.err("\(lang == .zh ? "无法读取案件" : "cannot load case") \(error.text(lang))\n")
        case .invalid(let problems):
          failures += 1
          failedFiles += problems.map(\.origin.file)
          meter.clear()
          for p in problems { Console.err("\(lang == .zh ? "案件有误" : "case error") \(p.origin.text): \(p.message.text(lang))\n") }
        case .decided(_, let decision, let rendered, let evaluation):
          decided += 1
          counts[decision.outcome, default: 0] += 1
          for v in decision.violations {
            let tier = v.chosen.tier ?? (lang == .zh ? "无阶次" : "no tier")
            if let i = tiers.firstIndex(where: { $0.0 == tier }) { tiers[i].1 += 1 } else { tiers.append((tier, 1)) }
          }
          if let evaluation { writer.pending.append(evaluation) }
          switch rendered {
          case .json(let json): decisions.append(json)
          case .text(let text):
            meter.clear()
            Console.out(text)
          }
        }
      }
      do {
        if writer.pending.count >= Self.batchSize { try writer.flush() }
      } catch {
        storeError = error
      }
      meter.advance(bytes: bytes, records: decided)
    }
    meter.clear()
    if let storeError { throw storeError }
    try writer.flush()
    if format == .json { Console.out(JSONValue.array(decisions).pretty() + "\n") }
    let summary = DecisionOutcome.allCases.compactMap { o in counts[o].map { "\(lang == .zh ? o.rawValue : o.english) \($0)" } }
    Console.err((lang == .zh ? "共 \(counts.values.reduce(0, +)) 件: " : "\(counts.values.reduce(0, +)) cases: ")
                + summary.joined(separator: ", ")
                + (tiers.isEmpty ? "" : (lang == .zh ? "; 阶次: " : "; tiers: ") + Self.ordered(tiers).map { "\($0.0) \($0.1)" }.joined(separator: ", "))
                + (failures > 0 ? (lang == .zh ? "; 无法读取 \(failures) 件" : "; \(failures) failed to load") : "")
                + (recorder.map { r in lang == .zh ? "; 新记录 \(writer.stored) 件 (\(r.path))" : "; \(writer.stored) newly recorded (\(r.path))" } ?? "")
                + "\n")
    if !failedFiles.isEmpty { Console.err(FailureList.text(failedFiles, lang: lang)) }
    if failures > 0 { throw ExitStatus.failure }
  }
}

/// Stores pending decisions in one transaction per flush; a store failure stops the batch.
struct StoreWriter {
  let recorder: CaseStore?
  let sources: [SourceFile]
  let lang: Language
  let actor = StoreAccess.actor
  let now = StoreAccess.now()
  var pending: [CaseStore.Evaluation] = []
  /// Decisions newly recorded so far.
  var stored = 0

  init(recorder: CaseStore?, sources: [SourceFile], lang: Language) {
    self.recorder = recorder
    self.sources = sources
    self.lang = lang
  }

  mutating func flush() throws {
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
}
