import Foundation

/// Evaluation of typed expressions.
///
/// `且` / `或` follow three-valued logic: when one side fails (say a fact is missing) but
/// the other side decides alone (`假 且 ?` is 假, `真 或 ?` is 真), the result stands; the
/// missing fact did not matter. Otherwise the error propagates, listing every missing fact.
extension Interpreter {
  mutating func expression(_ e: TypedExpr) throws(EvalError) -> Value {
    switch e.kind {
    case .constant(let v):
      return v
    case .fact(let i):
      let f = program.facts[i]
      guard let v = facts.values[i] else {
        record(Read(name: f.name, source: .fact, value: nil))
        throw EvalError(.missingFact(f.name), at: e.range, missing: [f.name])
      }
      record(Read(name: f.name, source: .fact, value: v))
      return v
    case .definition(let i):
      switch definition(i) {
      case .value(let v): return v
      case .error(let err): throw err
      }
    case .evaluationDate:
      record(Read(name: "评价日期", source: .evaluationDate, value: .date(date)))
      return .date(date)
    case .known(let i):
      record(Read(name: program.facts[i].name, source: .fact, value: facts.values[i]))
      return .bool(facts.values[i] != nil)
    case .negate(let x):
      switch try expression(x) {
      case .int(let n):
        let (r, o) = Int(0).subtractingReportingOverflow(n)
        if o { throw EvalError(.arithmeticOverflow(), at: e.range) }
        return .int(r)
      case .decimal(let d): return .decimal(-d)
      case .money(let d): return .money(-d)
      case .quantity(let d, let u): return .quantity(-d, u)
      default: throw EvalError(.operandType("-", x.type.name), at: e.range)
      }
    case .not(let x):
      guard case .bool(let b) = try expression(x) else { throw EvalError(.operandType("非", x.type.name), at: e.range) }
      return .bool(!b)
    case .binary(.and, let l, let r):
      return try logical(l, r, decidingValue: false)
    case .binary(.or, let l, let r):
      return try logical(l, r, decidingValue: true)
    case .binary(let op, let l, let r):
      let a = try expression(l)
      let b = try expression(r)
      let v = try Operators.apply(op, a, b, at: e.range)
      if tracing, [.less, .lessOrEqual, .greater, .greaterOrEqual].contains(op),
        (try? Operators.compare(a, b, at: e.range)) == 0
      {
        recordBoundary(BoundaryHit(range: e.range, value: a))
      }
      return v
    case .ifThenElse(let c, let a, let b):
      guard case .bool(let cond) = try expression(c) else { throw EvalError(.conditionNotBool(c.type.name), at: c.range) }
      let v = try expression(cond ? a : b)
      if e.type == .decimal, case .int(let n) = v { return .decimal(Decimal(n)) }
      return v
    case .call(let f, let args):
      var values: [Value] = []
      for a in args { values.append(try expression(a)) }
      if f.usesCalendar { return try calendarCall(f, values, at: e.range) }
      return try Operators.call(f, values, at: e.range)
    case .inSet(let x, let set, let negated):
      let v = try expression(x)
      var found = false
      for s in set where try Operators.equal(v, try expression(s)) {
        found = true
        break
      }
      return .bool(found != negated)
    }
  }

  /// `且` (deciding value 假) and `或` (deciding value 真) in three-valued logic.
  mutating func logical(_ l: TypedExpr, _ r: TypedExpr, decidingValue: Bool) throws(EvalError) -> Value {
    var leftError: EvalError?
    do {
      let a = try expression(l)
      if case .bool(decidingValue) = a { return a }
    } catch {
      leftError = error
    }
    let b: Value
    do {
      b = try expression(r)
    } catch {
      guard let leftError else { throw error }
      guard !leftError.missingFacts.isEmpty, !error.missingFacts.isEmpty else { throw leftError }
      let missing = leftError.missingFacts + error.missingFacts.filter { !leftError.missingFacts.contains($0) }
      throw EvalError(DiagnosticCatalog.Entry.missingFact(missing.joined(separator: "、")), at: leftError.diagnostic.range,
                      missing: missing)
    }
    if case .bool(decidingValue) = b { return b }
    if let leftError { throw leftError }
    return b
  }
}
