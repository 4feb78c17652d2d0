/// The structure of definitions: labels, exceptions, 否则, citations, periods.
extension Checker {
  mutating func ensureChecked(_ i: Int) {
    guard checked[i] == nil, !inProgress.contains(i) else { return }
    inProgress.insert(i)
    defer { inProgress.remove(i) }
    let d = decls[i]
    let scope = Scope(definition: i)
    if d.rules.isEmpty && !d.recovered { report(.noRules(d.name.text), d.name.range) }

    var labels: [String: Int] = [:]
    for (k, r) in d.rules.enumerated() {
      guard let l = r.label else { continue }
      if labels[l.text] != nil {
        // A standard's rows are lowered into 阶次 and the rows' 上限/下限: one report (on 阶次).
        if !d.name.text.contains("·") || d.name.text.hasSuffix("·阶次") { report(.duplicateLabel(l.text), l.range) }
      } else {
        labels[l.text] = k
      }
    }

    var inferred = types[i]
    var conditions: [TypedExpr?] = []
    var values: [TypedExpr] = []
    for r in d.rules {
      var condition: TypedExpr?
      if let c = r.condition {
        let t = expression(c, scope)
        if t.type != .bool && t.type != .error { report(.conditionNotBool(t.type.name), c.range) }
        condition = t
      }
      var value = expression(r.value, scope, expected: inferred)
      if let want = inferred {
        if want != .error && value.type != .error && value.type != want {
          if want == .decimal && value.type == .int {
            value = TypedExpr(value.kind, .decimal, value.range)
          } else {
            report(.valueTypeMismatch(d.name.text, want.name, value.type.name), r.value.range)
          }
        }
      } else if value.type != .error {
        inferred = value.type
      }
      conditions.append(condition)
      values.append(value)
    }
    types[i] = inferred ?? .error

    var parents: [Int?] = d.rules.map { r in
      guard let target = r.exceptionTo else { return nil }
      if let k = labels[target.text] { return k }
      report(.unknownLabel(target.text, suggestion: Suggestions.closest(to: target.text, in: labels.keys)), target.range)
      return nil
    }
    breakExceptionCycles(&parents, d)

    var otherwise: Int?
    for (k, r) in d.rules.enumerated() where r.isOtherwise {
      if otherwise != nil || r.exceptionTo != nil { report(.misplacedOtherwise(d.name.text), r.range) } else { otherwise = k }
    }

    let rules = d.rules.enumerated().map { k, r in
      var citations = d.basis
      for c in r.basis where !citations.contains(where: { $0.text == c.text }) { citations.append(c) }
      return RuleInfo(label: r.label?.text, condition: conditions[k], value: values[k], citations: citations,
                      period: r.period ?? d.period, parent: parents[k], isOtherwise: r.isOtherwise, range: r.range)
    }

    // Definitions lowered from a violation or a check inherit its citations and period: their
    // problems are reported once on the declaration itself (C028, C030, C037), not again here.
    let loweredFromDeclaration = pendingViolations.contains { d.name.text.hasPrefix($0.code + "·") }
      || pendingChecks.contains { d.name.text == $0.name || d.name.text == LoweredName.checkDeadline($0.name) }
    if d.kind != .definition && !loweredFromDeclaration {
      for (k, r) in rules.enumerated() where r.citations.isEmpty {
        report(.missingCitation(d.name.text), d.rules[k].range)
      }
    }
    // Row bounds lowered from a standard repeat its rows' conditions; overlaps are the 阶次's.
    let rowBound = d.name.text.contains("·") && (d.name.text.hasSuffix("·上限") || d.name.text.hasSuffix("·下限"))
    if !loweredFromDeclaration && !rowBound { checkOverlaps(d, rules) }

    var exceptions = Array(repeating: [Int](), count: rules.count)
    var roots: [Int] = []
    for (k, r) in rules.enumerated() where !r.isOtherwise {
      if let p = r.parent { exceptions[p].append(k) } else { roots.append(k) }
    }
    checked[i] = DefinitionInfo(name: d.name.text, kind: d.kind, type: types[i] ?? .error, rules: rules,
                                roots: roots, exceptions: exceptions, otherwise: otherwise, range: d.range)
  }

  /// Reports exception cycles and cuts them so evaluation terminates.
  mutating func breakExceptionCycles(_ parents: inout [Int?], _ d: DefinitionDecl) {
    for start in parents.indices {
      var seen: Set<Int> = [start]
      var k = start
      while let p = parents[k] {
        if seen.contains(p) {
          report(.exceptionCycle(d.rules[start].label?.text ?? "?"), d.rules[start].range)
          parents[start] = nil
          break
        }
        seen.insert(p)
        k = p
      }
    }
  }

  /// Duplicate rules, overlapping unconditional versions, and exceptions that can never apply.
  mutating func checkOverlaps(_ d: DefinitionDecl, _ rules: [RuleInfo]) {
    let always = Period(from: CivilDate(year: 1, month: 1, day: 1)!, until: nil, range: d.range)
    for a in rules.indices where !rules[a].isOtherwise {
      for b in rules.indices where b > a && !rules[b].isOtherwise && rules[a].parent == rules[b].parent {
        let pa = rules[a].period ?? always
        let pb = rules[b].period ?? always
        guard pa.overlaps(pb) else { continue }
        let ca = d.rules[a].condition?.dump
        let cb = d.rules[b].condition?.dump
        guard ca == cb else { continue }
        let note = Diagnostic.Note(message: LocalizedText(zh: "另一条规则在此", en: "the other rule is here"), range: d.rules[a].range)
        if ca == nil {
          report(.overlappingVersions(d.name.text), d.rules[b].range, notes: [note])
        } else {
          report(.duplicateRule(d.name.text), d.rules[b].range, notes: [note])
        }
      }
      if let p = rules[a].parent {
        let pa = rules[a].period ?? always
        let pp = rules[p].period ?? always
        if !pa.overlaps(pp) {
          report(.unreachableException(rules[a].label ?? "?", LocalizedText(zh: "施行期间与被例外的规则不重叠", en: "its period does not overlap the rule it excepts")), d.rules[a].range)
        }
      }
      if case .constant(.bool(false))? = rules[a].condition?.kind {
        report(.unreachableException(rules[a].label ?? "?", LocalizedText(zh: "条件恒为假", en: "its condition is always false"),
                                     isException: rules[a].parent != nil), d.rules[a].range)
      }
    }
  }

  /// The type of a definition referenced from an expression, checking it first if needed.
  mutating func definitionType(_ j: Int, from scope: Scope) -> ValueType {
    dependencies[scope.definition].insert(j)
    if let t = types[j] { return t }
    if inProgress.contains(j) { return .error }  // a cycle; reported by reportCycles
    if inProgress.count >= Checker.maximumChainDepth {  // keep recursion bounded on adversarial chains
      if !reportedDeepChain {
        reportedDeepChain = true
        report(.chainTooDeep(decls[j].name.text, Checker.maximumChainDepth), decls[j].name.range)
      }
      return .error
    }
    ensureChecked(j)
    return types[j] ?? .error
  }
}
