import Foundation

/// Why a value came out as it did: one ``Derivation`` per definition evaluated, in the
/// order they finished. The dossier and `:why` render this; they never recompute.
public struct Trace: Sendable {
  /// Derivations in the order they finished (dependencies before dependants).
  public private(set) var derivations: [Derivation] = []
  private var byName: [String: Int] = [:]

  mutating func append(_ d: Derivation) {
    byName[d.name] = derivations.count
    derivations.append(d)
  }

  /// The derivation of a definition, if it was evaluated.
  public func derivation(of name: String) -> Derivation? {
    byName[name].map { derivations[$0] }
  }

  /// The derivation of `name` and, depth first, of every definition it read.
  public func chain(of name: String) -> [Derivation] {
    var out: [Derivation] = []
    var seen: Set<String> = []
    func visit(_ n: String) {
      guard !seen.contains(n), let d = derivation(of: n) else { return }
      seen.insert(n)
      out.append(d)
      for r in d.reads where r.source == .definition { visit(r.name) }
    }
    visit(name)
    return out
  }
}

/// How one definition got its value (or its error).
public struct Derivation: Sendable {
  /// The definition's name.
  public let name: String
  /// 定义, 后果 or 参数.
  public let kind: DefinitionKind
  /// The value, or the runtime error.
  public let outcome: Outcome
  /// The rule that gave the value.
  public let rule: AppliedRule?
  /// Every fact, definition and date read while deciding, with what was read.
  public let reads: [Read]
  /// The rules considered and what became of each.
  public let considered: [ConsideredRule]
  /// Comparisons (<, <=, >, >=) whose two sides were equal: the case sits exactly on a
  /// boundary of the rule, which a reviewer should see.
  public let boundaryHits: [BoundaryHit]
}

/// A comparison evaluated exactly at its boundary.
public struct BoundaryHit: Sendable {
  /// The comparison's place.
  public let range: SourceRange
  /// The value on both sides.
  public let value: Value
}

/// The rule that produced a value.
public struct AppliedRule: Sendable {
  /// The rule's label.
  public let label: String?
  /// Whether it was the 否则 rule.
  public let isOtherwise: Bool
  /// Its citations: the legal basis of the value.
  public let citations: [Citation]
  /// Its period in force.
  public let period: Period?
  /// The label of the rule it is an exception to, when it applied as an exception.
  public let exceptionTo: String?
  /// Where it is written.
  public let range: SourceRange
  /// Other rules that applied with the same value (their citations are included above).
  public var concurring: [String] = []
}

extension AppliedRule {
  /// The applied rule `k` of a definition, with the citations of the rules that concurred.
  /// (The interpreter and the compiled tracing path both build it here.)
  init(_ d: DefinitionInfo, rule k: Int, concurring: [Int]) {
    let rule = d.rules[k]
    var citations = rule.citations
    for other in concurring {
      for c in d.rules[other].citations where !citations.contains(where: { $0.text == c.text }) { citations.append(c) }
    }
    self.init(label: rule.label, isOtherwise: rule.isOtherwise, citations: citations, period: rule.period,
              exceptionTo: rule.parent.flatMap { d.rules[$0].label }, range: rule.range,
              concurring: concurring.map { d.rules[$0].label ?? d.rules[$0].displayName(.zh, file: nil) })
  }
}

/// A value read during evaluation.
public struct Read: Sendable, Hashable {
  /// Where the value came from.
  public enum Source: String, Sendable { case fact, definition, evaluationDate }
  /// Its name.
  public let name: String
  /// Where it came from.
  public let source: Source
  /// The value, or nil when it was missing or failed.
  public let value: Value?

  /// Each read once, in the order first read.
  static func unique(_ reads: [Read]) -> [Read] {
    var unique: [Read] = []
    for r in reads where !unique.contains(r) { unique.append(r) }
    return unique
  }
}

/// What became of one rule while a definition was evaluated.
public struct ConsideredRule: Sendable {
  /// What happened.
  public enum Status: String, Sendable {
    /// Its period did not contain the evaluation date.
    case notInForce
    /// Its condition was false.
    case conditionFalse
    /// It applied and gave the value.
    case applied
    /// Its condition held, but an exception to it applied.
    case overridden
    /// It was not reached (e.g. another rule already decided).
    case notEvaluated
  }
  /// The rule's label or place.
  public let label: String?
  /// Where it is written.
  public let range: SourceRange
  /// What happened.
  public let status: Status
}

/// A value or a runtime error: evaluation never crashes.
public enum Outcome: Sendable {
  case value(Value)
  case error(EvalError)

  /// The value, if there is one.
  public var value: Value? {
    if case .value(let v) = self { return v }
    return nil
  }
}

/// A runtime problem with its place (missing fact, division by zero, conflict …).
public struct EvalError: Error, Sendable {
  /// The diagnostic describing it.
  public let diagnostic: Diagnostic
  /// Missing facts that caused it, for 待补充 lists.
  public let missingFacts: [String]

  init(_ entry: DiagnosticCatalog.Entry, at range: SourceRange?, notes: [Diagnostic.Note] = [],
       missing: [String] = []) {
    self.diagnostic = Diagnostic(entry, at: range, notes: notes)
    self.missingFacts = missing
  }
}
