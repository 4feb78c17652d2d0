/// The trace of one decision as compact JSON, for batch output: one object per derivation in
/// the order they finished —
/// `{"name":…,"value":…,"rule":…,"at":"file:line:column","basis":[…],"reads":[…],"conditionFalse":[…]}`
/// with `"exceptionTo"`, `"concurring"` and `"boundary"` when they apply; `basis` and `reads`
/// are left out when empty. The rules that did not give the value are listed by why:
/// `"conditionFalse":[…]`, `"notEvaluated":[…]` (an exception to it applied), `"notInForce":[…]`. Written either from
/// the compiled path's records (no ``Value`` or ``Derivation`` is built) or from an
/// interpreter ``Trace``; what a rule says (name, place, citations) is rendered once and
/// reused. Both writers give the same bytes for the same decision (tested on the workload).
public final class CompactTrace {
  let compiled: CompiledProgram
  let language: Language
  let sources: [String: SourceFile]
  let definitionNames: [[UInt8]]
  let factNames: [[UInt8]]
  /// Per definition and rule: `,"rule":…,"at":…,"basis":[…]` when no other rule concurred.
  var ruleFragments: [[[UInt8]]] = []
  /// Per definition and rule: the rule's name in the considered list (label, 否则 or line).
  var consideredNames: [[[UInt8]]] = []
  var siteLocations: [Int: [UInt8]] = [:]
  /// The statuses listed, in this order (applied is the `rule` itself).
  static let statusesShown: [ConsideredRule.Status] = [.conditionFalse, .notEvaluated, .notInForce, .overridden]
  /// `,"conditionFalse":[` … by status code.
  let statusKeys: [[UInt8]] = (0...4).map { Array(",\"\(ConsideredRule.Status(code: Int64($0)).rawValue)\":[".utf8) }

  /// A writer for a compiled program; the sources give line and column numbers.
  public init(_ compiled: CompiledProgram, sources: [SourceFile], language: Language) {
    self.compiled = compiled
    self.language = language
    var map: [String: SourceFile] = [:]
    for s in sources { map[s.path] = s }
    self.sources = map
    let program = compiled.program
    definitionNames = program.definitions.map { Self.quoted($0.name) }
    factNames = program.facts.map { Self.quoted($0.name) }
    ruleFragments = program.definitions.map { d in d.rules.indices.map { fragment(AppliedRule(d, rule: $0, concurring: [])) } }
    consideredNames = program.definitions.map { d in
      d.rules.map { r in
        r.label.map(Self.quoted) ?? (r.isOtherwise ? Self.quoted(language == .zh ? "否则" : "otherwise") : lineName(r.range))
      }
    }
  }

  static func quoted(_ s: String) -> [UInt8] {
    var out: [UInt8] = []
    OutputJSON.append(string: s, into: &out)
    return out
  }

  /// Writes `,"trace":[…]` for the case last evaluated in `frame` (compiled with tracing).
  public func write(frame f: Frame, into out: inout [UInt8]) {
    let program = compiled.program
    out.append(contentsOf: #","trace":["#.utf8)
    for (n, r) in f.records.enumerated() {
      if n > 0 { out.append(0x2C) }
      let d = program.definitions[r.definition]
      out.append(contentsOf: #"{"name":"#.utf8)
      out.append(contentsOf: definitionNames[r.definition])
      out.append(contentsOf: #","value":"#.utf8)
      OutputJSON.append(f.values[r.definition], type: d.type, compiled: compiled, frame: f, into: &out)
      let events = f.finished[r.start..<(r.start + r.count)]
      if events.contains(where: { $0.kind == .concurring }) {
        let concurring = events.filter { $0.kind == .concurring }.map { Int($0.index) }
        out.append(contentsOf: fragment(AppliedRule(d, rule: r.rule, concurring: concurring)))
      } else {
        out.append(contentsOf: ruleFragments[r.definition][r.rule])
      }
      var first = true
      for e in events where e.isRead {
        out.append(contentsOf: first ? #","reads":["#.utf8 : #","#.utf8)
        first = false
        switch e.kind {
        case .fact: out.append(contentsOf: factNames[Int(e.index)])
        case .definition: out.append(contentsOf: definitionNames[Int(e.index)])
        default: OutputJSON.append(string: "评价日期", into: &out)
        }
      }
      if !first { out.append(0x5D) }
      // The rules that did not give the value, grouped by why (the one that did is "rule").
      for status in Self.statusesShown {
        first = true
        for e in events where e.kind == .considered && e.value.a == status.code {
          if first { out.append(contentsOf: statusKeys[Int(status.code)]) } else { out.append(0x2C) }
          first = false
          out.append(contentsOf: consideredNames[r.definition][Int(e.index)])
        }
        if !first { out.append(0x5D) }
      }
      first = true
      for e in events where e.kind == .boundary {
        out.append(contentsOf: first ? #","boundary":[{"at":"#.utf8 : #",{"at":"#.utf8)
        first = false
        let site = Int(e.index)
        if siteLocations[site] == nil { siteLocations[site] = Self.quoted(location(compiled.boundarySites.ranges[site])) }
        out.append(contentsOf: siteLocations[site]!)
        out.append(contentsOf: #","value":"#.utf8)
        OutputJSON.append(e.value, type: compiled.boundarySites.types[site], compiled: compiled, frame: f, into: &out)
        out.append(0x7D)
      }
      if !first { out.append(0x5D) }
      out.append(0x7D)
    }
    out.append(0x5D)
  }

  /// Writes `,"trace":[…]` for an interpreter trace.
  public func write(_ trace: Trace, into out: inout [UInt8]) {
    let program = compiled.program
    out.append(contentsOf: #","trace":["#.utf8)
    for (n, d) in trace.derivations.enumerated() {
      if n > 0 { out.append(0x2C) }
      let index = program.definitionIndex[d.name]
      out.append(contentsOf: #"{"name":"#.utf8)
      OutputJSON.append(string: d.name, into: &out)
      out.append(contentsOf: #","value":"#.utf8)
      if let v = d.outcome.value { OutputJSON.append(v, into: &out) } else { out.append(contentsOf: "null".utf8) }
      if let rule = d.rule {
        if rule.concurring.isEmpty, let i = index,
          let k = program.definitions[i].rules.firstIndex(where: { $0.range == rule.range })
        {
          out.append(contentsOf: ruleFragments[i][k])
        } else {
          out.append(contentsOf: fragment(rule))
        }
      }
      for (i, r) in d.reads.enumerated() {
        out.append(contentsOf: i == 0 ? #","reads":["#.utf8 : #","#.utf8)
        OutputJSON.append(string: r.name, into: &out)
      }
      if !d.reads.isEmpty { out.append(0x5D) }
      for status in Self.statusesShown {
        var first = true
        for c in d.considered where c.status == status {
          if first { out.append(contentsOf: statusKeys[Int(status.code)]) } else { out.append(0x2C) }
          first = false
          if let i = index, let k = program.definitions[i].rules.firstIndex(where: { $0.range == c.range }) {
            out.append(contentsOf: consideredNames[i][k])
          } else {
            out.append(contentsOf: c.label.map(Self.quoted) ?? lineName(c.range))
          }
        }
        if !first { out.append(0x5D) }
      }
      for (i, h) in d.boundaryHits.enumerated() {
        out.append(contentsOf: i == 0 ? #","boundary":[{"at":"#.utf8 : #",{"at":"#.utf8)
        OutputJSON.append(string: location(h.range), into: &out)
        out.append(contentsOf: #","value":"#.utf8)
        OutputJSON.append(h.value, into: &out)
        out.append(0x7D)
      }
      if !d.boundaryHits.isEmpty { out.append(0x5D) }
      out.append(0x7D)
    }
    out.append(0x5D)
  }

  /// `,"rule":…,"at":…,"basis":[…]` (+ exceptionTo, concurring).
  func fragment(_ r: AppliedRule) -> [UInt8] {
    var bytes: [UInt8] = Array(#","rule":"#.utf8)
    if let label = r.label {
      OutputJSON.append(string: label, into: &bytes)
    } else if r.isOtherwise {
      OutputJSON.append(string: language == .zh ? "否则" : "otherwise", into: &bytes)
    } else {
      bytes.append(contentsOf: lineName(r.range))
    }
    bytes.append(contentsOf: #","at":"#.utf8)
    OutputJSON.append(string: location(r.range), into: &bytes)
    if let e = r.exceptionTo {
      bytes.append(contentsOf: #","exceptionTo":"#.utf8)
      OutputJSON.append(string: e, into: &bytes)
    }
    for (i, c) in r.citations.enumerated() {
      bytes.append(contentsOf: i == 0 ? #","basis":["#.utf8 : #","#.utf8)
      OutputJSON.append(string: c.text, into: &bytes)
    }
    if !r.citations.isEmpty { bytes.append(0x5D) }
    if !r.concurring.isEmpty {
      bytes.append(contentsOf: #","concurring":["#.utf8)
      for (i, c) in r.concurring.enumerated() {
        if i > 0 { bytes.append(0x2C) }
        OutputJSON.append(string: c, into: &bytes)
      }
      bytes.append(0x5D)
    }
    return bytes
  }

  func lineName(_ range: SourceRange) -> [UInt8] {
    let line = sources[range.file]?.line(of: range.start) ?? 0
    return Self.quoted(language == .zh ? "第\(line)行" : "line \(line)")
  }

  func location(_ r: SourceRange) -> String {
    guard let f = sources[r.file] else { return r.file }
    let p = f.position(r.start)
    return "\(r.file):\(p.line):\(p.column)"
  }
}
