import ArgumentParser
import Foundation
import RuleLang

/// `adjudicator calendar is-workday DATE`, `add-workdays DATE N`, `workdays-between A B`,
/// `period-end DATE DAYS`: the working-day calendar the rules declare (Rules/calendar/).
struct CalendarCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "calendar",
    abstract: "The working-day calendar of the rules (statutory holidays and 调休 working days).",
    discussion: "A date outside the declared years is an error (exit 1), never a guess.",
    subcommands: [IsWorkday.self, AddWorkdays.self, WorkdaysBetween.self, PeriodEnd.self]
  )

  /// Options every calendar subcommand takes.
  struct Common: ParsableArguments {
    @Option(help: "Rule file or directory holding the 节假日安排 declarations.")
    var rules: String = "Rules"

    @Option(help: "Message language: zh (default) or en.")
    var lang: Language = .zh

    func calendar() throws -> WorkCalendar { try RuleSetLoading.load(rules, lang: lang).program.calendar }

    /// Reports a date outside the calendar and exits 1.
    func outside(_ d: CivilDate, _ calendar: WorkCalendar) -> ExitCode {
      let entry = DiagnosticCatalog.Entry.outsideCalendar(d.description, calendar.knownYearsText)
      Console.err("adjudicator: \(lang == .zh ? "错误" : "error")[\(entry.code)]: \(entry.message.text(lang))\n")
      return ExitStatus.failure
    }
  }

  static func date(_ text: String) throws -> CivilDate {
    guard let d = CivilDate(iso: text) else { throw ValidationError("not a real date YYYY-MM-DD: '\(text)'") }
    return d
  }

  struct IsWorkday: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "is-workday", abstract: "Print `workday` or `non-workday`.")
    @OptionGroup var common: Common
    @Argument(help: "The date (YYYY-MM-DD).") var date: String

    func validate() throws { _ = try CalendarCommand.date(date) }

    func run() throws {
      let calendar = try common.calendar()
      let d = try CalendarCommand.date(date)
      guard let w = calendar.isWorkday(d) else { throw common.outside(d, calendar) }
      Console.out(w ? "workday\n" : "non-workday\n")
    }
  }

  struct AddWorkdays: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add-workdays", abstract: "Print the N-th working day after DATE (DATE itself not counted).")
    @OptionGroup var common: Common
    @Argument(help: "The date (YYYY-MM-DD).") var date: String
    @Argument(help: "The number of working days (0 or more).") var count: Int

    func validate() throws {
      _ = try CalendarCommand.date(date)
      if count < 0 { throw ValidationError("the number of working days cannot be negative") }
    }

    func run() throws {
      let calendar = try common.calendar()
      let d = try CalendarCommand.date(date)
      guard let r = calendar.addingWorkdays(count, to: d) else {
        throw common.outside(calendar.firstUncovered(from: d), calendar)
      }
      Console.out("\(r)\n")
    }
  }

  struct WorkdaysBetween: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "workdays-between", abstract: "Print the working days after START up to and including END.")
    @OptionGroup var common: Common
    @Argument(help: "The start date (not counted).") var start: String
    @Argument(help: "The end date (counted).") var end: String

    func validate() throws {
      _ = try CalendarCommand.date(start)
      _ = try CalendarCommand.date(end)
    }

    func run() throws {
      let calendar = try common.calendar()
      let a = try CalendarCommand.date(start)
      guard let n = calendar.workdays(after: a, through: try CalendarCommand.date(end)) else {
        throw common.outside(calendar.firstUncovered(from: a), calendar)
      }
      Console.out("\(n)\n")
    }
  }

  struct PeriodEnd: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "period-end",
      abstract: "Print the last day of a period of DAYS calendar days from DATE (start day not counted; moved to the next working day).")
    @OptionGroup var common: Common
    @Argument(help: "The date the period runs from (YYYY-MM-DD).") var date: String
    @Argument(help: "The period in calendar days.") var days: Int

    func validate() throws {
      _ = try CalendarCommand.date(date)
      if days < 0 { throw ValidationError("the period cannot be negative") }
    }

    func run() throws {
      let calendar = try common.calendar()
      let d = try CalendarCommand.date(date)
      guard let r = calendar.periodEnd(from: d, days: days) else {
        throw common.outside(calendar.firstUncovered(from: d), calendar)
      }
      Console.out("\(r)\n")
    }
  }
}
