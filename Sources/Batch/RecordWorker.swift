import PenaltyDomain
import RuleLang

/// A problem with one record, located by file and line (and column when known).
public struct RecordProblem: Sendable {
  /// The file.
  public let file: String
  /// The 1-based line.
  public var line: Int
  /// The 1-based column, when known.
  public let column: Int?
  /// What is wrong.
  public let diagnostic: Diagnostic
}

/// What one chunk of records produced.
public struct ChunkResult: Sendable {
  /// The decision lines, in input order.
  public var output: [UInt8] = []
  /// Records that could not be read, in input order.
  public var problems: [RecordProblem] = []
  /// Counts.
  public var counts: RecordCounts
  /// Input bytes the chunk held (for progress).
  public var bytes = 0
  /// Lines the chunk held.
  public var lines = 0
  /// The file the chunk came from.
  public var file = ""
  /// Whether the chunk was the first of its file.
  public var startsFile = true
}

/// Evaluates chunks of records on one thread: the compiled fast path first, the reference
/// path (full parser and interpreter) for every record it declines, and for all records when
/// the trace is kept. Owns its frame and buffers; make one per thread.
public final class RecordWorker {
  let layout: RecordLayout
  let frame: Frame
  var scanner: RecordScanner
  let reference: RecordReference
  let writer: DecisionLine
  let values: UnsafeMutablePointer<Slot>
  /// Whether to try the compiled path first (tests turn it off to compare the two paths).
  var useFastPath = true

  /// A worker for a batch: outputs and layout, the date whose law applies, whether to keep
  /// the trace, the language of review messages and the rule sources (for trace locations).
  public init(layout: RecordLayout, date: CivilDate, tracing: Bool, language: Language, sources: [SourceFile]) {
    // With the trace kept, the compiled path records it too (CompiledProgram(tracing:)).
    let layout = tracing != layout.compiled.tracing ? layout.recompiled(tracing: tracing) : layout
    self.layout = layout
    frame = layout.compiled.makeFrame(date: date)
    scanner = RecordScanner(layout: layout)
    reference = RecordReference(program: layout.compiled.program, layout: layout, date: date, tracing: tracing)
    writer = DecisionLine(layout: layout, language: language,
                          traces: tracing ? CompactTrace(layout.compiled, sources: sources, language: language) : nil)
    values = .allocate(capacity: max(1, layout.outputs.count))
    values.initialize(repeating: Slot(a: 0), count: max(1, layout.outputs.count))
  }

  deinit { values.deallocate() }

  /// Evaluates every record of a chunk.
  public func run(_ chunk: LineChunk) -> ChunkResult {
    var result = ChunkResult(counts: RecordCounts(layout: layout), bytes: chunk.bytes.count, file: chunk.file,
                             startsFile: chunk.startsFile)
    result.output.reserveCapacity(chunk.bytes.count / 2)
    if chunk.wholeFile {
      if !isBlank(chunk.bytes[...]) {
        result.counts.records += 1
        slow(chunk.bytes, file: chunk.file, line: 1, into: &result)
      }
      return result
    }
    chunk.bytes.withUnsafeBufferPointer { all in
      var start = 0
      var line = 1
      while start < all.count {
        var end = start
        while end < all.count, all[end] != 0x0A { end += 1 }
        var stop = end
        if stop > start, all[stop - 1] == 0x0D { stop -= 1 }
        let bytes = UnsafeBufferPointer(rebasing: all[start..<stop])
        if !isBlank(bytes) { record(bytes, file: chunk.file, line: line, into: &result) }
        start = end + 1
        line += 1
      }
      result.lines = line - 1
    }
    return result
  }

  func isBlank<C: Collection<UInt8>>(_ bytes: C) -> Bool {
    bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }
  }

  @inline(__always)
  func record(_ line: UnsafeBufferPointer<UInt8>, file: String, line number: Int, into result: inout ChunkResult) {
    result.counts.records += 1
    if useFastPath, fast(line, into: &result) { return }
    slow(Array(line), file: file, line: number, into: &result)
  }

  /// The compiled path; false when the record must go to the reference path.
  @inline(__always)
  func fast(_ line: UnsafeBufferPointer<UInt8>, into result: inout ChunkResult) -> Bool {
    let compiled = layout.compiled
    compiled.begin(frame)
    guard scanner.scan(line, into: frame) else { return false }
    do {
      for k in layout.outputs.indices { values[k] = try compiled.value(of: layout.outputs[k], in: frame) }
    } catch {
      return false
    }
    let id = scanner.idEnd > 0 ? UnsafeBufferPointer(rebasing: line[scanner.idStart..<scanner.idEnd]) : nil
    writer.write(id: id, values: values, frame: frame, into: &result.output)
    result.counts.decided += 1
    result.counts.fast += 1
    for k in layout.outputs.indices { result.counts.count(output: k, slot: values[k]) }
    return true
  }

  func slow(_ line: [UInt8], file: String, line number: Int, into result: inout ChunkResult) {
    switch reference.run(line) {
    case .unreadable(let d, let lineWithin, let column, let key):
      result.counts.unreadable += 1
      let place = column.map { (lineWithin, $0) } ?? keyPosition(d, key: key, in: line)
      result.problems.append(RecordProblem(file: file, line: number + (place?.0 ?? 1) - 1, column: place?.1, diagnostic: d))
    case .evaluated(let id, let outcomes, let trace):
      writer.write(id: id, outcomes: outcomes, trace: trace, into: &result.output)
      if outcomes.allSatisfy({ $0.value != nil }) { result.counts.decided += 1 } else { result.counts.review += 1 }
      for (k, o) in outcomes.enumerated() {
        if let v = o.value { result.counts.count(output: k, value: v, program: layout.compiled.program) }
      }
    }
  }

  /// The line (within the record) and column of the key a problem names (`「key」`), found by
  /// its quoted spelling.
  func keyPosition(_ d: Diagnostic, key: String?, in line: [UInt8]) -> (Int, Int)? {
    let text = d.message.zh
    let named: String
    if let key {
      named = key
    } else {
      guard let open = text.firstIndex(of: "「"), let close = text[open...].firstIndex(of: "」") else { return nil }
      named = String(text[text.index(after: open)..<close])
    }
    let needle = Array(("\"" + named + "\"").utf8)
    guard needle.count <= line.count else { return nil }
    // Occurrences of "key" used as a key (followed by a colon), not as a value.
    let starts = (0...(line.count - needle.count)).filter { i in
      guard line[i..<(i + needle.count)].elementsEqual(needle) else { return false }
      var j = i + needle.count
      while j < line.count, line[j] == 0x20 || line[j] == 0x09 || line[j] == 0x0A || line[j] == 0x0D { j += 1 }
      return j < line.count && line[j] == 0x3A
    }
    // A repeated key is shown where it is repeated.
    guard let at = d.code == DiagnosticCatalog.Entry.repeatedKey("").code ? starts.last : starts.first else { return nil }
    let origin = Origin(file: "", offset: at, in: line)
    return (origin.line, origin.column)
  }
}
