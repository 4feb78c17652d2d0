/// Expressions, by precedence from loosest to tightest:
/// `如果…则…否则…` < `或` < `且` < `非` < comparisons and `属于` < `+ -` < `* /` < unary `-`
/// < calls and `枚举.值` < literals, names and parentheses.
extension Parser {
  mutating func expression() throws(Failure) -> Expr {
    depth += 1
    defer { depth -= 1 }
    if depth > Parser.maximumDepth { throw fail(.tooDeep()) }
    if at(.if) {
      let start = advance().start
      let condition = try expression()
      try expect(.then)
      let yes = try expression()
      try expect(.otherwise)
      let no = try expression()
      return Expr(.ifThenElse(condition, yes, no), range(from: start))
    }
    return try orExpression()
  }

  mutating func orExpression() throws(Failure) -> Expr {
    var lhs = try andExpression()
    while at(.or) {
      _ = advance()
      let rhs = try andExpression()
      lhs = try chain("or", lhs, rhs)
    }
    return lhs
  }

  mutating func andExpression() throws(Failure) -> Expr {
    var lhs = try notExpression()
    while at(.and) {
      _ = advance()
      let rhs = try notExpression()
      lhs = try chain("and", lhs, rhs)
    }
    return lhs
  }

  mutating func notExpression() throws(Failure) -> Expr {
    if at(.not) {
      let start = advance().start
      depth += 1
      defer { depth -= 1 }
      if depth > Parser.maximumDepth { throw fail(.tooDeep()) }
      let operand = try notExpression()
      return Expr(.unary("not", operand), range(from: start))
    }
    return try comparison()
  }

  static let comparisonOperators: Set<String> = ["=", "!=", "<", "<=", ">", ">="]

  mutating func comparison() throws(Failure) -> Expr {
    let lhs = try additive()
    if case .symbol(let op) = kind, Parser.comparisonOperators.contains(op) {
      _ = advance()
      let rhs = try additive()
      return Expr(.binary(op, lhs, rhs), lhs.range.through(rhs.range))
    }
    var negated = false
    if at(.not), pos + 1 < tokens.count, tokens[pos + 1].kind == .keyword(.in) {
      _ = advance()
      negated = true
    }
    if accept(.in) {
      try expect(symbol: "{")
      var elements: [Expr] = []
      if !at(symbol: "}") {
        elements.append(try additive())
        while accept(symbol: ",") { elements.append(try additive()) }
      }
      try expect(symbol: "}")
      return Expr(.inSet(lhs, elements, negated: negated), range(from: lhs.range.start))
    }
    return lhs
  }

  mutating func additive() throws(Failure) -> Expr {
    var lhs = try multiplicative()
    while case .symbol(let op) = kind, op == "+" || op == "-" {
      _ = advance()
      let rhs = try multiplicative()
      lhs = try chain(op, lhs, rhs)
    }
    return lhs
  }

  mutating func multiplicative() throws(Failure) -> Expr {
    var lhs = try unary()
    while case .symbol(let op) = kind, op == "*" || op == "/" {
      _ = advance()
      let rhs = try unary()
      lhs = try chain(op, lhs, rhs)
    }
    return lhs
  }

  mutating func unary() throws(Failure) -> Expr {
    if at(symbol: "-") {
      let start = advance().start
      depth += 1
      defer { depth -= 1 }
      if depth > Parser.maximumDepth { throw fail(.tooDeep()) }
      let operand = try unary()
      return Expr(.unary("-", operand), range(from: start))
    }
    return try postfix()
  }

  mutating func postfix() throws(Failure) -> Expr {
    let e = try primary()
    if case .name(let enumName) = e.kind, at(symbol: ".") {
      _ = advance()
      let member = try name()
      return Expr(.member(enumName, member.text), e.range.through(member.range))
    }
    return e
  }

  mutating func primary() throws(Failure) -> Expr {
    let t = current
    let r = range(t)
    switch t.kind {
    case .number(let digits, let unit):
      _ = advance()
      if digits.count > 1, digits.first == "0", !digits.hasPrefix("0.") {
        diagnostics.append(Diagnostic(.badNumber(digits), at: r))
      }
      return Expr(.literal(Parser.literal(digits, unit)), r)
    case .date(let d):
      _ = advance()
      return Expr(.literal(.date(d)), r)
    case .text(let s):
      _ = advance()
      return Expr(.literal(.text(s)), r)
    case .keyword(.true):
      _ = advance()
      return Expr(.literal(.bool(true)), r)
    case .keyword(.false):
      _ = advance()
      return Expr(.literal(.bool(false)), r)
    case .identifier(let s):
      _ = advance()
      if at(symbol: "(") {
        _ = advance()
        var args: [Expr] = []
        if !at(symbol: ")") {
          args.append(try expression())
          while accept(symbol: ",") { args.append(try expression()) }
        }
        try expect(symbol: ")")
        return Expr(.call(Name(text: s, range: r), args), range(from: t.start))
      }
      return Expr(.name(s), r)
    case .symbol("("):
      _ = advance()
      let inner = try expression()
      try expect(symbol: ")")
      return Expr(inner.kind, range(from: t.start))
    default:
      throw fail(.expectedExpression(t.describe))
    }
  }

  /// A binary node of an operator chain (`a + b + c …`), refused once the tree gets too deep.
  mutating func chain(_ op: String, _ lhs: Expr, _ rhs: Expr) throws(Failure) -> Expr {
    let e = Expr(.binary(op, lhs, rhs), lhs.range.through(rhs.range))
    if e.height > Parser.maximumDepth { throw fail(.tooDeep(), at: rhs.range) }
    return e
  }

  static func literal(_ digits: String, _ unit: UnitMeaning?) -> Literal {
    switch unit {
    case nil: return digits.contains(".") ? .decimal(digits) : .integer(digits)
    case .money(let m): return .money(digits, multiplier: m)
    case .quantity(let u): return .quantity(digits, u)
    case .duration(let d): return .duration(digits, d)
    case .percent: return .percent(digits)
    case .multiple: return .multiple(digits)
    }
  }
}
