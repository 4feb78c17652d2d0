/// `节假日安排 YEAR`: a year's holidays and 调休 working days.
extension Parser {
  mutating func holidays(_ start: Int) throws(Failure) -> HolidayDecl {
    guard case .number(let digits, nil) = kind, digits.count == 4, let year = Int(digits) else {
      throw expected("年份 (如 2024)", "a year (e.g. 2024)")
    }
    let yearRange = range(current)
    _ = advance()
    try expectNewline()
    var basis: [Citation] = []
    var daysOff: [(name: Name, from: CivilDate, until: CivilDate, range: SourceRange)] = []
    var workdays: [(date: CivilDate, range: SourceRange)] = []
    try block { (p: inout Parser) throws(Failure) in
      let lineStart = p.current.start
      if p.accept(.basis) {
        basis += try p.citations()
      } else if p.contextual == .dayOff {
        _ = p.advance()
        let name = try p.name()
        let from = try p.dateLiteral()
        var until = from
        if p.accept(.until) { until = try p.dateLiteral() }
        let r = p.range(from: lineStart)
        if until < from { throw p.fail(.badPeriod(), at: r) }
        daysOff.append((name, from, until, r))
      } else if p.contextual == .workday {
        _ = p.advance()
        repeat {
          let at = p.current
          workdays.append((try p.dateLiteral(), p.range(at)))
        } while p.accept(symbol: ",")
      } else {
        throw p.expected("依据 / 放假 / 调休上班", "basis / off / workday")
      }
      try p.expectNewline()
    }
    return HolidayDecl(year: year, yearRange: yearRange, basis: basis, daysOff: daysOff, workdays: workdays,
                       range: range(from: start))
  }

  mutating func dateLiteral() throws(Failure) -> CivilDate {
    guard case .date(let d) = kind else { throw expected("日期", "a date") }
    _ = advance()
    return d
  }
}
