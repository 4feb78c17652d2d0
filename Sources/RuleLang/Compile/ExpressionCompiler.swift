/// A compiled expression: reads the frame, returns a slot, or gives up with ``Bail``.
typealias Fn = (Frame) throws(Bail) -> Slot

/// Compiles typed expressions into closures. Every operator reads its operands' checked
/// types once, here, so the closures do no type dispatch per case.
struct ExpressionCompiler {
  let program: CheckedProgram
  let textIDs: [String: Int64]
  let definitions: ContiguousArray<CompiledDefinition>
  /// Whether to compile the tracing variant (reads and boundary hits recorded).
  let tracing: Bool
  let sites: BoundarySites

  init(program: CheckedProgram, textIDs: [String: Int64], definitions: ContiguousArray<CompiledDefinition>,
       tracing: Bool, sites: BoundarySites) {
    self.program = program
    self.textIDs = textIDs
    self.definitions = definitions
    self.tracing = tracing
    self.sites = sites
  }

  static var bail: Fn { { (_: Frame) throws(Bail) -> Slot in throw Bail() } }

  func expression(_ e: TypedExpr) -> Fn {
    switch e.kind {
    case .constant(let v):
      guard let s = SlotConversion.constant(v, textIDs: textIDs, program: program) else { return Self.bail }
      return { (_: Frame) throws(Bail) -> Slot in s }
    case .fact(let i):
      if tracing {
        return { (f: Frame) throws(Bail) -> Slot in
          guard f.known[i] else { throw Bail() }
          f.note(.fact, i, Slot(a: 1))
          return f.facts[i]
        }
      }
      return { (f: Frame) throws(Bail) -> Slot in
        guard f.known[i] else { throw Bail() }
        return f.facts[i]
      }
    case .definition(let j):
      unowned(unsafe) let target = definitions[j]
      if tracing {
        return { (f: Frame) throws(Bail) -> Slot in
          let v = f.state[j] == 2 ? f.values[j] : try target.evaluate(f)
          f.note(.definition, j)
          return v
        }
      }
      return { (f: Frame) throws(Bail) -> Slot in
        f.state[j] == 2 ? f.values[j] : try target.evaluate(f)
      }
    case .evaluationDate:
      if tracing {
        return { (f: Frame) throws(Bail) -> Slot in
          f.note(.evaluationDate, 0)
          return f.dateSlot
        }
      }
      return { (f: Frame) throws(Bail) -> Slot in f.dateSlot }
    case .known(let i):
      if tracing {
        return { (f: Frame) throws(Bail) -> Slot in
          f.note(.fact, i, Slot(a: f.known[i] ? 1 : 0))
          return .bool(f.known[i])
        }
      }
      return { (f: Frame) throws(Bail) -> Slot in .bool(f.known[i]) }
    case .negate(let x):
      guard isNumber(x.type) else { return Self.bail }
      let fx = expression(x)
      return { (f: Frame) throws(Bail) -> Slot in try FixedPoint.negate(try fx(f)) }
    case .not(let x):
      let fx = expression(x)
      return { (f: Frame) throws(Bail) -> Slot in .bool(!(try fx(f)).isTrue) }
    case .binary(.and, let l, let r):
      let (fl, fr) = (expression(l), expression(r))
      return { (f: Frame) throws(Bail) -> Slot in (try fl(f)).isTrue ? try fr(f) : .bool(false) }
    case .binary(.or, let l, let r):
      let (fl, fr) = (expression(l), expression(r))
      return { (f: Frame) throws(Bail) -> Slot in (try fl(f)).isTrue ? .bool(true) : try fr(f) }
    case .binary(let op, let l, let r):
      return binary(op, l, r, at: e.range)
    case .ifThenElse(let c, let a, let b):
      let (fc, fa, fb) = (expression(c), expression(a), expression(b))
      return { (f: Frame) throws(Bail) -> Slot in (try fc(f)).isTrue ? try fa(f) : try fb(f) }
    case .call(let builtin, let args):
      return call(builtin, args)
    case .inSet(let x, let set, let negated):
      let fx = expression(x)
      let members = set.map(expression)
      let eq = equality(x.type)
      return { (f: Frame) throws(Bail) -> Slot in
        let v = try fx(f)
        for m in members where try eq(v, try m(f)) { return .bool(!negated) }
        return .bool(negated)
      }
    }
  }

  func isNumber(_ t: ValueType) -> Bool {
    switch t {
    case .int, .decimal, .money, .quantity: true
    default: false
    }
  }

  /// Equality as ``Operators/equal``: numbers by value, durations by ordering, the rest by
  /// identity (texts are interned, enumerations are case indices, dates are packed).
  func equality(_ t: ValueType) -> (Slot, Slot) throws(Bail) -> Bool {
    if isNumber(t) { return { (x: Slot, y: Slot) throws(Bail) -> Bool in try FixedPoint.compare(x, y) == 0 } }
    if t == .duration { return { (x: Slot, y: Slot) throws(Bail) -> Bool in try Durations.compare(x, y) == 0 } }
    return { (x: Slot, y: Slot) throws(Bail) -> Bool in x.a == y.a }
  }
}
