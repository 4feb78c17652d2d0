import Foundation

/// Evaluates definitions of a checked program against facts on an evaluation date, with
/// default logic: exceptions before the rules they except; two applicable rules with no
/// priority between them is a conflict (an error value, never a silent pick).
///
/// Values are memoised per evaluation; runtime problems become ``Outcome/error`` values
/// with a source location.
public struct Interpreter {
  /// The program.
  public let program: CheckedProgram
  /// The facts.
  public let facts: FactSet
  /// The date whose law applies (selects rule versions by 施行 period).
  public let date: CivilDate
  /// Whether to record a ``Trace``.
  public let tracing: Bool

  var memo: [Outcome?]
  /// The trace so far.
  public private(set) var trace = Trace()
  var readStack: [[Read]] = []
  var boundaryStack: [[BoundaryHit]] = []
  var concurring: [Int] = []
  var depth = 0
  /// The deepest nesting of definitions evaluated through each other (R010 beyond it).
  public static let maximumDepth = 100

  /// Creates an evaluation.
  public init(program: CheckedProgram, facts: FactSet, date: CivilDate, tracing: Bool = true) {
    self.program = program
    self.facts = facts
    self.date = date
    self.tracing = tracing
    self.memo = Array(repeating: nil, count: program.definitions.count)
  }

  /// The value of a definition by name, or nil when the program has no such definition.
  public mutating func evaluate(_ name: String) -> Outcome? {
    guard let i = program.definitionIndex[name] else { return nil }
    return definition(i)
  }

  mutating func recordBoundary(_ hit: BoundaryHit) {
    guard tracing, !boundaryStack.isEmpty else { return }
    boundaryStack[boundaryStack.count - 1].append(hit)
  }

  mutating func record(_ read: Read) {
    guard tracing, !readStack.isEmpty else { return }
    readStack[readStack.count - 1].append(read)
  }

  /// The memoised value of definition `i`.
  mutating func definition(_ i: Int) -> Outcome {
    if let done = memo[i] {
      record(Read(name: program.definitions[i].name, source: .definition, value: done.value))
      return done
    }
    if depth >= Interpreter.maximumDepth {
      // Not memoised: the same definition reached by a shorter path may still succeed.
      let d = program.definitions[i]
      return .error(EvalError(.evaluationTooDeep(d.name, Interpreter.maximumDepth), at: d.range))
    }
    depth += 1
    defer { depth -= 1 }
    if tracing {
      readStack.append([])
      boundaryStack.append([])
    }
    let outerConcurring = concurring
    concurring = []
    defer { concurring = outerConcurring }
    var considered: [ConsideredRule] = []
    let d = program.definitions[i]
    let result: Outcome
    var applied: AppliedRule?
    do {
      let (value, k) = try decide(d, &considered)
      applied = AppliedRule(d, rule: k, concurring: concurring)
      result = .value(value)
    } catch {
      result = .error(error)
    }
    memo[i] = result
    if tracing {
      let reads = readStack.removeLast()
      let hits = boundaryStack.removeLast()
      trace.append(Derivation(name: d.name, kind: d.kind, outcome: result, rule: applied, reads: Read.unique(reads),
                              considered: considered, boundaryHits: hits))
    }
    record(Read(name: d.name, source: .definition, value: result.value))
    return result
  }

  /// The value and the index of the deciding rule.
  mutating func decide(_ d: DefinitionInfo, _ considered: inout [ConsideredRule]) throws(EvalError) -> (Value, Int) {
    var found: [(Value, Int)] = []
    for root in d.roots {
      if let r = try rule(root, d, &considered) { found.append(r) }
    }
    if found.count > 1 { try agree(found, d) }
    if let only = found.first { return only }
    if let k = d.otherwise {
      let rule = d.rules[k]
      if rule.period.map({ $0.contains(date) }) ?? true {
        let v = try expression(rule.value)
        considered.append(ConsideredRule(label: nil, range: rule.range, status: .applied))
        return (v, k)
      }
      considered.append(ConsideredRule(label: nil, range: rule.range, status: .notInForce))
    }
    if !d.rules.contains(where: { $0.period.map { $0.contains(date) } ?? true }) {
      throw EvalError(.notInForce(d.name, date.description), at: d.range)
    }
    throw EvalError(.noApplicableRule(d.name), at: d.range)
  }

  /// Several rules applied: fine when they agree on the value (the trace lists every
  /// ground), a conflict otherwise.
  mutating func agree(_ found: [(Value, Int)], _ d: DefinitionInfo) throws(EvalError) {
    let first = found[0].0
    if found.dropFirst().allSatisfy({ (try? Operators.equal($0.0, first)) == true }) {
      concurring += found.dropFirst().map { $0.1 }
      return
    }
    let names = found.map { d.rules[$0.1].displayName(.zh, file: nil) }.joined(separator: ", ")
    let notes = found.map { Diagnostic.Note(message: LocalizedText(zh: "适用的规则", en: "an applicable rule"), range: d.rules[$0.1].range) }
    throw EvalError(.conflict(d.name, names), at: d.rules[found[0].1].range, notes: notes)
  }

  /// Evaluates rule `k` with its exceptions first; nil when neither it nor an exception applies.
  mutating func rule(_ k: Int, _ d: DefinitionInfo, _ considered: inout [ConsideredRule]) throws(EvalError) -> (Value, Int)? {
    let r = d.rules[k]
    var found: [(Value, Int)] = []
    for e in d.exceptions[k] {
      if let x = try rule(e, d, &considered) { found.append(x) }
    }
    if found.count > 1 { try agree(found, d) }
    if let only = found.first {
      considered.append(ConsideredRule(label: r.label, range: r.range, status: .notEvaluated))
      return only
    }
    guard r.period.map({ $0.contains(date) }) ?? true else {
      considered.append(ConsideredRule(label: r.label, range: r.range, status: .notInForce))
      return nil
    }
    if let c = r.condition {
      guard case .bool(true) = try expression(c) else {
        considered.append(ConsideredRule(label: r.label, range: r.range, status: .conditionFalse))
        return nil
      }
    }
    considered.append(ConsideredRule(label: r.label, range: r.range, status: .applied))
    return (try expression(r.value), k)
  }
}
