import Foundation

/// Text in the two languages the tool speaks.
public struct LocalizedText: Sendable, Hashable {
  /// Chinese (the default).
  public let zh: String
  /// English (`--lang en`).
  public let en: String

  /// Creates a text in both languages.
  public init(zh: String, en: String) {
    self.zh = zh
    self.en = en
  }

  /// The text in a language.
  public func text(_ language: Language) -> String { language == .en ? en : zh }
}

/// The language of user-facing output.
public enum Language: String, Sendable, CaseIterable {
  /// 中文 (default).
  case zh
  /// English.
  case en
}

/// How serious a diagnostic is.
public enum Severity: String, Sendable, Codable {
  /// The program cannot be used.
  case error
  /// Probably a mistake; the program can still run.
  case warning
}

/// A problem found in rule sources, facts, or during evaluation; a value, never printed
/// by the library.
public struct Diagnostic: Sendable, Hashable {
  /// How serious it is.
  public let severity: Severity
  /// A stable code, e.g. `C001` (see docs/diagnostics.md).
  public let code: String
  /// The one-line message.
  public let message: LocalizedText
  /// Where it is; nil for problems without a place.
  public let range: SourceRange?
  /// What to do about it, when there is something to say.
  public let hint: LocalizedText?
  /// Related places (e.g. the other conflicting rule).
  public let notes: [Note]

  /// A related place with a message.
  public struct Note: Sendable, Hashable {
    /// The message.
    public let message: LocalizedText
    /// The place.
    public let range: SourceRange?
  }

  /// Creates a diagnostic from a catalogue entry.
  public init(
    _ entry: DiagnosticCatalog.Entry, at range: SourceRange?, notes: [Note] = []
  ) {
    self.severity = entry.severity
    self.code = entry.code
    self.message = entry.message
    self.hint = entry.hint
    self.range = range
    self.notes = notes
  }

  /// Sorts diagnostics by file, position and code so output is deterministic.
  /// Sorted by file and position, without exact repeats (a condition lowered into two
  /// definitions, such as a 法定罚款 line's, is checked twice but reported once).
  public static func sorted(_ list: [Diagnostic]) -> [Diagnostic] {
    var seen = Set<Diagnostic>()
    return list.filter { seen.insert($0).inserted }.sorted { a, b in
      let fa = a.range?.file ?? ""
      let fb = b.range?.file ?? ""
      if fa != fb { return fa < fb }
      let sa = a.range?.start ?? -1
      let sb = b.range?.start ?? -1
      if sa != sb { return sa < sb }
      return a.code < b.code
    }
  }

  /// The most diagnostics reported per run; the rest are summarised in one.
  public static let maximumReported = 100

  /// Keeps the first ``maximumReported`` diagnostics and adds one that says how many were left.
  public static func capped(_ list: [Diagnostic]) -> [Diagnostic] {
    guard list.count > maximumReported else { return list }
    let kept = Array(list.prefix(maximumReported))
    return kept + [Diagnostic(.tooManyDiagnostics(omitted: list.count - maximumReported), at: nil)]
  }
}
