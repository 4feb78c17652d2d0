import CaseFiles
import Foundation
import RuleLang

/// A batch of JSON Lines records through a rule set without 违法行为: files (or directories of
/// `.jsonl` / `.json` files) are read in chunks, evaluated on `jobs` threads, and handed back
/// in input order. Memory stays flat: at most `4 × jobs` chunks of about 1 MiB are in flight.
public struct RecordBatch: Sendable {
  /// The layout (compiled program and outputs).
  public let layout: RecordLayout
  /// The date whose law applies.
  public let date: CivilDate
  /// Whether to keep and write each record's trace (every record then takes the interpreter).
  public let tracing: Bool
  /// The language of review messages.
  public let language: Language
  /// The rule sources (for trace locations).
  public let sources: [SourceFile]
  /// Worker threads.
  public let jobs: Int

  /// A batch.
  public init(layout: RecordLayout, date: CivilDate, tracing: Bool, language: Language, sources: [SourceFile], jobs: Int) {
    self.layout = layout
    self.date = date
    self.tracing = tracing
    self.language = language
    self.sources = sources
    self.jobs = max(1, jobs)
  }

  /// The record files a path names: the file itself, or the `.jsonl` and `.json` files under a
  /// directory, sorted.
  public static func files(_ path: String) -> [String] {
    CaseFileLoader.files(path, suffixes: [".jsonl", ".json"])
  }

  /// Runs the batch over `files`: `deliver` receives each chunk's result in input order and
  /// returns false to stop (say, the output cannot be written); `cannotOpen` receives each file
  /// that cannot be read. Returns the total counts of the chunks delivered.
  public func run(files: [String], deliver: (ChunkResult) -> Bool, cannotOpen: (String) -> Void) -> RecordCounts {
    let (layout, date, tracing, language, sources) = (self.layout, self.date, self.tracing, self.language, self.sources)
    let pipeline = OrderedPipeline<LineChunk, ChunkResult>(jobs: jobs, window: 4 * jobs) {
      // Each thread compiles its own copy: shared closures would have their reference counts
      // bounced between cores on every call.
      let own = layout.recompiled(tracing: tracing)
      let worker = RecordWorker(layout: own, date: date, tracing: tracing, language: language, sources: sources)
      return { worker.run($0) }
    }
    var total = RecordCounts(layout: layout)
    var currentFile = ""
    var linesBefore = 0
    withoutActuallyEscaping(cannotOpen) { cannotOpen in
      pipeline.run(chunks(files, cannotOpen: cannotOpen)) { chunk in
        // Workers number lines from 1 in each chunk; in input order they become file lines.
        var r = chunk
        if r.startsFile || r.file != currentFile {
          currentFile = r.file
          linesBefore = 0
        }
        for k in r.problems.indices { r.problems[k].line += linesBefore }
        linesBefore += r.lines
        total.add(r.counts)
        return deliver(r)
      }
    }
    return total
  }

  /// The chunks of every file in turn (a `.json` file whole), read as they are needed.
  func chunks(_ files: [String], cannotOpen: @escaping (String) -> Void) -> AnyIterator<LineChunk> {
    var remaining = files[...]
    var reader: LineChunkReader?
    // A traced line is ~15× its input: smaller chunks keep the window's memory flat.
    let blockSize = tracing ? 96 << 10 : 1 << 20
    return AnyIterator {
      while true {
        if let chunk = reader?.next() { return chunk }
        reader = nil
        guard let path = remaining.popFirst() else { return nil }
        if path.hasSuffix(".json") {
          if let chunk = LineChunkReader.wholeFile(path) { return chunk }
          cannotOpen(path)
        } else if let opened = LineChunkReader(path: path, blockSize: blockSize) {
          reader = opened
        } else {
          cannotOpen(path)
        }
      }
    }
  }
}
