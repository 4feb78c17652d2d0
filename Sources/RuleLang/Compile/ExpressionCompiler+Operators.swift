/// Binary operators and built-in functions, chosen by the operands' checked types.
extension ExpressionCompiler {
  func binary(_ op: BinaryOperator, _ l: TypedExpr, _ r: TypedExpr, at range: SourceRange) -> Fn {
    let (fl, fr) = (expression(l), expression(r))
    let (lt, rt) = (l.type, r.type)
    switch op {
    case .equal, .notEqual:
      let eq = equality(lt)
      let want = op == .equal
      return { (f: Frame) throws(Bail) -> Slot in .bool(try eq(try fl(f), try fr(f)) == want) }
    case .less, .lessOrEqual, .greater, .greaterOrEqual:
      let compare: (Slot, Slot) throws(Bail) -> Int
      if isNumber(lt) && isNumber(rt) {
        compare = { (x: Slot, y: Slot) throws(Bail) -> Int in try FixedPoint.compare(x, y) }
      } else if lt == .date && rt == .date {
        compare = { (x: Slot, y: Slot) throws(Bail) -> Int in x.a < y.a ? -1 : (x.a == y.a ? 0 : 1) }
      } else if lt == .duration && rt == .duration {
        compare = { (x: Slot, y: Slot) throws(Bail) -> Int in try Durations.compare(x, y) }
      } else {
        return Self.bail
      }
      // As the interpreter: with tracing, a comparison whose sides are equal is a boundary hit.
      let site = tracing ? Int(sites.add(range, lt)) : -1
      let ordered: (Frame) throws(Bail) -> Int =
        tracing
        ? { (f: Frame) throws(Bail) -> Int in
          let x = try fl(f)
          let c = try compare(x, try fr(f))
          if c == 0 { f.note(.boundary, site, x) }
          return c
        }
        : { (f: Frame) throws(Bail) -> Int in try compare(try fl(f), try fr(f)) }
      switch op {
      case .less: return { (f: Frame) throws(Bail) -> Slot in .bool(try ordered(f) < 0) }
      case .lessOrEqual: return { (f: Frame) throws(Bail) -> Slot in .bool(try ordered(f) <= 0) }
      case .greater: return { (f: Frame) throws(Bail) -> Slot in .bool(try ordered(f) > 0) }
      default: return { (f: Frame) throws(Bail) -> Slot in .bool(try ordered(f) >= 0) }
      }
    case .add, .subtract, .multiply, .divide:
      return arithmetic(op, fl, fr, lt, rt)
    case .and, .or:
      return Self.bail  // compiled in expression(_:)
    }
  }

  func arithmetic(_ op: BinaryOperator, _ fl: @escaping Fn, _ fr: @escaping Fn, _ lt: ValueType, _ rt: ValueType) -> Fn {
    if isNumber(lt) && isNumber(rt) {
      switch op {
      case .add: return { (f: Frame) throws(Bail) -> Slot in try FixedPoint.add(try fl(f), try fr(f)) }
      case .subtract: return { (f: Frame) throws(Bail) -> Slot in try FixedPoint.subtract(try fl(f), try fr(f)) }
      case .multiply: return { (f: Frame) throws(Bail) -> Slot in try FixedPoint.multiply(try fl(f), try fr(f)) }
      default: return { (f: Frame) throws(Bail) -> Slot in try FixedPoint.divide(try fl(f), try fr(f)) }
      }
    }
    switch (lt, rt, op) {
    case (.date, .duration, .add), (.date, .duration, .subtract):
      let sign: Int64 = op == .add ? 1 : -1
      return { (f: Frame) throws(Bail) -> Slot in try Durations.shift(try fl(f), by: try fr(f), sign: sign) }
    case (.duration, .date, .add):
      return { (f: Frame) throws(Bail) -> Slot in try Durations.shift(try fr(f), by: try fl(f), sign: 1) }
    case (.date, .date, .subtract):
      return { (f: Frame) throws(Bail) -> Slot in
        guard let x = (try fl(f)).date, let y = (try fr(f)).date else { throw Bail() }
        return .duration(Int64(x.dayNumber - y.dayNumber), .days)
      }
    case (.duration, .duration, .add), (.duration, .duration, .subtract):
      let sign: Int64 = op == .add ? 1 : -1
      return { (f: Frame) throws(Bail) -> Slot in
        let (x, y) = (try fl(f), try fr(f))
        guard x.b == y.b else { throw Bail() }
        let (r, o) = x.a.addingReportingOverflow(sign * y.a)
        if o { throw Bail() }
        return Slot(a: r, b: x.b)
      }
    case (.duration, .int, .multiply):
      return { (f: Frame) throws(Bail) -> Slot in try Durations.times(try fl(f), try fr(f)) }
    case (.int, .duration, .multiply):
      return { (f: Frame) throws(Bail) -> Slot in try Durations.times(try fr(f), try fl(f)) }
    default:
      return Self.bail
    }
  }

  func call(_ builtin: Builtin, _ args: [TypedExpr]) -> Fn {
    let fs = args.map(expression)
    switch builtin {
    case .floor, .ceil, .round:
      var places: Int64 = 0
      if args.count == 2 {
        guard case .constant(.int(let p)) = args[1].kind else { return Self.bail }
        places = Int64(p)
      }
      if args[0].type == .int { return fs[0] }
      if builtin != .round, places == 0, case .binary(.divide, let x, let y) = args[0].kind,
        isNumber(x.type), isNumber(y.type)
      {
        let (fx, fy) = (expression(x), expression(y))
        let up = builtin == .ceil
        return { (f: Frame) throws(Bail) -> Slot in try FixedPoint.divideRounding(try fx(f), try fy(f), up: up) }
      }
      let mode: DecimalMath.Rounding = builtin == .round ? .halfUp : builtin == .floor ? .down : .up
      let fx = fs[0]
      return { (f: Frame) throws(Bail) -> Slot in try FixedPoint.round(try fx(f), places: places, mode: mode) }
    case .min, .max:
      guard args.allSatisfy({ isNumber($0.type) }) else { return Self.bail }
      let wantLess = builtin == .min
      return { (f: Frame) throws(Bail) -> Slot in
        var best = try fs[0](f)
        for g in fs.dropFirst() {
          let v = try g(f)
          let c = try FixedPoint.compare(v, best)
          if wantLess ? c < 0 : c > 0 { best = v }
        }
        return best
      }
    case .clamp:
      guard args.allSatisfy({ isNumber($0.type) }) else { return Self.bail }
      return { (f: Frame) throws(Bail) -> Slot in
        let (v, lo, hi) = (try fs[0](f), try fs[1](f), try fs[2](f))
        let lowered = try FixedPoint.compare(v, lo) < 0 ? lo : v
        return try FixedPoint.compare(lowered, hi) > 0 ? hi : lowered
      }
    case .age:
      return { (f: Frame) throws(Bail) -> Slot in
        guard let birth = (try fs[0](f)).date, let on = (try fs[1](f)).date else { throw Bail() }
        return .int(Int64(birth.age(on: on)))
      }
    case .daysBetween:
      return { (f: Frame) throws(Bail) -> Slot in
        guard let a = (try fs[0](f)).date, let b = (try fs[1](f)).date else { throw Bail() }
        return .duration(Int64(b.dayNumber - a.dayNumber), .days)
      }
    case .amount:
      return fs[0]
    case .known, .isWorkday, .addWorkdays, .workdaysBetween, .periodEnd:
      return Self.bail  // 已知 is typed away; the calendar stays with the interpreter
    }
  }
}

/// Durations and date shifts on slots, as ``Operators`` does them.
enum Durations {
  /// -1, 0 or 1; days against months or years is an error the interpreter reports.
  static func compare(_ x: Slot, _ y: Slot) throws(Bail) -> Int {
    if x.b == y.b { return x.a < y.a ? -1 : (x.a == y.a ? 0 : 1) }
    guard x.b != 0, y.b != 0 else { throw Bail() }
    let (mx, o1) = x.a.multipliedReportingOverflow(by: x.b == 2 ? 12 : 1)
    let (my, o2) = y.a.multipliedReportingOverflow(by: y.b == 2 ? 12 : 1)
    if o1 || o2 { throw Bail() }
    return mx < my ? -1 : (mx == my ? 0 : 1)
  }

  static func shift(_ date: Slot, by d: Slot, sign: Int64) throws(Bail) -> Slot {
    guard let day = date.date, d.a != .min else { throw Bail() }
    let n = Int(sign * d.a)
    let r: CivilDate?
    switch d.durationUnit {
    case .days: r = day.adding(days: n)
    case .months: r = day.adding(months: n)
    case .years: r = day.adding(years: n)
    }
    guard let r else { throw Bail() }
    return .date(r)
  }

  static func times(_ d: Slot, _ n: Slot) throws(Bail) -> Slot {
    let (r, o) = d.a.multipliedReportingOverflow(by: n.a)
    if o { throw Bail() }
    return Slot(a: r, b: d.b)
  }
}
