import Adjudication
import RuleLang

/// The stored output of an evaluation, read back from its JSON (`DecisionRenderer.json` with
/// the trace). Only reading: every value here is what the engine recorded.
struct StoredOutput {
  var caseID: String
  var file: String
  var outcome: String
  var violations: [Violation]
  var checks: [Check]
  var blocked: Bool

  struct Violation {
    var code: String
    var title: String?
    var decision: Computation
    var lenity: Step?
    var computations: [Computation]
  }

  struct Computation {
    var label: String
    var date: String
    var outcome: String
    var tier: String?
    var standard: String?
    var fine: String?
    var sanctions: [Sanction]
    var steps: [Step]
    var reviewReasons: [String]
    var flags: [String]
    var missingFacts: [String]
    /// 违反 and 处罚依据 of the version that applied, as recorded.
    var violates: [String]
    var penaltyBasis: [String]
    var trace: [Derivation]
  }

  struct Sanction {
    var kind: String
    var amount: String?
    var band: Band?
    var citations: [String]
  }

  struct Step {
    var text: String
    var citations: [String]
  }

  /// One derivation of the trace: its name, displayed value, rule citations and reads.
  struct Derivation {
    var name: String
    var display: String?
    var citations: [String]
    var reads: [ReadEntry]
  }

  struct Check {
    var name: String
    var title: String
    var result: String
    var citations: [String]
    var reads: [ReadEntry]
    var missing: [String]
    var problem: String?
    var consequence: String?
    var deadline: String?
    var blocksDecision: Bool
  }

  /// Reads the stored JSON text; throws when it is not the shape the engine writes.
  init(json text: String) throws(DossierError) {
    let root: JSONValue
    do {
      root = try JSONParser.parse(Array(text.utf8))
    } catch {
      throw DossierError(zh: "记录的输出不是有效的 JSON: \(error.message.zh)", en: "the stored output is not valid JSON: \(error.message.en)")
    }
    let r = Reader.self
    caseID = try r.string(root, "case")
    file = try r.string(root, "file")
    outcome = try r.string(root, "outcome")
    violations = try r.array(root, "violations").map { v throws(DossierError) in
      Violation(
        code: try r.string(v, "code"), title: r.optionalString(v, "title"),
        decision: try Self.computation(try r.member(v, "decision")),
        lenity: try v["lenity"].map { s throws(DossierError) in try Self.step(s) },
        computations: try (v["computations"] == nil ? [] : try r.array(v, "computations"))
          .map { c throws(DossierError) in try Self.computation(c) })
    }
    checks = try r.array(root, "checks").map { c throws(DossierError) in
      Check(
        name: try r.string(c, "name"), title: try r.string(c, "title"), result: try r.string(c, "result"),
        citations: try r.strings(c, "citations"), reads: try r.array(c, "reads").map(Self.read),
        missing: c["missing"] == nil ? [] : try r.strings(c, "missing"), problem: r.optionalString(c, "problem"),
        consequence: r.optionalString(c, "consequence"), deadline: r.optionalString(c, "deadline"),
        blocksDecision: c["blocksDecision"] == .bool(true))
    }
    blocked = root["blocked"] == .bool(true)
  }

  private static func computation(_ c: JSONValue) throws(DossierError) -> Computation {
    let r = Reader.self
    return Computation(
      label: try r.string(c, "label"), date: try r.string(c, "date"), outcome: try r.string(c, "outcome"),
      tier: r.optionalString(c, "tier"), standard: r.optionalString(c, "standard"), fine: r.optionalString(c, "fine"),
      sanctions: try r.array(c, "sanctions").map { s throws(DossierError) in
        Sanction(kind: try r.string(s, "kind"), amount: r.optionalString(s, "amount"), band: s["band"].flatMap(Self.band),
                 citations: try r.strings(s, "citations"))
      },
      steps: try r.array(c, "steps").map { s throws(DossierError) in try step(s) },
      reviewReasons: try r.strings(c, "reviewReasons"), flags: try r.strings(c, "flags"),
      missingFacts: try r.strings(c, "missingFacts"),
      violates: try r.strings(c, "violates"), penaltyBasis: try r.strings(c, "penaltyBasis"),
      trace: (c["trace"].map { t in if case .array(let items) = t { items } else { [] } } ?? []).map(derivation))
  }

  private static func step(_ s: JSONValue) throws(DossierError) -> Step {
    Step(text: try Reader.string(s, "text"), citations: try Reader.strings(s, "citations"))
  }

  private static func band(_ b: JSONValue) -> Band? {
    guard case .string(let l)? = b["lower"], case .string(let u)? = b["upper"], let lower = DecimalMath.parse(l),
      let upper = DecimalMath.parse(u) else { return nil }
    return Band(lower: lower, upper: upper, lowerOpen: b["lowerOpen"] == .bool(true), upperOpen: b["upperOpen"] == .bool(true))
  }

  private static func derivation(_ d: JSONValue) -> Derivation {
    var citations: [String] = []
    if case .array(let list)? = d["rule"]?["citations"] {
      citations = list.compactMap { if case .string(let t)? = $0["text"] { t } else { nil } }
    }
    let reads: [ReadEntry] = if case .array(let list)? = d["reads"] { list.map(read) } else { [] }
    return Derivation(name: Reader.text(d["name"]) ?? "", display: Reader.text(d["display"]), citations: citations, reads: reads)
  }

  private static func read(_ r: JSONValue) -> ReadEntry {
    ReadEntry(name: Reader.text(r["name"]) ?? "", source: Reader.text(r["source"]) ?? "", value: ValueDisplay.text(r["value"] ?? .null))
  }
}

/// Typed access to the members of the stored JSON, with a clear error on a wrong shape.
private enum Reader {
  static func text(_ v: JSONValue?) -> String? {
    if case .string(let s)? = v { s } else { nil }
  }

  static func member(_ v: JSONValue, _ key: String) throws(DossierError) -> JSONValue {
    guard let m = v[key] else { throw shape(key) }
    return m
  }

  static func string(_ v: JSONValue, _ key: String) throws(DossierError) -> String {
    guard case .string(let s)? = v[key] else { throw shape(key) }
    return s
  }

  static func optionalString(_ v: JSONValue, _ key: String) -> String? { Self.text(v[key]) }

  static func array(_ v: JSONValue, _ key: String) throws(DossierError) -> [JSONValue] {
    guard case .array(let items)? = v[key] else { throw shape(key) }
    return items
  }

  static func strings(_ v: JSONValue, _ key: String) throws(DossierError) -> [String] {
    try array(v, key).map { item throws(DossierError) in
      guard case .string(let s) = item else { throw shape(key) }
      return s
    }
  }

  private static func shape(_ key: String) -> DossierError {
    DossierError(zh: "记录的输出缺少或错写了「\(key)」", en: "the stored output lacks or mistypes \"\(key)\"")
  }
}

/// A problem building a dossier, in both languages.
public struct DossierError: Error, Sendable {
  /// What went wrong.
  public let message: LocalizedText

  init(zh: String, en: String) { message = LocalizedText(zh: zh, en: en) }
}
