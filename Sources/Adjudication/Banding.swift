import Foundation
import RuleLang

/// Band algebra: the band of a tier inside the statutory range, and the amount the
/// standard says to take from it.
public enum Banding {
  /// The band of `tier` for a statutory range `[minimum, maximum]` (`hasMinimum` false when
  /// the law sets only a maximum), under a standard's banding rule.
  public static func band(tier: String, minimum m: Decimal, maximum M: Decimal, hasMinimum: Bool,
                          rule: BandingRule) -> (band: Band, text: LocalizedText)? {
    let L = M - m
    switch (rule, hasMinimum) {
    case (.thirtySeventy, true):
      let a = m + L * Decimal(string: "0.3")!
      let b = m + L * Decimal(string: "0.7")!
      let how = LocalizedText(zh: "三七分: 法定幅度 \(fmt(m))–\(fmt(M)) 元, 从轻为较低 30% (含本数), 从重为较高 30% (含本数), 一般为中间 (不含本数)",
                              en: "30/70 split of the statutory range \(fmt(m))–\(fmt(M)) yuan: 从轻 lowest 30% (inclusive), 从重 highest 30% (inclusive), 一般 between (exclusive)")
      switch tier {
      case "从轻": return (Band(lower: m, upper: a, lowerOpen: false, upperOpen: false), how)
      case "一般": return (Band(lower: a, upper: b, lowerOpen: true, upperOpen: true), how)
      case "从重": return (Band(lower: b, upper: M, lowerOpen: false, upperOpen: false), how)
      default: return nil
      }
    case (.midpoint, true):
      let mid = (m + M) / 2
      let how = LocalizedText(zh: "中值分: 法定幅度 \(fmt(m))–\(fmt(M)) 元, 中间值 \(fmt(mid)) 元; 从轻低于中间值, 从重高于中间值",
                              en: "midpoint split of \(fmt(m))–\(fmt(M)) yuan at \(fmt(mid)): 从轻 below, 从重 above")
      switch tier {
      case "从轻": return (Band(lower: m, upper: mid, lowerOpen: false, upperOpen: true), how)
      case "一般": return (Band(lower: mid, upper: mid, lowerOpen: false, upperOpen: false), how)
      case "从重": return (Band(lower: mid, upper: M, lowerOpen: true, upperOpen: false), how)
      default: return nil
      }
    case (.maximumShare, _), (.thirtySeventy, false):
      let p10 = M * Decimal(string: "0.1")!
      let p30 = M * Decimal(string: "0.3")!
      let p70 = M * Decimal(string: "0.7")!
      let how = LocalizedText(zh: "最高额比例: 法律只规定最高 \(fmt(M)) 元; 从轻 10%–30% (含本数), 一般 30%–70% (不含本数), 从重 70% 以上 (含本数)",
                              en: "shares of the statutory maximum \(fmt(M)) yuan: 从轻 10–30% (inclusive), 一般 30–70% (exclusive), 从重 from 70% (inclusive)")
      switch tier {
      case "从轻": return (Band(lower: p10, upper: p30, lowerOpen: false, upperOpen: false), how)
      case "一般": return (Band(lower: p30, upper: p70, lowerOpen: true, upperOpen: true), how)
      case "从重": return (Band(lower: p70, upper: M, lowerOpen: false, upperOpen: false), how)
      default: return nil
      }
    case (.midpoint, false):
      return band(tier: tier, minimum: m, maximum: M, hasMinimum: false, rule: .maximumShare)
    case (.perTier, _):
      return nil
    }
  }

  /// The amount a standard takes from a band, in whole yuan (half-up); an open end moves
  /// to the nearest whole yuan inside the band.
  public static func amount(in band: Band, _ choice: AmountChoice) -> (Decimal, LocalizedText) {
    var low = DecimalMath.round(band.lower, scale: 0, .up)
    if band.lowerOpen && low == band.lower { low += 1 }
    var high = DecimalMath.round(band.upper, scale: 0, .down)
    if band.upperOpen && high == band.upper { high -= 1 }
    if high < low { high = low }
    switch choice {
    case .lower:
      return (low, LocalizedText(zh: "取值 下限: \(fmt(low)) 元", en: "amount at the lower end: \(fmt(low)) yuan"))
    case .upper:
      return (high, LocalizedText(zh: "取值 上限: \(fmt(high)) 元", en: "amount at the upper end: \(fmt(high)) yuan"))
    case .middle:
      let mid = DecimalMath.round((low + high) / 2, scale: 0, .halfUp)
      return (mid, LocalizedText(zh: "取值 中值: (\(fmt(low)) + \(fmt(high))) ÷ 2, 四舍五入到元 = \(fmt(mid)) 元",
                                 en: "amount at the middle: (\(fmt(low)) + \(fmt(high))) / 2, rounded half-up to the yuan = \(fmt(mid)) yuan"))
    }
  }

  static func fmt(_ d: Decimal) -> String { DecimalMath.format(d) }
}
