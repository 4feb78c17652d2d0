/// The type of a value in the rule language.
public enum ValueType: Sendable, Hashable {
  case bool, int, decimal, money, date, duration, text
  /// A quantity in a unit (平方米, 立方米, 处 …).
  case quantity(MeasureUnit)
  /// A declared enumeration, by index into ``CheckedProgram/enumerations``.
  case enumeration(Int, String)
  /// The type of an expression that already failed to check; never reported again.
  case error

  /// Built-in type names, in both languages.
  static let builtinNames: [String: ValueType] = [
    "布尔": .bool, "Bool": .bool, "整数": .int, "Int": .int, "小数": .decimal, "Decimal": .decimal,
    "金额": .money, "Money": .money, "元": .money, "日期": .date, "Date": .date,
    "期间": .duration, "Duration": .duration, "文本": .text, "Text": .text,
  ]

  /// Whether it is a number without unit (整数 or 小数).
  var isPlainNumber: Bool { self == .int || self == .decimal }

  /// The name shown to people.
  public var name: LocalizedText {
    switch self {
    case .bool: LocalizedText(zh: "布尔", en: "Bool")
    case .int: LocalizedText(zh: "整数", en: "Int")
    case .decimal: LocalizedText(zh: "小数", en: "Decimal")
    case .money: LocalizedText(zh: "金额(元)", en: "Money (yuan)")
    case .date: LocalizedText(zh: "日期", en: "Date")
    case .duration: LocalizedText(zh: "期间", en: "Duration")
    case .text: LocalizedText(zh: "文本", en: "Text")
    case .quantity(let u): LocalizedText(zh: "数量(\(u.name))", en: "quantity (\(u.english))")
    case .enumeration(_, let n): LocalizedText(zh: "枚举「\(n)」", en: "enumeration \"\(n)\"")
    case .error: LocalizedText(zh: "错误", en: "error")
    }
  }
}
