import RuleLang

/// How a recorded value (the JSON of a trace read) is shown: the way the engine displays it
/// (`5平方米`, `2年`, `真`), without interpreting it.
enum ValueDisplay {
  /// The value as text; nil for `null` (a missing value).
  static func text(_ value: JSONValue) -> String? {
    switch value {
    case .null: return nil
    case .bool(let b): return b ? "真" : "假"
    case .number(let n): return n
    case .string(let s): return s
    case .array(let items): return items.map { text($0) ?? "—" }.joined(separator: "、")
    case .object:
      if case .string(let c)? = value["case"] { return c }
      let amount: String? = switch value["amount"] {
      case .string(let a)?, .number(let a)?: a
      default: nil
      }
      guard let amount, case .string(let unit)? = value["unit"] else { return value.compact() }
      let durations = ["days": "日", "months": "个月", "years": "年"]
      return amount + (durations[unit] ?? unit)
    }
  }

  /// `2024-04-15` → `2024年4月15日`; other text unchanged.
  static func chineseDate(_ iso: String) -> String {
    guard let d = CivilDate(iso: iso) else { return iso }
    return "\(d.year)年\(d.month)月\(d.day)日"
  }
}
