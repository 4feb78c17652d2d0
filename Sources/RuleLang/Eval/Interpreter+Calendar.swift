/// The calendar functions: 是工作日, 加工作日, 工作日数, 期间届满. A date outside the declared
/// 节假日安排 is an error (R011), never a guess.
extension Interpreter {
  func calendarCall(_ f: Builtin, _ args: [Value], at range: SourceRange) throws(EvalError) -> Value {
    let calendar = program.calendar
    func outside(_ d: CivilDate) -> EvalError {
      EvalError(.outsideCalendar(d.description, calendar.knownYearsText), at: range)
    }
    func firstUncovered(from d: CivilDate) -> CivilDate { calendar.firstUncovered(from: d) }
    switch (f, args.first, args.dropFirst().first) {
    case (.isWorkday, .date(let d)?, _):
      guard let w = calendar.isWorkday(d) else { throw outside(d) }
      return .bool(w)
    case (.addWorkdays, .date(let d)?, .int(let n)?):
      guard n >= 0 else {
        throw EvalError(.badArguments(f.rawValue, LocalizedText(zh: "工作日数不能为负", en: "the number of working days cannot be negative")), at: range)
      }
      guard let r = calendar.addingWorkdays(n, to: d) else { throw outside(firstUncovered(from: d)) }
      return .date(r)
    case (.workdaysBetween, .date(let a)?, .date(let b)?):
      guard let n = calendar.workdays(after: a, through: b) else { throw outside(firstUncovered(from: a)) }
      return .int(n)
    case (.periodEnd, .date(let d)?, .duration(let n, let unit)?):
      let end = try Operators.shift(d, n, unit, at: range)
      guard let r = calendar.periodEnd(from: end, days: 0) else { throw outside(firstUncovered(from: end)) }
      return .date(r)
    default:
      throw EvalError(.badArguments(f.rawValue, LocalizedText(zh: "参数类型有误", en: "wrong argument types")), at: range)
    }
  }
}
