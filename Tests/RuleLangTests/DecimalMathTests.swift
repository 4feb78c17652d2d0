import Foundation
import RuleLang
import Testing

private func dec(_ s: String) -> Decimal { DecimalMath.parse(s)! }

struct FormatCase: Sendable, CustomTestStringConvertible {
  let input: String
  let formatted: String
  var testDescription: String { "\(input) → \(formatted)" }
}

struct RoundCase: Sendable, CustomTestStringConvertible {
  let input: String
  let scale: Int
  let mode: DecimalMath.Rounding
  let expected: String
  var testDescription: String { "\(mode.rawValue)(\(input), \(scale)) = \(expected)" }
}

@Suite struct DecimalMathTests {
  @Test func parsesExactly() {
    #expect(DecimalMath.parse("1234.50") == Decimal(string: "1234.5"))
    #expect(DecimalMath.parse("0.1")! + DecimalMath.parse("0.2")! == DecimalMath.parse("0.3"))
    #expect(DecimalMath.parse("-2.5") == Decimal(-25) / 10)
    #expect(DecimalMath.parse("-0") == 0)
    #expect(DecimalMath.parse("007") == 7)
    // 34 significant digits are kept, leading zeros do not count.
    let long = String(repeating: "9", count: 34)
    #expect(DecimalMath.parse(long).map(DecimalMath.format) == long)
    #expect(DecimalMath.parse("000" + long) != nil)
    #expect(DecimalMath.parse(long + "9") == nil)
    #expect(DecimalMath.parse("0." + String(repeating: "0", count: 20) + "1").map(DecimalMath.format) == "0")
  }

  @Test(arguments: ["", "-", ".", "1.", ".5", "1.2.3", "1e5", "1E5", "+1", "--1", "1,5", " 1", "1 ", "１", "0x10", "NaN", "inf", "1_000"])
  func rejectsAnythingButPlainDigits(_ s: String) {
    #expect(DecimalMath.parse(s) == nil)
  }

  static let formats: [FormatCase] = [
    .init(input: "20000", formatted: "20000"),
    .init(input: "100000000000000000000", formatted: "100000000000000000000"),
    .init(input: "0.05", formatted: "0.05"),
    .init(input: "0.0000000001", formatted: "0.0000000001"),
    .init(input: "1234.50", formatted: "1234.5"),
    .init(input: "1.000", formatted: "1"),
    .init(input: "-2.5", formatted: "-2.5"),
    .init(input: "-0.001", formatted: "-0.001"),
    .init(input: "0", formatted: "0"),
    .init(input: "0.1234567890125", formatted: "0.123456789013"),
  ]

  @Test(arguments: formats)
  func formatsWithoutExponentOrTrailingZeros(_ c: FormatCase) {
    let s = DecimalMath.format(dec(c.input))
    #expect(s == c.formatted)
    #expect(!s.contains("e") && !s.contains("E"))
  }

  @Test func formatsComputedValuesWithoutExponent() {
    #expect(DecimalMath.format(Decimal(2) * Decimal(10000)) == "20000")
    #expect(DecimalMath.format(dec("1.5") * 10000) == "15000")
    #expect(DecimalMath.format(Decimal(1) / Decimal(1000)) == "0.001")
    #expect(DecimalMath.format(dec("123456789") * dec("1000000000000")) == "123456789000000000000")
    #expect(DecimalMath.format(Decimal(sign: .plus, exponent: 50, significand: 1)) == "1" + String(repeating: "0", count: 50))
    #expect(DecimalMath.format(Decimal(sign: .minus, exponent: -13, significand: 1)) == "0")
  }

  static let rounding: [RoundCase] = [
    .init(input: "2.5", scale: 0, mode: .halfUp, expected: "3"),
    .init(input: "2.4999", scale: 0, mode: .halfUp, expected: "2"),
    .init(input: "-2.5", scale: 0, mode: .halfUp, expected: "-3"),
    .init(input: "-2.4", scale: 0, mode: .halfUp, expected: "-2"),
    .init(input: "1.005", scale: 2, mode: .halfUp, expected: "1.01"),
    .init(input: "-1.005", scale: 2, mode: .halfUp, expected: "-1.01"),
    .init(input: "2.99", scale: 0, mode: .down, expected: "2"),
    .init(input: "-2.01", scale: 0, mode: .down, expected: "-3"),
    .init(input: "-2.5", scale: 0, mode: .down, expected: "-3"),
    .init(input: "1.239", scale: 2, mode: .down, expected: "1.23"),
    .init(input: "-1.231", scale: 2, mode: .down, expected: "-1.24"),
    .init(input: "2.01", scale: 0, mode: .up, expected: "3"),
    .init(input: "-2.99", scale: 0, mode: .up, expected: "-2"),
    .init(input: "-2.5", scale: 0, mode: .up, expected: "-2"),
    .init(input: "1.231", scale: 2, mode: .up, expected: "1.24"),
    .init(input: "-1.239", scale: 2, mode: .up, expected: "-1.23"),
    .init(input: "7", scale: 0, mode: .up, expected: "7"),
    .init(input: "-7", scale: 0, mode: .down, expected: "-7"),
    .init(input: "12345.678", scale: 10, mode: .halfUp, expected: "12345.678"),
  ]

  @Test(arguments: rounding)
  func roundsWithNamedModes(_ c: RoundCase) {
    #expect(DecimalMath.round(dec(c.input), scale: c.scale, c.mode) == dec(c.expected))
  }

  @Test func wholeNumbersAndIntValues() {
    #expect(DecimalMath.isWhole(dec("20000")))
    #expect(DecimalMath.isWhole(dec("-3")))
    #expect(!DecimalMath.isWhole(dec("0.5")))
    #expect(!DecimalMath.isWhole(dec("-2.5")))
    #expect(DecimalMath.intValue(dec("20000")) == 20000)
    #expect(DecimalMath.intValue(dec("-42")) == -42)
    #expect(DecimalMath.intValue(dec("2.5")) == nil)
    #expect(DecimalMath.intValue(dec("100000000000000000000")) == nil)
  }

  @Test func valuesRenderMoneyAndQuantitiesExactly() {
    #expect(Value.money(dec("15000")).text(.zh) == "15000元")
    #expect(Value.money(dec("0.3")).text(.en) == "0.3 yuan")
    #expect(Value.quantity(dec("1.50"), Units.quantityUnit(named: "平方米")!).text(.zh) == "1.5平方米")
    #expect(Value.money(dec("20000")).json == .object([("amount", .string("20000")), ("unit", .string("元"))]))
    #expect(Value.decimal(dec("0.05")).json == .number("0.05"))
  }
}
