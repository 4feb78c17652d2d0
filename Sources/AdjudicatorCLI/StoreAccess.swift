import CaseStore
import Foundation
import RuleLang

/// Opening the store from a command, and who and when an audit row records.
enum StoreAccess {
  static func open(_ path: String, lang: Language) throws -> CaseStore {
    do {
      return try CaseStore(path: path)
    } catch {
      Console.err("adjudicator: \(error.message.text(lang))\n")
      throw ExitStatus.failure
    }
  }

  /// The actor recorded in the audit log: `ADJUDICATOR_ACTOR`, else the login name.
  static var actor: String {
    let env = ProcessInfo.processInfo.environment
    return env["ADJUDICATOR_ACTOR"] ?? env["USER"] ?? "adjudicator"
  }

  /// Now, as an ISO 8601 timestamp in China Standard Time.
  static func now() -> String {
    let f = ISO8601DateFormatter()
    f.timeZone = TimeZone(identifier: "Asia/Shanghai")
    return f.string(from: Date())
  }
}
