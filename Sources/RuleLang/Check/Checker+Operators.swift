/// The operator table: which operand types combine, and what they give.
extension Checker {
  mutating func binary(_ op: String, _ l: TypedExpr, _ r: TypedExpr, _ range: SourceRange) -> TypedExpr {
    let bop: BinaryOperator
    switch op {
    case "and": bop = .and
    case "or": bop = .or
    default: bop = BinaryOperator(rawValue: op) ?? .add
    }
    if l.type == .error || r.type == .error { return TypedExpr(.binary(bop, l, r), .error, range) }
    if let t = Checker.resultType(bop, l.type, r.type) {
      return TypedExpr(.binary(bop, l, r), t, range)
    }
    let shown = op == "and" ? "且" : op == "or" ? "或" : op
    if case .quantity(let a) = l.type, case .quantity(let b) = r.type, a != b {
      report(.unitMismatch(shown, l.type.name, r.type.name), range)
    } else if (l.type == .money) != (r.type == .money), [.add, .subtract, .less, .lessOrEqual, .greater, .greaterOrEqual, .equal, .notEqual].contains(bop),
      l.type.isPlainNumber || r.type.isPlainNumber || l.type == .money || r.type == .money
    {
      report(.unitMismatch(shown, l.type.name, r.type.name), range)
    } else {
      report(.typeMismatch(shown, l.type.name, r.type.name), range)
    }
    return TypedExpr(.binary(bop, l, r), .error, range)
  }

  /// The result type of `l op r`, or nil when they do not combine.
  static func resultType(_ op: BinaryOperator, _ l: ValueType, _ r: ValueType) -> ValueType? {
    let numeric = l.isPlainNumber && r.isPlainNumber
    let number: ValueType = l == .int && r == .int ? .int : .decimal
    switch op {
    case .and, .or:
      return l == .bool && r == .bool ? .bool : nil
    case .equal, .notEqual:
      return l == r || numeric ? .bool : nil
    case .less, .lessOrEqual, .greater, .greaterOrEqual:
      switch (l, r) {
      case _ where numeric: return .bool
      case (.money, .money), (.date, .date), (.duration, .duration): return .bool
      case (.quantity(let a), .quantity(let b)) where a == b: return .bool
      default: return nil
      }
    case .add, .subtract:
      switch (l, r) {
      case _ where numeric: return number
      case (.money, .money): return .money
      case (.quantity(let a), .quantity(let b)) where a == b: return l
      case (.date, .duration): return .date
      case (.duration, .date) where op == .add: return .date
      case (.date, .date) where op == .subtract: return .duration
      case (.duration, .duration): return .duration
      default: return nil
      }
    case .multiply:
      switch (l, r) {
      case _ where numeric: return number
      case (.money, _) where r.isPlainNumber: return .money
      case (_, .money) where l.isPlainNumber: return .money
      case (.quantity, _) where r.isPlainNumber: return l
      case (_, .quantity) where l.isPlainNumber: return r
      case (.duration, .int): return .duration
      case (.int, .duration): return .duration
      default: return nil
      }
    case .divide:
      switch (l, r) {
      case _ where numeric: return .decimal
      case (.money, _) where r.isPlainNumber: return .money
      case (.money, .money): return .decimal
      case (.quantity, _) where r.isPlainNumber: return l
      case (.quantity(let a), .quantity(let b)) where a == b: return .decimal
      default: return nil
      }
    }
  }
}
