/// Lowers procedural checks (检查) into definitions: the result `名称` of the enumeration
/// 检查结果 — 不适用 unless 适用 holds, else 通过 or 不通过 (a missing fact leaves it
/// undetermined, which the engine reports as 无法判断) — and the date `名称·期限`.
extension Checker {
  /// The enumeration every check's result belongs to.
  static let checkResultType = "检查结果"

  mutating func lowerChecks(_ modules: [SourceModule]) -> [DefinitionDecl] {
    var lowered: [DefinitionDecl] = []
    for module in modules {
      for case .check(let c) in module.declarations {
        if c.basis.isEmpty { report(.checkNeedsBasis(c.name.text), c.name.range) }
        let r = c.range
        func word(_ w: String) -> Expr { Expr(.name(w), c.name.range) }
        let verdict = Expr(.ifThenElse(c.passes, word("通过"), word("不通过")), c.passes.range)
        let value = c.applies.map { Expr(.ifThenElse($0, verdict, word("不适用")), $0.range) } ?? verdict
        let label = Name(text: c.title, range: c.name.range)
        lowered.append(DefinitionDecl(
          kind: .consequence, name: c.name, type: TypeRef(name: Checker.checkResultType, range: c.name.range),
          basis: c.basis, period: c.period,
          rules: [RuleDecl(label: label, exceptionTo: nil, condition: nil, value: value, isOtherwise: false,
                           basis: [], period: nil, range: r)],
          range: r, recovered: false))
        if let deadline = c.deadline {
          lowered.append(DefinitionDecl(
            kind: .consequence, name: Name(text: LoweredName.checkDeadline(c.name.text), range: c.name.range),
            type: TypeRef(name: "日期", range: deadline.range), basis: c.basis, period: c.period,
            rules: [RuleDecl(label: label, exceptionTo: nil, condition: nil, value: deadline, isOtherwise: false,
                             basis: [], period: nil, range: deadline.range)],
            range: r, recovered: false))
        }
        pendingChecks.append(CheckInfo(name: c.name.text, title: c.title, basis: c.basis, period: c.period,
                                       consequence: c.consequence, hasDeadline: c.deadline != nil,
                                       blocksDecision: c.blocksDecision, range: c.name.range))
      }
    }
    return lowered
  }
}
