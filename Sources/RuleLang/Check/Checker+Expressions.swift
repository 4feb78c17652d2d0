import Foundation

/// Typing of expressions: names, literals, operators with units.
extension Checker {
  /// Types an expression; a bare name that is a case of the `expected` enumeration
  /// resolves to that case even when other enumerations share the name.
  mutating func expression(_ e: Expr, _ scope: Scope, expected: ValueType? = nil) -> TypedExpr {
    if case .name(let n) = e.kind, case .enumeration(let ei, let en)? = expected, factIndex[n] == nil,
      definitionIndex[n] == nil, enums[ei].cases.contains(n)
    {
      return TypedExpr(.constant(.enumCase(ei, en, n)), .enumeration(ei, en), e.range)
    }
    switch e.kind {
    case .error:
      return TypedExpr(.constant(.bool(false)), .error, e.range)
    case .literal(let l):
      return literal(l, e.range)
    case .name(let n):
      return name(n, e.range, scope)
    case .member(let enumName, let caseName):
      guard let ei = enumIndex[enumName] else {
        report(.unknownName(enumName, suggestion: Suggestions.closest(to: enumName, in: enumIndex.keys)), e.range)
        return TypedExpr(.constant(.bool(false)), .error, e.range)
      }
      guard enums[ei].cases.contains(caseName) else {
        report(.unknownName(caseName, suggestion: Suggestions.closest(to: caseName, in: enums[ei].cases)), e.range)
        return TypedExpr(.constant(.bool(false)), .error, e.range)
      }
      return TypedExpr(.constant(.enumCase(ei, enumName, caseName)), .enumeration(ei, enumName), e.range)
    case .unary(let op, let operand):
      let t = expression(operand, scope)
      if t.type == .error { return TypedExpr(t.kind, .error, e.range) }
      if op == "not" {
        guard t.type == .bool else {
          report(.operandType(op == "not" ? "非" : op, t.type.name), e.range)
          return TypedExpr(t.kind, .error, e.range)
        }
        return TypedExpr(.not(t), .bool, e.range)
      }
      switch t.type {
      case .int, .decimal, .money, .quantity: return TypedExpr(.negate(t), t.type, e.range)
      default:
        report(.operandType("-", t.type.name), e.range)
        return TypedExpr(t.kind, .error, e.range)
      }
    case .binary(let op, let l, let r):
      if op == "=" || op == "!=" {
        let tl = expression(l, scope)
        return binary(op, tl, expression(r, scope, expected: tl.type), e.range)
      }
      return binary(op, expression(l, scope), expression(r, scope), e.range)
    case .ifThenElse(let c, let a, let b):
      let tc = expression(c, scope)
      let ta = expression(a, scope, expected: expected)
      let tb = expression(b, scope, expected: expected ?? ta.type)
      if tc.type != .bool && tc.type != .error { report(.conditionNotBool(tc.type.name), c.range) }
      var type = ta.type
      if ta.type == .error || tb.type == .error {
        type = .error
      } else if ta.type != tb.type {
        if ta.type.isPlainNumber && tb.type.isPlainNumber {
          type = .decimal
        } else {
          report(.branchMismatch(ta.type.name, tb.type.name), e.range)
          type = .error
        }
      }
      return TypedExpr(.ifThenElse(tc, ta, tb), type, e.range)
    case .call(let f, let args):
      return checkCall(f, args, e.range, scope)
    case .inSet(let value, let elements, let negated):
      let tv = expression(value, scope)
      let te = elements.map { expression($0, scope, expected: tv.type) }
      var type: ValueType = .bool
      for x in te where x.type != .error && tv.type != .error && x.type != tv.type
        && !(x.type.isPlainNumber && tv.type.isPlainNumber)
      {
        report(.setMismatch(tv.type.name, x.type.name), x.range)
        type = .error
      }
      if tv.type == .error { type = .error }
      return TypedExpr(.inSet(tv, te, negated: negated), type, e.range)
    }
  }

  mutating func name(_ n: String, _ range: SourceRange, _ scope: Scope) -> TypedExpr {
    if let f = factIndex[n] {
      usedFacts.insert(f)
      return TypedExpr(.fact(f), facts[f].type, range)
    }
    if let d = definitionIndex[n] {
      return TypedExpr(.definition(d), definitionType(d, from: scope), range)
    }
    if let owners = caseOwners[n] {
      if owners.count > 1 {
        report(.ambiguousEnumCase(n, owners.map { "「\(enums[$0].name)」" }.joined(separator: ", ")), range)
        return TypedExpr(.constant(.bool(false)), .error, range)
      }
      let ei = owners[0]
      return TypedExpr(.constant(.enumCase(ei, enums[ei].name, n)), .enumeration(ei, enums[ei].name), range)
    }
    if Builtin.evaluationDateNames.contains(n) {
      return TypedExpr(.evaluationDate, .date, range)
    }
    if enumIndex[n] != nil || ValueType.builtinNames[n] != nil {
      report(.notAValue(n), range)
      return TypedExpr(.constant(.bool(false)), .error, range)
    }
    report(.unknownName(n, suggestion: suggestion(for: n)), range)
    return TypedExpr(.constant(.bool(false)), .error, range)
  }

  /// A close name; or, for `当单体面积`, the keyword and name that were run together.
  func suggestion(for n: String) -> String? {
    let all = Array(factIndex.keys) + Array(definitionIndex.keys) + Array(caseOwners.keys)
    if let close = Suggestions.closest(to: n, in: all) { return close }
    for (spelling, _) in Keyword.table where n.hasPrefix(spelling) && n.count > spelling.count {
      let rest = String(n.dropFirst(spelling.count))
      if all.contains(rest) { return "\(spelling) \(rest)" }
    }
    return nil
  }

  mutating func literal(_ l: Literal, _ range: SourceRange) -> TypedExpr {
    func dec(_ s: String) -> Decimal { DecimalMath.parse(s) ?? 0 }
    switch l {
    case .integer(let s):
      if let i = Int(s), s.count <= 15 { return TypedExpr(.constant(.int(i)), .int, range) }
      return TypedExpr(.constant(.decimal(dec(s))), .decimal, range)
    case .decimal(let s): return TypedExpr(.constant(.decimal(dec(s))), .decimal, range)
    case .money(let s, let m): return TypedExpr(.constant(.money(dec(s) * Decimal(m))), .money, range)
    case .quantity(let s, let u): return TypedExpr(.constant(.quantity(dec(s), u)), .quantity(u), range)
    case .percent(let s): return TypedExpr(.constant(.decimal(dec(s) / 100)), .decimal, range)
    case .multiple(let s): return TypedExpr(.constant(.decimal(dec(s))), .decimal, range)
    case .duration(let s, let u):
      guard let n = Int(s), n < 1_000_000 else {
        report(.badNumber(s), range)  // durations count whole days, months or years
        return TypedExpr(.constant(.duration(0, u)), .error, range)
      }
      return TypedExpr(.constant(.duration(n, u)), .duration, range)
    case .date(let d): return TypedExpr(.constant(.date(d)), .date, range)
    case .bool(let b): return TypedExpr(.constant(.bool(b)), .bool, range)
    case .text(let s): return TypedExpr(.constant(.text(s)), .text, range)
    }
  }
}
