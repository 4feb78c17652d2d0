/// A checked program compiled once into closures over ``Slot``s: the fast path of batch
/// evaluation. It decides exactly as the ``Interpreter`` does — same rules, same default logic
/// (exceptions first, agreeing rules concur, 否则 last, rules out of force skipped) — but
/// keeps no trace and reports no errors: whenever the interpreter would do anything but
/// return a plain value (a missing fact, a conflict, a division that `Decimal` must round, an
/// overflow, a calendar function), the compiled path throws ``Bail`` and the caller hands the
/// case to the interpreter. A test runs both paths over the benchmark workload and compares
/// every output.
public final class CompiledProgram: @unchecked Sendable {
  /// The checked program this was compiled from.
  public let program: CheckedProgram
  /// Text constants of the program (a text slot's canonical id is its index here, or beyond).
  public let textConstants: [String]
  let textIDs: [String: Int64]
  /// Compiled definitions by definition index.
  var definitions: ContiguousArray<CompiledDefinition> = []
  /// Whether evaluation records the trace (``trace(in:)``).
  public let tracing: Bool
  let boundarySites = BoundarySites()
  /// Facts that default to 假 when not supplied (情节).
  let circumstances: [Int]

  /// Compiles a checked program; with `tracing`, evaluation also records the interpreter's
  /// ``Trace`` (a little slower, and still without per-case dictionary look-ups).
  public init(_ program: CheckedProgram, tracing: Bool = false) {
    self.program = program
    self.tracing = tracing
    var texts: [String] = []
    var ids: [String: Int64] = [:]
    func collect(_ e: TypedExpr) {
      switch e.kind {
      case .constant(.text(let s)):
        if ids[s] == nil { ids[s] = Int64(texts.count); texts.append(s) }
      case .constant, .fact, .definition, .evaluationDate, .known: break
      case .negate(let x), .not(let x): collect(x)
      case .binary(_, let l, let r): collect(l); collect(r)
      case .ifThenElse(let c, let a, let b): collect(c); collect(a); collect(b)
      case .call(_, let args): args.forEach(collect)
      case .inSet(let x, let set, _): collect(x); set.forEach(collect)
      }
    }
    for d in program.definitions {
      for r in d.rules {
        r.condition.map(collect)
        collect(r.value)
      }
    }
    textConstants = texts
    textIDs = ids
    circumstances = program.facts.indices.filter { program.facts[$0].isCircumstance }
    definitions = ContiguousArray(program.definitions.indices.map { CompiledDefinition(index: $0, program: self) })
    let compiler = ExpressionCompiler(program: program, textIDs: ids, definitions: definitions, tracing: tracing,
                                      sites: boundarySites)
    for (i, d) in program.definitions.enumerated() { compiler.fill(definitions[i], from: d) }
  }

  /// A frame for evaluating cases on one thread.
  public func makeFrame(date: CivilDate) -> Frame {
    Frame(factCount: program.facts.count, definitionCount: program.definitions.count,
          textConstants: textConstants.count, date: date)
  }

  /// Prepares a frame for a new case: no fact supplied (circumstances 假), nothing evaluated.
  public func begin(_ frame: Frame) {
    frame.known.update(repeating: false, count: frame.factCount)
    for i in circumstances {
      frame.known[i] = true
      frame.facts[i] = .bool(false)
    }
    frame.clearTexts()
    frame.clearValues()
  }

  /// The value of definition `index` for the case in `frame`, or ``Bail``.
  @inline(__always)
  public func value(of index: Int, in frame: Frame) throws(Bail) -> Slot {
    if frame.state[index] == 2 { return frame.values[index] }
    return try definitions[index].evaluate(frame)
  }

  /// The slot of a text read from the input. Texts are equal as the interpreter's `String`s
  /// are (canonical equivalence: `é` composed or not, a compatibility ideograph and its
  /// unified form), so `a` is a canonical id — a constant's index, or an id for this case —
  /// and `b` keeps the exact spelling for output.
  public func textSlot(_ s: String, in frame: Frame) -> Slot {
    let id: Int64
    if let known = textIDs[s] {
      id = known
    } else if let seen = frame.extraIDs[s] {
      id = seen
    } else {
      id = frame.firstExtraText + Int64(frame.extraIDs.count)
      frame.extraIDs[s] = id
    }
    if id < textConstants.count, textConstants[Int(id)].utf8.elementsEqual(s.utf8) { return Slot(a: id, b: -1) }
    frame.spellings.append(s)
    return Slot(a: id, b: Int64(frame.spellings.count - 1))
  }

  /// The text of a text slot, as spelt.
  public func text(_ s: Slot, in frame: Frame) -> String {
    s.b >= 0 ? frame.spellings[Int(s.b)] : textConstants[Int(s.a)]
  }

  /// The interpreter's ``Value`` for a slot of a given type (for output and for tests that
  /// compare both paths).
  public func value(_ s: Slot, type: ValueType, in frame: Frame) -> Value? {
    switch type {
    case .bool: return .bool(s.isTrue)
    case .int: return s.b == 0 ? .int(Int(s.a)) : nil
    case .decimal: return .decimal(SlotConversion.decimal(s))
    case .money: return .money(SlotConversion.decimal(s))
    case .quantity(let u): return .quantity(SlotConversion.decimal(s), u)
    case .date: return s.date.map { .date($0) }
    case .duration: return .duration(Int(s.a), s.durationUnit)
    case .text: return .text(text(s, in: frame))
    case .enumeration(let i, let name):
      let cases = program.enumerations[i].cases
      return s.a >= 0 && s.a < cases.count ? .enumCase(i, name, cases[Int(s.a)]) : nil
    case .error: return nil
    }
  }
}
