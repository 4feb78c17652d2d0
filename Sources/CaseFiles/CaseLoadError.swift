import PenaltyDomain
import RuleLang

/// A case file that could not be read, with the place and the reason.
public struct CaseLoadError: Error, Sendable {
  /// The file, line and column (line 0 when the whole file is at fault).
  public let origin: Origin
  /// Why.
  public let message: LocalizedText

  /// Creates an error.
  public init(_ origin: Origin, _ zh: String, _ en: String) {
    self.origin = origin
    self.message = LocalizedText(zh: zh, en: en)
  }

  /// `file:line:column: message`.
  public func text(_ language: Language) -> String {
    "\(origin.text): \(message.text(language))"
  }
}
