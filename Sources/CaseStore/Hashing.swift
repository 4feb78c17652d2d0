import Crypto
import Foundation
import RuleLang

/// SHA-256 fingerprints: of inputs, outputs, rule sets and audit rows.
public enum Fingerprint {
  /// The lowercase hex SHA-256 of bytes.
  public static func sha256(_ bytes: [UInt8]) -> String {
    SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
  }

  /// The lowercase hex SHA-256 of a string's UTF-8.
  public static func sha256(_ text: String) -> String { sha256(Array(text.utf8)) }

  /// The fingerprint of a rule set: every file's path and bytes, in path order, so the same
  /// rules give the same hash wherever they were loaded from.
  public static func ruleSet(_ sources: [SourceFile]) -> String {
    var bytes: [UInt8] = []
    for s in sources.sorted(by: { $0.path < $1.path }) {
      bytes += Array(s.path.utf8) + [0] + Array(s.text.utf8) + [0]
    }
    return sha256(bytes)
  }
}
