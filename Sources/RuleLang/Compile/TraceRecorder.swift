/// What the compiled path records while it evaluates with tracing on: the same events the
/// ``Interpreter`` records (values read, rules considered, concurring rules, comparisons on
/// their boundary), kept as a stack so that each definition's own events become its record
/// when it finishes. ``CompiledProgram/trace(in:)`` turns the records into the interpreter's
/// ``Trace`` (a test compares the two over the benchmark workload); ``CompactTrace`` writes
/// them straight to JSON.
struct TraceEvent {
  enum Kind: UInt8 {
    /// A fact read (`value.a` 1 when it was supplied).
    case fact
    /// A definition read.
    case definition
    /// The evaluation date read.
    case evaluationDate
    /// A comparison whose sides were equal: `index` is the boundary site, `value` the side.
    case boundary
    /// Rule `index` was considered with status `value.a` (``ConsideredRule/Status``).
    case considered
    /// Rule `index` applied with the same value as the deciding rule.
    case concurring
  }
  var kind: Kind
  var index: Int32
  var value: Slot

  var isRead: Bool { kind == .fact || kind == .definition || kind == .evaluationDate }
}

/// A finished derivation: the definition, the deciding rule, and its events (reads each
/// once, in the order first read) in ``Frame``'s `finished` list.
struct DerivationRecord {
  let definition: Int
  let rule: Int
  let start: Int
  let count: Int
}

/// The places of comparisons, for boundary hits.
final class BoundarySites {
  var ranges: [SourceRange] = []
  var types: [ValueType] = []

  func add(_ range: SourceRange, _ type: ValueType) -> Int32 {
    ranges.append(range)
    types.append(type)
    return Int32(ranges.count - 1)
  }
}

extension ConsideredRule.Status {
  var code: Int64 {
    switch self {
    case .notInForce: 0
    case .conditionFalse: 1
    case .applied: 2
    case .overridden: 3
    case .notEvaluated: 4
    }
  }

  init(code: Int64) {
    self = [.notInForce, .conditionFalse, .applied, .overridden, .notEvaluated][Int(code)]
  }
}

extension CompiledProgram {
  /// Files the events definition `index` recorded since `start` as its record.
  func finishDerivation(_ index: Int, rule k: Int, from start: Int, in f: Frame) {
    let first = f.finished.count
    var i = start
    while i < f.events.count {
      let e = f.events[i]
      i += 1
      if e.isRead {
        // A read counts once (a fact or a memoised definition has one value per case).
        var seen = false
        var j = first
        while j < f.finished.count {
          let o = f.finished[j]
          if o.kind == e.kind && o.index == e.index && o.value.a == e.value.a { seen = true; break }
          j += 1
        }
        if seen { continue }
      }
      f.finished.append(e)
    }
    f.events.removeSubrange(start...)
    f.records.append(DerivationRecord(definition: index, rule: k, start: first, count: f.finished.count - first))
  }

  /// The trace of the case last evaluated in `f` (with tracing on), as the interpreter
  /// would have recorded it.
  public func trace(in f: Frame) -> Trace {
    var t = Trace()
    for r in f.records {
      let d = program.definitions[r.definition]
      var reads: [Read] = []
      var considered: [ConsideredRule] = []
      var hits: [BoundaryHit] = []
      var concurring: [Int] = []
      for e in f.finished[r.start..<(r.start + r.count)] {
        let i = Int(e.index)
        switch e.kind {
        case .fact:
          let fact = program.facts[i]
          reads.append(Read(name: fact.name, source: .fact, value: e.value.a == 1 ? value(f.facts[i], type: fact.type, in: f) : nil))
        case .definition:
          let other = program.definitions[i]
          reads.append(Read(name: other.name, source: .definition, value: value(f.values[i], type: other.type, in: f)))
        case .evaluationDate:
          reads.append(Read(name: "评价日期", source: .evaluationDate, value: .date(f.date)))
        case .boundary:
          if let v = value(e.value, type: boundarySites.types[i], in: f) { hits.append(BoundaryHit(range: boundarySites.ranges[i], value: v)) }
        case .considered:
          let rule = d.rules[i]
          // The 否则 rule is listed without a label, as the interpreter lists it.
          considered.append(ConsideredRule(label: rule.isOtherwise ? nil : rule.label, range: rule.range, status: .init(code: e.value.a)))
        case .concurring:
          concurring.append(i)
        }
      }
      let outcome: Outcome = value(f.values[r.definition], type: d.type, in: f).map { .value($0) }
        ?? .error(EvalError(.arithmeticOverflow(), at: d.range))
      t.append(Derivation(name: d.name, kind: d.kind, outcome: outcome, rule: AppliedRule(d, rule: r.rule, concurring: concurring),
                          reads: reads, considered: considered, boundaryHits: hits))
    }
    return t
  }
}
