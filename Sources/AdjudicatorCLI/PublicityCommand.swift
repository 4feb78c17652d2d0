import ArgumentParser
import CaseStore
import Foundation
import RuleLang

/// `adjudicator publicity [--format csv|json] [--store PATH] [--view public|platform] [CASE_ID…]`
struct PublicityCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "publicity",
    abstract: "Export the 双公示 行政处罚信息 records (信用中国) of stored penalty decisions.",
    discussion: """
      One record per stored 处罚 decision (the latest evaluation of each case), rendered from the \
      stored output and the stored case; nothing is decided again. Cases without a record (不予处罚, \
      移送, 需人工审核, 待补充, a blocked decision, a minor party) are named on stderr with the reason, \
      and so are the needed fields each record lacks. The public view masks 证件号码 and \
      法定代表人证件号码 (every character); the platform view keeps them. CSV is UTF-8 with a byte \
      order mark, RFC 4180, CRLF, header row of the Chinese field names. Exit 0, or 1 when a case id \
      is unknown or a stored evaluation cannot be read.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

  @Option(help: "Output format: csv (default) or json.")
  var format: Format = .csv

  @Option(help: "The case store (default: ./adjudicator.sqlite).")
  var store: String = CaseStore.defaultPath

  @Option(help: "public (default: 证件号码 masked) or platform (as reported to the credit platform).")
  var view: PublicityView = .public

  @Option(help: "Language of the messages on stderr and of the JSON reasons: zh (default) or en.")
  var lang: Language = .zh

  @Argument(help: ArgumentHelp("Case ids (default: every case in the store).", valueName: "case-id"))
  var caseIDs: [String] = []

  func run() throws {
    let zh = lang == .zh
    guard FileManager.default.fileExists(atPath: store) else {
      Console.err("adjudicator: \(zh ? "案件库不存在" : "no store at") \(store)\n")
      throw ExitStatus.failure
    }
    let db = try StoreAccess.open(store, lang: lang)
    let evaluations: [CaseStore.StoredEvaluation]
    do {
      evaluations = try db.latestEvaluations(caseIDs)
    } catch {
      Console.err("adjudicator: \(error.message.text(lang))\n")
      throw ExitStatus.failure
    }
    var failed = false
    // The order asked for, else the store's.
    var ordered = evaluations
    if !caseIDs.isEmpty {
      let byID = Dictionary(evaluations.map { ($0.caseID, $0) }, uniquingKeysWith: { a, _ in a })
      ordered = []
      for id in caseIDs where !ordered.contains(where: { $0.caseID == id }) {
        if let e = byID[id] { ordered.append(e) } else {
          Console.err("\(zh ? "未知案件" : "unknown case") \(id)\n")
          failed = true
        }
      }
    }
    var records: [PublicityRecord] = []
    for e in ordered {
      switch Publicity.build(e) {
      case .record(let r):
        records.append(r)
        if !r.missing.isEmpty {
          Console.err("\(zh ? "案件" : "case") \(r.caseID): \(zh ? "缺少" : "missing") "
                      + r.missing.map { "\($0.field.code) \($0.field.name)" }.joined(separator: zh ? "、" : ", ") + "\n")
        }
      case .withheld(let id, let reason):
        Console.err("\(zh ? "案件" : "case") \(id): \(zh ? "无公示记录" : "no record") — \(reason.text(lang))\n")
      case .failed(let id, let reason):
        Console.err("\(zh ? "案件" : "case") \(id): \(reason.text(lang))\n")
        failed = true
      }
    }
    switch format {
    case .csv: Console.out(PublicityExport.csv(records, view: view))
    case .json: Console.out(PublicityExport.json(records, view: view, language: lang).pretty() + "\n")
    }
    Console.err(zh ? "公示记录 \(records.count) 条 (\(view == .public ? "公开视图" : "报送视图"))\n"
                   : "\(records.count) records (\(view.rawValue) view)\n")
    if failed { throw ExitStatus.failure }
  }
}

extension PublicityView: ExpressibleByArgument {}
