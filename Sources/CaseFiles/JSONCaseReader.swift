import Foundation
import PenaltyDomain
import RuleLang

/// Reads cases from JSON (one case per file) or JSON Lines (one case per line), with the
/// same model and field names as the XML schema.
public enum JSONCaseReader {
  /// Reads one case from a JSON document. `lineOffset` places JSON Lines records.
  public static func read(_ bytes: [UInt8], file: String, lineOffset: Int = 0) throws(CaseLoadError) -> EnforcementCase {
    guard !bytes.isEmpty else { throw CaseLoadError(Origin(file: file, line: lineOffset + 1, column: 1), "文件为空", "the file is empty") }
    let json: JSONValue
    do {
      json = try JSONParser.parse(bytes)
    } catch {
      throw CaseLoadError(Origin(file: file, line: lineOffset + error.line, column: error.column),
                          "JSON 格式错误: \(error.message.zh)", "malformed JSON: \(error.message.en)")
    }
    var reader = JSONFields(file: file, bytes: bytes, lineOffset: lineOffset)
    var draft = try reader.readCase(json)
    draft.input = (bytes, "json")
    return try CaseValidation.check(draft)
  }
}

/// Typed access to JSON fields with located errors (the location of a field is found by
/// its key in the source text).
struct JSONFields {
  let file: String
  let bytes: [UInt8]
  let lineOffset: Int

  func origin(_ key: String?) -> Origin {
    guard let key, let at = XMLSafeParser.firstOccurrence(of: "\"\(key)\"", in: bytes) else {
      return Origin(file: file, line: lineOffset + 1, column: 1)
    }
    let o = XMLSafeParser.origin(of: at, in: bytes, file: file)
    return Origin(file: file, line: o.line + lineOffset, column: o.column)
  }

  func fail(_ key: String, _ zh: String, _ en: String) -> CaseLoadError {
    CaseLoadError(origin(key), zh, en)
  }

  func object(_ v: JSONValue?, _ key: String) throws(CaseLoadError) -> JSONValue {
    guard let v, case .object = v else { throw fail(key, "「\(key)」应为对象", "\"\(key)\" must be an object") }
    return v
  }

  func string(_ v: JSONValue, _ key: String, required: Bool = true) throws(CaseLoadError) -> String? {
    switch v[key] {
    case .string(let s)? where !s.isEmpty || !required: return s
    case nil, .null?:
      if required { throw fail(key, "缺少必填字段「\(key)」", "the required field \"\(key)\" is missing") }
      return nil
    case .number(let n)?: return n
    case .bool(let b)?: return b ? "true" : "false"
    default: throw fail(key, "「\(key)」应为文本", "\"\(key)\" must be text")
    }
  }

  func date(_ v: JSONValue, _ key: String, required: Bool = false) throws(CaseLoadError) -> CivilDate? {
    guard let s = try string(v, key, required: required) else { return nil }
    guard let d = CivilDate(iso: s) else {
      throw fail(key, "「\(key)」的值「\(s)」不是有效日期 (YYYY-MM-DD)", "\"\(key)\" value \"\(s)\" is not a valid date (YYYY-MM-DD)")
    }
    return d
  }

  func array(_ v: JSONValue, _ key: String) throws(CaseLoadError) -> [JSONValue] {
    switch v[key] {
    case nil, .null?: return []
    case .array(let items)?: return items
    default: throw fail(key, "「\(key)」应为数组", "\"\(key)\" must be an array")
    }
  }

  /// Refuses a key the model does not know: a misspelt `"circumstance"` must not silently
  /// drop what it holds and change the decision.
  func onlyKnown(_ v: JSONValue, _ allowed: [String], in what: String) throws(CaseLoadError) {
    guard case .object(let members) = v else { return }
    for (key, _) in members where !allowed.contains(key) {
      let hint = Suggestions.closest(to: key, in: allowed).map { ("; 是否想写「\($0)」", "; did you mean \"\($0)\"") } ?? ("", "")
      throw fail(key, "\(what)中有未知字段「\(key)」\(hint.0)", "unknown field \"\(key)\" in \(what)\(hint.1)")
    }
  }

  mutating func readCase(_ json: JSONValue) throws(CaseLoadError) -> EnforcementCase {
    guard case .object = json else { throw CaseLoadError(origin(nil), "案件应为 JSON 对象", "a case must be a JSON object") }
    try onlyKnown(json, ["id", "agency", "party", "violations", "discovered", "decisionDate", "facts", "circumstances",
                         "priorOffences", "evidence", "procedure", "decision"], in: "case")
    let id = try string(json, "id")!
    let a = try object(json["agency"], "agency")
    try onlyKnown(a, ["code", "name", "powers", "published", "unpublished"], in: "agency")
    var agency = Agency(code: try string(a, "code")!, name: try string(a, "name")!,
                        powers: try array(a, "powers").compactMap { if case .string(let s) = $0 { s } else { nil } })
    for p in try array(a, "published") {
      guard case .string(let code) = p else { throw fail("published", "「published」应为权力编码的数组", "\"published\" must be an array of power codes") }
      agency.published[code] = true
    }
    for p in try array(a, "unpublished") {
      guard case .string(let code) = p else { throw fail("unpublished", "「unpublished」应为权力编码的数组", "\"unpublished\" must be an array of power codes") }
      agency.published[code] = false
    }
    let p = try object(json["party"], "party")
    try onlyKnown(p, ["type", "name", "idNumber", "address", "birthDate"], in: "party")
    let kindText = try string(p, "type")!
    guard let kind = PartyKind(rawValue: kindText) else {
      throw fail("type", "当事人类型「\(kindText)」应为 个人 或 单位", "party type \"\(kindText)\" must be 个人 or 单位")
    }
    let party = Party(kind: kind, name: try string(p, "name")!, identityNumber: try string(p, "idNumber", required: false),
                      address: try string(p, "address", required: false), birthDate: try date(p, "birthDate"))
    var violations: [AllegedViolation] = []
    for v in try array(json, "violations") {
      try onlyKnown(v, ["code", "occurred", "ended", "act"], in: "violations")
      violations.append(AllegedViolation(code: try string(v, "code")!, occurred: try date(v, "occurred", required: true)!,
                                         ended: try date(v, "ended"), origin: origin("violations"),
                                         act: try string(v, "act", required: false)))
    }
    if violations.isEmpty { throw fail("violations", "至少应有一个违法行为", "at least one violation is required") }
    var facts: [CaseFact] = []
    switch json["facts"] {
    case .object(let members)?:
      for (name, value) in members {
        let text: String
        switch value {
        case .string(let s): text = s
        case .number(let n): text = n
        case .bool(let b): text = b ? "true" : "false"
        default: throw fail(name, "事实「\(name)」的值应为文本、数字或布尔值", "fact \"\(name)\" must be text, a number or a boolean")
        }
        facts.append(CaseFact(name: name, value: text, origin: origin(name)))
      }
    case nil, .null?: break
    default: throw fail("facts", "「facts」应为对象", "\"facts\" must be an object")
    }
    var circumstances: [Circumstance] = []
    for c in try array(json, "circumstances") {
      try onlyKnown(c, ["name", "evidence"], in: "circumstances")
      let name = try string(c, "name")!
      circumstances.append(Circumstance(name: name, evidence: try array(c, "evidence").compactMap { if case .string(let s) = $0 { s } else { nil } },
                                        origin: origin(name)))
    }
    var priors: [PriorOffence] = []
    for o in try array(json, "priorOffences") {
      try onlyKnown(o, ["date", "violation", "agency", "decisionNumber"], in: "priorOffences")
      priors.append(PriorOffence(date: try date(o, "date", required: true)!, violation: try string(o, "violation")!,
                                 agency: try string(o, "agency")!, decisionNumber: try string(o, "decisionNumber", required: false)))
    }
    var evidence: [EvidenceItem] = []
    for e in try array(json, "evidence") {
      try onlyKnown(e, ["id", "kind", "record", "description"], in: "evidence")
      let kindText = try string(e, "kind")!
      guard let kind = EvidenceKind(rawValue: kindText) else {
        throw fail("kind", "未知的证据种类「\(kindText)」(《行政处罚法》第四十六条)", "unknown evidence kind \"\(kindText)\" (行政处罚法 Art 46)")
      }
      evidence.append(EvidenceItem(id: try string(e, "id")!, kind: kind, record: try string(e, "record", required: false),
                                   description: try string(e, "description", required: false)))
    }
    var events: [ProcedureEvent] = []
    for e in try array(json, "procedure") {
      try onlyKnown(e, ["kind", "date", "time", "officers", "records", "documents", "until", "days", "opinion", "redacted",
                        "certificatesShown"], in: "procedure")
      let kindText = try string(e, "kind")!
      guard let kind = ProcedureEventKind(rawValue: kindText) else {
        throw fail("kind", "未知的程序事件「\(kindText)」", "unknown procedure event \"\(kindText)\"")
      }
      var officers: [Officer] = []
      for o in try array(e, "officers") {
        try onlyKnown(o, ["name", "certificate", "qualification"], in: "officers")
        officers.append(Officer(name: try string(o, "name")!, certificate: try string(o, "certificate", required: false),
                                qualification: try string(o, "qualification", required: false)))
      }
      var records: [EventRecord] = []
      for r in try array(e, "records") {
        try onlyKnown(r, ["kind", "id", "archived", "interrupted", "explanation"], in: "records")
        records.append(EventRecord(kind: try string(r, "kind")!, id: try string(r, "id")!, archived: r["archived"] == .bool(true),
                                   interrupted: r["interrupted"] == .bool(true), explanation: try string(r, "explanation", required: false)))
      }
      var event = ProcedureEvent(kind: kind, date: try date(e, "date", required: true)!, time: try string(e, "time", required: false),
                                 officers: officers, records: records,
                                 documents: try array(e, "documents").compactMap { if case .string(let s) = $0 { s } else { nil } },
                                 origin: origin("procedure"))
      event.until = try date(e, "until")
      if case .number(let n)? = e["days"] { event.days = Int(n) }
      event.opinion = try string(e, "opinion", required: false)
      if case .bool(let b)? = e["redacted"] { event.redacted = b }
      if case .bool(let b)? = e["certificatesShown"] { event.certificatesShown = b }
      events.append(event)
    }
    var decision: RecordedDecision?
    if let d = json["decision"], d != .null {
      try onlyKnown(d, ["outcome", "tier", "fine", "date", "number"], in: "decision")
      decision = RecordedDecision(outcome: try string(d, "outcome")!, tier: try string(d, "tier", required: false),
                                  fine: try string(d, "fine", required: false), date: try date(d, "date"),
                                  number: try string(d, "number", required: false))
    }
    return EnforcementCase(
      id: id, agency: agency, party: party, violations: violations, discovered: try date(json, "discovered"),
      decisionDate: try date(json, "decisionDate"), facts: facts, circumstances: circumstances, priorOffences: priors,
      evidence: evidence, procedure: events, decision: decision, origin: origin(nil))
  }
}
