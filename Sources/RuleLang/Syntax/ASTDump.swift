/// A compact, canonical text of an expression, used to compare conditions and in tests:
/// `(and (<= 单体面积 2平方米) (<= 设置数量 3处))`.
extension Expr {
  /// The canonical dump.
  public var dump: String {
    switch kind {
    case .literal(let l): return l.dump
    case .name(let n): return n
    case .member(let e, let c): return "\(e).\(c)"
    case .unary(let op, let e): return "(\(op) \(e.dump))"
    case .binary(let op, let l, let r): return "(\(op) \(l.dump) \(r.dump))"
    case .ifThenElse(let c, let a, let b): return "(if \(c.dump) \(a.dump) \(b.dump))"
    case .call(let f, let args): return "(\(f.text)\(args.map { " " + $0.dump }.joined()))"
    case .inSet(let e, let set, let negated):
      return "(\(negated ? "not-in" : "in") \(e.dump) {\(set.map(\.dump).joined(separator: " "))})"
    case .error: return "<error>"
    }
  }
}

extension Literal {
  /// The canonical dump of a literal.
  public var dump: String {
    switch self {
    case .integer(let s), .decimal(let s): return s
    case .money(let s, let m): return m == 1 ? "\(s)元" : "\(s)万元"
    case .quantity(let s, let u): return "\(s)\(u.name)"
    case .percent(let s): return "\(s)%"
    case .multiple(let s): return "\(s)倍"
    case .duration(let s, let u): return "\(s)\(u == .days ? "日" : u == .months ? "个月" : "年")"
    case .date(let d): return d.description
    case .bool(let b): return b ? "真" : "假"
    case .text(let s): return "「\(s)」"
    }
  }
}
