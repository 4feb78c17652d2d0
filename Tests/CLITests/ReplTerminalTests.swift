import Foundation
import Testing
import TestSupport

/// One end-to-end test of `adjudicator repl` in a pseudo-terminal (driven by Python's pty module):
/// line editing through libedit, tab completion, history written on exit.
@Suite struct ReplTerminalTests {
  static let driver = """
    import os, pty, sys, time, select
    binary, home = sys.argv[1], sys.argv[2]
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["HOME"] = home
        os.execv(binary, [binary, "repl", "--rules", "Rules", "--date", "2024-06-30"])
    out = b""
    mark = 0
    def read(until, timeout=20):
        # Waits for `until` in the output that arrived since the last call.
        global out, mark
        end = time.time() + timeout
        while time.time() < end:
            found = out.find(until.encode(), mark)
            if found >= 0:
                mark = found + len(until.encode())
                return True
            r, _, _ = select.select([fd], [], [], 0.2)
            if r:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:
                    return False
                if not chunk:
                    return False
                out += chunk
        return False
    def send(text):
        os.write(fd, text.encode())
    # A person types after the prompt: wait for it before each line.
    ok = read("> ")
    send("1 + 2\\r"); ok = ok and read("3") and read("> ")
    send(":set 单体面积 = 5平方米\\r"); ok = ok and read("> ")
    send(":set 设置数量 = 1处\\r"); ok = ok and read("> ")
    send(":ti\\t\\r"); ok = ok and read("一般 「一般」") and read("> ")
    send(":quit\\r"); time.sleep(0.5)
    os.waitpid(pid, 0)
    sys.stdout.write(out.decode("utf-8", "replace"))
    sys.stdout.write("\\nDRIVER-OK\\n" if ok else "\\nDRIVER-FAILED\\n")
    """

  @Test func theBinaryRunsInATerminalWithCompletionAndHistory() throws {
    let home = try BinaryRunner.temporaryDirectory()
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", Self.driver, BinaryRunner.executable.path, home.path]
    p.currentDirectoryURL = Golden.repositoryRoot()
    let out = Pipe()
    p.standardOutput = out
    p.standardError = out
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.contains("DRIVER-OK"), "\(text.suffix(1500))")
    #expect(text.contains("登封市城市管理局裁量基准S07 (CG-DL-042): 一般 「一般」"), "tab completed :ti to :tier")
    let history = (try? String(contentsOf: home.appendingPathComponent(".adjudicator_history"), encoding: .utf8)) ?? ""
    // libedit writes spaces as \\040.
    #expect(history.contains(":tier") && history.contains(#"1\040+\0402"#), "history is persisted: \(history)")
  }
}
