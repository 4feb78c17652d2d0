import Foundation

/// Exact decimal helpers: parsing without locale, formatting without exponent, rounding
/// with named modes.
public enum DecimalMath {
  /// How to round.
  public enum Rounding: String, Sendable {
    /// 四舍五入: halves away from zero.
    case halfUp
    /// 向下取整: towards negative infinity.
    case down
    /// 向上取整: towards positive infinity.
    case up
  }

  /// Parses digits with an optional fraction (`1234.50`), exactly.
  public static func parse(_ s: String) -> Decimal? {
    var negative = false
    var text = Substring(s)
    if text.first == "-" { negative = true; text = text.dropFirst() }
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), !parts[0].isEmpty,
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      parts.count == 1 || !parts[1].isEmpty
    else { return nil }
    let digits = parts.joined()
    let trimmed = digits.drop { $0 == "0" }
    guard trimmed.count <= 34 else { return nil }
    var mantissa = Decimal(0)
    for c in digits { mantissa = mantissa * 10 + Decimal(Int(String(c))!) }
    let scale = parts.count == 2 ? parts[1].count : 0
    var result = Decimal(sign: negative ? .minus : .plus, exponent: -scale, significand: mantissa)
    if negative && mantissa == 0 { result = 0 }
    return result
  }

  /// Plain decimal text without exponent or trailing zeros: `20000`, `0.05`, `1234.5`.
  public static func format(_ d: Decimal) -> String {
    var value = d
    var rounded = Decimal()
    NSDecimalRound(&rounded, &value, 12, .plain)
    var s = NSDecimalNumber(decimal: rounded).stringValue
    if s.contains("e") || s.contains("E") { s = rounded.description }
    return s
  }

  /// Rounds to `scale` decimal places.
  public static func round(_ d: Decimal, scale: Int, _ mode: Rounding) -> Decimal {
    var value = d
    var result = Decimal()
    let m: NSDecimalNumber.RoundingMode =
      switch mode {
      case .halfUp: .plain
      case .down: .down
      case .up: .up
      }
    NSDecimalRound(&result, &value, scale, m)
    return result
  }

  /// Whether a decimal is a whole number.
  public static func isWhole(_ d: Decimal) -> Bool { round(d, scale: 0, .down) == d }

  /// The Int value of a whole decimal that fits.
  public static func intValue(_ d: Decimal) -> Int? {
    guard isWhole(d), abs(d) < Decimal(Int64.max / 2) else { return nil }
    return NSDecimalNumber(decimal: d).intValue
  }
}
