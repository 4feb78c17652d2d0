import PenaltyDomain
import RuleLang

extension DossierModel {
  /// The dossier of a record and its case. `checkFiles` maps check names to the rule files that
  /// declare them (see `CheckGroups.declaringFiles`); checks not listed are grouped by name.
  public init(record: EvaluationRecord, case c: EnforcementCase, checkFiles: [String: String] = [:]) throws(DossierError) {
    let stored = try StoredOutput(json: record.output)
    let violations = stored.violations.enumerated().map { i, v in
      DossierBuilder.violation(v, alleged: DossierBuilder.alleged(c, i, v.code), c)
    }
    let checks = stored.checks.map(DossierBuilder.check)
    let summary = DossierBuilder.summary(record, c, stored)
    let outstanding = DossierBuilder.outstanding(violations, checks)
    let facts = DossierBuilder.facts(stored, c)
    let draft = DecisionDrafter(summary: summary, caseFile: c, outcome: stored.outcome, violations: violations, checks: checks,
                                facts: facts).draft()
    let groups = CheckGroups.grouped(checks, files: checkFiles)
    self.init(
      summary: summary, outcome: stored.outcome, major: record.major, blocked: stored.blocked,
      facts: facts, evidence: DossierBuilder.evidence(c), violations: violations,
      checkGroups: groups, outstanding: outstanding, draft: draft,
      legalReview: LegalReviewSheet(summary: summary, major: record.major, blocked: stored.blocked, violations: violations,
                                    groups: groups, evidence: c.evidence.count, draft: draft),
      record: RecordInfo(
        evaluationID: record.id, rulesHash: record.rulesHash, inputHash: record.inputHash,
        storedInputHash: record.storedInputHash, outputHash: record.outputHash, engineVersion: record.engineVersion,
        recorded: record.recorded))
  }
}

/// Turns the stored output and the stored case into the dossier's parts. Reading and arranging
/// only: no value is derived that the record does not hold.
enum DossierBuilder {
  static func summary(_ record: EvaluationRecord, _ c: EnforcementCase, _ stored: StoredOutput) -> CaseSummary {
    CaseSummary(
      caseID: record.caseID, file: record.file, format: record.format, agencyCode: c.agency.code,
      agencyName: c.agency.name, agencyPowers: c.agency.powers, partyKind: c.party.kind.rawValue,
      partyName: c.party.name, identityNumber: c.party.identityNumber, address: c.party.address,
      birthDate: c.party.birthDate?.description,
      violations: c.violations.enumerated().map { i, v in
        let title = i < stored.violations.count && stored.violations[i].code == v.code
          ? stored.violations[i].title : stored.violations.first { $0.code == v.code }?.title
        return AllegedEntry(code: v.code, title: title, occurred: v.occurred.description, ended: v.ended?.description,
                            act: v.act)
      },
      discovered: c.discovered?.description, decisionDate: record.decisionDate, decisionNumber: c.decision?.number,
      procedure: c.procedure.map { e in
        ProcedureEntry(
          kind: e.kind.rawValue, date: e.date.description,
          officers: e.officers.map { o in o.name + (o.certificate.map { "（\($0)）" } ?? "") }, documents: e.documents)
      })
  }

  /// The case's alleged violation behind the i-th stored one (same order; by code otherwise).
  static func alleged(_ c: EnforcementCase, _ i: Int, _ code: String) -> AllegedViolation? {
    i < c.violations.count && c.violations[i].code == code ? c.violations[i] : c.violations.first { $0.code == code }
  }

  /// The facts every computation's trace read, in first-read order, with the case's own text.
  static func facts(_ stored: StoredOutput, _ c: EnforcementCase) -> [FactEntry] {
    var seen = Set<String>()
    var out: [FactEntry] = []
    for v in stored.violations {
      for computation in [v.decision] + v.computations {
        for d in computation.trace {
          for r in d.reads where r.source == "fact" && seen.insert(r.name).inserted {
            out.append(FactEntry(name: r.name, value: r.value, given: c.facts.first { $0.name == r.name }?.value))
          }
        }
      }
    }
    return out
  }

  static func evidence(_ c: EnforcementCase) -> [EvidenceEntry] {
    c.evidence.map { e in
      EvidenceEntry(id: e.id, kind: e.kind.rawValue, record: e.record, description: e.description,
                    supports: c.circumstances.filter { $0.evidence.contains(e.id) }.map(\.name))
    }
  }

  static func violation(_ v: StoredOutput.Violation, alleged: AllegedViolation?, _ c: EnforcementCase) -> ViolationEntry {
    let transfer = v.decision.trace.first { $0.name == "\(v.code)·移送" }.map { d in
      TransferEntry(value: d.display ?? "", met: d.display == "真", citations: d.citations)
    }
    return ViolationEntry(
      code: v.code, title: v.title, violates: v.decision.violates, penaltyBasis: v.decision.penaltyBasis,
      decision: computation(v.decision), lenity: v.lenity.map { StepEntry(text: $0.text, citations: $0.citations) },
      computations: v.computations.map(computation),
      circumstances: c.circumstances.map { CircumstanceEntry(name: $0.name, evidence: $0.evidence) },
      transferCheck: transfer)
  }

  static func computation(_ c: StoredOutput.Computation) -> ComputationEntry {
    ComputationEntry(
      label: c.label, date: c.date, outcome: c.outcome, tier: c.tier, standard: c.standard, fine: c.fine,
      sanctions: c.sanctions.map { SanctionEntry(kind: $0.kind, amount: $0.amount, band: $0.band, citations: $0.citations) },
      steps: c.steps.map { StepEntry(text: $0.text, citations: $0.citations) }, reviewReasons: c.reviewReasons,
      flags: c.flags, missingFacts: c.missingFacts,
      circumstanceFindings: c.trace.filter { $0.name.contains("情节") }.map { d in
        DerivedEntry(name: d.name, value: d.display ?? "", citations: d.citations)
      })
  }

  static func check(_ c: StoredOutput.Check) -> CheckEntry {
    CheckEntry(name: c.name, title: c.title, result: c.result, citations: c.citations, reads: c.reads, missing: c.missing,
               problem: c.problem, consequence: c.consequence, deadline: c.deadline, blocksDecision: c.blocksDecision)
  }

  /// Missing facts (by the 办案期限 check's deadline, when recorded), then every check that
  /// failed or could not be told, with its own deadline.
  static func outstanding(_ violations: [ViolationEntry], _ checks: [CheckEntry]) -> [OutstandingItem] {
    let caseDeadline = checks.first { $0.name == "办案期限" && $0.deadline != nil }
    var items: [OutstandingItem] = []
    var seen = Set<String>()
    for v in violations {
      for computation in [v.decision] + v.computations {
        for fact in computation.missingFacts where seen.insert(fact).inserted {
          items.append(OutstandingItem(
            kind: .missingFact, name: fact, detail: v.title.map { "\(v.code)「\($0)」" } ?? v.code, result: nil,
            deadline: caseDeadline?.deadline, deadlineSource: caseDeadline?.name,
            blocksDecision: computation.outcome == "待补充"))
        }
      }
    }
    for c in checks where c.isOpen {
      items.append(OutstandingItem(
        kind: .check, name: c.name, detail: c.consequence ?? c.title, result: c.result, deadline: c.deadline,
        deadlineSource: c.deadline == nil ? nil : c.name, blocksDecision: c.blocksDecision))
    }
    return items
  }
}
