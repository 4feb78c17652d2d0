import Foundation
import RuleLang

/// The agency's register of legal reviewers (法制审核人员): who may record a 法制审核 and with
/// which 法律职业资格. A JSON file: `{"reviewers": [{"id", "name", "certificate", "qualification"}]}`.
struct ReviewerRegister {
  struct Reviewer {
    let id: String
    let name: String
    let certificate: String?
    let qualification: String?
  }

  let reviewers: [Reviewer]

  /// Reads the register, or explains why it cannot.
  static func load(_ path: String, lang: Language) throws -> ReviewerRegister {
    guard let data = FileManager.default.contents(atPath: path) else {
      Console.err("adjudicator: \(path): \(lang == .zh ? "无法读取审核人员名册" : "cannot read the reviewers register")\n")
      throw ExitStatus.failure
    }
    let json: JSONValue
    do {
      json = try JSONParser.parse([UInt8](data))
    } catch {
      Console.err("\(path):\(error.line):\(error.column): \(error.message.text(lang))\n")
      throw ExitStatus.failure
    }
    guard case .array(let items)? = json["reviewers"] else {
      Console.err("adjudicator: \(path): \(lang == .zh ? "名册应含 reviewers 数组" : "the register needs a reviewers array")\n")
      throw ExitStatus.failure
    }
    return ReviewerRegister(reviewers: items.compactMap { r in
      guard case .string(let id)? = r["id"], case .string(let name)? = r["name"] else { return nil }
      func text(_ k: String) -> String? { if case .string(let s)? = r[k], !s.isEmpty { s } else { nil } }
      return Reviewer(id: id, name: name, certificate: text("certificate"), qualification: text("qualification"))
    })
  }

  func reviewer(_ id: String) -> Reviewer? { reviewers.first { $0.id == id } }
}
