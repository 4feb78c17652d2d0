import ArgumentParser
import CaseStore
import Dossier
import Foundation
import PenaltyDomain
import RuleLang

/// `adjudicator review queue|show|record`: the legal reviewer's desk (法制审核).
struct ReviewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "review",
    abstract: "The legal reviewer's desk (法制审核): the queue of major decisions, the review sheet, the recorded opinion.",
    subcommands: [Queue.self, Show.self, Record.self]
  )

  /// Options every review subcommand takes.
  struct Common: ParsableArguments {
    @Option(help: "The case store (default: ./adjudicator.sqlite).")
    var store: String = CaseStore.defaultPath

    @Option(help: "Output language: zh (default) or en.")
    var lang: Language = .zh

    func open() throws -> CaseStore {
      guard FileManager.default.fileExists(atPath: store) else {
        Console.err("adjudicator: \(lang == .zh ? "案件库不存在" : "no store at") \(store)\n")
        throw ExitStatus.failure
      }
      return try StoreAccess.open(store, lang: lang)
    }

    func fail(_ zh: String, _ en: String) -> ExitCode {
      Console.err("adjudicator: \(lang == .zh ? zh : en)\n")
      return ExitStatus.failure
    }
  }

  /// The calendar of a stored rule set.
  static func calendar(_ store: CaseStore, _ rulesHash: String) -> WorkCalendar? {
    guard let sources = try? store.ruleSet(rulesHash) else { return nil }
    return RuleCompiler.compile(sources).program?.calendar
  }

  struct Queue: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "queue",
      abstract: "Major decisions awaiting 法制审核, oldest first, each with its review deadline (10 working days, 55号令第二十五条).")
    @OptionGroup var common: Common

    func run() throws {
      let store = try common.open()
      let waiting: [CaseStore.StoredEvaluation]
      do { waiting = try store.awaitingReview() } catch { throw common.fail(error.message.zh, error.message.en) }
      let zh = common.lang == .zh
      if waiting.isEmpty {
        Console.out(zh ? "没有待法制审核的重大执法决定\n" : "no major decision awaits legal review\n")
        return
      }
      Console.out(zh ? "待法制审核 (\(waiting.count) 件, 最早的在前):\n" : "awaiting legal review (\(waiting.count), oldest first):\n")
      var calendars: [String: WorkCalendar?] = [:]  // one compile per recorded rule set
      for e in waiting {
        if calendars[e.rulesHash] == nil { calendars[e.rulesHash] = .some(ReviewCommand.calendar(store, e.rulesHash)) }
        let received = CivilDate(iso: String(e.recorded.prefix(10)))
        let deadline = received.flatMap { d in (calendars[e.rulesHash] ?? nil)?.addingWorkdays(10, to: d) }
        let due = deadline.map { "\($0)" } ?? (zh ? "无法计算 (日历未覆盖)" : "cannot tell (outside the calendar)")
        Console.out("  \(e.caseID)  \(e.outcome)  \(zh ? "提交" : "submitted") \(received.map { "\($0)" } ?? e.recorded)  "
                    + "\(zh ? "审核期限" : "review due") \(due)\n")
      }
    }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show", abstract: "The review sheet: each checklist item with the recorded evidence, or marked open (待审核).")
    @OptionGroup var common: Common
    @Argument(help: "The case id.") var caseID: String

    func run() throws {
      let store = try common.open()
      do {
        guard let e = try store.latestEvaluations([caseID]).first else {
          throw common.fail("案件库中没有案件「\(caseID)」", "the store has no case \"\(caseID)\"")
        }
        let model = try DossierModel(evaluation: e, ruleSources: try store.ruleSet(e.rulesHash) ?? [])
        let reviews = try store.reviews(of: caseID).map { "\($0.recorded) \($0.reviewer) \($0.opinion) \($0.note)" }
        Console.out(model.legalReview.text(caseID: caseID, recordedReviews: reviews, language: common.lang))
      } catch let error as CaseStore.StoreError {
        throw common.fail(error.message.zh, error.message.en)
      } catch let error as DossierError {
        throw common.fail(error.message.zh, error.message.en)
      }
    }
  }

  struct Record: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "record",
      abstract: "Record a legal review: the reviewer (checked against the register and for 回避), the opinion, checklist findings, any override.")
    @OptionGroup var common: Common
    @Argument(help: "The case id.") var caseID: String
    @Option(help: "The reviewer's id in the register.") var reviewer: String
    @Option(help: "同意, 补充调查, 改正 or 移送.") var opinion: String
    @Option(name: .customLong("item"), help: "A checklist finding N=text (repeatable; items 1–11).") var items: [String] = []
    @Option(help: "The reviewer's note.") var note: String
    @Option(help: "The reviewers register (JSON).") var register: String = "reviewers.json"
    @Option(help: "Override the computed tier.") var overrideTier: String?
    @Option(help: "Override the computed fine (yuan).") var overrideFine: String?
    @Option(help: "Why the override is lawful (required with an override).") var reason: String?
    @Option(help: "The legal basis of the override, e.g. 《行政处罚法》第三十二条 (required with an override).") var citation: String?

    static let opinions = ["同意", "补充调查", "改正", "移送"]

    func validate() throws {
      guard Self.opinions.contains(opinion) else { throw ValidationError("--opinion must be one of \(Self.opinions.joined(separator: ", "))") }
      for item in items {
        guard let eq = item.firstIndex(of: "="), let n = Int(item[..<eq]), (1...ReviewItemKey.allCases.count).contains(n) else {
          throw ValidationError("--item must be N=finding with N from 1 to \(ReviewItemKey.allCases.count), got '\(item)'")
        }
      }
      if overrideTier != nil || overrideFine != nil {
        guard let reason, !reason.isEmpty, let citation, citation.hasPrefix("《") else {
          throw ValidationError("an override needs --reason and a --citation such as 《行政处罚法》第三十二条")
        }
      }
      if let t = overrideTier, !StandardInfo.tiers.contains(t) {
        throw ValidationError("--override-tier must be one of \(StandardInfo.tiers.joined(separator: ", "))")
      }
      if let f = overrideFine, DecimalMath.parse(f) == nil { throw ValidationError("--override-fine must be an amount in yuan") }
    }

    func run() throws {
      let store = try common.open()
      let register = try ReviewerRegister.load(register, lang: common.lang)
      guard let person = register.reviewer(reviewer) else {
        throw common.fail("审核人员「\(reviewer)」不在名册中", "reviewer \"\(reviewer)\" is not in the register")
      }
      guard person.qualification != nil else {
        throw common.fail("审核人员「\(person.name)」未取得法律职业资格 (《行政处罚法》第五十八条第二款)",
                          "reviewer \"\(person.name)\" holds no 法律职业资格 (行政处罚法 Art 58 ¶2)")
      }
      let latest: CaseStore.StoredEvaluation
      do {
        guard let e = try store.latestEvaluations([caseID]).first else {
          throw common.fail("案件库中没有案件「\(caseID)」", "the store has no case \"\(caseID)\"")
        }
        latest = e
      } catch let e as CaseStore.StoreError { throw common.fail(e.message.zh, e.message.en) }
      // 回避: a reviewer who investigated the case may not review it.
      if let c = try? DecisionRecording.readCase(latest.input, format: latest.format, file: latest.file) {
        let investigators = c.procedure.filter { $0.kind != .legalReview }.flatMap(\.officers)
        if investigators.contains(where: { $0.name == person.name || ($0.certificate != nil && $0.certificate == person.certificate) }) {
          throw common.fail("审核人员「\(person.name)」参与了本案调查, 应当回避 (《行政处罚法》第五十八条第一款)",
                            "reviewer \"\(person.name)\" took part in the investigation and must stand aside (回避)")
        }
      }
      var findings: [Int: String] = [:]
      for item in items {
        let eq = item.firstIndex(of: "=")!
        findings[Int(item[..<eq])!] = String(item[item.index(after: eq)...])
      }
      let override = (overrideTier != nil || overrideFine != nil) ? (overrideTier, overrideFine, reason!, citation!) : nil
      let review = CaseStore.Review(caseID: caseID, evaluationID: latest.id, reviewer: person.id, opinion: opinion,
                                    findings: findings, note: note, override: override)
      do {
        let id = try store.record(review, actor: person.id, at: StoreAccess.now())
        Console.out(common.lang == .zh ? "已记录法制审核意见「\(opinion)」(第 \(id) 号审核)\n" : "recorded review \(id): \(opinion)\n")
      } catch { throw common.fail(error.message.zh, error.message.en) }
    }
  }
}
