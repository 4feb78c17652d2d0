import Foundation
import RuleLang
import Testing

@testable import Batch

/// The bench rule set decides every generated case exactly as ref.py (the spec's oracle), on
/// the compiled path, the reference (interpreter) path and the traced compiled path.
@Suite struct BenchAgreementTests {
  static let fields = ["id", "tier", "fine", "confiscation", "suspension", "revocation", "hearing_right",
                       "legal_review", "criminal_transfer"]

  /// The nine spec §6 fields of a decision line, as JSON text (so 1 and true differ).
  static func nine(_ line: [UInt8]) throws -> [String] {
    let json = try JSONParser.parse(line)
    return fields.map { json[$0]?.compact() ?? "<missing>" }
  }

  @Test(arguments: [(false, false), (false, true), (true, true)])
  func everyCaseAgreesWithTheReference(tracing: Bool, fast: Bool) throws {
    let result = BenchWorkload.run(BenchWorkload.worker(tracing: tracing, fast: fast), BenchWorkload.cases)
    #expect(result.problems.isEmpty)
    #expect(result.counts.records == 2000)
    #expect(result.counts.decided == 2000)
    #expect(result.counts.fast == (fast ? 2000 : 0))
    let lines = BenchWorkload.outputLines(result)
    try #require(lines.count == BenchWorkload.reference.count)
    var disagreements: [String] = []
    for (ours, theirs) in zip(lines, BenchWorkload.reference) {
      let (a, b) = (try Self.nine(ours), try Self.nine(theirs))
      if a != b { disagreements.append("\(a) ≠ \(b)") }
    }
    #expect(disagreements.isEmpty, "\(disagreements.count) disagreements, first: \(disagreements.prefix(3))")
  }

  @Test func theWorkloadReachesEveryTierAndMeasure() throws {
    let result = BenchWorkload.run(BenchWorkload.worker(), BenchWorkload.cases)
    let layout = BenchWorkload.worker().layout
    let tier = try #require(layout.outputNames.firstIndex(of: "tier"))
    #expect(result.counts.values[tier].allSatisfy { $0 > 0 }, "\(result.counts.values[tier])")
    for flag in ["suspension", "revocation", "criminal_transfer", "hearing_right", "legal_review"] {
      let k = try #require(layout.outputNames.firstIndex(of: flag))
      #expect(result.counts.values[k][0] > 0, "\(flag) never true")
    }
  }
}
