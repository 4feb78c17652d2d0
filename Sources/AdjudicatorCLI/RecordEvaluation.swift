import Batch
import Foundation
import RuleLang

/// `evaluate` over a rule set without 违法行为 (a decision table such as the benchmark
/// standard): JSON Lines records in, one decision line per record out, in input order; the
/// counts and any unreadable records on stderr, with a progress bar when stderr is a terminal.
struct RecordEvaluation {
  let program: CheckedProgram
  let sources: [SourceFile]
  let lang: Language
  let date: CivilDate
  let jobs: Int
  let tracing: Bool
  let outputs: [String]?

  func run(paths: [String]) throws {
    let started = Date()
    let compiled = CompiledProgram(program)
    let layout: RecordLayout
    do {
      layout = try RecordLayout(compiled, only: outputs)
    } catch {
      let names = error.names.map { lang == .zh ? "「\($0)」" : "\"\($0)\"" }.joined(separator: lang == .zh ? "、" : ", ")
      Console.err("adjudicator: " + (lang == .zh ? "规则中没有定义\(names)" : "the rules define no \(names)") + "\n")
      throw ExitStatus.usage
    }
    let files = paths.flatMap(RecordBatch.files)
    var meter = ProgressMeter(language: lang, files: files, started: started)
    let batch = RecordBatch(layout: layout, date: date, tracing: tracing, language: lang, sources: sources, jobs: jobs)
    var unopened = 0
    var failedFiles: [String] = []
    var writeError: Int32?
    let counts = batch.run(files: files, deliver: { result in
      if let error = StandardOutput.write(result.output) {
        writeError = error
        return false
      }
      for p in result.problems {
        meter.clear()
        Console.err(render(p))
        if failedFiles.last != p.file { failedFiles.append(p.file) }
      }
      meter.advance(bytes: result.bytes, records: result.counts.records)
      return true
    }, cannotOpen: { file in
      unopened += 1
      failedFiles.append(file)
      meter.clear()
      Console.err("adjudicator: \(file): \(lang == .zh ? "无法读取文件" : "cannot read the file")\n")
    })
    meter.clear()
    if let writeError {
      // A closed pipe (`| head`) just ends the run; any other failure is reported.
      if writeError != EPIPE {
        Console.err("adjudicator: " + (lang == .zh ? "无法写出决定: " : "cannot write the decisions: ")
                    + String(cString: strerror(writeError)) + "\n")
      }
      throw ExitStatus.failure
    }
    Console.err(summary(counts, layout: layout, seconds: Date().timeIntervalSince(started)) + "\n")
    if !failedFiles.isEmpty { Console.err(FailureList.text(failedFiles, lang: lang)) }
    if counts.unreadable > 0 || unopened > 0 { throw ExitStatus.failure }
  }

  func render(_ p: RecordProblem) -> String {
    let d = p.diagnostic
    let place = "\(p.file):\(p.line)" + (p.column.map { ":\($0)" } ?? "")
    let severity = lang == .zh ? "错误" : "error"
    var text = "\(place): \(severity)[\(d.code)]: \(d.message.text(lang))\n"
    if let hint = d.hint { text += "  \(lang == .zh ? "提示" : "hint"): \(hint.text(lang))\n" }
    return text
  }

  /// `共 N 件: 已决定 …; tier: …; 用时 …`.
  func summary(_ c: RecordCounts, layout: RecordLayout, seconds: Double) -> String {
    let zh = lang == .zh
    var parts = [zh ? "共 \(c.records) 件: 已决定 \(c.decided), 需人工审核 \(c.review), 无法读取 \(c.unreadable)"
                    : "\(c.records) records: \(c.decided) decided, \(c.review) for review, \(c.unreadable) unreadable"]
    // Every boolean output; an enumeration output once some value was counted.
    for (k, name) in layout.outputNames.enumerated() where c.isFlag[k] || c.values[k].contains(where: { $0 > 0 }) {
      if c.isFlag[k] {
        parts.append("\(name) \(zh ? "真" : "true") \(c.values[k][0])")
      } else if case .enumeration(let e, _) = program.definitions[layout.outputs[k]].type {
        let cases = program.enumerations[e].cases
        parts.append("\(name): " + cases.indices.filter { c.values[k][$0] > 0 }.map { "\(cases[$0]) \(c.values[k][$0])" }.joined(separator: ", "))
      }
    }
    let rate = seconds > 0 ? Int(Double(c.records) / seconds) : 0
    let fast = c.records > 0 ? String(format: "%.1f", 100 * Double(c.fast) / Double(c.records)) : "0.0"
    parts.append(zh ? "用时 \(String(format: "%.2f", seconds)) 秒 (\(rate) 件/秒, 快速路径 \(fast)%, \(jobs) 线程\(tracing ? ", 保留推理过程" : ""))"
                    : "\(String(format: "%.2f", seconds)) s (\(rate) records/s, fast path \(fast)%, \(jobs) threads\(tracing ? ", trace kept" : ""))")
    return parts.joined(separator: "; ")
  }
}

/// The files that had input problems, for the end of a summary.
enum FailureList {
  static func text(_ files: [String], lang: Language) -> String {
    var unique: [String] = []
    for f in files where !unique.contains(f) { unique.append(f) }
    let shown = unique.prefix(10).joined(separator: lang == .zh ? "、" : ", ")
    let more = unique.count > 10 ? (lang == .zh ? " 等 \(unique.count) 个文件" : " and \(unique.count - 10) more") : ""
    return (lang == .zh ? "有无法读取内容的文件: " : "files with input problems: ") + shown + more + "\n"
  }
}

/// Raw writes to standard output, looping over partial writes and interruptions.
enum StandardOutput {
  /// Writes all bytes; the `errno` of a failure, or nil.
  static func write(_ bytes: [UInt8]) -> Int32? {
    bytes.withUnsafeBytes { raw -> Int32? in
      var offset = 0
      while offset < raw.count {
        let n = Foundation.write(1, raw.baseAddress! + offset, raw.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          return errno
        }
        if n == 0 { return EIO }
        offset += n
      }
      return nil
    }
  }
}
