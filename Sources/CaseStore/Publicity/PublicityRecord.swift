import RuleLang

/// One 双公示 行政处罚信息 record (publicity.md §2.2): the current record, one per penalty
/// decision, built from a stored evaluation by `Publicity.build`. Every value is taken from the
/// stored output or the stored case, or from a fixed table or a stated publication rule; each
/// field names where its value came from (`sources`).
public struct PublicityRecord: Sendable {
  /// Where a value came from.
  public struct Source: Sendable, Equatable {
    /// The kinds of origin.
    public enum Kind: String, Sendable {
      /// Copied from the stored case (`paths`: `party.name`, `agency.name`, `decisionDate` …).
      case caseFile
      /// Copied or joined from the stored output JSON (`paths`: `violations[0].title` …); amounts
      /// only change unit (元 → 万元).
      case storedOutput
      /// The inputs at `paths` (case or output, prefixed `case:` / `output:`) looked up in a
      /// fixed table of this module (`rule` names it).
      case mapping
      /// A stated publication rule (`rule`) applied to the inputs at `paths`.
      case policy
    }

    /// The kind.
    public let kind: Kind
    /// The inputs read.
    public let paths: [String]
    /// The table or rule applied, with its source.
    public let rule: String?

    static func fromCase(_ path: String, rule: String? = nil) -> Source { Source(kind: .caseFile, paths: [path], rule: rule) }
    static func fromOutput(_ paths: [String]) -> Source { Source(kind: .storedOutput, paths: paths, rule: nil) }
  }

  /// A field the record needs but the stored decision and the case do not give.
  public struct Missing: Sendable {
    /// The field.
    public let field: PublicityField
    /// Why it is empty.
    public let reason: LocalizedText
  }

  /// The case.
  public let caseID: String
  /// The stored evaluation the record renders.
  public let evaluationID: Int64
  /// The values as reported to the platform (unmasked); absent = empty.
  public internal(set) var values: [PublicityField: String] = [:]
  /// Where each value came from.
  public internal(set) var sources: [PublicityField: Source] = [:]
  /// The fields that are needed and empty, in table order.
  public internal(set) var missing: [Missing] = []
  /// Points about the data that do not empty a field (a check digit that does not hold, a
  /// name read as a 第九条 kind …).
  public internal(set) var notes: [LocalizedText] = []

  /// The value of a field in a view ("" when empty). In the public view a non-public field
  /// (证件号码, 法定代表人证件号码) is masked: every character becomes `*`, so no digit is shown
  /// (publicity.md §3: not a public field; remove 身份证号码 from published text).
  public func value(_ field: PublicityField, view: PublicityView) -> String {
    let v = values[field] ?? ""
    return view == .public && !field.isPublic ? Self.mask(v) : v
  }

  /// Every character replaced by `*`.
  public static func mask(_ s: String) -> String { String(repeating: "*", count: s.count) }

  /// The values of a view in table order.
  public func row(_ view: PublicityView) -> [String] { PublicityField.allCases.map { value($0, view: view) } }
}

/// What `Publicity.build` made of a stored evaluation.
public enum PublicityOutcome: Sendable {
  /// A record.
  case record(PublicityRecord)
  /// No record, and why (not a penalty, not decided, blocked, a minor …).
  case withheld(caseID: String, reason: LocalizedText)
  /// The stored evaluation could not be read.
  case failed(caseID: String, reason: LocalizedText)

  /// The case.
  public var caseID: String {
    switch self {
    case .record(let r): r.caseID
    case .withheld(let id, _), .failed(let id, _): id
    }
  }
}
