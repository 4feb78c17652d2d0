/// The working-day calendar: Monday to Friday, minus the statutory holidays, plus the 调休
/// working days, as the State Council's yearly notices (节假日安排) set them. Only the years the
/// rules declare are known: any other date is an error, never a guess.
public struct WorkCalendar: Sendable {
  /// One year's notice.
  public struct Year: Sendable {
    /// The year the notice arranges.
    public let year: Int
    /// Its citations (the notice).
    public let basis: [Citation]
    /// Where it is declared.
    public let range: SourceRange
  }

  /// Declared years, by year.
  public private(set) var years: [Int: Year] = [:]
  /// Day numbers that are days off although they may fall on a weekday.
  private var off: Set<Int> = []
  /// Day numbers that are working days although they fall on a weekend (调休).
  private var work: Set<Int> = []

  /// An empty calendar (no year is known).
  public init() {}

  /// Records a year's notice.
  public mutating func add(_ year: Year, daysOff: [CivilDate], workdays: [CivilDate]) {
    years[year.year] = year
    for d in daysOff { off.insert(d.dayNumber) }
    for d in workdays { work.insert(d.dayNumber) }
  }

  /// The known years, in order.
  public var knownYears: [Int] { years.keys.sorted() }

  /// Day of the week, Monday = 1 … Sunday = 7 (1970-01-01 was a Thursday).
  public static func weekday(_ d: CivilDate) -> Int {
    ((d.dayNumber % 7) + 7 + 3) % 7 + 1
  }

  /// The known years as text (`2019–2026`), for messages.
  public var knownYearsText: String {
    let y = knownYears
    return y.isEmpty ? "—" : y.first! == y.last! ? "\(y.first!)" : "\(y.first!)–\(y.last!)"
  }

  /// The first day on or after `d` that no declared year covers (what an error names).
  public func firstUncovered(from d: CivilDate) -> CivilDate {
    var day = d
    while covers(day), let next = day.adding(days: 1) { day = next }
    return day
  }

  /// Whether a date is covered by a declared year.
  public func covers(_ d: CivilDate) -> Bool { years[d.year] != nil }

  /// Whether `d` is a working day; nil when its year is not declared.
  public func isWorkday(_ d: CivilDate) -> Bool? {
    guard covers(d) else { return nil }
    let n = d.dayNumber
    if work.contains(n) { return true }
    if off.contains(n) { return false }
    return WorkCalendar.weekday(d) <= 5
  }

  /// The `n`-th working day after `d` (`d` itself not counted; `n` = 0 gives `d`); nil when
  /// the count leaves the declared years.
  public func addingWorkdays(_ n: Int, to d: CivilDate) -> CivilDate? {
    guard n >= 0 else { return nil }
    var day = d
    var left = n
    while left > 0 {
      guard let next = day.adding(days: 1), let w = isWorkday(next) else { return nil }
      day = next
      if w { left -= 1 }
    }
    return day
  }

  /// Working days after `a` up to and including `b` (0 when `b` ≤ `a`); nil when a day in
  /// between is not covered.
  public func workdays(after a: CivilDate, through b: CivilDate) -> Int? {
    guard a < b else { return 0 }
    var count = 0
    var day = a
    while day < b {
      guard let next = day.adding(days: 1), let w = isWorkday(next) else { return nil }
      day = next
      if w { count += 1 }
    }
    return count
  }

  /// The last day of a period of calendar days counted from `d` (the start day is not
  /// counted); when it is not a working day the period ends on the next working day
  /// (《住房和城乡建设行政处罚程序规定》第四十五条). Nil when a day needed is not covered.
  public func periodEnd(from d: CivilDate, days: Int) -> CivilDate? {
    guard days >= 0, var end = d.adding(days: days) else { return nil }
    while true {
      guard let w = isWorkday(end) else { return nil }
      if w { return end }
      guard let next = end.adding(days: 1) else { return nil }
      end = next
    }
  }
}
