/// Renders derivations from a ``Trace`` as text for people or as JSON. A rendering of the
/// evaluator's trace, never a second computation.
public struct TraceRenderer: Sendable {
  /// Output language.
  public let language: Language
  let sources: [String: SourceFile]
  let diagnostics: DiagnosticRenderer

  /// Creates a renderer; the sources give line and column numbers.
  public init(language: Language, sources: [SourceFile]) {
    self.language = language
    var map: [String: SourceFile] = [:]
    for s in sources { map[s.path] = s }
    self.sources = map
    self.diagnostics = DiagnosticRenderer(language: language, sources: sources)
  }

  private var zh: Bool { language == .zh }

  /// `file:line:column` of a range.
  public func location(_ r: SourceRange) -> String {
    guard let f = sources[r.file] else { return r.file }
    let p = f.position(r.start)
    return "\(r.file):\(p.line):\(p.column)"
  }

  func ruleName(_ label: String?, otherwise: Bool, range: SourceRange) -> String {
    if let label { return zh ? "「\(label)」" : "\"\(label)\"" }
    if otherwise { return zh ? "否则" : "otherwise" }
    let line = sources[range.file]?.line(of: range.start) ?? 0
    return zh ? "第\(line)行" : "line \(line)"
  }

  /// One derivation as an indented block of text.
  public func text(_ d: Derivation) -> String {
    var out = ""
    switch d.outcome {
    case .value(let v): out += "\(d.name) = \(v.text(language))\n"
    case .error(let e):
      out += "\(d.name) = \(zh ? "无法确定" : "undetermined")\n"
      out += "  \(e.diagnostic.code): \(e.diagnostic.message.text(language))"
      if let r = e.diagnostic.range { out += " (\(location(r)))" }
      out += "\n"
      if let hint = e.diagnostic.hint { out += "  \(zh ? "提示" : "hint"): \(hint.text(language))\n" }
    }
    if let rule = d.rule {
      out += "  \(zh ? "规则" : "rule") \(ruleName(rule.label, otherwise: rule.isOtherwise, range: rule.range)) (\(location(rule.range)))"
      if let parent = rule.exceptionTo {
        out += zh ? ", 作为「\(parent)」的例外" : ", as an exception to \"\(parent)\""
      }
      out += "\n"
      if !rule.citations.isEmpty {
        out += "  \(zh ? "依据" : "basis") \(rule.citations.map(\.text).joined(separator: zh ? "；" : "; "))\n"
      }
      if let p = rule.period { out += "  \(zh ? "施行" : "in force") \(p.text(language))\n" }
      if !rule.concurring.isEmpty {
        out += "  \(zh ? "同时适用" : "also applied") \(rule.concurring.map { zh ? "「\($0)」" : "\"\($0)\"" }.joined(separator: zh ? "、" : ", "))\n"
      }
    }
    for hit in d.boundaryHits {
      out += zh
        ? "  边界 比较两边相等 (\(hit.value.text(language)), \(location(hit.range))): 请审核人员注意\n"
        : "  boundary: both sides equal (\(hit.value.text(language)), \(location(hit.range))): for the reviewer\n"
    }
    if !d.reads.isEmpty { out += "  \(zh ? "读取" : "read") \(text(reads: d.reads))\n" }
    let notApplied = d.considered.filter { $0.status == .conditionFalse || $0.status == .notInForce }
    if !notApplied.isEmpty {
      let items = notApplied.map { c in
        let why = c.status == .notInForce ? (zh ? "不在施行期间" : "not in force") : (zh ? "条件不成立" : "condition false")
        return "\(ruleName(c.label, otherwise: false, range: c.range)) \(why)"
      }
      out += "  \(zh ? "未适用" : "not applied") \(items.joined(separator: zh ? "；" : "; "))\n"
    }
    return out
  }

  /// What a derivation read, on one line: `单体面积 = 5平方米 (事实)；…`.
  public func text(reads: [Read]) -> String {
    reads.map { r -> String in
      let value = r.value?.text(language) ?? (zh ? "缺失" : "missing")
      let source: String
      switch r.source {
      case .fact: source = zh ? "事实" : "fact"
      case .definition: source = zh ? "定义" : "definition"
      case .evaluationDate: source = zh ? "评价日期" : "evaluation date"
      }
      return "\(r.name) = \(value) (\(source))"
    }.joined(separator: zh ? "；" : "; ")
  }

  /// A read as JSON.
  public func json(_ r: Read) -> JSONValue {
    .object([("name", .string(r.name)), ("source", .string(r.source.rawValue)), ("value", r.value?.json ?? .null)])
  }

  /// A value and, below it, the derivations it depends on.
  public func text(chainOf name: String, in trace: Trace) -> String {
    trace.chain(of: name).map { text($0) }.joined(separator: "\n")
  }

  /// One derivation as JSON.
  public func json(_ d: Derivation) -> JSONValue {
    var o: [(String, JSONValue)] = [("name", .string(d.name)), ("kind", .string(d.kind.rawValue))]
    switch d.outcome {
    case .value(let v):
      o += [("value", v.json), ("display", .string(v.text(language)))]
    case .error(let e):
      o += [("value", .null), ("error", diagnostics.json(e.diagnostic))]
      if !e.missingFacts.isEmpty { o.append(("missingFacts", .array(e.missingFacts.map { .string($0) }))) }
    }
    if let rule = d.rule {
      var r: [(String, JSONValue)] = []
      if let l = rule.label { r.append(("label", .string(l))) }
      if rule.isOtherwise { r.append(("otherwise", .bool(true))) }
      if let p = rule.exceptionTo { r.append(("exceptionTo", .string(p))) }
      r += positionJSON(rule.range)
      r.append(("citations", .array(rule.citations.map { citationJSON($0) })))
      if !rule.concurring.isEmpty { r.append(("concurring", .array(rule.concurring.map { .string($0) }))) }
      if let p = rule.period {
        r.append(("period", .object([("from", .string(p.from.description)),
                                     ("until", p.until.map { .string($0.description) } ?? .null)])))
      }
      o.append(("rule", .object(r)))
    }
    o.append(("reads", .array(d.reads.map { json($0) })))
    if !d.boundaryHits.isEmpty {
      o.append(("boundaryHits", .array(d.boundaryHits.map { h in .object([("value", h.value.json)] + positionJSON(h.range)) })))
    }
    o.append(("considered", .array(d.considered.map { c in
      var x: [(String, JSONValue)] = []
      if let l = c.label { x.append(("label", .string(l))) }
      x.append(("status", .string(c.status.rawValue)))
      return .object(x + positionJSON(c.range))
    })))
    return .object(o)
  }

  func positionJSON(_ r: SourceRange) -> [(String, JSONValue)] {
    var o: [(String, JSONValue)] = [("file", .string(r.file))]
    if let f = sources[r.file] {
      let p = f.position(r.start)
      o += [("line", .number(String(p.line))), ("column", .number(String(p.column)))]
    }
    return o
  }

  /// A citation as JSON: canonical text, title and parts.
  public func citationJSON(_ c: Citation) -> JSONValue {
    .object([
      ("text", .string(c.text)), ("title", .string(c.title)),
      ("parts", .array(c.parts.map { p in
        var x: [(String, JSONValue)] = [("level", .string(p.level.rawValue)), ("number", .number(String(p.number)))]
        if let s = p.sub { x.append(("sub", .number(String(s)))) }
        return .object(x)
      })),
    ])
  }
}
