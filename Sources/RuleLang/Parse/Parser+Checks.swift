/// `检查 名称 「说明」`: a procedural check and its fields.
extension Parser {
  mutating func check(_ start: Int) throws(Failure) -> CheckDecl {
    let name = try self.name()
    guard case .text(let title) = kind else { throw expected("检查的说明「…」", "the check's description 「…」") }
    _ = advance()
    try expectNewline()
    var basis: [Citation] = []
    var period: Period?
    var applies: Expr?
    var passes: Expr?
    var consequence: String?
    var deadline: Expr?
    var blocks = false
    var seen = Set<String>()
    try block { (p: inout Parser) throws(Failure) in
      if p.accept(.basis) {
        basis += try p.citations()
      } else if p.at(.effective) {
        try p.once("施行", &seen)
        _ = p.advance()
        period = try p.periodClause()
      } else if p.at(.consequence) {
        try p.once("后果", &seen)
        _ = p.advance()
        guard case .text(let t) = p.kind else { throw p.expected("后果的说明「…」", "the consequence's description 「…」") }
        _ = p.advance()
        consequence = t
      } else if let k = p.contextual, [.appliesTo, .passes, .deadline, .blocksDecision].contains(k) {
        try p.once(k.rawValue, &seen)
        _ = p.advance()
        switch k {
        case .appliesTo:
          try p.expect(.when)
          applies = try p.expression()
        case .passes:
          try p.expect(.when)
          passes = try p.expression()
        case .deadline:
          deadline = try p.expression()
        default:
          blocks = true
        }
      } else {
        throw p.expected("检查的字段 (依据 / 施行 / 适用 / 通过 / 后果 / 期限 / 阻止决定)",
                         "a check field (basis / effective / applies_to / passes / consequence / deadline / blocks_decision)")
      }
      try p.expectNewline()
    }
    guard let passes else { throw fail(.checkNeedsCondition(name.text), at: name.range) }
    return CheckDecl(name: name, title: title, basis: basis, period: period, applies: applies, passes: passes,
                     consequence: consequence, deadline: deadline, blocksDecision: blocks, range: range(from: start))
  }
}
