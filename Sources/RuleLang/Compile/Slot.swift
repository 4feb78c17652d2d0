/// One value of the compiled evaluator: two machine words, no allocation, no reference
/// counting. Which reading applies is fixed by the expression's checked type:
///
/// | type | `a` | `b` |
/// |---|---|---|
/// | 布尔 | 0 or 1 | – |
/// | 整数, 小数, 金额, 数量 | mantissa | decimal places (0…18) |
/// | 日期 | `year*10000 + month*100 + day` | – |
/// | 期间 | count | unit (0 days, 1 months, 2 years) |
/// | 文本 | interned text id | – |
/// | 枚举 | case index | – |
public struct Slot: Sendable, Equatable {
  /// The first word.
  public var a: Int64
  /// The second word.
  public var b: Int64

  /// A raw slot.
  @inlinable public init(a: Int64, b: Int64 = 0) {
    self.a = a
    self.b = b
  }

  /// A boolean.
  @inlinable public static func bool(_ v: Bool) -> Slot { Slot(a: v ? 1 : 0) }
  /// A whole number.
  @inlinable public static func int(_ v: Int64) -> Slot { Slot(a: v) }
  /// `mantissa × 10^-places`.
  @inlinable public static func number(_ mantissa: Int64, places: Int64) -> Slot { Slot(a: mantissa, b: places) }

  /// The boolean reading.
  @inlinable public var isTrue: Bool { a != 0 }

  /// A date as a slot.
  @inlinable public static func date(_ d: CivilDate) -> Slot {
    Slot(a: Int64(d.year * 10000 + d.month * 100 + d.day))
  }

  /// The date reading (valid for slots made by ``date(_:)``).
  @inlinable public var date: CivilDate? {
    CivilDate(year: Int(a / 10000), month: Int(a / 100 % 100), day: Int(a % 100))
  }

  /// A duration as a slot.
  @inlinable public static func duration(_ n: Int64, _ unit: DurationUnit) -> Slot {
    Slot(a: n, b: unit == .days ? 0 : unit == .months ? 1 : 2)
  }

  /// The duration unit reading.
  @inlinable public var durationUnit: DurationUnit { b == 0 ? .days : b == 1 ? .months : .years }
}

/// Why the compiled evaluator gave up on a case: the case then goes to the interpreter,
/// which either decides it (three-valued logic, large decimals) or reports the error with
/// its place. The compiled path never reports errors of its own.
public struct Bail: Error, Sendable {
  /// Creates a bail-out.
  @inlinable public init() {}
}
