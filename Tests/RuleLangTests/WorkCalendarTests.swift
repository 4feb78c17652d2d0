import Foundation
import RuleLang
import Testing
import TestSupport

/// The working-day calendar declared in `Rules/calendar/*.rules` (节假日安排 2019–2026, one file
/// per State Council notice), checked day by day against an independent public source: the
/// NateScarlet/holiday-cn data in `Tests/Fixtures/holiday-cn/days.json` (MIT; see the README
/// beside it), and then through the calendar functions with hand-computed cases.

private func civil(_ s: String) -> CivilDate { CivilDate(iso: s)! }

/// Day of the week from Foundation, Monday = 1 … Sunday = 7: independent of
/// `WorkCalendar.weekday`, so the comparison does not trust the engine's own weekday.
private func foundationWeekday(_ d: CivilDate) -> Int {
  var gregorian = Calendar(identifier: .gregorian)
  gregorian.timeZone = TimeZone(identifier: "UTC")!
  let date = gregorian.date(from: DateComponents(year: d.year, month: d.month, day: d.day))!
  let sundayFirst = gregorian.component(.weekday, from: date)  // Sunday = 1 … Saturday = 7
  return sundayFirst == 1 ? 7 : sundayFirst - 1
}

private let weekdayNames = ["", "周一", "周二", "周三", "周四", "周五", "周六", "周日"]

/// `Tests/Fixtures/holiday-cn/days.json`: every day holiday-cn lists for the covered years
/// (days off, and 调休 working days with `isOffDay` false).
struct HolidayCNFixture: Decodable, Sendable {
  struct Day: Decodable, Sendable {
    let date: String
    let isOffDay: Bool
  }

  let source: String
  let years: [Int]
  let days: [Day]
}

struct WorkdayAddCase: Sendable, CustomTestStringConvertible {
  let from: String
  let count: Int
  let expected: String
  let why: String
  var testDescription: String { "\(from) + \(count) 个工作日 = \(expected) (\(why))" }
}

struct WorkdayCountCase: Sendable, CustomTestStringConvertible {
  let after: String
  let through: String
  let expected: Int
  let why: String
  var testDescription: String { "(\(after), \(through)] = \(expected) (\(why))" }
}

struct PeriodEndCase: Sendable, CustomTestStringConvertible {
  let from: String
  let days: Int
  let expected: String
  let why: String
  var testDescription: String { "\(from) + \(days)日 → \(expected) (\(why))" }
}

@Suite struct WorkCalendarTests {
  static let root = Golden.repositoryRoot()

  /// Rules/calendar compiled on its own.
  static let compiled: RuleCompiler.Result? = {
    let dir = WorkCalendarTests.root.appendingPathComponent("Rules").appendingPathComponent("calendar").path
    guard let sources = try? RuleCompiler.loadSources([dir]) else { return nil }
    return RuleCompiler.compile(sources)
  }()

  static let fixture: HolidayCNFixture? = {
    let url = WorkCalendarTests.root.appendingPathComponent("Tests/Fixtures/holiday-cn/days.json")
    guard let data = try? Data(contentsOf: url) else { return nil }
    return try? JSONDecoder().decode(HolidayCNFixture.self, from: data)
  }()

  static let first = CivilDate(year: 2019, month: 1, day: 1)!
  static let last = CivilDate(year: 2026, month: 12, day: 31)!

  func declaredCalendar() throws -> WorkCalendar {
    let result = try #require(Self.compiled, "Rules/calendar could not be read")
    let program = try #require(result.program, "Rules/calendar does not compile: \(result.diagnostics.map(\.code))")
    return program.calendar
  }

  // MARK: - The declarations

  @Test func calendarRulesCompileWithoutDiagnostics() throws {
    let result = try #require(Self.compiled, "Rules/calendar could not be read")
    if !result.diagnostics.isEmpty {
      let text = DiagnosticRenderer(language: .zh, sources: result.sources).text(result.diagnostics)
      Issue.record(Comment(rawValue: text))
    }
    #expect(result.sources.count >= 8, "one file per year, 2019–2026")
  }

  @Test func everyYearFrom2019To2026IsDeclaredAndCitesItsNotice() throws {
    let calendar = try declaredCalendar()
    for year in 2019...2026 {
      let declared = try #require(calendar.years[year], "\(year) is not declared")
      #expect(
        declared.basis.contains(where: { $0.title == "国务院办公厅关于\(year)年部分节假日安排的通知" }),
        "\(year) does not cite 《国务院办公厅关于\(year)年部分节假日安排的通知》")
    }
    // The two extra notices: the 2019 劳动节 adjustment and the 2020 春节 extension.
    #expect(calendar.years[2019]?.basis.contains(where: { $0.title == "国务院办公厅关于调整2019年劳动节假期安排的通知" }) == true)
    #expect(calendar.years[2020]?.basis.contains(where: { $0.title == "国务院办公厅关于延长2020年春节假期的通知" }) == true)
  }

  // MARK: - Day by day against holiday-cn

  @Test func fixtureCoversEveryYear() throws {
    let fixture = try #require(Self.fixture, "Tests/Fixtures/holiday-cn/days.json is missing or malformed")
    #expect(fixture.years == Array(2019...2026))
    #expect(fixture.days.count > 250, "only \(fixture.days.count) days listed")
    var seen = Set<String>()
    for day in fixture.days {
      #expect(CivilDate(iso: day.date) != nil, "bad date \(day.date)")
      let isNew = seen.insert(day.date).inserted
      #expect(isNew, "\(day.date) listed twice")
    }
  }

  @Test func engineWeekdayAgreesWithFoundation() {
    var wrong: [String] = []
    var d = Self.first
    while d <= Self.last {
      if WorkCalendar.weekday(d) != foundationWeekday(d) {
        wrong.append("\(d): engine \(WorkCalendar.weekday(d)), Foundation \(foundationWeekday(d))")
      }
      d = d.adding(days: 1)!
    }
    #expect(wrong.isEmpty, "\(wrong.prefix(20).joined(separator: "\n"))")
  }

  /// Every day from 2019-01-01 to 2026-12-31: holiday-cn's answer (a listed day is off when
  /// `isOffDay`, a working day otherwise; an unlisted day is a working day iff Monday–Friday)
  /// must equal `isWorkday`. All mismatches are reported in one failure.
  @Test func everyDayMatchesHolidayCN() throws {
    let calendar = try declaredCalendar()
    let fixture = try #require(Self.fixture, "Tests/Fixtures/holiday-cn/days.json is missing or malformed")
    var listed: [CivilDate: Bool] = [:]
    for day in fixture.days {
      let date = try #require(CivilDate(iso: day.date), "bad date \(day.date)")
      listed[date] = day.isOffDay
    }
    var mismatches: [String] = []
    var compared = 0
    var d = Self.first
    while d <= Self.last {
      let weekday = foundationWeekday(d)
      let expected = listed[d].map { !$0 } ?? (weekday <= 5)
      let actual = calendar.isWorkday(d)
      if actual != expected {
        let said = actual.map { $0 ? "working day" : "day off" } ?? "outside the calendar (nil)"
        let source = listed[d] == nil ? "not listed, a \(weekday <= 5 ? "weekday" : "weekend")" : "listed"
        mismatches.append(
          "\(d) (\(weekdayNames[weekday])): holiday-cn says \(expected ? "working day" : "day off") (\(source)); rules say \(said)")
      }
      compared += 1
      d = d.adding(days: 1)!
    }
    #expect(compared == 2922)
    #expect(
      mismatches.isEmpty,
      "\(mismatches.count) of \(compared) days differ from holiday-cn:\n\(mismatches.joined(separator: "\n"))")
  }

  // MARK: - Outside the declared years

  /// A date in an undeclared year is an error (nil), never a guess; once its year is declared
  /// it must have an answer. 2018-12-29 is a 调休 working day of the 2019 notice, and
  /// 2018-12-30/31 are days off of it, but 2018 itself is not declared.
  @Test(arguments: ["2018-12-29", "2018-12-30", "2018-12-31", "2027-01-01", "2027-06-30", "2010-10-01"])
  func datesOutsideTheDeclaredYearsAreUnknown(_ text: String) throws {
    let calendar = try declaredCalendar()
    let d = civil(text)
    if calendar.knownYears.contains(d.year) {
      #expect(calendar.isWorkday(d) != nil, "\(text): its year is declared")
    } else {
      #expect(calendar.isWorkday(d) == nil, "\(text) is outside the declared years")
    }
  }

  @Test func theEdgesOfTheDeclaredYearsAreKnown() throws {
    let calendar = try declaredCalendar()
    #expect(calendar.isWorkday(civil("2019-01-01")) == false)  // 元旦
    #expect(calendar.isWorkday(civil("2019-01-02")) == true)
    #expect(calendar.isWorkday(civil("2026-12-31")) == true)  // provisional until the 2027 notice
  }

  @Test func countingStopsWhereTheDeclaredYearsEnd() throws {
    let calendar = try declaredCalendar()
    guard !calendar.knownYears.contains(2027) else { return }
    #expect(calendar.addingWorkdays(1, to: civil("2026-12-31")) == nil)
    #expect(calendar.workdays(after: civil("2026-12-30"), through: civil("2027-01-02")) == nil)
    #expect(calendar.periodEnd(from: civil("2026-12-20"), days: 15) == nil)  // 2027-01-04
  }

  // MARK: - Notable days

  @Test func notableDays() throws {
    let calendar = try declaredCalendar()
    // 2024 除夕 (2月9日, 周五): the notice only 「鼓励」 rest; it is a working day.
    #expect(calendar.isWorkday(civil("2024-02-09")) == true)
    // 调休 Sundays and Saturdays are working days.
    #expect(calendar.isWorkday(civil("2024-02-04")) == true)
    #expect(calendar.isWorkday(civil("2024-02-18")) == true)
    #expect(calendar.isWorkday(civil("2026-02-28")) == true)
    // 2019 劳动节 as adjusted (国办发明电〔2019〕3号): 5月1日至4日 off, 4月28日 and 5月5日 worked.
    #expect(calendar.isWorkday(civil("2019-05-02")) == false)
    #expect(calendar.isWorkday(civil("2019-05-05")) == true)
    // 2020 春节 extension (国办发明电〔2020〕1号): 1月31日 off, and 2月1日 (周六) no longer worked.
    #expect(calendar.isWorkday(civil("2020-01-31")) == false)
    #expect(calendar.isWorkday(civil("2020-02-01")) == false)
    #expect(calendar.isWorkday(civil("2020-02-03")) == true)
    #expect(calendar.isWorkday(civil("2020-01-19")) == true)
  }

  // MARK: - Counting working days

  @Test(arguments: [
    WorkdayAddCase(from: "2024-02-08", count: 1, expected: "2024-02-09", why: "除夕 2024-02-09 is a working day"),
    WorkdayAddCase(from: "2024-02-08", count: 2, expected: "2024-02-18", why: "春节 02-10…02-17, then the 调休 Sunday"),
    WorkdayAddCase(from: "2024-02-09", count: 1, expected: "2024-02-18", why: "春节, the 调休 Sunday"),
    WorkdayAddCase(from: "2024-02-18", count: 1, expected: "2024-02-19", why: "after the 调休 Sunday"),
    WorkdayAddCase(from: "2024-09-27", count: 1, expected: "2024-09-29", why: "国庆 调休 Sunday"),
    WorkdayAddCase(from: "2024-09-30", count: 1, expected: "2024-10-08", why: "国庆 10-01…10-07"),
    WorkdayAddCase(from: "2024-09-30", count: 5, expected: "2024-10-12", why: "国庆, ending on the 调休 Saturday"),
    WorkdayAddCase(from: "2024-10-01", count: 0, expected: "2024-10-01", why: "zero days is the day itself"),
    WorkdayAddCase(from: "2019-04-30", count: 1, expected: "2019-05-05", why: "2019 劳动节 as adjusted"),
    WorkdayAddCase(from: "2020-01-23", count: 1, expected: "2020-02-03", why: "2020 春节 as extended"),
    WorkdayAddCase(from: "2022-12-30", count: 1, expected: "2023-01-03", why: "元旦 across the year"),
    WorkdayAddCase(from: "2025-09-30", count: 1, expected: "2025-10-09", why: "国庆中秋 2025"),
    WorkdayAddCase(from: "2026-09-30", count: 1, expected: "2026-10-08", why: "国庆 2026"),
  ])
  func addingWorkdays(_ c: WorkdayAddCase) throws {
    let calendar = try declaredCalendar()
    #expect(calendar.addingWorkdays(c.count, to: civil(c.from)) == civil(c.expected))
  }

  @Test(arguments: [
    WorkdayCountCase(after: "2024-02-08", through: "2024-02-19", expected: 3, why: "02-09, 02-18 (调休), 02-19"),
    WorkdayCountCase(after: "2024-02-09", through: "2024-02-17", expected: 0, why: "all of 春节"),
    WorkdayCountCase(after: "2024-09-30", through: "2024-10-13", expected: 5, why: "10-08…10-11 and 10-12 (调休)"),
    WorkdayCountCase(after: "2020-01-23", through: "2020-02-02", expected: 0, why: "2020 春节 as extended"),
    WorkdayCountCase(after: "2024-01-01", through: "2024-01-01", expected: 0, why: "empty"),
    WorkdayCountCase(after: "2024-05-01", through: "2024-04-01", expected: 0, why: "end before start"),
    // Whole years, by hand: weekdays − weekdays off + 调休 working days.
    WorkdayCountCase(after: "2018-12-31", through: "2019-12-31", expected: 250, why: "2019: 261 − 17 + 6"),
    WorkdayCountCase(after: "2019-12-31", through: "2020-12-31", expected: 249, why: "2020: 262 − 19 + 6"),
    WorkdayCountCase(after: "2023-12-31", through: "2024-12-31", expected: 251, why: "2024: 262 − 19 + 8"),
    WorkdayCountCase(after: "2024-12-31", through: "2025-12-31", expected: 248, why: "2025: 261 − 18 + 5"),
    WorkdayCountCase(after: "2025-12-31", through: "2026-12-31", expected: 248, why: "2026: 261 − 19 + 6"),
  ])
  func countingWorkdays(_ c: WorkdayCountCase) throws {
    let calendar = try declaredCalendar()
    #expect(calendar.workdays(after: civil(c.after), through: civil(c.through)) == c.expected)
  }

  // MARK: - Periods in calendar days

  /// 《住房和城乡建设行政处罚程序规定》第四十五条: the start day is not counted; a period whose
  /// last day is a holiday ends on the first working day after it.
  @Test(arguments: [
    PeriodEndCase(from: "2024-09-16", days: 15, expected: "2024-10-08", why: "ends on 国庆 10-01"),
    PeriodEndCase(from: "2024-01-26", days: 15, expected: "2024-02-18", why: "ends on 春节 02-10; next is the 调休 Sunday"),
    PeriodEndCase(from: "2024-06-01", days: 14, expected: "2024-06-17", why: "ends on a Saturday"),
    PeriodEndCase(from: "2024-03-01", days: 10, expected: "2024-03-11", why: "ends on a Monday: unchanged"),
    PeriodEndCase(from: "2024-09-14", days: 15, expected: "2024-09-29", why: "ends on a 调休 Sunday: unchanged"),
    PeriodEndCase(from: "2023-01-06", days: 15, expected: "2023-01-28", why: "ends on 春节 01-21; next is the 调休 Saturday"),
    PeriodEndCase(from: "2025-09-16", days: 15, expected: "2025-10-09", why: "ends on 国庆中秋 10-01"),
    PeriodEndCase(from: "2020-01-18", days: 10, expected: "2020-02-03", why: "ends in the extended 2020 春节"),
    PeriodEndCase(from: "2024-10-01", days: 0, expected: "2024-10-08", why: "zero days on a holiday"),
  ])
  func periodEndMovesOffHolidays(_ c: PeriodEndCase) throws {
    let calendar = try declaredCalendar()
    #expect(calendar.periodEnd(from: civil(c.from), days: c.days) == civil(c.expected))
  }
}
