/// A calendar date without time or time zone (proleptic Gregorian), as written in law.
///
/// Month and year arithmetic follows 《民法典》第二百零二条: when the target month has no
/// corresponding day (31 January + 1 month, 29 February + 1 year), the result is the last
/// day of that month.
public struct CivilDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  /// Year (1…9999).
  public let year: Int
  /// Month (1…12).
  public let month: Int
  /// Day (1…31).
  public let day: Int

  /// Creates a date, or nil when it does not exist (e.g. 2023-02-29).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      day >= 1, day <= CivilDate.daysIn(month: month, year: year)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD` strictly.
  public init?(iso: String) {
    let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
    else { return nil }
    self.init(year: y, month: m, day: d)
  }

  /// Whether a year is a leap year.
  public static func isLeap(_ year: Int) -> Bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  }

  /// Days in a month of a year.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days since 1970-01-01 (negative before).
  public var dayNumber: Int {
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  /// The date with a given day number, or nil outside years 1…9999.
  public init?(dayNumber z0: Int) {
    // Years 1…9999 lie well inside ±4,000,000 days of 1970; anything else is not a date.
    guard (-4_000_000...4_000_000).contains(z0) else { return nil }
    let z = z0 + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
  }

  /// This date plus a number of days.
  public func adding(days: Int) -> CivilDate? {
    guard days > -10_000_000, days < 10_000_000 else { return nil }
    return CivilDate(dayNumber: dayNumber + days)
  }

  /// This date plus a number of months, clamped to the end of the target month.
  public func adding(months: Int) -> CivilDate? {
    guard months > -1_000_000, months < 1_000_000 else { return nil }
    let total = year * 12 + (month - 1) + months
    let y = total >= 0 ? total / 12 : (total - 11) / 12
    let m = total - y * 12 + 1
    guard (1...9999).contains(y) else { return nil }
    return CivilDate(year: y, month: m, day: min(day, CivilDate.daysIn(month: m, year: y)))
  }

  /// This date plus a number of years (29 February → 28 February in a common year).
  public func adding(years: Int) -> CivilDate? {
    let (months, overflow) = years.multipliedReportingOverflow(by: 12)
    return overflow ? nil : adding(months: months)
  }

  /// Whole years from `self` to `other`; an anniversary on 29 February falls on
  /// 28 February in a common year (the month-end rule).
  public func fullYears(until other: CivilDate) -> Int {
    var years = other.year - year
    if let anniversary = adding(years: years), anniversary > other { years -= 1 }
    return years
  }

  /// The 周岁 age on `date` of a person born on `self`: a year of age is completed on the
  /// day after the birthday (《最高人民法院关于审理未成年人刑事案件具体应用法律若干问题的解释》
  /// 第二条: 「周岁…从周岁生日的第二天起算」).
  public func age(on date: CivilDate) -> Int {
    // On the day of birth (or, for inconsistent input, before it) no day has passed yet.
    guard date > self else { return fullYears(until: date) }
    guard let dayBefore = date.adding(days: -1) else { return 0 }
    return fullYears(until: dayBefore)
  }

  /// ISO 8601 `YYYY-MM-DD`.
  public var description: String {
    func pad(_ n: Int, _ w: Int) -> String {
      let s = String(n)
      return String(repeating: "0", count: max(0, w - s.count)) + s
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  public static func < (a: CivilDate, b: CivilDate) -> Bool {
    (a.year, a.month, a.day) < (b.year, b.month, b.day)
  }
}
