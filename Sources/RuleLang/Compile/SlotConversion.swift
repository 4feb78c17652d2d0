import Foundation

/// Conversions between interpreter ``Value``s and compiled ``Slot``s.
public enum SlotConversion {
  /// The exact `Decimal` of a number slot.
  public static func decimal(_ s: Slot) -> Decimal {
    Decimal(sign: s.a < 0 ? .minus : .plus, exponent: -Int(s.b), significand: Decimal(s.a.magnitude))
  }

  /// The number slot of a `Decimal`, or nil when it needs more than Int64 and 18 places.
  public static func number(_ d: Decimal) -> Slot? {
    number(text: DecimalMath.format(d))
  }

  /// The number slot of plain decimal text (`-12.50`), or nil.
  static func number(text: String) -> Slot? {
    var digits = Substring(text)
    let negative = digits.first == "-"
    if negative { digits = digits.dropFirst() }
    let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let whole = Int64(parts[0]) else { return nil }
    let fraction = parts.count == 2 ? parts[1] : ""
    guard fraction.count <= 18, fraction.allSatisfy(\.isASCII) else { return nil }
    var m = whole
    for c in fraction {
      guard let digit = c.wholeNumberValue else { return nil }
      let (x, o1) = m.multipliedReportingOverflow(by: 10)
      let (y, o2) = x.addingReportingOverflow(Int64(digit))
      if o1 || o2 { return nil }
      m = y
    }
    return Slot(a: negative ? -m : m, b: Int64(fraction.count))
  }

  /// The slot of a constant, or nil when the compiled path cannot hold it exactly.
  static func constant(_ v: Value, textIDs: [String: Int64], program: CheckedProgram) -> Slot? {
    switch v {
    case .bool(let b): return .bool(b)
    case .int(let n): return .int(Int64(n))
    case .decimal(let d), .money(let d), .quantity(let d, _): return number(d)
    case .date(let d): return .date(d)
    case .duration(let n, let u): return .duration(Int64(n), u)
    case .text(let s): return textIDs[s].map { Slot(a: $0, b: -1) }
    case .enumCase(let e, _, let c): return program.enumerations[e].cases.firstIndex(of: c).map { Slot(a: Int64($0)) }
    }
  }
}
