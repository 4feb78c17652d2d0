/// Renders test results and coverage as text for people or as JSON. The last line of the
/// text is always the summary `通过 N, 失败 M` / `N passed, M failed` (tests that could not
/// run count as failed, and are also counted on the line above).
public struct TestReportRenderer {
  /// Output language.
  public let language: Language
  let traces: TraceRenderer
  let diagnostics: DiagnosticRenderer

  /// Creates a renderer; the sources give line and column numbers.
  public init(language: Language, sources: [SourceFile]) {
    self.language = language
    self.traces = TraceRenderer(language: language, sources: sources)
    self.diagnostics = DiagnosticRenderer(language: language, sources: sources)
  }

  private var zh: Bool { language == .zh }

  /// The report as text. `threshold` (percent) is shown with the coverage when given.
  public func text(_ results: [TestResult], coverage: TestCoverage? = nil, threshold: Double? = nil) -> String {
    var out = ""
    for r in results { out += text(r) }
    if let coverage { out += "\n" + text(coverage, threshold: threshold) }
    let failed = results.filter { !$0.passed }.count
    let errors = results.filter { if case .error = $0.status { true } else { false } }.count
    out += "\n"
    if errors > 0 { out += zh ? "其中 \(errors) 个测试无法运行\n" : "\(errors) of them could not run\n" }
    out += zh ? "通过 \(results.count - failed), 失败 \(failed)\n" : "\(results.count - failed) passed, \(failed) failed\n"
    return out
  }

  /// One test's result.
  public func text(_ r: TestResult) -> String {
    let place = traces.location(r.test.range)
    switch r.status {
    case .passed:
      return "\(zh ? "通过" : "PASS")  \(r.test.name)\n"
    case .error(let d):
      var out = "\(zh ? "出错" : "ERROR")  \(r.test.name) (\(place))\n"
      out += "  \(d.code): \(d.message.text(language))\n"
      if let hint = d.hint { out += "  \(zh ? "提示" : "hint"): \(hint.text(language))\n" }
      return out
    case .failed(let failures):
      var out = "\(zh ? "失败" : "FAIL")  \(r.test.name) (\(place))\n"
      var line: SourceRange?
      for f in failures {
        if line != f.expectation.range {
          line = f.expectation.range
          out += "  \(zh ? "期望" : "expect") \(f.expectation.definition) (\(traces.location(f.expectation.range)))\n"
        }
        let aspect = switch (f.aspect, zh) {
        case (.value, true): "值"
        case (.value, false): "value"
        case (.rule, true): "规则"
        case (.rule, false): "rule"
        case (.citation, true): "依据"
        case (.citation, false): "basis"
        }
        out += zh
          ? "    \(aspect): 期望 \(f.expected.zh), 实为 \(f.actual.zh)"
          : "    \(aspect): expected \(f.expected.en), got \(f.actual.en)"
        if f.aspect != .value, let rule = f.rule { out += " (\(traces.location(rule.range)))" }
        out += "\n"
      }
      return out
    }
  }

  /// `92.3%`: rounded down to one decimal, so that a figure shown never exceeds the real one.
  public static func percent(_ c: TestCoverage) -> String {
    guard c.total > 0 else { return "100.0%" }
    let tenths = c.covered * 1000 / c.total
    return "\(tenths / 10).\(tenths % 10)%"
  }

  func kindName(_ k: TestCoverage.Kind) -> String {
    switch (k, zh) {
    case (.tierRow, true): "阶次"
    case (.tierRow, false): "tier row"
    case (.exception, true): "例外"
    case (.exception, false): "exception"
    case (.otherwise, true): "否则"
    case (.otherwise, false): "otherwise"
    case (.consequenceRule, true): "后果规则"
    case (.consequenceRule, false): "consequence rule"
    }
  }

  /// The coverage: per standard, per kind of branch, what no test reaches, and the total.
  public func text(_ c: TestCoverage, threshold: Double? = nil) -> String {
    var out = zh ? "覆盖率 (测试适用过的阶次、例外、否则和后果规则)\n" : "coverage (tier rows, exceptions, otherwise rules and consequence rules a test applied)\n"
    for (name, rows) in c.standards {
      out += "  \(zh ? "基准" : "standard") \(name)  \(rows.filter(\.covered).count)/\(rows.count)\n"
    }
    for kind in [TestCoverage.Kind.exception, .otherwise, .consequenceRule] {
      let list = c.targets.filter { $0.kind == kind }
      guard !list.isEmpty else { continue }
      out += "  \(kindName(kind))  \(list.filter(\.covered).count)/\(list.count)\n"
    }
    let missed = c.targets.filter { !$0.covered }
    if !missed.isEmpty {
      out += zh ? "  未覆盖:\n" : "  not reached:\n"
      for t in missed {
        let rule = t.label.map { zh ? "「\($0)」" : "\"\($0)\"" } ?? (t.kind == .otherwise ? (zh ? "否则" : "otherwise") : "")
        out += "    \(traces.location(t.range))  \(t.definition) \(rule) (\(kindName(t.kind)))\n"
      }
    }
    out += zh
      ? "  总覆盖率 \(Self.percent(c)) (\(c.covered)/\(c.total))\n"
      : "  total \(Self.percent(c)) (\(c.covered)/\(c.total))\n"
    if let threshold, !c.meets(threshold) {
      let t = Self.number(threshold)
      out += zh ? "  低于要求的 \(t)%\n" : "  below the required \(t)%\n"
    }
    return out
  }

  static func number(_ d: Double) -> String {
    d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
  }

  /// The report as JSON: every test with its status and failures, the counts and, when
  /// given, the coverage.
  public func json(_ results: [TestResult], coverage: TestCoverage? = nil, threshold: Double? = nil) -> JSONValue {
    let failed = results.filter { !$0.passed }.count
    let errors = results.filter { if case .error = $0.status { true } else { false } }.count
    var o: [(String, JSONValue)] = [
      ("tests", .array(results.map { json($0) })),
      ("passed", .number(String(results.count - failed))),
      ("failed", .number(String(failed))),
      ("errors", .number(String(errors))),
    ]
    if let coverage { o.append(("coverage", json(coverage, threshold: threshold))) }
    return .object(o)
  }

  /// One result as JSON.
  public func json(_ r: TestResult) -> JSONValue {
    var o: [(String, JSONValue)] = [("name", .string(r.test.name))] + traces.positionJSON(r.test.range)
    switch r.status {
    case .passed: o.append(("status", .string("passed")))
    case .error(let d): o += [("status", .string("error")), ("error", diagnostics.json(d))]
    case .failed(let failures):
      o.append(("status", .string("failed")))
      o.append(("failures", .array(failures.map { f in
        var x: [(String, JSONValue)] = [("definition", .string(f.expectation.definition))]
        x += traces.positionJSON(f.expectation.range)
        x += [("aspect", .string(f.aspect.rawValue)), ("expected", .string(f.expected.text(language))),
              ("actual", .string(f.actual.text(language)))]
        return .object(x)
      })))
    }
    return .object(o)
  }

  /// Coverage as JSON.
  public func json(_ c: TestCoverage, threshold: Double? = nil) -> JSONValue {
    func target(_ t: TestCoverage.Target) -> JSONValue {
      var x: [(String, JSONValue)] = [("kind", .string(t.kind.rawValue)), ("definition", .string(t.definition))]
      if let l = t.label { x.append(("label", .string(l))) }
      x += traces.positionJSON(t.range)
      x.append(("covered", .bool(t.covered)))
      return .object(x)
    }
    var o: [(String, JSONValue)] = [
      ("percentage", .string(String(Self.percent(c).dropLast()))),
      ("covered", .number(String(c.covered))),
      ("total", .number(String(c.total))),
    ]
    if let threshold { o += [("threshold", .string(Self.number(threshold))), ("meetsThreshold", .bool(c.meets(threshold)))] }
    o.append(("standards", .array(c.standards.map { s in
      .object([("name", .string(s.name)), ("covered", .number(String(s.rows.filter(\.covered).count))),
               ("total", .number(String(s.rows.count))), ("rows", .array(s.rows.map(target)))])
    })))
    o.append(("targets", .array(c.targets.filter { $0.kind != .tierRow }.map(target))))
    return .object(o)
  }
}
