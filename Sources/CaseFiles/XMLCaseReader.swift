import CLibXML2
import Foundation
import PenaltyDomain
import RuleLang

/// Reads one XML case file: safe parse, schema validation, then the case model.
public enum XMLCaseReader {
  /// Reads a case from XML bytes.
  public static func read(_ bytes: [UInt8], file: String) throws(CaseLoadError) -> EnforcementCase {
    let doc = try XMLSafeParser.parse(bytes, file: file)
    defer { xmlFreeDoc(doc) }
    try SchemaValidator.shared.validate(doc, file: file, bytes: bytes)
    guard let root = xmlDocGetRootElement(doc) else {
      throw CaseLoadError(Origin(file: file, line: 1, column: 1), "没有根元素", "no root element")
    }
    var reader = DOMReader(file: file, bytes: bytes)
    var draft = try reader.readCase(root)
    draft.input = (bytes, "xml")
    return try CaseValidation.check(draft)
  }
}

/// Walks a schema-valid document into the case model.
struct DOMReader {
  let file: String
  let bytes: [UInt8]
  /// Where each line starts, for columns (computed once per document).
  let lineStarts: [Int]

  init(file: String, bytes: [UInt8]) {
    self.file = file
    self.bytes = bytes
    lineStarts = SchemaValidator.lineStarts(bytes)
  }

  func origin(_ node: xmlNodePtr) -> Origin {
    let line = Int(xmlGetLineNo(node))
    let name = node.pointee.name.map { String(cString: $0) }
    return Origin(file: file, line: line,
                  column: SchemaValidator.column(ofElement: name, line: line, in: bytes, lineStarts: lineStarts))
  }

  static func name(_ node: xmlNodePtr) -> String { node.pointee.name.map { String(cString: $0) } ?? "" }

  static func children(_ node: xmlNodePtr, _ name: String? = nil) -> [xmlNodePtr] {
    var out: [xmlNodePtr] = []
    var child = node.pointee.children
    while let c = child {
      if c.pointee.type == XML_ELEMENT_NODE, name == nil || Self.name(c) == name! { out.append(c) }
      child = c.pointee.next
    }
    return out
  }

  /// An xs:boolean attribute value.
  static func isTrue(_ s: String?) -> Bool { s == "true" || s == "1" }

  static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
    guard let value = xmlGetProp(node, name) else { return nil }
    defer { adjudicator_xml_free(value) }
    return String(cString: value)
  }

  static func text(_ node: xmlNodePtr) -> String {
    guard let content = xmlNodeGetContent(node) else { return "" }
    defer { adjudicator_xml_free(content) }
    return String(cString: content).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  func date(_ s: String?, _ node: xmlNodePtr, _ what: String) throws(CaseLoadError) -> CivilDate? {
    guard let s else { return nil }
    guard let d = CivilDate(iso: s) else {
      throw CaseLoadError(origin(node), "\(what)「\(s)」不是有效日期 (YYYY-MM-DD)", "\(what) \"\(s)\" is not a valid date (YYYY-MM-DD)")
    }
    return d
  }

  mutating func readCase(_ root: xmlNodePtr) throws(CaseLoadError) -> EnforcementCase {
    let id = Self.attribute(root, "id") ?? ""
    let agencyNode = Self.children(root, "agency")[0]
    var agency = Agency(
      code: Self.attribute(agencyNode, "code") ?? "", name: Self.attribute(agencyNode, "name") ?? "",
      powers: Self.children(agencyNode, "power").compactMap { Self.attribute($0, "code") })
    for p in Self.children(agencyNode, "power") {
      if let code = Self.attribute(p, "code"), let flag = Self.attribute(p, "published") { agency.published[code] = Self.isTrue(flag) }
    }
    let partyNode = Self.children(root, "party")[0]
    let party = Party(
      kind: PartyKind(rawValue: Self.attribute(partyNode, "type") ?? "") ?? .individual,
      name: Self.attribute(partyNode, "name") ?? "", identityNumber: Self.attribute(partyNode, "idNumber"),
      address: Self.attribute(partyNode, "address"),
      birthDate: try date(Self.attribute(partyNode, "birthDate"), partyNode, "出生日期"))
    var violations: [AllegedViolation] = []
    for v in Self.children(root, "violation") {
      violations.append(AllegedViolation(
        code: Self.attribute(v, "code") ?? "",
        occurred: try date(Self.attribute(v, "occurred"), v, "违法行为日期")!,
        ended: try date(Self.attribute(v, "ended"), v, "行为终了日期"), origin: origin(v), act: Self.attribute(v, "act")))
    }
    let discovered = try Self.children(root, "discovered").first.flatMap { n throws(CaseLoadError) in try date(Self.text(n), n, "发现日期") }
    let decisionDate = try Self.children(root, "decisionDate").first.flatMap { n throws(CaseLoadError) in try date(Self.text(n), n, "决定日期") }
    let facts = Self.children(root, "facts").flatMap { Self.children($0, "fact") }.map {
      CaseFact(name: Self.attribute($0, "name") ?? "", value: Self.attribute($0, "value") ?? "", origin: origin($0))
    }
    let circumstances = Self.children(root, "circumstances").flatMap { Self.children($0, "circumstance") }.map {
      Circumstance(name: Self.attribute($0, "name") ?? "",
                   evidence: (Self.attribute($0, "evidence") ?? "").split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init),
                   origin: origin($0))
    }
    var priors: [PriorOffence] = []
    for p in Self.children(root, "priorOffences").flatMap({ Self.children($0, "priorOffence") }) {
      priors.append(PriorOffence(
        date: try date(Self.attribute(p, "date"), p, "前次处罚日期")!, violation: Self.attribute(p, "violation") ?? "",
        agency: Self.attribute(p, "agency") ?? "", decisionNumber: Self.attribute(p, "decisionNumber")))
    }
    let evidence = Self.children(root, "evidence").flatMap { Self.children($0, "item") }.map {
      EvidenceItem(id: Self.attribute($0, "id") ?? "", kind: EvidenceKind(rawValue: Self.attribute($0, "kind") ?? "") ?? .documentary,
                   record: Self.attribute($0, "record"), description: Self.attribute($0, "description"))
    }
    var events: [ProcedureEvent] = []
    for e in Self.children(root, "procedure").flatMap({ Self.children($0, "event") }) {
      var event = ProcedureEvent(
        kind: ProcedureEventKind(rawValue: Self.attribute(e, "kind") ?? "") ?? .verification,
        date: try date(Self.attribute(e, "date"), e, "事件日期")!, time: Self.attribute(e, "time"),
        officers: Self.children(e, "officer").map {
          Officer(name: Self.attribute($0, "name") ?? "", certificate: Self.attribute($0, "certificate"),
                  qualification: Self.attribute($0, "qualification"))
        },
        records: Self.children(e, "record").map {
          EventRecord(kind: Self.attribute($0, "kind") ?? "", id: Self.attribute($0, "id") ?? "",
                      archived: Self.isTrue(Self.attribute($0, "archived")),
                      interrupted: Self.isTrue(Self.attribute($0, "interrupted")), explanation: Self.attribute($0, "explanation"))
        },
        documents: Self.children(e, "document").map { Self.text($0) }, origin: origin(e))
      event.until = try date(Self.attribute(e, "until"), e, "期间截止日期")
      event.days = Self.attribute(e, "days").flatMap { Int($0) }
      event.opinion = Self.attribute(e, "opinion")
      event.redacted = Self.attribute(e, "redacted").map { Self.isTrue($0) }
      event.certificatesShown = Self.attribute(e, "certificatesShown").map { Self.isTrue($0) }
      events.append(event)
    }
    var decision: RecordedDecision?
    if let d = Self.children(root, "decision").first {
      decision = RecordedDecision(
        outcome: Self.attribute(d, "outcome") ?? "", tier: Self.attribute(d, "tier"), fine: Self.attribute(d, "fine"),
        date: try date(Self.attribute(d, "date"), d, "决定日期"), number: Self.attribute(d, "number"))
    }
    return EnforcementCase(
      id: id, agency: agency, party: party, violations: violations, discovered: discovered,
      decisionDate: decisionDate, facts: facts, circumstances: circumstances, priorOffences: priors,
      evidence: evidence, procedure: events, decision: decision, origin: origin(root))
  }
}
