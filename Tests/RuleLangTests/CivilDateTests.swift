import RuleLang
import Testing

private func date(_ s: String) -> CivilDate { CivilDate(iso: s)! }

struct DateShift: Sendable, CustomTestStringConvertible {
  let from: String
  let amount: Int
  let unit: DurationUnit
  let expected: String?
  var testDescription: String { "\(from) \(amount >= 0 ? "+" : "")\(amount) \(unit.rawValue) = \(expected ?? "nil")" }
}

struct AgeCase: Sendable, CustomTestStringConvertible {
  let birth: String
  let on: String
  let age: Int
  var testDescription: String { "born \(birth), on \(on): \(age)" }
}

@Suite struct CivilDateTests {
  @Test(arguments: ["2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31", "1970-01-01", "2023-12-31"])
  func parsesAndPrintsRealDates(_ text: String) {
    #expect(CivilDate(iso: text)?.description == text)
  }

  @Test(arguments: ["2023-02-29", "1900-02-29", "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00",
                    "0000-01-01", "10000-01-01", "2024-1-01", "2024-01-1", "24-01-01", "2024/01/01",
                    "2024-01-01 ", " 2024-01-01", "2024-01-01T00", "２０２４-01-01", "", "2024--01-01", "+024-01-01"])
  func rejectsMalformedOrImpossibleDates(_ text: String) {
    #expect(CivilDate(iso: text) == nil)
  }

  @Test func leapYears() {
    #expect(CivilDate.isLeap(2024))
    #expect(CivilDate.isLeap(2000))
    #expect(!CivilDate.isLeap(1900))
    #expect(!CivilDate.isLeap(2023))
    #expect(CivilDate.daysIn(month: 2, year: 2024) == 29)
    #expect(CivilDate.daysIn(month: 2, year: 2100) == 28)
    #expect(CivilDate.daysIn(month: 4, year: 2024) == 30)
    #expect(CivilDate.daysIn(month: 12, year: 2024) == 31)
  }

  @Test func dayNumbersCountFromTheUnixEpoch() {
    #expect(date("1970-01-01").dayNumber == 0)
    #expect(date("1969-12-31").dayNumber == -1)
    #expect(date("2000-03-01").dayNumber == 11017)
    #expect(date("2024-03-01").dayNumber - date("2024-02-01").dayNumber == 29)
    #expect(CivilDate(dayNumber: 11017) == date("2000-03-01"))
    #expect(CivilDate(dayNumber: date("0001-01-01").dayNumber - 1) == nil)
    #expect(CivilDate(dayNumber: date("9999-12-31").dayNumber + 1) == nil)
  }

  @Test func dayNumbersRoundTripAcrossTheRange() {
    var d = date("0001-01-01").dayNumber
    let last = date("9999-12-31").dayNumber
    var previous: CivilDate?
    while d <= last {
      let c = CivilDate(dayNumber: d)
      #expect(c?.dayNumber == d)
      if let p = previous, let c { #expect(p < c) }
      previous = c
      d += 997  // a prime stride visits every month and day position
    }
  }

  static let shifts: [DateShift] = [
    .init(from: "2023-01-31", amount: 1, unit: .months, expected: "2023-02-28"),
    .init(from: "2024-01-31", amount: 1, unit: .months, expected: "2024-02-29"),
    .init(from: "2024-03-31", amount: -1, unit: .months, expected: "2024-02-29"),
    .init(from: "2024-05-31", amount: 1, unit: .months, expected: "2024-06-30"),
    .init(from: "2024-12-15", amount: 1, unit: .months, expected: "2025-01-15"),
    .init(from: "2024-01-15", amount: -1, unit: .months, expected: "2023-12-15"),
    .init(from: "2024-01-15", amount: -13, unit: .months, expected: "2022-12-15"),
    .init(from: "2024-02-29", amount: 1, unit: .years, expected: "2025-02-28"),
    .init(from: "2024-02-29", amount: 4, unit: .years, expected: "2028-02-29"),
    .init(from: "2024-02-29", amount: -1, unit: .years, expected: "2023-02-28"),
    .init(from: "2024-12-31", amount: 1, unit: .days, expected: "2025-01-01"),
    .init(from: "2024-03-01", amount: -1, unit: .days, expected: "2024-02-29"),
    .init(from: "9999-12-31", amount: 1, unit: .days, expected: nil),
    .init(from: "0001-01-01", amount: -1, unit: .days, expected: nil),
    .init(from: "9999-12-01", amount: 1, unit: .months, expected: nil),
    .init(from: "0001-06-01", amount: -1, unit: .years, expected: nil),
    .init(from: "2024-01-01", amount: 10_000_000, unit: .days, expected: nil),
    .init(from: "2024-01-01", amount: 1_000_000, unit: .months, expected: nil),
  ]

  @Test(arguments: shifts)
  func monthEndRuleAndRangeLimits(_ c: DateShift) {
    let d = date(c.from)
    let result: CivilDate? =
      switch c.unit {
      case .days: d.adding(days: c.amount)
      case .months: d.adding(months: c.amount)
      case .years: d.adding(years: c.amount)
      }
    #expect(result?.description == c.expected)
  }

  static let ages: [AgeCase] = [
    .init(birth: "2010-06-15", on: "2024-06-14", age: 13),
    .init(birth: "2010-06-15", on: "2024-06-15", age: 13),  // the year completes the day after
    .init(birth: "2010-06-15", on: "2024-06-16", age: 14),
    .init(birth: "2008-02-29", on: "2026-02-28", age: 17),
    .init(birth: "2008-02-29", on: "2026-03-01", age: 18),
    .init(birth: "2008-02-29", on: "2024-02-29", age: 15),
    .init(birth: "2008-02-29", on: "2024-03-01", age: 16),
    .init(birth: "2000-01-01", on: "2000-12-31", age: 0),
    .init(birth: "2000-01-01", on: "2001-01-02", age: 1),
  ]

  @Test(arguments: ages)
  func ageInFullYears(_ c: AgeCase) {
    #expect(date(c.birth).age(on: date(c.on)) == c.age)
  }

  @Test func ageOnTheDayOfBirthIsZero() {
    #expect(date("2024-01-02").age(on: date("2024-01-03")) == 0)
    #expect(date("2024-01-01").age(on: date("2024-01-01")) == 0)
  }

  @Test func fullYearsAndOrdering() {
    #expect(date("2020-03-01").fullYears(until: date("2024-02-29")) == 3)
    #expect(date("2020-03-01").fullYears(until: date("2024-03-01")) == 4)
    #expect(date("2023-12-31") < date("2024-01-01"))
    #expect(date("2024-01-31") < date("2024-02-01"))
    #expect(CivilDate(year: 5, month: 1, day: 9)?.description == "0005-01-09")
  }

  @Test func extremeArgumentsReturnNilInsteadOfTrapping() async {
    await #expect(processExitsWith: .success) { _ = CivilDate(dayNumber: Int.max) }
    await #expect(processExitsWith: .success) { _ = CivilDate(iso: "2024-01-01")!.adding(days: Int.min) }
    await #expect(processExitsWith: .success) { _ = CivilDate(iso: "2024-01-01")!.adding(years: Int.max / 6) }
  }
}
