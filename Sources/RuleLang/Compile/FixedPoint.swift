/// Exact decimal arithmetic on ``Slot`` numbers (`mantissa × 10^-places`, places 0…18), with
/// the interpreter's semantics. Anything that would lose exactness or leave Int64 throws
/// ``Bail`` so that the interpreter (Foundation `Decimal`) decides instead: the compiled path
/// is a faster route to the same values, never a second arithmetic.
enum FixedPoint {
  /// 10^0 … 10^18.
  static let powers: [Int64] = (0...18).map { p in (0..<p).reduce(Int64(1)) { r, _ in r * 10 } }

  @inline(__always) static func scaled(_ m: Int64, by p: Int64) throws(Bail) -> Int64 {
    if p == 0 { return m }
    guard p <= 18 else { throw Bail() }
    let (r, o) = m.multipliedReportingOverflow(by: powers[Int(p)])
    if o { throw Bail() }
    return r
  }

  /// Both mantissas at the larger number of places.
  @inline(__always) static func aligned(_ x: Slot, _ y: Slot) throws(Bail) -> (Int64, Int64, Int64) {
    if x.b == y.b { return (x.a, y.a, x.b) }
    return x.b > y.b ? (x.a, try scaled(y.a, by: x.b - y.b), x.b) : (try scaled(x.a, by: y.b - x.b), y.a, y.b)
  }

  @inline(__always) static func add(_ x: Slot, _ y: Slot) throws(Bail) -> Slot {
    let (p, q, s) = try aligned(x, y)
    let (r, o) = p.addingReportingOverflow(q)
    if o { throw Bail() }
    return Slot(a: r, b: s)
  }

  @inline(__always) static func subtract(_ x: Slot, _ y: Slot) throws(Bail) -> Slot {
    let (p, q, s) = try aligned(x, y)
    let (r, o) = p.subtractingReportingOverflow(q)
    if o { throw Bail() }
    return Slot(a: r, b: s)
  }

  @inline(__always) static func multiply(_ x: Slot, _ y: Slot) throws(Bail) -> Slot {
    let (r, o) = x.a.multipliedReportingOverflow(by: y.a)
    if o || x.b + y.b > 18 { throw Bail() }
    return Slot(a: r, b: x.b + y.b)
  }

  @inline(__always) static func negate(_ x: Slot) throws(Bail) -> Slot {
    if x.a == .min { throw Bail() }
    return Slot(a: -x.a, b: x.b)
  }

  /// -1, 0 or 1.
  @inline(__always) static func compare(_ x: Slot, _ y: Slot) throws(Bail) -> Int {
    let (p, q, _) = try aligned(x, y)
    return p < q ? -1 : (p == q ? 0 : 1)
  }

  /// The quotient as an integer fraction `n / d` with `d > 0`.
  @inline(__always) static func fraction(_ x: Slot, _ y: Slot) throws(Bail) -> (Int64, Int64) {
    var n = try scaled(x.a, by: y.b)
    var d = try scaled(y.a, by: x.b)
    if d == 0 { throw Bail() }  // the interpreter reports the division by zero
    if d < 0 {
      if n == .min || d == .min { throw Bail() }
      n = -n
      d = -d
    }
    return (n, d)
  }

  /// `x / y` when the quotient has a finite decimal expansion of at most 18 places (exactly
  /// what `Decimal` gives then); otherwise the interpreter decides.
  static func divide(_ x: Slot, _ y: Slot) throws(Bail) -> Slot {
    var (n, d) = try fraction(x, y)
    let g = gcd(n.magnitude, d.magnitude)
    n /= Int64(g)
    d /= Int64(g)
    var rest = d
    var twos: Int64 = 0
    var fives: Int64 = 0
    while rest % 2 == 0 { rest /= 2; twos += 1 }
    while rest % 5 == 0 { rest /= 5; fives += 1 }
    guard rest == 1 else { throw Bail() }
    let places = max(twos, fives)
    guard places <= 18 else { throw Bail() }
    let (m, o) = n.multipliedReportingOverflow(by: powers[Int(places)] / d)
    if o { throw Bail() }
    return Slot(a: m, b: places)
  }

  /// `向下取整(x / y)` or `向上取整(x / y)` in one step, for non-negative operands.
  ///
  /// Exact, and equal to rounding `Decimal`'s quotient: `Decimal` keeps 38 significant digits,
  /// and a quotient `n / d` of Int64 values that is not whole lies at least `1 / d` from the
  /// nearest whole number — far more than its rounding error (|n| < 10^19 ≪ 10^37).
  @inline(__always) static func divideRounding(_ x: Slot, _ y: Slot, up: Bool) throws(Bail) -> Slot {
    let (n, d) = try fraction(x, y)
    if n < 0 { throw Bail() }
    var q = n / d
    if up, n % d != 0 { q += 1 }
    return Slot(a: q, b: 0)
  }

  /// Rounds to `places` decimal places (non-negative values; the interpreter rounds the rest).
  static func round(_ x: Slot, places: Int64, mode: DecimalMath.Rounding) throws(Bail) -> Slot {
    if x.b <= places { return x }
    if x.a < 0 { throw Bail() }
    let unit = powers[Int(x.b - places)]
    var q = x.a / unit
    let r = x.a % unit
    switch mode {
    case .down: break
    case .up: if r != 0 { q += 1 }
    case .halfUp: if r * 2 >= unit { q += 1 }
    }
    return Slot(a: q, b: places)
  }

  static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
    var (x, y) = (a, b)
    while y != 0 { (x, y) = (y, x % y) }
    return x
  }
}
