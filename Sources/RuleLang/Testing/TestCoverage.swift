/// Which branches of the rules the tests reach: every tier row of every 基准 (the rules of
/// `基准名·阶次`), every exception (例外于), every 否则 (written, or lowered from 移送 and 并处),
/// and every other rule of the 后果 the authors wrote (the general part). A branch is covered
/// when some test's evaluation APPLIED it and gave a value (its derivation's `considered`
/// status `.applied`).
public struct TestCoverage: Sendable {
  /// What kind of branch.
  public enum Kind: String, Sendable {
    /// A tier row of a 基准.
    case tierRow
    /// A rule written `例外于` another.
    case exception
    /// A 否则 rule.
    case otherwise
    /// Another rule of a 后果 the authors wrote.
    case consequenceRule
  }

  /// One branch.
  public struct Target: Sendable {
    /// What kind.
    public let kind: Kind
    /// The definition it belongs to.
    public let definition: String
    /// The 基准 whose row it is.
    public let standard: String?
    /// The rule's label, if any.
    public let label: String?
    /// Where the rule is written.
    public let range: SourceRange
    /// Whether a test applied it.
    public let covered: Bool
  }

  /// Every branch, standards' rows first (in the standards' order), then by definition.
  public let targets: [Target]

  /// Branches a test applied.
  public var covered: Int { targets.filter(\.covered).count }
  /// All branches.
  public var total: Int { targets.count }
  /// Covered share in percent (100 when there is nothing to cover).
  public var percentage: Double { total == 0 ? 100 : Double(covered) * 100 / Double(total) }
  /// Whether the covered share is at least `threshold` percent (compared exactly).
  public func meets(_ threshold: Double) -> Bool { Double(covered) * 100 >= threshold * Double(total) }

  /// The standards in order, each with its rows.
  public var standards: [(name: String, rows: [Target])] {
    var order: [String] = []
    var rows: [String: [Target]] = [:]
    for t in targets where t.kind == .tierRow {
      let s = t.standard ?? t.definition
      if rows[s] == nil { order.append(s) }
      rows[s, default: []].append(t)
    }
    return order.map { ($0, rows[$0]!) }
  }

  /// Computes coverage of a program's branches by test results; with `files`, only the
  /// branches written in those files count (the rules under test, not the whole library).
  public init(program: CheckedProgram, results: [TestResult], files: Set<String>? = nil) {
    struct Key: Hashable {
      let definition: String, file: String, start: Int, label: String?
    }
    var applied: Set<Key> = []
    for trace in results.flatMap(\.traces) {
      for d in trace.derivations where d.outcome.value != nil {
        for c in d.considered where c.status == .applied {
          applied.insert(Key(definition: d.name, file: c.range.file, start: c.range.start, label: c.label))
        }
      }
    }
    func isApplied(_ d: DefinitionInfo, _ r: RuleInfo) -> Bool {
      applied.contains(Key(definition: d.name, file: r.range.file, start: r.range.start, label: r.isOtherwise ? nil : r.label))
    }
    var targets: [Target] = []
    var tierDefinitions: Set<String> = []
    for s in program.standards {
      let name = LoweredName.tier(s.name)
      tierDefinitions.insert(name)
      guard let i = program.definitionIndex[name] else { continue }
      let d = program.definitions[i]
      for row in s.rows {
        guard let r = d.rules.first(where: { $0.range == row.range }) else { continue }
        targets.append(Target(kind: .tierRow, definition: name, standard: s.name, label: row.label, range: r.range,
                              covered: isApplied(d, r)))
      }
    }
    let checks = Set(program.checks.map(\.name))
    for d in program.definitions where !tierDefinitions.contains(d.name) {
      let written = d.kind == .consequence && !d.name.contains("·") && !checks.contains(d.name)
      for r in d.rules {
        let kind: Kind
        if r.parent != nil { kind = .exception } else if r.isOtherwise { kind = .otherwise } else if written {
          kind = .consequenceRule
        } else {
          continue
        }
        targets.append(Target(kind: kind, definition: d.name, standard: nil, label: r.isOtherwise ? nil : r.label,
                              range: r.range, covered: isApplied(d, r)))
      }
    }
    self.targets = files.map { f in targets.filter { f.contains($0.range.file) } } ?? targets
  }
}
