import Foundation
import RuleLang
import Testing

@testable import Batch

/// One implementation of the logic: the compiled fast path and the interpreter give the same
/// decision lines byte for byte, and with tracing the compiled path records the interpreter's
/// trace exactly.
@Suite struct PathEquivalenceTests {
  @Test(arguments: [false, true])
  func fastAndReferenceLinesAreIdentical(tracing: Bool) {
    let fast = BenchWorkload.run(BenchWorkload.worker(tracing: tracing, fast: true), BenchWorkload.cases)
    let reference = BenchWorkload.run(BenchWorkload.worker(tracing: tracing, fast: false), BenchWorkload.cases)
    #expect(fast.counts.fast == 2000)
    #expect(reference.counts.fast == 0)
    let (a, b) = (BenchWorkload.outputLines(fast), BenchWorkload.outputLines(reference))
    #expect(a.count == b.count)
    let differing = zip(a, b).enumerated().filter { $0.element.0 != $0.element.1 }.map(\.offset)
    #expect(differing.isEmpty, "lines differ: \(differing.prefix(5)); first: \(differing.first.map { String(decoding: a[$0], as: UTF8.self) } ?? "")")
  }

  @Test func compiledTraceIsTheInterpretersTrace() throws {
    let program = BenchWorkload.program
    let compiled = CompiledProgram(program, tracing: true)
    let layout = try RecordLayout(compiled)
    let frame = compiled.makeFrame(date: BenchWorkload.date)
    var scanner = RecordScanner(layout: layout)
    let renderer = TraceRenderer(language: .zh, sources: BenchWorkload.loaded.sources)
    var mismatches: [String] = []
    for (n, line) in BenchWorkload.cases.prefix(600).enumerated() {
      compiled.begin(frame)
      let scanned = line.withUnsafeBufferPointer { scanner.scan($0, into: frame) }
      try #require(scanned)
      for k in layout.outputs { _ = try compiled.value(of: k, in: frame) }
      let ours = compiled.trace(in: frame)

      let facts = try Self.facts(line, program: program)
      var interpreter = Interpreter(program: program, facts: facts, date: BenchWorkload.date)
      for k in layout.outputs { _ = interpreter.evaluate(program.definitions[k].name) }
      let theirs = interpreter.trace

      let a = ours.derivations.map { renderer.json($0).compact() }
      let b = theirs.derivations.map { renderer.json($0).compact() }
      if a != b {
        let i = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        mismatches.append("case \(n + 1), derivation \(i): \(i < a.count ? a[i] : "-") ≠ \(i < b.count ? b[i] : "-")")
      }
      // The compact trace written from the records equals the one written from the Trace.
      let writer = CompactTrace(compiled, sources: BenchWorkload.loaded.sources, language: .zh)
      var fromRecords: [UInt8] = []
      var fromTrace: [UInt8] = []
      writer.write(frame: frame, into: &fromRecords)
      writer.write(theirs, into: &fromTrace)
      if fromRecords != fromTrace { mismatches.append("case \(n + 1): compact traces differ") }
    }
    #expect(mismatches.isEmpty, "\(mismatches.count): \(mismatches.prefix(2))")
  }

  /// The facts of a bench record, read as the reference path reads them.
  static func facts(_ line: [UInt8], program: CheckedProgram) throws -> FactSet {
    let json = try JSONParser.parse(line)
    guard case .object(let top) = json else { throw CancellationError() }
    var flat: [(String, JSONValue)] = []
    for (k, v) in top where k != "id" {
      if case .object(let inner) = v { flat += inner } else { flat.append((k, v)) }
    }
    let loaded = FactSet.fromJSON(.object(flat), program: program, file: "")
    #expect(loaded.diagnostics.isEmpty)
    return loaded.facts
  }
}
