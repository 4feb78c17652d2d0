/// A unit of measure. Quantities of different units never mix: the checker refuses
/// `平方米 + 立方米` and `5处 > 2件`.
public struct MeasureUnit: Sendable, Hashable {
  /// Canonical (Chinese) name, e.g. `平方米`.
  public let name: String
  /// English name, e.g. `sqm`.
  public let english: String
}

/// What a unit suffix on a number literal makes of it.
public enum UnitMeaning: Sendable, Hashable {
  /// Money, with a multiplier in yuan (元 = 1, 万元 = 10000).
  case money(multiplier: Int)
  /// A quantity with a unit.
  case quantity(MeasureUnit)
  /// A duration in days, months or years.
  case duration(DurationUnit)
  /// A percentage (`5%` = 0.05).
  case percent
  /// A multiple (`2倍` = 2).
  case multiple
}

/// The measure of a duration.
public enum DurationUnit: String, Sendable, Hashable, Codable {
  case days, months, years
}

/// The table of unit spellings.
public enum Units {
  static let quantityUnits: [MeasureUnit] = [
    .init(name: "平方米", english: "sqm"), .init(name: "立方米", english: "cbm"),
    .init(name: "米", english: "metres"), .init(name: "千米", english: "km"),
    .init(name: "千克", english: "kg"), .init(name: "吨", english: "tonnes"),
    .init(name: "件", english: "items"), .init(name: "处", english: "sites"),
    .init(name: "次", english: "times"), .init(name: "个", english: "pieces"),
    .init(name: "辆", english: "vehicles"), .init(name: "棵", english: "trees"),
    .init(name: "人", english: "persons"), .init(name: "台", english: "machines"),
    .init(name: "平方厘米", english: "sqcm"), .init(name: "立方厘米", english: "cc"),
  ]

  /// Every spelling → meaning. Chinese spellings attach to a number directly (`2平方米`);
  /// English ones follow it after a space (`2 sqm`).
  public static let bySpelling: [String: UnitMeaning] = {
    var map: [String: UnitMeaning] = [
      "元": .money(multiplier: 1), "yuan": .money(multiplier: 1),
      "万元": .money(multiplier: 10000),
      "日": .duration(.days), "天": .duration(.days), "day": .duration(.days), "days": .duration(.days),
      "个月": .duration(.months), "月": .duration(.months), "month": .duration(.months),
      "months": .duration(.months),
      "年": .duration(.years), "year": .duration(.years), "years": .duration(.years),
      "%": .percent, "％": .percent, "倍": .multiple,
      "m2": .quantity(quantityUnits[0]), "m3": .quantity(quantityUnits[1]),
      "item": .quantity(quantityUnits[6]), "site": .quantity(quantityUnits[7]),
      "time": .quantity(quantityUnits[8]), "piece": .quantity(quantityUnits[9]),
      "vehicle": .quantity(quantityUnits[10]), "tree": .quantity(quantityUnits[11]),
      "person": .quantity(quantityUnits[12]), "machine": .quantity(quantityUnits[13]),
    ]
    for u in quantityUnits {
      map[u.name] = .quantity(u)
      map[u.english] = .quantity(u)
    }
    return map
  }()

  /// Chinese spellings, longest first, for greedy matching after a number.
  static let attachedSpellings: [[Character]] = bySpelling.keys
    .filter { !($0.first!.isASCII && $0.first!.isLetter) }
    .sorted { $0.count > $1.count || ($0.count == $1.count && $0 < $1) }
    .map { Array($0) }

  /// The quantity unit with a name or English name.
  public static func quantityUnit(named name: String) -> MeasureUnit? {
    if case .quantity(let u)? = bySpelling[name] { return u }
    return nil
  }
}
