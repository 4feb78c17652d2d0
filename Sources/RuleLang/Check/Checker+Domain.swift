/// Lowers 违法行为 and 基准 declarations into ordinary (cited, dated) definitions and
/// records the metadata the adjudication engine needs.
extension Checker {
  /// Synthetic definitions for every violation and standard of the program.
  mutating func lowerDomain(_ modules: [SourceModule]) -> [DefinitionDecl] {
    var order: [String] = []
    var merged: [String: (kind: DefinitionKind, type: String, rules: [RuleDecl], range: SourceRange)] = [:]
    func add(_ name: String, _ kind: DefinitionKind, _ type: String, _ rule: RuleDecl) {
      if merged[name] == nil {
        order.append(name)
        merged[name] = (kind, type, [], rule.range)
      }
      merged[name]!.rules.append(rule)
    }
    func money0(_ r: SourceRange) -> Expr { Expr(.literal(.money("0", multiplier: 1)), r) }
    func and(_ a: Expr?, _ b: Expr?) -> Expr? {
      guard let a else { return b }
      guard let b else { return a }
      return Expr(.binary("and", a, b), a.range.through(b.range))
    }

    var lineCounter: [String: Int] = [:]
    var withTransfer: Set<String> = []
    // Lowered names several versions of a violation contribute to: their rules' labels are
    // numbered from the second version on, and the closing 否则 is added once.
    var versions: [String: Int] = [:]
    func versioned(_ label: String, _ name: String) -> String {
      versions[name, default: 0] += 1
      return versions[name]! == 1 ? label : "\(label)\(versions[name]!)"
    }
    var conditional: [String: (basis: [Citation], range: SourceRange)] = [:]
    var conditionalOrder: [String] = []
    for module in modules {
      for case .violation(let v) in module.declarations {
        let code = v.code.text
        if v.violates.isEmpty || v.penaltyBasis.isEmpty { report(.violationNeedsCitations(code), v.code.range) }
        var lines: [(label: String, hasMinimum: Bool)] = []
        for f in v.fines {
          lineCounter[code, default: 0] += 1
          let label = "法定罚款\(lineCounter[code]!)"
          let party = f.party.map { p in
            Expr(.binary("=", Expr(.name("当事人类型"), p.range), Expr(.name(p.text == "individual" ? "个人" : p.text == "organization" ? "单位" : p.text), p.range)), p.range)
          }
          let condition = and(party, f.condition)
          let tag = Name(text: label, range: f.range)
          add(LoweredName.maximumFine(code), .consequence, "金额", RuleDecl(
            label: tag, exceptionTo: nil, condition: condition, value: f.maximum, isOtherwise: false,
            basis: v.penaltyBasis, period: v.period, range: f.range))
          add(LoweredName.minimumFine(code), .consequence, "金额", RuleDecl(
            label: tag, exceptionTo: nil, condition: condition, value: f.minimum ?? money0(f.range), isOtherwise: false,
            basis: v.penaltyBasis, period: v.period, range: f.range))
          lines.append((label, f.minimum != nil))
        }
        if let t = v.transfer {
          withTransfer.insert(code)
          add(LoweredName.transfer(code), .consequence, "布尔", RuleDecl(
            label: Name(text: versioned("移送标准", LoweredName.transfer(code)), range: t.condition.range), exceptionTo: nil, condition: t.condition,
            value: Expr(.literal(.bool(true)), t.condition.range), isOtherwise: false, basis: t.basis, period: v.period,
            range: t.condition.range))
        }
        for s in v.conditionalSanctions {
          let name = LoweredName.conditionalSanction(code, s.sanction.text)
          if conditional[name] == nil { conditionalOrder.append(name) }
          conditional[name] = (v.penaltyBasis, s.range)
          add(name, .consequence, "布尔", RuleDecl(
            label: Name(text: versioned(s.sanction.text, name), range: s.sanction.range), exceptionTo: nil, condition: s.condition,
            value: Expr(.literal(.bool(true)), s.range), isOtherwise: false, basis: v.penaltyBasis, period: v.period, range: s.range))
        }
        pendingViolations.append(ViolationInfo(
          code: code, title: v.title, domain: v.domain, violates: v.violates, penaltyBasis: v.penaltyBasis,
          parties: v.parties.map { $0.text == "individual" ? "个人" : $0.text == "organization" ? "单位" : $0.text }, sanctions: v.sanctions.map(\.text),
          conditionalSanctions: v.conditionalSanctions.map(\.sanction.text), period: v.period, fineLines: lines,
          conflicts: v.conflicts, range: v.code.range))
      }
    }
    for name in conditionalOrder {
      let (basis, r) = conditional[name]!
      add(name, .consequence, "布尔", RuleDecl(
        label: nil, exceptionTo: nil, condition: nil, value: Expr(.literal(.bool(false)), r), isOtherwise: true,
        basis: basis, period: nil, range: r))
    }
    for code in withTransfer.sorted() {
      let basis = merged[LoweredName.transfer(code)]!.rules[0].basis
      let r = merged[LoweredName.transfer(code)]!.range
      add(LoweredName.transfer(code), .consequence, "布尔", RuleDecl(
        label: nil, exceptionTo: nil, condition: nil, value: Expr(.literal(.bool(false)), r), isOtherwise: true,
        basis: basis, period: nil, range: r))
    }
    for module in modules {
      for case .standard(let s) in module.declarations {
        let name = s.name.text
        let tiers = StandardInfo.tiers
        if let m = s.mixedRule, !tiers.contains(m.text) {
          report(.notATier(m.text, suggestion: Suggestions.closest(to: m.text, in: tiers)), m.range)
        }
        for row in s.rows {
          guard tiers.contains(row.tier.text) else {
            report(.notATier(row.tier.text, suggestion: Suggestions.closest(to: row.tier.text, in: tiers)), row.tier.range)
            continue
          }
          add(LoweredName.tier(name), .consequence, "裁量阶次", RuleDecl(
            label: row.label, exceptionTo: nil, condition: row.condition, value: Expr(.name(row.tier.text), row.tier.range),
            isOtherwise: false, basis: s.basis + row.basis, period: s.period, range: row.range))
          if let max = row.maximum {
            add(LoweredName.rowMaximum(name, row.label.text), .consequence, "金额", RuleDecl(
              label: row.label, exceptionTo: nil, condition: nil, value: max, isOtherwise: false,
              basis: s.basis + row.basis, period: s.period, range: row.range))
            add(LoweredName.rowMinimum(name, row.label.text), .consequence, "金额", RuleDecl(
              label: row.label, exceptionTo: nil, condition: nil, value: row.fixed ? max : (row.minimum ?? money0(row.range)),
              isOtherwise: false, basis: s.basis + row.basis, period: s.period, range: row.range))
          }
        }
        if s.rows.contains(where: { $0.maximum == nil }) && (s.banding == nil || s.banding == .perTier) {
          report(.standardNeedsBanding(name), s.name.range)
        }
        if s.amount == nil && !s.rows.allSatisfy(\.fixed) { report(.standardNeedsAmountChoice(name), s.name.range) }
        pendingStandards.append((s, StandardInfo(
          name: name, code: s.code.text, basis: s.basis, period: s.period, boundaryInclusive: s.boundaryInclusive,
          banding: s.banding, amount: s.amount, mixedRule: s.mixedRule?.text, mitigating: s.mitigating.map(\.text),
          aggravating: s.aggravating.map(\.text),
          rows: s.rows.map { TierRowInfo(tier: $0.tier.text, label: $0.label.text, fixed: $0.fixed, hasAmounts: $0.maximum != nil, range: $0.range) },
          range: s.name.range)))
      }
    }
    return order.map { name in
      let m = merged[name]!
      return DefinitionDecl(kind: m.kind, name: Name(text: name, range: m.range), type: TypeRef(name: m.type, range: m.range),
                            basis: [], period: nil, rules: m.rules, range: m.range, recovered: false)
    }
  }

  /// Checks references between domain declarations once every name is known.
  mutating func checkDomainReferences() {
    let codes = Set(pendingViolations.map(\.code))
    var byCode: [String: [ViolationInfo]] = [:]
    for v in pendingViolations { byCode[v.code, default: []].append(v) }
    let always = CivilDate(year: 1, month: 1, day: 1)!
    for (code, versions) in byCode where versions.count > 1 {
      for a in versions.indices {
        for b in versions.indices where b > a {
          let pa = versions[a].period ?? Period(from: always, until: nil, range: versions[a].range)
          let pb = versions[b].period ?? Period(from: always, until: nil, range: versions[b].range)
          if pa.overlaps(pb) { report(.overlappingViolationVersions(code), versions[b].range) }
        }
      }
    }
    // Two standards for one violation in force at the same time: the engine could not choose.
    let byViolation = Dictionary(grouping: pendingStandards.map(\.1), by: \.code)
    for (code, standards) in byViolation where standards.count > 1 {
      // Each later standard is reported once, against the first earlier one it overlaps.
      for b in standards.indices.dropFirst() {
        let pb = standards[b].period ?? Period(from: always, until: nil, range: standards[b].range)
        guard let a = standards.indices.first(where: { a in
          a < b && (standards[a].period ?? Period(from: always, until: nil, range: standards[a].range)).overlaps(pb)
        }) else { continue }
        report(.overlappingStandards(code, standards[a].name, standards[b].name), standards[b].range, notes: [
          Diagnostic.Note(message: LocalizedText(zh: "另一个基准在此", en: "the other standard is here"), range: standards[a].range)
        ])
      }
    }
    for (decl, _) in pendingStandards {
      if !codes.contains(decl.code.text) {
        report(.unknownViolation(decl.code.text, suggestion: Suggestions.closest(to: decl.code.text, in: codes)), decl.code.range)
      }
      for n in decl.mitigating + decl.aggravating {
        guard let f = factIndex[n.text], facts[f].isCircumstance else {
          report(.notACircumstance(n.text), n.range)
          continue
        }
        usedFacts.insert(f)
      }
    }
  }
}
