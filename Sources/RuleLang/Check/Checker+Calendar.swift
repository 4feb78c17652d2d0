/// Checks the 节假日安排 declarations and builds the working-day calendar from them.
extension Checker {
  mutating func calendar(_ modules: [SourceModule]) -> WorkCalendar {
    var calendar = WorkCalendar()
    var declared: [Int: SourceRange] = [:]
    for module in modules {
      for case .holidays(let h) in module.declarations {
        if let first = declared[h.year] {
          report(.duplicateHolidayYear(h.year), h.yearRange, notes: [
            Diagnostic.Note(message: LocalizedText(zh: "首次声明于此", en: "first declared here"), range: first)
          ])
          continue
        }
        declared[h.year] = h.yearRange
        if h.basis.isEmpty { report(.holidaysNeedBasis(h.year), h.yearRange) }
        var off: [CivilDate] = []
        for d in h.daysOff {
          // A notice may reach into the neighbouring year (元旦 from 30 December).
          guard abs(d.from.year - h.year) <= 1, abs(d.until.year - h.year) <= 1,
            d.until.dayNumber - d.from.dayNumber < 31
          else {
            report(.holidayOutsideYear(d.name.text, h.year), d.range)
            continue
          }
          var day = d.from
          while day <= d.until {
            off.append(day)
            guard let next = day.adding(days: 1) else { break }
            day = next
          }
        }
        var work: [CivilDate] = []
        for w in h.workdays {
          if WorkCalendar.weekday(w.date) <= 5 {
            report(.workdayNotWeekend(w.date.description), w.range)
            continue
          }
          if abs(w.date.year - h.year) > 1 { report(.holidayOutsideYear(w.date.description, h.year), w.range); continue }
          if off.contains(w.date) { report(.workdayNotWeekend(w.date.description), w.range); continue }
          work.append(w.date)
        }
        calendar.add(WorkCalendar.Year(year: h.year, basis: h.basis, range: h.yearRange), daysOff: off, workdays: work)
      }
    }
    return calendar
  }
}
