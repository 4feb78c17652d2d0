import ArgumentParser
import CaseStore
import Foundation
import RuleLang

/// `adjudicator verify [--store PATH] [CASE_ID…]`
struct VerifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify",
    abstract: "Re-evaluate stored cases under their recorded rules and check every output and the audit chain.",
    discussion: "Names every case or audit row that does not hold. Exit 0 only when everything holds, 1 otherwise."
  )

  @Option(help: "The case store (default: ./adjudicator.sqlite).")
  var store: String = CaseStore.defaultPath

  @Option(help: "Output language: zh (default) or en.")
  var lang: Language = .zh

  @Argument(help: "Case ids to verify (default: all).")
  var caseIDs: [String] = []

  func run() throws {
    guard FileManager.default.fileExists(atPath: store) else {
      Console.err("adjudicator: \(lang == .zh ? "案件库不存在" : "no store at") \(store)\n")
      throw ExitStatus.failure
    }
    let db = try StoreAccess.open(store, lang: lang)
    let result: (checked: Int, findings: [Verifier.Finding])
    do {
      result = try Verifier.verify(db, caseIDs: caseIDs, engineVersion: EngineInfo.version)
    } catch {
      Console.err("adjudicator: \(error.message.text(lang))\n")
      throw ExitStatus.failure
    }
    for f in result.findings {
      let place = f.caseID.map { lang == .zh ? "案件 \($0)" : "case \($0)" } ?? f.auditSeq.map { lang == .zh ? "审计记录 \($0)" : "audit row \($0)" } ?? ""
      Console.out("\(lang == .zh ? "不符" : "MISMATCH") \(place): \(f.message.text(lang))\n")
    }
    if result.findings.isEmpty {
      Console.out(lang == .zh ? "已核验 \(result.checked) 次评价与审计链, 全部一致\n" : "verified \(result.checked) evaluations and the audit chain: all hold\n")
    } else {
      throw ExitStatus.failure
    }
  }
}
