import Foundation
import Testing
import TestSupport

/// End-to-end tests of `adjudicator calendar` over Rules/calendar (the State Council notices).
@Suite struct CalendarCommandTests {
  /// (arguments, expected stdout line).
  static let answers: [([String], String)] = [
    (["is-workday", "2024-02-09"], "workday"),        // 除夕 2024: only "encouraged" off
    (["is-workday", "2024-02-12"], "non-workday"),    // 春节
    (["is-workday", "2024-02-18"], "workday"),        // 调休 Sunday
    (["is-workday", "2025-10-08"], "non-workday"),    // 国庆+中秋 2025
    (["is-workday", "2020-02-01"], "non-workday"),    // 调休 cancelled by the 2020 extension
    (["add-workdays", "2024-02-09", "1"], "2024-02-18"),
    (["add-workdays", "2024-09-27", "3"], "2024-10-08"),
    (["add-workdays", "2024-05-06", "0"], "2024-05-06"),
    (["workdays-between", "2024-09-27", "2024-10-12"], "7"),
    (["period-end", "2024-09-20", "15"], "2024-10-08"),  // falls on 10-05 → next working day
  ]

  @Test(arguments: answers)
  func answersFromTheNotices(_ arguments: [String], _ expected: String) throws {
    let r = try BinaryRunner.run(["calendar"] + arguments)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout == expected + "\n")
  }

  @Test func datesOutsideTheDataAreErrorsNotGuesses() throws {
    let r = try BinaryRunner.run(["calendar", "is-workday", "2018-06-01", "--lang", "en"])
    #expect(r.status == 1)
    #expect(r.stdout.isEmpty)
    #expect(r.stderr.contains("R011"), "\(r.stderr)")
    #expect(r.stderr.contains("2018-06-01 is outside the holiday arrangements (known: 2019–2026)"), "\(r.stderr)")
    let beyond = try BinaryRunner.run(["calendar", "add-workdays", "2026-12-30", "5"])
    #expect(beyond.status == 1)
    #expect(beyond.stderr.contains("2027-01-01 不在节假日安排的范围内"), "\(beyond.stderr)")
  }

  @Test(arguments: [
    ["calendar", "is-workday", "2023-02-29"],
    ["calendar", "add-workdays", "2024-01-01", "-1"],
    ["calendar", "is-workday"],
  ])
  func usageErrors(_ arguments: [String]) throws {
    let r = try BinaryRunner.run(arguments)
    #expect(r.status == 64, "\(r.stderr)")
  }
}
