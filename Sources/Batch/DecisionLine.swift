import RuleLang

/// Writes one decision as one JSON line: `{"id":…,"<后果>":value,…}` in output order, then
/// `"review"` when any output could not be determined (its value is `null`: nothing is
/// defaulted) and `"trace"` when kept. Values go through ``OutputJSON`` and traces through
/// ``CompactTrace`` on both paths, so the fast and the reference path write the same bytes
/// for the same decision (tested).
struct DecisionLine {
  let layout: RecordLayout
  let language: Language
  /// Writes the trace when it is kept.
  let traces: CompactTrace?

  /// The line of a fast-path decision (slots of every output, already evaluated).
  func write(id: UnsafeBufferPointer<UInt8>?, values: UnsafePointer<Slot>, frame: Frame, into out: inout [UInt8]) {
    out.append(0x7B)
    var first = true
    if let id {
      out.append(contentsOf: #""id":"#.utf8)
      out.append(contentsOf: id)
      first = false
    }
    let program = layout.compiled.program
    for k in layout.outputs.indices {
      let key = layout.outputKeys[k]
      if first { out.append(contentsOf: key.dropFirst()) } else { out.append(contentsOf: key) }
      first = false
      OutputJSON.append(values[k], type: program.definitions[layout.outputs[k]].type, compiled: layout.compiled, frame: frame, into: &out)
    }
    if let traces { traces.write(frame: frame, into: &out) }
    out.append(contentsOf: "}\n".utf8)
  }

  /// The line of a reference-path decision.
  func write(id: JSONValue?, outcomes: [Outcome], trace: Trace?, into out: inout [UInt8]) {
    var members: [(String, JSONValue)] = []
    if let id { members.append(("id", id)) }
    var review: [JSONValue] = []
    for (k, outcome) in outcomes.enumerated() {
      let name = layout.outputNames[k]
      switch outcome {
      case .value(let v):
        members.append((name, OutputJSON.json(v)))
      case .error(let e):
        members.append((name, .null))
        var entry: [(String, JSONValue)] = [
          ("output", .string(name)), ("code", .string(e.diagnostic.code)),
          ("message", .string(e.diagnostic.message.text(language))),
        ]
        if !e.missingFacts.isEmpty { entry.append(("missing", .array(e.missingFacts.map { .string($0) }))) }
        review.append(.object(entry))
      }
    }
    if !review.isEmpty { members.append(("review", .array(review))) }
    var text = Array(JSONValue.object(members).compact().utf8)
    if let trace, let traces {
      text.removeLast()  // the closing brace: the trace goes inside
      traces.write(trace, into: &text)
      text.append(0x7D)
    }
    out.append(contentsOf: text)
    out.append(0x0A)
  }
}
