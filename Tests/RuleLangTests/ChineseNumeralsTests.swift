import RuleLang
import Testing

struct NumeralCase: Sendable, CustomTestStringConvertible {
  let text: String
  let value: Int
  var testDescription: String { "\(text) = \(value)" }
}

struct RejectedNumeral: Sendable, CustomTestStringConvertible {
  let text: String
  let why: String
  var testDescription: String { text.isEmpty ? "(empty): \(why)" : "\(text): \(why)" }
}

@Suite struct ChineseNumeralsTests {
  static let valid: [NumeralCase] = [
    .init(text: "一", value: 1), .init(text: "五", value: 5), .init(text: "九", value: 9),
    .init(text: "十", value: 10), .init(text: "十一", value: 11), .init(text: "十九", value: 19),
    .init(text: "二十", value: 20), .init(text: "二十七", value: 27), .init(text: "四十二", value: 42),
    .init(text: "九十九", value: 99), .init(text: "一百", value: 100), .init(text: "一百零五", value: 105),
    .init(text: "一百一十", value: 110), .init(text: "两百", value: 200), .init(text: "二百零二", value: 202),
    .init(text: "一千", value: 1000), .init(text: "一千零五", value: 1005), .init(text: "一千〇五十", value: 1050),
    .init(text: "一千二百五十九", value: 1259), .init(text: "九千九百九十九", value: 9999),
    .init(text: "42", value: 42), .init(text: "1", value: 1),
  ]

  @Test(arguments: valid)
  func parsesStatuteNumerals(_ c: NumeralCase) {
    #expect(ChineseNumerals.parse(c.text) == c.value)
  }

  @Test func parsesEveryNumberFromOneToNinetyNine() {
    let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    for n in 1...99 {
      let tens = n / 10
      let ones = n % 10
      let text = (tens == 0 ? "" : (tens == 1 ? "" : digits[tens]) + "十") + digits[ones]
      #expect(ChineseNumerals.parse(text) == n, "\(text)")
    }
  }

  static let rejected: [RejectedNumeral] = [
    .init(text: "十十", why: "a unit twice"),
    .init(text: "百十", why: "units out of order, no digit"),
    .init(text: "十百", why: "units ascending"),
    .init(text: "四二", why: "two digits without a unit"),
    .init(text: "一百五", why: "colloquial 150 is never used in citations"),
    .init(text: "一千二", why: "colloquial 1200"),
    .init(text: "", why: "empty"),
    .init(text: "零", why: "zero is not an article"),
    .init(text: "一百零", why: "trailing zero"),
    .init(text: "一零五", why: "zero right after a digit"),
    .init(text: "一百零零五", why: "two zeros"),
    .init(text: "4十二", why: "mixed Arabic and Chinese"),
    .init(text: "四十2", why: "mixed Chinese and Arabic"),
    .init(text: "042", why: "leading zero"),
    .init(text: "1234567", why: "too long"),
    .init(text: "一万", why: "万 is not a statute numeral"),
    .init(text: "第一", why: "not a numeral character"),
  ]

  @Test(arguments: rejected)
  func rejectsMalformedNumerals(_ c: RejectedNumeral) {
    #expect(ChineseNumerals.parse(c.text) == nil)
  }

  @Test func formatRoundTripsOneToTwoThousand() {
    for n in 1...2000 {
      let text = ChineseNumerals.format(n)
      #expect(ChineseNumerals.parse(text) == n, "\(n) → \(text)")
      #expect(text.allSatisfy { !$0.isASCII }, "\(n) → \(text)")
    }
  }

  @Test func formatUsesStatuteSpelling() {
    #expect(ChineseNumerals.format(10) == "十")
    #expect(ChineseNumerals.format(15) == "十五")
    #expect(ChineseNumerals.format(42) == "四十二")
    #expect(ChineseNumerals.format(105) == "一百零五")
    #expect(ChineseNumerals.format(110) == "一百一十")
    #expect(ChineseNumerals.format(1001) == "一千零一")
    #expect(ChineseNumerals.format(1259) == "一千二百五十九")
    #expect(ChineseNumerals.format(2000) == "二千")
    // Outside 1…9999 it falls back to Arabic digits.
    #expect(ChineseNumerals.format(0) == "0")
    #expect(ChineseNumerals.format(10000) == "10000")
  }

  @Test func citationTextUsesFormattedNumerals() throws {
    let source = "定义 a = 1\n  依据 《行政处罚法》第33条第1款, 《条例》第二十条之一第（三）项\n"
    let parsed = Parser.parse(SourceFile(path: "n.rules", text: source))
    guard case .definition(let d)? = parsed.module.declarations.first else {
      Issue.record("no definition parsed")
      return
    }
    let citations = d.rules.first?.basis ?? []
    #expect(citations.map(\.text) == ["《行政处罚法》第三十三条第一款", "《条例》第二十条之一第三项"])
    #expect(parsed.diagnostics.map(\.code) == ["W001", "W001"])
  }
}
