import Foundation

/// Arithmetic, comparison and built-in functions on values. Exact: integers check for
/// overflow, decimals are `Decimal`, dates follow ``CivilDate``'s month-end rule.
enum Operators {
  static func decimal(_ v: Value) -> Decimal? {
    switch v {
    case .int(let n): return Decimal(n)
    case .decimal(let d): return d
    default: return nil
    }
  }

  /// The largest magnitude (10²⁴) a decimal, money or quantity result may have.
  static let magnitudeLimit = Decimal(sign: .plus, exponent: 24, significand: 1)

  static func apply(_ op: BinaryOperator, _ a: Value, _ b: Value, at range: SourceRange) throws(EvalError) -> Value {
    switch op {
    case .equal: return .bool(try equal(a, b, at: range))
    case .notEqual: return .bool(!(try equal(a, b, at: range)))
    case .less, .lessOrEqual, .greater, .greaterOrEqual:
      let c = try compare(a, b, at: range)
      switch op {
      case .less: return .bool(c < 0)
      case .lessOrEqual: return .bool(c <= 0)
      case .greater: return .bool(c > 0)
      default: return .bool(c >= 0)
      }
    case .add, .subtract, .multiply, .divide:
      return try arithmetic(op, a, b, at: range)
    case .and, .or:
      throw EvalError(.typeMismatch(op.rawValue, a.type.name, b.type.name), at: range)
    }
  }

  static func equal(_ a: Value, _ b: Value, at range: SourceRange? = nil) throws(EvalError) -> Bool {
    if let x = decimal(a), let y = decimal(b) { return x == y }
    // Durations in different units are equal when they order as equal (1年 = 12个月);
    // days against months have no exact relation and are an error, as with ordering.
    if case .duration = a, case .duration = b {
      return try compare(a, b, at: range ?? SourceRange(file: "", start: 0, end: 0)) == 0
    }
    return a == b
  }

  /// -1, 0 or 1.
  static func compare(_ a: Value, _ b: Value, at range: SourceRange) throws(EvalError) -> Int {
    func sign(_ x: Decimal, _ y: Decimal) -> Int { x < y ? -1 : (x == y ? 0 : 1) }
    switch (a, b) {
    case (.money(let x), .money(let y)): return sign(x, y)
    case (.quantity(let x, let u), .quantity(let y, let v)) where u == v: return sign(x, y)
    case (.date(let x), .date(let y)): return x < y ? -1 : (x == y ? 0 : 1)
    case (.duration(let x, let u), .duration(let y, let v)):
      if u == v { return x < y ? -1 : (x == y ? 0 : 1) }
      if u != .days && v != .days {  // months and years compare exactly
        // In Decimal, so that a huge count of years cannot overflow the comparison.
        let mx = Decimal(x) * (u == .years ? 12 : 1)
        let my = Decimal(y) * (v == .years ? 12 : 1)
        return mx < my ? -1 : (mx == my ? 0 : 1)
      }
      throw EvalError(.incomparable(a.text(.zh), b.text(.zh)), at: range)
    default:
      if let x = decimal(a), let y = decimal(b) { return sign(x, y) }
      throw EvalError(.incomparable(a.text(.zh), b.text(.zh)), at: range)
    }
  }

  static func arithmetic(_ op: BinaryOperator, _ a: Value, _ b: Value, at range: SourceRange) throws(EvalError) -> Value {
    if case .int(let x) = a, case .int(let y) = b, op != .divide {
      let (r, o): (Int, Bool) =
        switch op {
        case .add: x.addingReportingOverflow(y)
        case .subtract: x.subtractingReportingOverflow(y)
        default: x.multipliedReportingOverflow(by: y)
        }
      if o { throw EvalError(.arithmeticOverflow(), at: range) }
      return .int(r)
    }
    func dec(_ x: Decimal, _ y: Decimal) throws(EvalError) -> Decimal {
      let result: Decimal
      switch op {
      case .add: result = x + y
      case .subtract: result = x - y
      case .multiply: result = x * y
      default:
        if y == 0 { throw EvalError(.divisionByZero(), at: range) }
        result = x / y
      }
      // Beyond ``magnitudeLimit`` Decimal's 38 digits cannot keep whole fen: refuse (R009)
      // rather than round silently; sums are also checked for exactness.
      if result.isNaN || abs(result) >= magnitudeLimit { throw EvalError(.arithmeticOverflow(), at: range) }
      if op == .add || op == .subtract, (op == .add ? result - y : result + y) != x {
        throw EvalError(.arithmeticOverflow(), at: range)
      }
      return result
    }
    func int(_ r: (partialValue: Int, overflow: Bool)) throws(EvalError) -> Int {
      if r.overflow { throw EvalError(.arithmeticOverflow(), at: range) }
      return r.partialValue
    }
    switch (a, b) {
    case (.money(let x), .money(let y)):
      return op == .divide ? .decimal(try dec(x, y)) : .money(try dec(x, y))
    case (.money(let x), _) where decimal(b) != nil: return .money(try dec(x, decimal(b)!))
    case (_, .money(let y)) where decimal(a) != nil: return .money(try dec(decimal(a)!, y))
    case (.quantity(let x, let u), .quantity(let y, _)):
      return op == .divide ? .decimal(try dec(x, y)) : .quantity(try dec(x, y), u)
    case (.quantity(let x, let u), _) where decimal(b) != nil: return .quantity(try dec(x, decimal(b)!), u)
    case (_, .quantity(let y, let u)) where decimal(a) != nil: return .quantity(try dec(decimal(a)!, y), u)
    case (.date(let d), .duration(let n, let u)):
      return .date(try shift(d, op == .subtract ? try int(Int(0).subtractingReportingOverflow(n)) : n, u, at: range))
    case (.duration(let n, let u), .date(let d)):
      return .date(try shift(d, n, u, at: range))
    case (.date(let x), .date(let y)):
      return .duration(x.dayNumber - y.dayNumber, .days)
    case (.duration(let x, let u), .duration(let y, let v)):
      guard u == v else { throw EvalError(.incomparable(a.text(.zh), b.text(.zh)), at: range) }
      return .duration(try int(op == .subtract ? x.subtractingReportingOverflow(y) : x.addingReportingOverflow(y)), u)
    case (.duration(let x, let u), .int(let y)), (.int(let y), .duration(let x, let u)):
      return .duration(try int(x.multipliedReportingOverflow(by: y)), u)
    default:
      if let x = decimal(a), let y = decimal(b) { return .decimal(try dec(x, y)) }
      throw EvalError(.typeMismatch(op.rawValue, a.type.name, b.type.name), at: range)
    }
  }

  static func shift(_ d: CivilDate, _ n: Int, _ u: DurationUnit, at range: SourceRange) throws(EvalError) -> CivilDate {
    let r: CivilDate?
    switch u {
    case .days: r = d.adding(days: n)
    case .months: r = d.adding(months: n)
    case .years: r = d.adding(years: n)
    }
    guard let r else { throw EvalError(.dateOutOfRange(), at: range) }
    return r
  }

  static func call(_ f: Builtin, _ args: [Value], at range: SourceRange) throws(EvalError) -> Value {
    switch f {
    case .min, .max:
      var best = args[0]
      for a in args.dropFirst() {
        let c = try compare(a, best, at: range)
        if f == .min ? c < 0 : c > 0 { best = a }
      }
      return promote(best, like: args)
    case .clamp:
      let lowered = try compare(args[0], args[1], at: range) < 0 ? args[1] : args[0]
      return promote(try compare(lowered, args[2], at: range) > 0 ? args[2] : lowered, like: args)
    case .round, .floor, .ceil:
      let places: Int
      if args.count == 2, case .int(let p) = args[1] { places = p } else { places = 0 }
      let mode: DecimalMath.Rounding = f == .round ? .halfUp : f == .floor ? .down : .up
      switch args[0] {
      case .int: return args[0]
      case .decimal(let d): return .decimal(DecimalMath.round(d, scale: places, mode))
      case .money(let d): return .money(DecimalMath.round(d, scale: places, mode))
      case .quantity(let d, let u): return .quantity(DecimalMath.round(d, scale: places, mode), u)
      default: throw EvalError(.badArguments(f.rawValue, LocalizedText(zh: "只能对数取整", en: "only numbers can be rounded")), at: range)
      }
    case .age:
      guard case .date(let birth) = args[0], case .date(let on) = args[1] else { break }
      return .int(birth.age(on: on))
    case .daysBetween:
      guard case .date(let a) = args[0], case .date(let b) = args[1] else { break }
      return .duration(b.dayNumber - a.dayNumber, .days)
    case .amount:
      switch args[0] {
      case .money(let d), .quantity(let d, _), .decimal(let d): return .decimal(d)
      case .int(let n): return .decimal(Decimal(n))
      default: break
      }
    case .known, .isWorkday, .addWorkdays, .workdaysBetween, .periodEnd:
      break  // 已知 is typed away; calendar functions go through Interpreter.calendarCall
    }
    throw EvalError(.badArguments(f.rawValue, LocalizedText(zh: "参数类型有误", en: "wrong argument types")), at: range)
  }

  /// min/max over mixed Int and Decimal give a Decimal, as the checker typed them.
  static func promote(_ v: Value, like args: [Value]) -> Value {
    if case .int(let n) = v, args.contains(where: { if case .decimal = $0 { true } else { false } }) {
      return .decimal(Decimal(n))
    }
    return v
  }
}
