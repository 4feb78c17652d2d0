import Foundation
import RuleLang

/// PenaltyDomain: the enforcement case (案件) and what the law says about it.
///
/// A case is what a brigade supplies; the rules in `Rules/` decide it. This module holds the
/// case model shared by the case-file readers, the evaluator, the store and the dossier.

/// An enforcement case (案件).
public struct EnforcementCase: Sendable {
  /// The case number, e.g. `登城罚〔2024〕12号` or an internal id.
  public var id: String
  /// The enforcing agency (执法主体).
  public var agency: Agency
  /// The party (当事人).
  public var party: Party
  /// The alleged violations, each with its dates.
  public var violations: [AllegedViolation]
  /// When the act was discovered (发现日期).
  public var discovered: CivilDate?
  /// The date of the decision (made or to be made); the law in force then applies.
  public var decisionDate: CivilDate?
  /// Typed facts, as written in the case file (`5平方米`); typed by the rules.
  public var facts: [CaseFact]
  /// Circumstances (情节) claimed, each with the evidence behind it.
  public var circumstances: [Circumstance]
  /// Prior offences (前科 / 违法记录).
  public var priorOffences: [PriorOffence]
  /// Evidence items (《行政处罚法》第四十六条).
  public var evidence: [EvidenceItem]
  /// The procedural record (events with dates, officers and records).
  public var procedure: [ProcedureEvent]
  /// For a closed case, the decision actually taken.
  public var decision: RecordedDecision?
  /// The date of the decision: the case's `decisionDate`, else its 决定 event, else `fallback`
  /// (the date the user asked for).
  public func decisionDate(or fallback: CivilDate) -> CivilDate {
    decisionDate ?? procedure.first { $0.kind == .decision }?.date ?? fallback
  }

  /// The exact bytes the case was read from and their format (`xml` or `json`), so a stored
  /// evaluation can be reproduced from what was actually decided.
  public var input: (bytes: [UInt8], format: String) = ([], "")
  /// Where the case was read from.
  public var origin: Origin

  /// Creates a case.
  public init(
    id: String, agency: Agency, party: Party, violations: [AllegedViolation],
    discovered: CivilDate?, decisionDate: CivilDate?, facts: [CaseFact],
    circumstances: [Circumstance], priorOffences: [PriorOffence], evidence: [EvidenceItem],
    procedure: [ProcedureEvent], decision: RecordedDecision?, origin: Origin
  ) {
    self.id = id
    self.agency = agency
    self.party = party
    self.violations = violations
    self.discovered = discovered
    self.decisionDate = decisionDate
    self.facts = facts
    self.circumstances = circumstances
    self.priorOffences = priorOffences
    self.evidence = evidence
    self.procedure = procedure
    self.decision = decision
    self.origin = origin
  }
}

/// A place in a case file.
public struct Origin: Sendable, Hashable {
  /// The file's path.
  public var file: String
  /// 1-based line (0 when unknown).
  public var line: Int
  /// 1-based column (0 when unknown).
  public var column: Int

  /// The origin of a byte offset in a file's bytes: its line and its column in Characters.
  public init(file: String, offset: Int, in bytes: [UInt8]) {
    var line = 1
    var start = 0
    for k in 0..<min(offset, bytes.count) where bytes[k] == 0x0A {
      line += 1
      start = k + 1
    }
    let column = String(decoding: bytes[start..<min(offset, bytes.count)], as: UTF8.self).count + 1
    self.init(file: file, line: line, column: column)
  }

  /// Creates an origin.
  public init(file: String, line: Int = 0, column: Int = 0) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:column`.
  public var text: String { line > 0 ? "\(file):\(line):\(column)" : file }
}

/// The enforcing agency and the powers (职权) it holds.
public struct Agency: Sendable {
  /// The agency's code.
  public var code: String
  /// The agency's name.
  public var name: String
  /// Codes of the violations it may punish (权力清单).
  public var powers: [String]
  /// For each power, whether its basis, procedure and remedies are published (事前公示);
  /// a code not listed here is unknown.
  public var published: [String: Bool] = [:]

  /// Creates an agency.
  public init(code: String, name: String, powers: [String]) {
    self.code = code
    self.name = name
    self.powers = powers
  }
}

/// 个人 (natural person) or 单位 (legal person or other organisation).
public enum PartyKind: String, Sendable, CaseIterable {
  case individual = "个人"
  case organization = "单位"
}

/// The party (当事人).
public struct Party: Sendable {
  /// 个人 or 单位.
  public var kind: PartyKind
  /// Name.
  public var name: String
  /// 身份证号 or 统一社会信用代码.
  public var identityNumber: String?
  /// Address.
  public var address: String?
  /// Birth date (个人), for age.
  public var birthDate: CivilDate?

  /// Creates a party.
  public init(kind: PartyKind, name: String, identityNumber: String?, address: String?, birthDate: CivilDate?) {
    self.kind = kind
    self.name = name
    self.identityNumber = identityNumber
    self.address = address
    self.birthDate = birthDate
  }
}

/// A violation alleged in the case.
public struct AllegedViolation: Sendable {
  /// The code from the rule library.
  public var code: String
  /// When the act occurred (began).
  public var occurred: CivilDate
  /// For continuing acts, when it ended.
  public var ended: CivilDate?
  /// Where it was written.
  public var origin: Origin
  /// Violations with the same act identifier are one act breaking several norms
  /// (《行政处罚法》第二十九条: one fine, the highest).
  public var act: String?

  /// Creates an alleged violation.
  public init(code: String, occurred: CivilDate, ended: CivilDate?, origin: Origin, act: String? = nil) {
    self.code = code
    self.occurred = occurred
    self.ended = ended
    self.origin = origin
    self.act = act
  }
}

/// A fact as written in the case file; the rules give it its type.
public struct CaseFact: Sendable {
  /// The fact's name, as declared in the rules.
  public var name: String
  /// The value as written (`5平方米`, `true`, `2024-01-01`, `单位`).
  public var value: String
  /// Where it was written.
  public var origin: Origin

  /// Creates a fact.
  public init(name: String, value: String, origin: Origin) {
    self.name = name
    self.value = value
    self.origin = origin
  }
}

/// A circumstance (情节) claimed, with the evidence that supports it.
public struct Circumstance: Sendable {
  /// The circumstance's name, as declared in the rules (e.g. `及时改正`).
  public var name: String
  /// Identifiers of the evidence items behind it.
  public var evidence: [String]
  /// Where it was written.
  public var origin: Origin

  /// Creates a circumstance.
  public init(name: String, evidence: [String], origin: Origin) {
    self.name = name
    self.evidence = evidence
    self.origin = origin
  }
}

/// A prior offence (违法记录).
public struct PriorOffence: Sendable {
  /// The date of the earlier decision.
  public var date: CivilDate
  /// Its violation code.
  public var violation: String
  /// The agency that decided it.
  public var agency: String
  /// The earlier decision's number.
  public var decisionNumber: String?

  /// Creates a prior offence.
  public init(date: CivilDate, violation: String, agency: String, decisionNumber: String?) {
    self.date = date
    self.violation = violation
    self.agency = agency
    self.decisionNumber = decisionNumber
  }
}
