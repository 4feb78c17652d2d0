/// One level of a citation: 第N条 / 第N款 / 第N项 (with 之N for inserted articles).
public struct CitationPart: Sendable, Hashable {
  /// The level in the hierarchy of a Chinese statute.
  public enum Level: String, Sendable, Hashable, Comparable {
    case article = "条", paragraph = "款", item = "项"

    var order: Int { self == .article ? 0 : self == .paragraph ? 1 : 2 }
    public static func < (a: Level, b: Level) -> Bool { a.order < b.order }
  }
  /// 条, 款 or 项.
  public let level: Level
  /// The number (第四十二条 → 42).
  public let number: Int
  /// For 第N条之M: M.
  public let sub: Int?
}

/// A legal citation: 《法规名》 followed by 第N条第M款第K项.
public struct Citation: Sendable, Hashable {
  /// The title inside 《》.
  public let title: String
  /// The article, paragraph and item, in order.
  public let parts: [CitationPart]
  /// Where it was written.
  public let range: SourceRange

  /// The canonical Chinese form, e.g. `《城市道路管理条例》第四十二条`.
  public var text: String {
    var s = "《\(title)》"
    for p in parts {
      s += "第\(ChineseNumerals.format(p.number))\(p.level.rawValue)"
      if let sub = p.sub { s += "之\(ChineseNumerals.format(sub))" }
    }
    return s
  }
}

/// Chinese numerals as used in statute citations (一 … 九十九, 百, 千; 零/〇).
public enum ChineseNumerals {
  static let digits: [Character: Int] = [
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
    "九": 9,
  ]
  static let units: [Character: Int] = ["十": 10, "百": 100, "千": 1000]

  /// Whether a character can be part of a numeral (Chinese or Arabic).
  static func isNumeralCharacter(_ c: Character) -> Bool {
    digits[c] != nil || units[c] != nil || c.isASCII && c.isNumber
  }

  /// Parses `四十二` or `42`; nil when malformed (e.g. `十十`, `四二`, mixed scripts).
  public static func parse(_ s: String) -> Int? {
    guard !s.isEmpty else { return nil }
    if s.allSatisfy({ $0.isASCII && $0.isNumber }) {
      guard s.count <= 6, s.first != "0" else { return nil }
      return Int(s)
    }
    var total = 0
    var pending: Int?
    var lastUnit = 10000
    var zeroPending = false
    for c in s {
      if let d = digits[c] {
        if d == 0 {
          if pending != nil || total == 0 || zeroPending { return nil }
          zeroPending = true
        } else {
          if pending != nil { return nil }  // 四二
          pending = d
        }
      } else if let u = units[c] {
        if u >= lastUnit { return nil }  // 十十, 十百
        if pending == nil {
          guard total == 0, u == 10, !zeroPending else { return nil }
          pending = 1  // 十二 = 12
        }
        total += pending! * u
        pending = nil
        lastUnit = u
        zeroPending = false
      } else {
        return nil
      }
    }
    if let p = pending {
      // 二十二, 一百零五, 五; but not 一百五 (colloquial 150, never used in citations)
      guard lastUnit == 10 || lastUnit == 10000 || zeroPending else { return nil }
      total += p
    } else if zeroPending {
      return nil
    }
    return total > 0 ? total : nil
  }

  /// Formats 42 as `四十二` (1 ≤ n ≤ 9999).
  public static func format(_ n: Int) -> String {
    let names: [Character] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    guard n > 0, n < 10000 else { return String(n) }
    if n < 10 { return String(names[n]) }
    if n < 20 { return "十" + (n % 10 == 0 ? "" : String(names[n % 10])) }
    var out = ""
    var zero = false
    for (value, unit) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
      let d = (n / value) % 10
      if d == 0 {
        if !out.isEmpty { zero = true }
        continue
      }
      if zero { out += "零"; zero = false }
      out += String(names[d]) + unit
    }
    return out
  }
}
