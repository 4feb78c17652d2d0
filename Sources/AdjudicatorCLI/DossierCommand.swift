import ArgumentParser
import CaseStore
import Dossier
import Foundation
import RuleLang

/// `adjudicator dossier CASE_ID [--format html|xml|json] [--lang zh|en] [--store PATH] [-o FILE]`
struct DossierCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dossier",
    abstract: "Render the dossier (案卷) of a stored case: summary, facts, citation chain, checks, draft 决定书, 法制审核 sheet.",
    discussion: """
      Reads the latest evaluation of the case from the store (run `evaluate` first) and renders \
      it; nothing is decided again. HTML (default; one self-contained file, A4 print layout), XML \
      (Schemas/dossier.xsd) or JSON. Exit 0 on success, 1 when the store or the case cannot be \
      read (an unknown id lists the nearest stored ids), 64 on a usage error.
      """
  )

  @Argument(help: "The case id (as recorded by evaluate).")
  var caseID: String

  @Option(help: "Output format: html (default), xml or json.")
  var format: DossierFormat = .html

  @Option(help: "Label language: zh (default) or en; legal texts stay Chinese.")
  var lang: Language = .zh

  @Option(help: "The case store (default: ./adjudicator.sqlite).")
  var store: String = CaseStore.defaultPath

  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
  var output: String?

  enum DossierFormat: String, ExpressibleByArgument, CaseIterable { case html, xml, json }

  func run() throws {
    guard FileManager.default.fileExists(atPath: store) else {
      Console.err("adjudicator: \(lang == .zh ? "案件库不存在" : "no store at") \(store)\n")
      throw ExitStatus.failure
    }
    let db = try StoreAccess.open(store, lang: lang)
    let model: DossierModel
    do {
      guard let evaluation = try db.latestEvaluations([caseID]).first else {
        let ids = try db.latestEvaluations().map(\.caseID)
        Console.err(Self.unknownCase(caseID, among: ids, lang: lang))
        throw ExitStatus.failure
      }
      let rules = try db.ruleSet(evaluation.rulesHash) ?? []
      model = try DossierModel(evaluation: evaluation, ruleSources: rules)
    } catch let error as CaseStore.StoreError {
      Console.err("adjudicator: \(error.message.text(lang))\n")
      throw ExitStatus.failure
    } catch let error as DossierError {
      Console.err("adjudicator: \(caseID): \(error.message.text(lang))\n")
      throw ExitStatus.failure
    }
    let text = switch format {
    case .html: HTMLRenderer(language: lang).render(model)
    case .xml: XMLRenderer().render(model)
    case .json: JSONRenderer().render(model)
    }
    guard let output else { return Console.out(text) }
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
    } catch {
      Console.err("adjudicator: \(lang == .zh ? "无法写入" : "cannot write") \(output): \(error.localizedDescription)\n")
      throw ExitStatus.failure
    }
  }

  /// The message for an id the store does not hold: the nearest ids by edit distance.
  static func unknownCase(_ id: String, among ids: [String], lang: Language) -> String {
    let target = Array(id)
    let limit = max(2, target.count / 2)
    var scored: [(id: String, distance: Int)] = []
    for candidate in ids {
      let d = Suggestions.distance(target, Array(candidate))
      if d <= limit { scored.append((candidate, d)) }
    }
    scored.sort { a, b in a.distance != b.distance ? a.distance < b.distance : a.id < b.id }
    let near: [String] = scored.prefix(5).map { $0.id }
    var out = lang == .zh ? "adjudicator: 案件库中没有案件「\(id)」" : "adjudicator: the store holds no case \"\(id)\""
    if near.isEmpty {
      out += lang == .zh ? " (共 \(ids.count) 件; 先运行 evaluate 记录案件)\n" : " (\(ids.count) cases stored; run evaluate first)\n"
    } else {
      out += lang == .zh ? "; 相近的案件: " : "; nearest stored ids: "
      out += near.joined(separator: lang == .zh ? "、" : ", ") + "\n"
    }
    return out
  }
}
