/// 违法行为, 基准 and 情节 declarations. Their computable parts are also lowered into
/// ordinary definitions (see ``DomainLowering``) so the interpreter evaluates and traces them.
extension Parser {
  /// The contextual keyword at the current token, if any.
  var contextual: ContextualKeyword? {
    if case .identifier(let w) = kind { return ContextualKeyword.bySpelling[w] }
    return nil
  }

  /// A code such as `CG-DL-042`: adjacent names, numbers, `-` and `.` with no space between.
  mutating func code() throws(Failure) -> Name {
    let first = current
    switch first.kind {
    case .identifier, .number: break
    case .text(let s):
      _ = advance()
      return Name(text: s, range: range(first))
    default: throw expected("违法行为编码", "a violation code")
    }
    _ = advance()
    var end = first.end
    scan: while current.start == end {
      switch kind {
      case .identifier, .number, .symbol("-"), .symbol("."): end = advance().end
      default: break scan
      }
    }
    let r = SourceRange(file: file.path, start: first.start, end: end)
    return Name(text: file.slice(first.start, end), range: r)
  }

  /// `情节 名称 「说明」`: a Bool fact the case claims with evidence.
  mutating func circumstance(_ start: Int) throws(Failure) -> FactDecl {
    let n = try name()
    var description: String?
    if case .text(let s) = kind {
      description = s
      _ = advance()
    }
    try expectNewline()
    var f = FactDecl(name: n, type: TypeRef(name: "布尔", range: n.range), description: description, range: range(from: start))
    f.isCircumstance = true
    return f
  }

  /// A comma-separated list of names or texts.
  mutating func nameList() throws(Failure) -> [Name] {
    var names = [try label()]
    while accept(symbol: ",") { names.append(try label()) }
    return names
  }

  /// `违法行为 CODE 「名称」` and its indented fields.
  mutating func violation(_ start: Int) throws(Failure) -> ViolationDecl {
    let code = try self.code()
    guard case .text(let title) = kind else { throw expected("违法行为名称「…」", "the violation's name 「…」") }
    _ = advance()
    try expectNewline()
    var domain: String?
    var violates: [Citation] = []
    var basis: [Citation] = []
    var parties: [Name] = []
    var sanctions: [Name] = []
    var period: Period?
    var fines: [StatutoryFine] = []
    var transfer: (Expr, [Citation])?
    var conflicts: [Citation] = []
    var conditional: [ConditionalSanction] = []
    var seen = Set<String>()
    try block { (p: inout Parser) throws(Failure) in
      let lineStart = p.current.start
      if p.at(.effective) {
        try p.once("施行", &seen)
        _ = p.advance()
        period = try p.periodClause()
      } else if let k = p.contextual {
        if [.domain, .parties, .sanctions].contains(k) { try p.once(k.rawValue, &seen) }
        _ = p.advance()
        switch k {
        case .domain: domain = try p.label().text
        case .violates: violates += try p.citations()
        case .penaltyBasis: basis += try p.citations()
        case .parties: parties = try p.nameList()
        case .sanctions: sanctions = try p.nameList()
        case .statutoryFine: fines.append(try p.statutoryFine(lineStart))
        case .conflictsWith: conflicts += try p.citations()
        case .additional:
          let sanction = try p.name()
          try p.expect(.when)
          let condition = try p.expression()
          conditional.append(ConditionalSanction(sanction: sanction, condition: condition, range: p.range(from: lineStart)))
        case .transfer:
          try p.expect(.when)
          let condition = try p.expression()
          try p.expect(.basis)
          transfer = (condition, try p.citations())
        default: throw p.expected("违法行为的字段", "a violation field")
        }
      } else {
        throw p.expected("违法行为的字段 (领域 / 违反 / 处罚依据 / 当事人 / 处罚种类 / 并处 / 施行 / 法定罚款 / 移送 / 上位法冲突)",
                         "a violation field (domain / violates / penalty_basis / parties / sanctions / additionally / effective / statutory_fine / transfer / conflicts_with)")
      }
      try p.expectNewline()
    }
    return ViolationDecl(code: code, title: title, domain: domain, violates: violates, penaltyBasis: basis,
                         parties: parties, sanctions: sanctions, period: period, fines: fines,
                         transfer: transfer.map { (condition: $0.0, basis: $0.1) }, conditionalSanctions: conditional, conflicts: conflicts,
                         range: range(from: start))
  }

  /// `[个人|单位] [当 条件 则] [A] 至 B`.
  mutating func statutoryFine(_ start: Int) throws(Failure) -> StatutoryFine {
    var party: Name?
    if case .identifier(let w) = kind, ["个人", "单位", "individual", "organization"].contains(w) {
      party = try name()
    }
    var condition: Expr?
    if accept(.when) {
      condition = try expression()
      try expect(.then)
    }
    var minimum: Expr?
    if !at(.until) { minimum = try expression() }
    try expect(.until)
    let maximum = try expression()
    return StatutoryFine(party: party, condition: condition, minimum: minimum, maximum: maximum, range: range(from: start))
  }

  /// `基准 「名称」 适用 CODE` and its indented fields and tier rows.
  mutating func standard(_ start: Int) throws(Failure) -> StandardDecl {
    let name = try label()
    guard contextual == .appliesTo else { throw expected("「适用」", "\"applies_to\"") }
    _ = advance()
    let code = try self.code()
    try expectNewline()
    var basis: [Citation] = []
    var period: Period?
    var inclusive = true
    var banding: BandingRule?
    var amount: AmountChoice?
    var mixed: Name?
    var mitigating: [Name] = []
    var aggravating: [Name] = []
    var rows: [TierRow] = []
    var seen = Set<String>()
    try block { (p: inout Parser) throws(Failure) in
      let lineStart = p.current.start
      if p.at(.effective) {
        try p.once("施行", &seen)
        _ = p.advance()
        period = try p.periodClause()
      } else if p.at(.basis) {
        _ = p.advance()
        basis += try p.citations()
      } else if let k = p.contextual {
        if [.boundary, .banding, .amount, .mixed].contains(k) { try p.once(k.rawValue, &seen) }
        let keywordToken = p.advance()
        switch k {
        case .boundary:
          guard let v = p.contextual, v == .inclusive || v == .exclusive else { throw p.expected("含本数 或 不含本数", "inclusive or exclusive") }
          _ = p.advance()
          inclusive = v == .inclusive
        case .banding:
          let word = try p.label()
          guard let b = BandingRule(rawValue: word.text) ?? BandingRule.allCases.first(where: { "\($0)" == word.text }) else {
            throw p.fail(.expected(LocalizedText(zh: "幅度规则 (三七分 / 中值分 / 最高额比例 / 按阶次)", en: "a banding rule (三七分 / 中值分 / 最高额比例 / 按阶次)"),
                                   found: ("「\(word.text)」", "\"\(word.text)\"")), at: word.range)
          }
          banding = b
        case .amount:
          let word = try p.label()
          guard let a = AmountChoice(rawValue: word.text) else {
            throw p.fail(.expected(LocalizedText(zh: "取值方法 (下限 / 中值 / 上限)", en: "an amount choice (下限 / 中值 / 上限)"),
                                   found: ("「\(word.text)」", "\"\(word.text)\"")), at: word.range)
          }
          amount = a
        case .mixed: mixed = try p.label()
        case .mitigating: mitigating += try p.nameList()
        case .aggravating: aggravating += try p.nameList()
        case .tier: rows.append(try p.tierRow(lineStart))
        default:
          throw p.fail(.expected(LocalizedText(zh: "基准的字段", en: "a standard field"), found: (
            "「\(p.file.slice(keywordToken.start, keywordToken.end))」", "\"\(p.file.slice(keywordToken.start, keywordToken.end))\"")),
            at: p.range(keywordToken))
        }
      } else {
        throw p.expected("基准的字段 (依据 / 施行 / 边界 / 幅度 / 取值 / 从轻情节 / 从重情节 / 竞合 / 阶次)",
                         "a standard field (basis / effective / boundary / banding / amount / mitigating / aggravating / mixed / tier)")
      }
      try p.expectNewline()
    }
    return StandardDecl(name: name, code: code, basis: basis, period: period, boundaryInclusive: inclusive,
                        banding: banding, amount: amount, mixedRule: mixed, mitigating: mitigating,
                        aggravating: aggravating, rows: rows, range: range(from: start))
  }

  /// `阶次 TIER 「标签」 [当 条件] [罚款 A [至 B]] [依据 …]`.
  mutating func tierRow(_ start: Int) throws(Failure) -> TierRow {
    let tier = try name()
    var label = tier
    if case .text(let s) = kind {
      label = Name(text: s, range: range(current))
      _ = advance()
    }
    var condition: Expr?
    if accept(.when) { condition = try expression() }
    var minimum: Expr?
    var maximum: Expr?
    var fixed = false
    if contextual == .fine {
      _ = advance()
      if accept(.until) {
        maximum = try expression()
      } else {
        let first = try expression()
        if accept(.until) {
          minimum = first
          maximum = try expression()
        } else {
          maximum = first
          fixed = true
        }
      }
    }
    let basis = try trailingBasis()
    return TierRow(tier: tier, label: label, condition: condition, minimum: minimum, maximum: maximum,
                   fixed: fixed, basis: basis, range: range(from: start))
  }

  /// Refuses a second line of a field that holds one value (施行, 边界, 幅度 …): the second
  /// would silently replace the first.
  mutating func once(_ field: String, _ seen: inout Set<String>) throws(Failure) {
    if seen.contains(field) {
      let word = file.slice(current.start, current.end)
      throw fail(.duplicateField(word), at: range(current))
    }
    seen.insert(field)
  }

  /// Parses an indented block line by line, recovering from a broken line.
  mutating func block(_ line: (inout Parser) throws(Failure) -> Void) throws(Failure) {
    guard kind == .indent else { return }
    _ = advance()
    while kind != .dedent && kind != .end {
      let before = pos
      if kind == .newline {
        _ = advance()
        continue
      }
      do throws(Failure) {
        try line(&self)
      } catch {
        synchronize()
      }
      if pos == before { _ = advance() }
    }
    if kind == .dedent { _ = advance() }
  }
}
