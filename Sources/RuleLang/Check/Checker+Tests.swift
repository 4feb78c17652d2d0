import Foundation

/// Rule tests (测试): their facts, expected names, values, rules and citations are checked
/// against the program, but nothing in them changes how the program is checked (no fact
/// counts as used because a test gives it) or what it computes.
extension Checker {
  /// Checks every test of the modules; the checked tests go to ``CheckedProgram/tests``.
  mutating func checkTests(_ modules: [SourceModule]) -> [RuleTest] {
    var tests: [RuleTest] = []
    var names: [String: SourceRange] = [:]
    for module in modules {
      for case .test(let t) in module.declarations {
        if let first = names[t.name.text] {
          report(.duplicateTest(t.name.text), t.name.range, notes: [
            Diagnostic.Note(message: LocalizedText(zh: "首次使用于此", en: "first used here"), range: first)
          ])
        } else {
          names[t.name.text] = t.name.range
        }
        if t.expectations.isEmpty && !t.recovered { report(.testWithoutExpectations(t.name.text), t.name.range) }
        if t.caseFile != nil, let first = t.given.first { report(.caseTestGivesFacts(), first.range) }
        var given: [GivenValue] = []
        var seen: Set<Int> = []
        for g in t.given {
          guard let f = testFact(g.name) else { continue }
          guard seen.insert(f).inserted else {
            report(.factGivenTwice(g.name.text), g.name.range)
            continue
          }
          if let v = testValue(g.value, facts[f].type, g.name.text) { given.append(GivenValue(fact: f, value: v)) }
        }
        var expectations: [Expectation] = []
        var caseExpectations: [CaseExpectation] = []
        for e in t.expectations {
          if t.caseFile != nil {
            if let c = caseExpectation(e) { caseExpectations.append(c) }
          } else if case .citationsOnly = e.outcome {
            report(.citationsOutsideCase(), e.name.range)
          } else if let x = testExpectation(e) {
            expectations.append(x)
          }
        }
        tests.append(RuleTest(name: t.name.text, range: t.name.range, date: t.date, caseFile: t.caseFile,
                              caseExpectations: caseExpectations, given: given, expectations: expectations))
      }
    }
    return tests
  }

  /// One `期望` line of a test of a case: 结论 / 阶次 / 罚款 = VALUE, or 依据 alone.
  mutating func caseExpectation(_ e: ExpectationDecl) -> CaseExpectation? {
    if let r = e.rule {
      report(.notACaseAspect("规则"), r.range)
      return nil
    }
    func word(_ x: Expr) -> String? {
      switch x.kind {
      case .name(let n), .literal(.text(let n)): return n
      case .member(_, let n): return n
      default: return nil
      }
    }
    switch e.outcome {
    case .citationsOnly:
      return CaseExpectation(aspect: .citations, citations: e.citations, range: e.range)
    case .undetermined:
      report(.notACaseAspect(e.name.text), e.name.range)
      return nil
    case .value(let x):
      let aspect: CaseExpectation.Aspect
      switch e.name.text {
      case "结论", "outcome":
        guard let w = word(x), CaseExpectation.outcomes.contains(w) else {
          report(.testValueNotOneOf(e.name.text, CaseExpectation.outcomes.joined(separator: "、"), word(x) ?? "…"), x.range)
          return nil
        }
        aspect = .outcome(w)
      case "阶次", "tier":
        guard let w = word(x), StandardInfo.tiers.contains(w) else {
          report(.testValueNotOneOf(e.name.text, StandardInfo.tiers.joined(separator: "、"), word(x) ?? "…"), x.range)
          return nil
        }
        aspect = .tier(w)
      case "罚款", "fine":
        guard case .money(let d)? = testValue(x, .money, e.name.text) else { return nil }
        aspect = .fine(d)
      default:
        report(.notACaseAspect(e.name.text), e.name.range)
        return nil
      }
      return CaseExpectation(aspect: aspect, citations: e.citations, range: e.range)
    }
  }

  /// The fact a test names, or nil after reporting why there is none.
  mutating func testFact(_ n: Name) -> Int? {
    if let f = factIndex[n.text] { return f }
    if definitionIndex[n.text] != nil {
      report(.givenNotAFact(n.text), n.range)
    } else {
      report(.unknownTestFact(n.text, suggestion: Suggestions.closest(to: n.text, in: factIndex.keys)), n.range)
    }
    return nil
  }

  /// One `期望` line, or nil when its name or value is wrong (reported).
  mutating func testExpectation(_ e: ExpectationDecl) -> Expectation? {
    let i: Int
    switch DefinitionLookup.resolve(e.name.text, among: definitionIndex.keys) {
    case .found(let full): i = definitionIndex[full]!
    case .ambiguous(let list):
      report(.ambiguousTestDefinition(e.name.text, list.map { "「\($0)」" }.joined(separator: "、")), e.name.range)
      return nil
    case .unknown(let suggestion):
      report(.unknownTestDefinition(e.name.text, suggestion: suggestion), e.name.range)
      return nil
    }
    let name = decls[i].name.text
    let rules = checked[i]?.rules ?? []
    var ok = true
    let outcome: Expectation.Outcome
    switch e.outcome {
    case .value(let expr):
      let v = testValue(expr, types[i] ?? .error, name)
      if v == nil { ok = false }
      outcome = .value(v ?? .bool(false))
    case .undetermined(let code, let missing):
      for m in missing where testFact(m) == nil { ok = false }
      outcome = .undetermined(code: code?.text, missing: missing.map(\.text))
    case .citationsOnly:
      return nil
    }
    if let l = e.rule, !e.ruleIsOtherwise, !rules.contains(where: { $0.label == l.text }) {
      report(.unknownTestRule(l.text, name, suggestion: Suggestions.closest(to: l.text, in: rules.compactMap(\.label))), l.range)
      ok = false
    }
    if let l = e.rule, e.ruleIsOtherwise, !rules.contains(where: \.isOtherwise) {
      report(.noOtherwiseRule(name), l.range)
      ok = false
    }
    for c in e.citations where !rules.contains(where: { $0.citations.contains { $0.text == c.text } }) {
      report(.citationNeverCarried(c.text, name), c.range)
      ok = false
    }
    guard ok else { return nil }
    return Expectation(definition: name, outcome: outcome, rule: e.ruleIsOtherwise ? nil : e.rule?.text, ruleIsOtherwise: e.ruleIsOtherwise,
                       citations: e.citations, range: e.range)
  }

  /// The value a test writes for something of type `want`: a literal, a negated number, or an
  /// enumeration value. Nil after reporting when it is not one or has another type.
  mutating func testValue(_ e: Expr, _ want: ValueType, _ what: String) -> Value? {
    var value: Value?
    switch e.kind {
    case .literal(let l):
      let t = literal(l, e.range)
      if t.type == .error { return nil }
      if case .constant(let v) = t.kind { value = v }
    case .unary("-", let inner):
      if case .literal(let l) = inner.kind, case .constant(let v) = literal(l, inner.range).kind {
        switch v {
        case .int(let n): value = .int(-n)
        case .decimal(let d): value = .decimal(-d)
        case .money(let d): value = .money(-d)
        case .quantity(let d, let u): value = .quantity(-d, u)
        default: value = nil
        }
      }
    case .name(let n):
      if case .enumeration(let ei, let en) = want, enums[ei].cases.contains(n) {
        value = .enumCase(ei, en, n)
      } else if let owners = caseOwners[n], owners.count == 1 {
        value = .enumCase(owners[0], enums[owners[0]].name, n)
      }
    case .member(let en, let cn):
      if let ei = enumIndex[en], enums[ei].cases.contains(cn) { value = .enumCase(ei, en, cn) }
    default:
      break
    }
    guard let v = value else {
      report(.testValueNotLiteral(what), e.range)
      return nil
    }
    if want == .error { return nil }
    if v.type == want { return v }
    if want == .decimal, case .int(let n) = v { return .decimal(Decimal(n)) }
    report(.testValueType(what, want.name, v.type.name), e.range)
    return nil
  }
}
