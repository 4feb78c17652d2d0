/// Resolves names, checks types and units, and checks the structure of definitions
/// (exceptions, citations, periods, cycles). Collects every problem; a node that failed
/// is typed `.error` so that nothing depending on it is reported again.
public struct Checker {
  var diagnostics: [Diagnostic] = []
  var enums: [EnumInfo] = []
  var enumIndex: [String: Int] = [:]
  var caseOwners: [String: [Int]] = [:]
  var facts: [FactInfo] = []
  var factIndex: [String: Int] = [:]
  var decls: [DefinitionDecl] = []
  var definitionIndex: [String: Int] = [:]
  var types: [ValueType?] = []
  var checked: [DefinitionInfo?] = []
  var inProgress: Set<Int> = []
  /// Whether C031 was reported (once per program is enough).
  var reportedDeepChain = false
  /// The longest chain of definitions whose types are inferred through each other.
  static let maximumChainDepth = 100
  var dependencies: [Set<Int>] = []
  var usedFacts: Set<Int> = []
  var pendingViolations: [ViolationInfo] = []
  var pendingStandards: [(StandardDecl, StandardInfo)] = []
  var pendingChecks: [CheckInfo] = []

  /// Where an expression is being checked.
  struct Scope {
    /// The definition whose rule holds the expression.
    let definition: Int
  }

  /// Checks parsed modules as one program.
  /// Warnings that only make sense for a complete program (unused facts) are left out when
  /// `partial` is set, i.e. when parsing already failed somewhere.
  public static func check(_ modules: [SourceModule], partial: Bool = false) -> (program: CheckedProgram, diagnostics: [Diagnostic]) {
    var checker = Checker()
    checker.collect(modules)
    for i in checker.decls.indices { checker.ensureChecked(i) }
    checker.checkDomainReferences()
    checker.reportCycles()
    if !partial && !checker.diagnostics.contains(where: { $0.severity == .error }) {
      checker.reportUnusedFacts()
    }
    // Last, so that a test's mistakes never change what is reported about the rules.
    let tests = checker.checkTests(modules)
    let definitions = checker.checked.enumerated().map { i, d in
      d ?? DefinitionInfo(name: checker.decls[i].name.text, kind: checker.decls[i].kind, type: .error,
                          rules: [], roots: [], exceptions: [], otherwise: nil, range: checker.decls[i].range)
    }
    let program = CheckedProgram(enumerations: checker.enums, facts: checker.facts, definitions: definitions,
                                 violations: checker.pendingViolations, standards: checker.pendingStandards.map(\.1),
                                 calendar: checker.calendar(modules), checks: checker.pendingChecks, tests: tests)
    return (program, checker.diagnostics)
  }

  mutating func report(_ entry: DiagnosticCatalog.Entry, _ range: SourceRange?, notes: [Diagnostic.Note] = []) {
    diagnostics.append(Diagnostic(entry, at: range, notes: notes))
  }

  // MARK: - Collecting declarations

  mutating func collect(_ modules: [SourceModule]) {
    var values: [String: SourceRange] = [:]
    func claim(_ name: Name, _ values: inout [String: SourceRange], _ checker: inout Checker) -> Bool {
      if let first = values[name.text] {
        checker.report(.duplicateDeclaration(name.text), name.range, notes: [
          Diagnostic.Note(message: LocalizedText(zh: "首次声明于此", en: "first declared here"), range: first)
        ])
        return false
      }
      values[name.text] = name.range
      return true
    }
    var typeNames: [String: SourceRange] = [:]
    for module in modules {
      for case .enumeration(let e) in module.declarations {
        if ValueType.builtinNames[e.name.text] != nil || Units.quantityUnit(named: e.name.text) != nil {
          report(.duplicateDeclaration(e.name.text), e.name.range)
          continue
        }
        guard claim(e.name, &typeNames, &self) else { continue }
        var seen: [String: SourceRange] = [:]
        var cases: [String] = []
        for c in e.cases where claim(c, &seen, &self) { cases.append(c.text) }
        enumIndex[e.name.text] = enums.count
        for c in cases { caseOwners[c, default: []].append(enums.count) }
        enums.append(EnumInfo(name: e.name.text, cases: cases))
      }
    }
    for module in modules {
      for declaration in module.declarations {
        switch declaration {
        case .enumeration: break
        case .fact(let f):
          guard claim(f.name, &values, &self) else { continue }
          factIndex[f.name.text] = facts.count
          facts.append(FactInfo(name: f.name.text, type: resolveType(f.type), description: f.description, range: f.name.range,
                                isCircumstance: f.isCircumstance))
        case .definition(let d):
          guard claim(d.name, &values, &self) else { continue }
          definitionIndex[d.name.text] = decls.count
          decls.append(d)
        case .violation, .standard, .holidays, .check, .test: break
        }
      }
    }
    for d in lowerDomain(modules) + lowerChecks(modules) {
      definitionIndex[d.name.text] = decls.count
      decls.append(d)
    }
    types = decls.map { d in d.type.map { resolveType($0) } }
    checked = Array(repeating: nil, count: decls.count)
    dependencies = Array(repeating: [], count: decls.count)
  }

  mutating func resolveType(_ t: TypeRef) -> ValueType {
    if let b = ValueType.builtinNames[t.name] { return b }
    if let u = Units.quantityUnit(named: t.name) { return .quantity(u) }
    if let e = enumIndex[t.name] { return .enumeration(e, t.name) }
    let candidates = Array(ValueType.builtinNames.keys) + Array(enumIndex.keys)
      + Units.quantityUnits.map(\.name)
    report(.unknownType(t.name, suggestion: Suggestions.closest(to: t.name, in: candidates)), t.range)
    return .error
  }

  // MARK: - Program-wide checks

  /// Reports each cycle between definitions once, at the definition that closes it.
  /// Iterative depth-first search, so long chains cannot exhaust the stack.
  mutating func reportCycles() {
    var state = Array(repeating: 0, count: decls.count)  // 0 new, 1 on stack, 2 done
    var reported: Set<Set<Int>> = []
    let edges = dependencies.map { $0.sorted() }
    for root in decls.indices where state[root] == 0 {
      var stack: [(node: Int, next: Int)] = [(root, 0)]
      var path: [Int] = [root]
      state[root] = 1
      while let top = stack.last {
        if top.next < edges[top.node].count {
          stack[stack.count - 1].next += 1
          let j = edges[top.node][top.next]
          if state[j] == 1, let at = path.firstIndex(of: j) {
            let cycle = Array(path[at...])
            if reported.insert(Set(cycle)).inserted {
              let names = (cycle + [j]).map { decls[$0].name.text }.joined(separator: " → ")
              report(.definitionCycle(names), decls[j].name.range)
            }
          } else if state[j] == 0 {
            state[j] = 1
            stack.append((j, 0))
            path.append(j)
          }
        } else {
          state[top.node] = 2
          stack.removeLast()
          path.removeLast()
        }
      }
    }
  }

  mutating func reportUnusedFacts() {
    for (i, f) in facts.enumerated() where !usedFacts.contains(i) {
      report(.unusedFact(f.name), f.range)
    }
  }
}
