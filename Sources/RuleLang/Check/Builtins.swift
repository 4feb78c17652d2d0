/// The built-in functions, with their spellings in both languages.
public enum Builtin: String, Sendable, CaseIterable {
  case min, max, clamp, round, floor, ceil, age, daysBetween, amount, known
  // The working-day calendar (节假日安排 in the rules).
  case isWorkday, addWorkdays, workdaysBetween, periodEnd

  /// Whether the function reads the working-day calendar.
  public var usesCalendar: Bool { [.isWorkday, .addWorkdays, .workdaysBetween, .periodEnd].contains(self) }

  /// Spellings → function.
  public static let bySpelling: [String: Builtin] = [
    "最小": .min, "min": .min, "最大": .max, "max": .max, "限定": .clamp, "clamp": .clamp,
    "四舍五入": .round, "round": .round, "向下取整": .floor, "floor": .floor,
    "向上取整": .ceil, "ceil": .ceil, "周岁": .age, "age": .age,
    "天数": .daysBetween, "days_between": .daysBetween, "数值": .amount, "amount": .amount,
    "已知": .known, "known": .known,
    "是工作日": .isWorkday, "is_workday": .isWorkday, "加工作日": .addWorkdays, "add_workdays": .addWorkdays,
    "工作日数": .workdaysBetween, "workdays_between": .workdaysBetween, "期间届满": .periodEnd, "period_end": .periodEnd,
  ]

  /// The name of the evaluation date, in both languages.
  public static let evaluationDateNames: Set<String> = ["评价日期", "evaluation_date"]
}

extension Checker {
  /// Types a call to a built-in function.
  mutating func checkCall(_ name: Name, _ args: [Expr], _ range: SourceRange, _ scope: Scope)
    -> TypedExpr
  {
    guard let builtin = Builtin.bySpelling[name.text] else {
      for a in args { _ = expression(a, scope) }
      report(.unknownFunction(name.text, suggestion: Suggestions.closest(to: name.text, in: Builtin.bySpelling.keys)), name.range)
      return TypedExpr(.constant(.bool(false)), .error, range)
    }
    if builtin == .known {
      guard args.count == 1, case .name(let n) = args[0].kind, let f = factIndex[n] else {
        report(.badArguments(name.text, LocalizedText(zh: "应为一个事实名称", en: "expected one fact name")), range)
        return TypedExpr(.constant(.bool(false)), .error, range)
      }
      usedFacts.insert(f)
      return TypedExpr(.known(f), .bool, range)
    }
    let typed = args.map { expression($0, scope) }
    if typed.contains(where: { $0.type == .error }) { return TypedExpr(.call(builtin, typed), .error, range) }
    func bad(_ zh: String, _ en: String) -> TypedExpr {
      report(.badArguments(name.text, LocalizedText(zh: zh, en: en)), range)
      return TypedExpr(.call(builtin, typed), .error, range)
    }
    let types = typed.map(\.type)
    func orderable(_ t: ValueType) -> Bool {
      switch t {
      case .int, .decimal, .money, .quantity, .date: true
      default: false
      }
    }
    func same(_ a: ValueType, _ b: ValueType) -> Bool { a == b || (a.isPlainNumber && b.isPlainNumber) }
    switch builtin {
    case .min, .max:
      guard types.count >= 2, types.allSatisfy(orderable), types.allSatisfy({ same($0, types[0]) }) else {
        return bad("应为至少两个同类型、可比较的值", "expected two or more comparable values of one type")
      }
      let t = types.allSatisfy { $0 == .int } ? .int : (types[0].isPlainNumber ? .decimal : types[0])
      return TypedExpr(.call(builtin, typed), t, range)
    case .clamp:
      guard types.count == 3, types.allSatisfy(orderable), types.allSatisfy({ same($0, types[0]) }) else {
        return bad("应为 (值, 下限, 上限), 类型相同", "expected (value, lower, upper) of one type")
      }
      let t = types.allSatisfy { $0 == .int } ? .int : (types[0].isPlainNumber ? .decimal : types[0])
      return TypedExpr(.call(builtin, typed), t, range)
    case .round, .floor, .ceil:
      guard (1...2).contains(types.count) else { return bad("应为 (值) 或 (值, 小数位数)", "expected (value) or (value, places)") }
      switch types[0] {
      case .decimal, .int, .money, .quantity: break
      default: return bad("只能对数、金额或数量取整", "only numbers, money and quantities can be rounded")
      }
      if types.count == 2 {
        guard case .constant(.int(let places)) = typed[1].kind, (0...10).contains(places) else {
          return bad("小数位数应为 0 到 10 的整数常量", "places must be a whole constant from 0 to 10")
        }
      }
      return TypedExpr(.call(builtin, typed), types[0] == .int ? .int : types[0], range)
    case .age:
      guard types == [.date, .date] else { return bad("应为 (出生日期, 计算日期)", "expected (birth date, on date)") }
      return TypedExpr(.call(builtin, typed), .int, range)
    case .daysBetween:
      guard types == [.date, .date] else { return bad("应为 (起始日期, 结束日期)", "expected (start date, end date)") }
      return TypedExpr(.call(builtin, typed), .duration, range)
    case .amount:
      guard types.count == 1 else { return bad("应为一个金额或数量", "expected one money amount or quantity") }
      switch types[0] {
      case .money, .quantity, .decimal, .int: return TypedExpr(.call(builtin, typed), .decimal, range)
      default: return bad("应为一个金额或数量", "expected one money amount or quantity")
      }
    case .known:
      return TypedExpr(.call(builtin, typed), .error, range)
    case .isWorkday:
      guard types == [.date] else { return bad("应为 (日期)", "expected (date)") }
      return TypedExpr(.call(builtin, typed), .bool, range)
    case .addWorkdays:
      guard types == [.date, .int] else { return bad("应为 (日期, 工作日数)", "expected (date, number of working days)") }
      return TypedExpr(.call(builtin, typed), .date, range)
    case .workdaysBetween:
      guard types == [.date, .date] else { return bad("应为 (起算日期, 截止日期)", "expected (start date, end date)") }
      return TypedExpr(.call(builtin, typed), .int, range)
    case .periodEnd:
      guard types == [.date, .duration] else { return bad("应为 (起算日期, 期间)", "expected (start date, period)") }
      return TypedExpr(.call(builtin, typed), .date, range)
    }
  }
}
