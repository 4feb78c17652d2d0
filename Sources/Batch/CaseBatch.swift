import Adjudication
import CaseFiles
import CaseStore
import Foundation
import PenaltyDomain
import RuleLang

/// A batch of enforcement case files (XML, JSON, JSON Lines, or directories of them) decided on
/// `jobs` threads and handed back in input order: each worker reads, decides and renders its
/// cases (and builds their store records), so only the ordered output and the store writes
/// stay on the calling thread. JSON Lines files are read in chunks, so memory stays flat.
public struct CaseBatch: Sendable {
  /// What became of one case.
  public enum Entry: Sendable {
    /// Decided: the case, the decision, its rendering, and its store record when storing.
    case decided(EnforcementCase, CaseDecision, rendered: Rendering, evaluation: CaseStore.Evaluation?)
    /// The file or line could not be read.
    case unreadable(CaseLoadError)
    /// Read, but inconsistent (an unknown violation code, a fact of the wrong type …).
    case invalid([Problem])
  }

  /// A decision rendered on the worker thread: text to print as it comes, or JSON to collect.
  public enum Rendering: Sendable {
    case text(String)
    case json(JSONValue)
  }

  /// A problem with a case that was read.
  public struct Problem: Sendable {
    /// Where.
    public let origin: Origin
    /// What.
    public let message: LocalizedText
  }

  /// One unit of work: a whole file, or a chunk of a JSON Lines file.
  struct Work: Sendable {
    let file: String
    let chunk: [UInt8]?
    let firstLine: Int
    let bytes: Int
  }

  let adjudicator: Adjudicator
  let fallbackDate: CivilDate
  let sources: [SourceFile]
  /// The rule set's fingerprint when decisions are stored (nil: nothing to store).
  let rulesHash: String?
  let engineVersion: String
  let render: @Sendable (CaseDecision) -> Rendering
  let jobs: Int

  /// A batch: the decisions rendered by `render`; store records built when `rulesHash` is given.
  public init(adjudicator: Adjudicator, fallbackDate: CivilDate, sources: [SourceFile], rulesHash: String?,
              engineVersion: String, jobs: Int, render: @escaping @Sendable (CaseDecision) -> Rendering) {
    self.engineVersion = engineVersion
    self.adjudicator = adjudicator
    self.fallbackDate = fallbackDate
    self.sources = sources
    self.rulesHash = rulesHash
    self.jobs = max(1, jobs)
    self.render = render
  }

  /// Decides every case under `paths`; `deliver` receives each file's or chunk's entries in
  /// input order, with the input bytes they came from (for progress).
  public func run(paths: [String], deliver: ([Entry], Int) -> Void) {
    CaseFileLoader.prepare()
    let pipeline = OrderedPipeline<Work, ([Entry], Int)>(jobs: jobs, window: 4 * jobs) { [self] in
      { work in (decide(work), work.bytes) }
    }
    pipeline.run(work(paths.flatMap { CaseFileLoader.files($0) })) { entries, bytes in
      deliver(entries, bytes)
      return true
    }
  }

  /// The units of work, read as they are needed: each file whole, JSON Lines in chunks.
  func work(_ files: [String]) -> AnyIterator<Work> {
    var remaining = files[...]
    var reader: (LineChunkReader, String)?
    var line = 1
    return AnyIterator {
      while true {
        if let (r, file) = reader, let chunk = r.next() {
          defer { line += chunk.bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
          return Work(file: file, chunk: chunk.bytes, firstLine: line, bytes: chunk.bytes.count)
        }
        reader = nil
        guard let file = remaining.popFirst() else { return nil }
        if file.hasSuffix(".jsonl"), let r = LineChunkReader(path: file, blockSize: 256 << 10) {
          reader = (r, file)
          line = 1
        } else {
          let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
          return Work(file: file, chunk: nil, firstLine: 1, bytes: size)
        }
      }
    }
  }

  func decide(_ work: Work) -> [Entry] {
    let items = work.chunk.map { CaseFileLoader.jsonLines($0, file: work.file, firstLine: work.firstLine) }
      ?? CaseFileLoader.load(file: work.file)
    return items.map { item in
      switch item {
      case .failed(let error):
        return .unreadable(error)
      case .loaded(let c):
        do {
          let decision = try adjudicator.decide(c, fallbackDate: fallbackDate)
          let evaluation = rulesHash.map { hash in
            DecisionRecording.evaluation(c, decision, sources: sources, rulesHash: hash, engineVersion: engineVersion,
                                         decisionDate: c.decisionDate(or: fallbackDate))
          }
          return .decided(c, decision, rendered: render(decision), evaluation: evaluation)
        } catch let error as Adjudicator.InputError {
          return .invalid(error.problems.map { Problem(origin: $0.origin, message: $0.message) })
        } catch {
          return .invalid([Problem(origin: c.origin, message: LocalizedText(zh: "\(error)", en: "\(error)"))])
        }
      }
    }
  }
}
