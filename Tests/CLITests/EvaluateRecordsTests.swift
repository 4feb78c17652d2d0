import Foundation
import Testing
import TestSupport

/// End-to-end: `evaluate` over a rule set without 违法行为 reads JSON Lines records and writes
/// one decision line per record, in input order, however many threads run.
@Suite struct EvaluateRecordsTests {
  static let cases = "Tests/Fixtures/bench/cases.jsonl"

  @Test func theBenchWorkloadDecidesInOrderWithAnyNumberOfThreads() throws {
    let one = try BinaryRunner.run(["evaluate", "--rules", "bench/rules", "--jobs", "1", Self.cases])
    let three = try BinaryRunner.run(["evaluate", "--rules", "bench/rules", "--jobs", "3", Self.cases])
    #expect(one.status == 0, "\(one.stderr)")
    #expect(three.status == 0, "\(three.stderr)")
    #expect(one.stdout == three.stdout)
    let lines = one.stdout.split(separator: "\n")
    #expect(lines.count == 2000)
    #expect(lines.first?.hasPrefix(#"{"id":"C00000001","#) == true)
    #expect(lines.last?.hasPrefix(#"{"id":"C00002000","#) == true)
    #expect(one.stderr.contains("共 2000 件: 已决定 2000, 需人工审核 0, 无法读取 0"), "\(one.stderr)")
    #expect(one.stderr.contains("tier: time_barred"), "\(one.stderr)")
    #expect(!one.stderr.contains("\u{1B}["), "no progress bar when stderr is not a terminal")
  }

  @Test func aBrokenRecordIsReportedAndTheRestDecided() throws {
    let dir = try BinaryRunner.temporaryDirectory()
    let good = try String(contentsOfFile: Golden.repositoryRoot().appendingPathComponent(Self.cases).path, encoding: .utf8)
      .split(separator: "\n").prefix(2)
    let file = dir.appendingPathComponent("b.jsonl")
    try ([String(good[0]), #"{"id":"X","violaton":"CG-01"}"#, "", String(good[1])].joined(separator: "\n") + "\n")
      .write(to: file, atomically: true, encoding: .utf8)
    let r = try BinaryRunner.run(["evaluate", "--rules", "bench/rules", "--lang", "en", file.path])
    #expect(r.status == 1)
    #expect(r.stdout.split(separator: "\n").count == 2)
    #expect(r.stderr.contains("b.jsonl:2:11: error[F008]: the rules declare no fact \"violaton\""), "\(r.stderr)")
    #expect(r.stderr.contains("hint: did you mean \"violation\""), "\(r.stderr)")
    #expect(r.stderr.contains("3 records: 2 decided, 0 for review, 1 unreadable"), "\(r.stderr)")
  }

  @Test func outputsCanBeChosenAndDirectoriesRead() throws {
    let dir = try BinaryRunner.temporaryDirectory()
    let lines = try String(contentsOfFile: Golden.repositoryRoot().appendingPathComponent(Self.cases).path, encoding: .utf8)
      .split(separator: "\n")
    try (lines[1] + "\n").write(to: dir.appendingPathComponent("b.jsonl"), atomically: true, encoding: .utf8)
    try (lines[0] + "\n").write(to: dir.appendingPathComponent("a.jsonl"), atomically: true, encoding: .utf8)
    let r = try BinaryRunner.run(["evaluate", "--rules", "bench/rules", "--output", "tier", "--output", "fine", dir.path])
    #expect(r.status == 0, "\(r.stderr)")
    let out = r.stdout.split(separator: "\n")
    #expect(out.count == 2)
    #expect(out[0].hasPrefix(#"{"id":"C00000001","tier":"#))
    #expect(out[1].hasPrefix(#"{"id":"C00000002","tier":"#))
    #expect(out.allSatisfy { $0.components(separatedBy: "\":").count == 4 }, "\(out)")
  }

  @Test func theTraceNamesRulesAndCitations() throws {
    let r = try BinaryRunner.run(["evaluate", "--rules", "bench/rules", "--trace", "--output", "hearing_right", Self.cases])
    #expect(r.status == 0, "\(r.stderr)")
    let first = try #require(r.stdout.split(separator: "\n").first)
    #expect(first.contains(#""trace":[{"name":"#))
    #expect(first.contains(#""basis":["《行政处罚法》第六十三条第一款"]"#), "\(first.prefix(400))")
    #expect(first.contains(#""conditionFalse":["hearing"]"#), "the rules that did not apply, by why")
  }

  @Test func theSameFileTwiceCountsItsLinesAgain() throws {
    let dir = try BinaryRunner.temporaryDirectory()
    let file = dir.appendingPathComponent("two.jsonl")
    try "{\"id\":\"a\",\"violaton\":1}\n".write(to: file, atomically: true, encoding: .utf8)
    let r = try BinaryRunner.run(["evaluate", "--rules", "bench/rules", file.path, file.path])
    #expect(r.status == 1)
    #expect(r.stderr.components(separatedBy: "two.jsonl:1:11: 错误[F008]").count == 3, "\(r.stderr)")
  }

  @Test func anOutputThatCannotBeWrittenIsAnError() throws {
    let p = Process()
    p.executableURL = BinaryRunner.executable
    p.arguments = ["evaluate", "--rules", "bench/rules", Self.cases]
    p.currentDirectoryURL = Golden.repositoryRoot()
    p.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
    let err = Pipe()
    p.standardError = err
    try p.run()
    let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    #expect(p.terminationStatus == 1)
    #expect(text.contains("无法写出决定"), "\(text)")
    #expect(!text.contains("已决定 2000"), "no summary claims decisions that were not written")
  }

  @Test(arguments: [["--format", "text"], ["--store", "x.sqlite"]])
  func recordModeRefusesCaseFileOptions(_ extra: [String]) throws {
    let r = try BinaryRunner.run(["evaluate", "--rules", "bench/rules"] + extra + [Self.cases])
    #expect(r.status == 64)
    #expect(r.stdout.isEmpty)
    #expect(r.stderr.contains("规则集没有 违法行为"), "\(r.stderr)")
  }

  @Test func anUnknownOutputIsAUsageError() throws {
    let r = try BinaryRunner.run(["evaluate", "--rules", "bench/rules", "--output", "fien", Self.cases])
    #expect(r.status == 64)
    #expect(r.stderr.contains("规则中没有定义「fien」"), "\(r.stderr)")
  }
}

/// The progress bar appears when stderr is a terminal (and is cleared before the summary);
/// stdout stays clean decision lines.
@Suite struct EvaluateProgressTests {
  static let driver = """
    import os, pty, subprocess, sys, select
    binary = sys.argv[1]
    master, slave = pty.openpty()
    p = subprocess.Popen([binary, "evaluate", "--rules", "bench/rules", "--jobs", "1",
                          "Tests/Fixtures/bench/cases.jsonl"], stdout=subprocess.PIPE, stderr=slave)
    os.close(slave)
    err = b""
    out = p.stdout.read()
    while True:
        r, _, _ = select.select([master], [], [], 2)
        if not r: break
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk: break
        err += chunk
    p.wait()
    sys.stdout.write("LINES %d\\n" % out.count(b"\\n"))
    sys.stdout.write("STDOUT-CLEAN %s\\n" % (b"\\x1b" not in out and "件/秒".encode() not in out))
    sys.stdout.write(err.decode("utf-8", "replace"))
    """

  @Test func aTerminalGetsAProgressBar() throws {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", Self.driver, BinaryRunner.executable.path]
    p.currentDirectoryURL = Golden.repositoryRoot()
    let out = Pipe()
    p.standardOutput = out
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.contains("LINES 2000"), "\(text.prefix(500))")
    #expect(text.contains("STDOUT-CLEAN True"), "\(text.prefix(500))")
    #expect(text.contains("] 100%") || text.contains("件/秒  剩余"), "a bar was drawn: \(text.prefix(500))")
    #expect(text.contains("\r\u{1B}[K"), "and cleared")
    #expect(text.contains("共 2000 件: 已决定 2000"), "\(text.suffix(500))")
  }
}
