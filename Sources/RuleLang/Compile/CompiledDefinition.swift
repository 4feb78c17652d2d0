/// One definition compiled with its rules, deciding as ``Interpreter/decide`` does: each root
/// rule with its exceptions first; several applicable rules must agree (a conflict bails, so
/// the interpreter reports it); the 否则 rule when none applies; rules outside their 施行
/// period are skipped. Classes referenced without reference counting (`unowned(unsafe)`,
/// kept alive by ``CompiledProgram``) so that evaluation does no ARC traffic.
final class CompiledDefinition {
  let index: Int
  unowned(unsafe) let program: CompiledProgram
  let tracing: Bool
  var roots: ContiguousArray<CompiledRule> = []
  var otherwise: CompiledRule?
  var equal: (Slot, Slot) throws(Bail) -> Bool = { (_: Slot, _: Slot) throws(Bail) -> Bool in throw Bail() }

  init(index: Int, program: CompiledProgram) {
    self.index = index
    self.program = program
    tracing = program.tracing
  }

  /// Evaluates and memoises the definition in `f`.
  func evaluate(_ f: Frame) throws(Bail) -> Slot {
    if f.state[index] == 1 || f.depth >= Interpreter.maximumDepth { throw Bail() }
    f.state[index] = 1
    f.depth += 1
    if tracing { f.eventStarts.append(f.events.count) }
    let (v, k) = try decide(f)
    f.depth -= 1
    f.values[index] = v
    f.state[index] = 2
    if tracing { program.finishDerivation(index, rule: k, from: f.eventStarts.removeLast(), in: f) }
    return v
  }

  @inline(__always)
  func decide(_ f: Frame) throws(Bail) -> (Slot, Int) {
    if let v = try CompiledRule.firstAgreeing(roots, f, equal, tracing) { return v }
    if let r = otherwise {
      if r.inForce(f) {
        let v = try r.value(f)
        if tracing { f.note(.considered, r.k, Slot(a: ConsideredRule.Status.applied.code)) }
        return (v, r.k)
      }
      if tracing { f.note(.considered, r.k, Slot(a: ConsideredRule.Status.notInForce.code)) }
    }
    throw Bail()  // no applicable rule, or not in force: the interpreter says which
  }
}

/// One compiled rule: its 施行 period as packed dates, condition, value and exceptions.
final class CompiledRule {
  /// The rule's index in its definition.
  let k: Int
  let condition: Fn?
  let value: Fn
  /// First and last day in force as `year*10000+month*100+day` (0 and Int64.max: always).
  let from: Int64
  let until: Int64
  var exceptions: ContiguousArray<CompiledRule> = []

  init(k: Int, condition: Fn?, value: @escaping Fn, period: Period?) {
    self.k = k
    self.condition = condition
    self.value = value
    from = period.map { Slot.date($0.from).a } ?? 0
    until = period?.until.map { Slot.date($0).a } ?? .max
  }

  @inline(__always) func inForce(_ f: Frame) -> Bool {
    f.dateSlot.a >= from && f.dateSlot.a <= until
  }

  /// The value the applicable rules among `candidates` agree on, nil when none applies.
  @inline(__always)
  static func firstAgreeing(_ candidates: ContiguousArray<CompiledRule>, _ f: Frame,
                            _ equal: (Slot, Slot) throws(Bail) -> Bool, _ tracing: Bool) throws(Bail) -> (Slot, Int)? {
    var found: (Slot, Int)?
    var i = 0
    while i < candidates.count {
      if let v = try candidates[i].apply(f, equal, tracing) {
        if let first = found {
          guard try equal(first.0, v.0) else { throw Bail() }
          if tracing { f.note(.concurring, v.1) }
        } else {
          found = v
        }
      }
      i += 1
    }
    return found
  }

  func apply(_ f: Frame, _ equal: (Slot, Slot) throws(Bail) -> Bool, _ tracing: Bool) throws(Bail) -> (Slot, Int)? {
    if !exceptions.isEmpty, let v = try CompiledRule.firstAgreeing(exceptions, f, equal, tracing) {
      if tracing { f.note(.considered, k, Slot(a: ConsideredRule.Status.notEvaluated.code)) }
      return v
    }
    guard inForce(f) else {
      if tracing { f.note(.considered, k, Slot(a: ConsideredRule.Status.notInForce.code)) }
      return nil
    }
    if let c = condition, !(try c(f)).isTrue {
      if tracing { f.note(.considered, k, Slot(a: ConsideredRule.Status.conditionFalse.code)) }
      return nil
    }
    if tracing { f.note(.considered, k, Slot(a: ConsideredRule.Status.applied.code)) }
    return (try value(f), k)
  }
}

extension ExpressionCompiler {
  /// Fills in a definition's rules (its shell exists already, so references to it compile).
  func fill(_ code: CompiledDefinition, from d: DefinitionInfo) {
    let rules = d.rules.enumerated().map { k, r in
      CompiledRule(k: k, condition: r.condition.map(expression), value: expression(r.value), period: r.period)
    }
    for (k, r) in rules.enumerated() { r.exceptions = ContiguousArray(d.exceptions[k].map { rules[$0] }) }
    code.roots = ContiguousArray(d.roots.map { rules[$0] })
    code.otherwise = d.otherwise.map { rules[$0] }
    code.equal = equality(d.type)
  }
}
