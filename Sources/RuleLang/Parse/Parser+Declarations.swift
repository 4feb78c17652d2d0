/// Declarations: 枚举, 事实, 定义 / 后果 / 参数 and their rules.
extension Parser {
  mutating func parseModule() -> SourceModule {
    var declarations: [Declaration] = []
    while kind != .end {
      let before = pos
      switch kind {
      case .newline, .dedent:
        _ = advance()
      case .indent:
        diagnostics.append(Diagnostic(.unexpectedIndent(), at: range(current)))
        skipBlock()
      default:
        do throws(Failure) {
          if let d = try declaration() { declarations.append(d) }
        } catch {
          synchronize()
        }
      }
      if pos == before { _ = advance() }  // always make progress
    }
    return SourceModule(file: file.path, declarations: declarations)
  }

  mutating func declaration() throws(Failure) -> Declaration? {
    let start = current.start
    if case .identifier(let word) = kind, let k = Keyword.bySpelling[word] {
      switch k {
      case .violation: _ = advance(); return .violation(try violation(start))
      case .standard: _ = advance(); return .standard(try standard(start))
      case .circumstance: _ = advance(); return .fact(try circumstance(start))
      case .holidays: _ = advance(); return .holidays(try holidays(start))
      case .check: _ = advance(); return .check(try check(start))
      case .test: _ = advance(); return .test(try test(start))
      default: if k.isReserved { throw fail(.reservedKeyword(word)) }
      }
    }
    guard case .keyword(let k) = kind, k.startsDeclaration else {
      var suggestion: String?
      if case .identifier(let word) = kind {
        let starters = Keyword.table.filter { $0.1.startsDeclaration && !$0.1.isReserved }.map(\.0)
        suggestion = Suggestions.closest(to: word, in: starters)
        if suggestion == nil, let k = starters.first(where: { word.hasPrefix($0) }) {
          suggestion = k + " " + word.dropFirst(k.count)
        }
      }
      throw fail(.unexpectedDeclaration(current.describe, suggestion: suggestion))
    }
    _ = advance()
    switch k {
    case .enumeration: return .enumeration(try enumeration(start))
    case .fact: return .fact(try fact(start))
    case .definition: return .definition(try definition(.definition, start))
    case .consequence: return .definition(try definition(.consequence, start))
    case .parameter: return .definition(try definition(.parameter, start))
    default: throw expected("声明", "a declaration")
    }
  }

  mutating func enumeration(_ start: Int) throws(Failure) -> EnumDecl {
    let n = try name()
    try expect(symbol: ":")
    var cases = [try name()]
    while accept(symbol: ",") { cases.append(try name()) }
    try expectNewline()
    return EnumDecl(name: n, cases: cases, range: range(from: start))
  }

  mutating func typeRef() throws(Failure) -> TypeRef {
    switch kind {
    case .identifier(let s):
      let t = advance()
      return TypeRef(name: s, range: range(t))
    case .number(_, _):
      // `1平方米` is not a type, but the unit is what the author meant.
      throw expected("类型", "a type")
    default:
      throw expected("类型", "a type")
    }
  }

  mutating func fact(_ start: Int) throws(Failure) -> FactDecl {
    let n = try name()
    try expect(symbol: ":")
    let type = try typeRef()
    var description: String?
    if case .text(let s) = kind {
      description = s
      _ = advance()
    }
    try expectNewline()
    return FactDecl(name: n, type: type, description: description, range: range(from: start))
  }

  mutating func definition(_ k: DefinitionKind, _ start: Int) throws(Failure) -> DefinitionDecl {
    let n = try name()
    var type: TypeRef?
    if accept(symbol: ":") { type = try typeRef() }
    var rules: [RuleDecl] = []
    var basis: [Citation] = []
    var period: Period?
    var recovered = false
    if at(symbol: "=") {
      // Short form: `定义 X = expr`, optionally followed by a block of 依据 / 施行.
      let ruleStart = current.start
      _ = advance()
      let value = try expression()
      let inlineBasis = try trailingBasis()
      try expectNewline()
      var items = RuleItems()
      if kind == .indent { try ruleBlock(&items) }
      rules.append(RuleDecl(
        label: nil, exceptionTo: nil, condition: nil, value: value, isOtherwise: false,
        basis: inlineBasis + items.basis, period: items.period, range: range(from: ruleStart)))
    } else {
      try expectNewline()
      guard kind == .indent else {
        return DefinitionDecl(kind: k, name: n, type: type, basis: [], period: nil, rules: [],
                              range: range(from: start), recovered: false)
      }
      _ = advance()
      while kind != .dedent && kind != .end {
        let before = pos
        do throws(Failure) {
          try definitionItem(&rules, &basis, &period)
        } catch {
          recovered = true
          synchronize()
        }
        if pos == before { _ = advance() }
      }
      if kind == .dedent { _ = advance() }
    }
    return DefinitionDecl(kind: k, name: n, type: type, basis: basis, period: period, rules: rules,
                          range: range(from: start), recovered: recovered)
  }

  /// One line inside a definition block.
  mutating func definitionItem(
    _ rules: inout [RuleDecl], _ basis: inout [Citation], _ period: inout Period?
  ) throws(Failure) {
    let start = current.start
    switch kind {
    case .newline:
      _ = advance()
    case .indent:
      throw fail(.unexpectedIndent())
    case .keyword(.basis):
      _ = advance()
      basis += try citations()
      try expectNewline()
    case .keyword(.effective):
      _ = advance()
      let p = try periodClause()
      if accept(symbol: "=") || accept(symbol: ":") || accept(.then) {
        rules.append(try ruleTail(start, label: nil, exceptionTo: nil, condition: nil, period: p))
      } else {
        if period != nil { throw fail(.expected(LocalizedText(zh: "值 (同一定义只能有一个默认施行期间)", en: "a value (a definition has one default period)"), found: current.describe)) }
        period = p
        try expectNewline()
      }
    case .keyword(.rule):
      _ = advance()
      rules.append(try labelledRule(start))
    case .keyword(.when):
      _ = advance()
      let condition = try expression()
      try expect(.then)
      rules.append(try ruleTail(start, label: nil, exceptionTo: nil, condition: condition, period: nil))
    case .keyword(.otherwise):
      _ = advance()
      _ = accept(symbol: "=") || accept(.then) || accept(symbol: ":")
      var rule = try ruleTail(start, label: nil, exceptionTo: nil, condition: nil, period: nil)
      rule = RuleDecl(label: nil, exceptionTo: nil, condition: nil, value: rule.value, isOtherwise: true,
                      basis: rule.basis, period: rule.period, range: rule.range)
      rules.append(rule)
    case .symbol("="):
      _ = advance()
      rules.append(try ruleTail(start, label: nil, exceptionTo: nil, condition: nil, period: nil))
    default:
      throw expected("规则 (规则 / 当 / = / 否则 / 依据 / 施行)", "a rule (rule / when / = / otherwise / basis / effective)")
    }
  }

  /// `规则 [标签] [例外于 标签] …` after the keyword.
  mutating func labelledRule(_ start: Int) throws(Failure) -> RuleDecl {
    var label: Name?
    if !at(.exceptionTo) && !at(.when) && !at(symbol: "=") && !at(.then) && kind != .newline {
      label = try self.label()
    }
    var exceptionTo: Name?
    if accept(.exceptionTo) {
      if case .identifier("to") = kind { _ = advance() }
      exceptionTo = try self.label()
    }
    _ = accept(symbol: ":")
    if kind == .newline {
      // Block form: the rule's parts on their own lines.
      _ = advance()
      guard kind == .indent else { throw expected("规则内容 (当 / 则)", "the rule's body (when / then)") }
      var items = RuleItems()
      try ruleBlock(&items, allowBody: true)
      guard let value = items.value else {
        throw fail(.expected(LocalizedText(zh: "「则」行", en: "a \"then\" line"), found: current.describe),
                   at: range(from: start))
      }
      return RuleDecl(label: label, exceptionTo: exceptionTo, condition: items.condition, value: value,
                      isOtherwise: false, basis: items.basis, period: items.period, range: range(from: start))
    }
    var condition: Expr?
    if accept(.when) { condition = try expression() }
    if !(accept(.then) || accept(symbol: "=")) { throw expected("「则」", "\"then\"") }
    return try ruleTail(start, label: label, exceptionTo: exceptionTo, condition: condition, period: nil)
  }

  /// The value, an optional trailing 依据, the line end and an optional block of 依据 / 施行.
  mutating func ruleTail(
    _ start: Int, label: Name?, exceptionTo: Name?, condition: Expr?, period: Period?
  ) throws(Failure) -> RuleDecl {
    let value = try expression()
    let inlineBasis = try trailingBasis()
    try expectNewline()
    var items = RuleItems()
    items.period = period
    if kind == .indent { try ruleBlock(&items) }
    return RuleDecl(label: label, exceptionTo: exceptionTo, condition: condition, value: value,
                    isOtherwise: false, basis: inlineBasis + items.basis, period: items.period,
                    range: range(from: start))
  }

  mutating func trailingBasis() throws(Failure) -> [Citation] {
    accept(.basis) ? try citations() : []
  }

  /// The parts of a rule written on their own lines.
  struct RuleItems {
    var condition: Expr?
    var value: Expr?
    var basis: [Citation] = []
    var period: Period?
  }

  mutating func ruleBlock(_ items: inout RuleItems, allowBody: Bool = false) throws(Failure) {
    guard kind == .indent else { return }
    _ = advance()
    while kind != .dedent && kind != .end {
      let before = pos
      do throws(Failure) {
        switch kind {
        case .newline: _ = advance()
        case .keyword(.basis):
          _ = advance()
          items.basis += try citations()
          try expectNewline()
        case .keyword(.effective):
          let at = current
          _ = advance()
          let p = try periodClause()
          if items.period != nil { throw fail(.duplicatePeriod(), at: range(at)) }
          items.period = p
          try expectNewline()
        case .keyword(.when) where allowBody:
          _ = advance()
          items.condition = try expression()
          try expectNewline()
        case .keyword(.then) where allowBody, .symbol("=") where allowBody:
          _ = advance()
          items.value = try expression()
          try expectNewline()
        default:
          throw allowBody
            ? expected("当 / 则 / 依据 / 施行", "when / then / basis / effective")
            : expected("依据 / 施行", "basis / effective")
        }
      } catch {
        synchronize()
      }
      if pos == before { _ = advance() }
    }
    if kind == .dedent { _ = advance() }
  }

  /// `2019-01-01 起 至 2023-12-31`, `from 2019-01-01 until 2023-12-31`.
  mutating func periodClause() throws(Failure) -> Period {
    let start = current.start
    _ = accept(.from)
    guard case .date(let from) = kind else { throw expected("日期", "a date") }
    _ = advance()
    _ = accept(.from)
    var until: CivilDate?
    if accept(.until) {
      guard case .date(let u) = kind else { throw expected("日期", "a date") }
      _ = advance()
      until = u
    }
    let r = range(from: start)
    if let u = until, u < from { throw fail(.badPeriod(), at: r) }
    return Period(from: from, until: until, range: r)
  }
}
