import Foundation

/// A value computed by the interpreter. Money and decimals are exact (`Decimal`, never
/// floating point); rounding happens only where a rule asks for it.
public enum Value: Sendable, Hashable {
  case bool(Bool)
  case int(Int)
  case decimal(Decimal)
  /// Money in yuan, exact.
  case money(Decimal)
  case quantity(Decimal, MeasureUnit)
  case date(CivilDate)
  case duration(Int, DurationUnit)
  case text(String)
  /// An enumeration case: enumeration index and name, case name.
  case enumCase(Int, String, String)

  /// The value's type.
  public var type: ValueType {
    switch self {
    case .bool: .bool
    case .int: .int
    case .decimal: .decimal
    case .money: .money
    case .quantity(_, let u): .quantity(u)
    case .date: .date
    case .duration: .duration
    case .text: .text
    case .enumCase(let i, let n, _): .enumeration(i, n)
    }
  }

  /// How the value is shown to people: `20000元`, `5平方米`, `2023-01-01`, `真`.
  public func text(_ language: Language) -> String {
    switch self {
    case .bool(let b): return language == .zh ? (b ? "真" : "假") : (b ? "true" : "false")
    case .int(let i): return String(i)
    case .decimal(let d): return DecimalMath.format(d)
    case .money(let d): return language == .zh ? "\(DecimalMath.format(d))元" : "\(DecimalMath.format(d)) yuan"
    case .quantity(let d, let u):
      return language == .zh ? "\(DecimalMath.format(d))\(u.name)" : "\(DecimalMath.format(d)) \(u.english)"
    case .date(let d): return d.description
    case .duration(let n, let u):
      switch (u, language) {
      case (.days, .zh): return "\(n)日"
      case (.months, .zh): return "\(n)个月"
      case (.years, .zh): return "\(n)年"
      case (_, .en): return "\(n) \(u.rawValue)"
      }
    case .text(let s): return language == .zh ? "「\(s)」" : "\"\(s)\""
    case .enumCase(_, _, let c): return c
    }
  }

  /// The value as JSON: money, decimals and quantities as exact decimal strings with units.
  public var json: JSONValue {
    switch self {
    case .bool(let b): return .bool(b)
    case .int(let i): return .number(String(i))
    case .decimal(let d): return .number(DecimalMath.format(d))
    case .money(let d): return .object([("amount", .string(DecimalMath.format(d))), ("unit", .string("元"))])
    case .quantity(let d, let u): return .object([("amount", .string(DecimalMath.format(d))), ("unit", .string(u.name))])
    case .date(let d): return .string(d.description)
    case .duration(let n, let u): return .object([("amount", .number(String(n))), ("unit", .string(u.rawValue))])
    case .text(let s): return .string(s)
    case .enumCase(_, let e, let c): return .object([("enum", .string(e)), ("case", .string(c))])
    }
  }
}
