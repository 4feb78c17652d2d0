import Foundation
import RuleLang
import Testing
import TestSupport

/// End-to-end tests of `adjudicator check` on the built binary.
@Suite struct CheckCommandTests {
  @Test func ruleLibraryIsClean() throws {
    let r = try BinaryRunner.run(["check", "Rules"])
    #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
    #expect(r.stdout.contains("没有发现问题"))
  }

  @Test func brokenFileGivesLocatedDiagnosticsAndExit3() throws {
    let dir = try BinaryRunner.temporaryDirectory()
    let file = dir.appendingPathComponent("broken.rules")
    try """
      事实 面积: 平方米
      后果 罚款: 金额
        依据 《城市道路管理条例》第四十二条
        当 面级 > 2平方米 则 5000元
        否则 0元
      定义 错误单位 = 2平方米 + 3立方米
      """.write(to: file, atomically: true, encoding: .utf8)
    let r = try BinaryRunner.run(["check", file.path])
    #expect(r.status == 3)
    #expect(r.stdout.contains("错误[C001]: 未知名称「面级」"))
    #expect(r.stdout.contains("\(file.path):4:5"))
    #expect(r.stdout.contains("= 提示: 是否想写「面积」"))
    #expect(r.stdout.contains("错误[C004]"))
    #expect(r.stdout.contains("2 个错误, 0 个警告"))
  }

  @Test func englishAndJSONRenderings() throws {
    let dir = try BinaryRunner.temporaryDirectory()
    let file = dir.appendingPathComponent("a.rules")
    try "定义 x = 1 +\n".write(to: file, atomically: true, encoding: .utf8)
    let en = try BinaryRunner.run(["check", "--lang", "en", file.path])
    #expect(en.status == 3)
    #expect(en.stdout.contains("error[P003]: expected an expression, found end of line"))
    let json = try BinaryRunner.run(["check", "--format", "json", file.path])
    #expect(json.status == 3)
    let parsed = try JSONParser.parse(Array(json.stdout.utf8))
    guard case .array(let diagnostics)? = parsed["diagnostics"], case .object? = diagnostics.first else {
      Issue.record("no diagnostics array in \(json.stdout)")
      return
    }
    #expect(diagnostics[0]["code"] == .string("P003"))
    #expect(diagnostics[0]["line"] == .number("1"))
    #expect(diagnostics[0]["column"] == .number("11"))
  }

  @Test(arguments: [
    (["check"], Int32(64)),
    (["check", "--format", "yaml", "Rules"], Int32(64)),
    (["check", "--bogus", "Rules"], Int32(64)),
    (["check", "no/such/path.rules"], Int32(1)),
    (["frobnicate"], Int32(64)),
  ])
  func usageAndMissingPaths(_ arguments: [String], _ status: Int32) throws {
    let r = try BinaryRunner.run(arguments)
    #expect(r.status == status, "\(arguments): \(r.stderr)")
  }

  /// A file's name and bytes; described by name only.
  struct Bytes: CustomTestStringConvertible, Sendable {
    let name: String
    let bytes: [UInt8]
    var testDescription: String { name }
  }

  static let hostileFiles: [Bytes] = {
    var files: [Bytes] = []
    files.append(Bytes(name: "empty", bytes: []))
    files.append(Bytes(name: "invalid-utf8", bytes: [0xE4, 0xBA, 0x8B, 0xFF, 0xFE, 0x20, 0xC3, 0x28, 0x0A]))
    files.append(Bytes(name: "nul-bytes", bytes: [0x00, 0x00, 0x01, 0x0A, 0x7F]))
    files.append(Bytes(name: "truncated", bytes: Array("后果 罚款: 金额\n  依据 《城市道路管理".utf8)))
    files.append(Bytes(name: "binary", bytes: (0..<4096).map { (i: Int) -> UInt8 in UInt8((i * 7919 + 13) % 256) }))
    files.append(Bytes(name: "deep-parens", bytes: Array(("定义 x = " + String(repeating: "(", count: 50_000)).utf8)))
    files.append(Bytes(name: "long-line", bytes: Array(("定义 x = " + String(repeating: "1 + ", count: 20_000) + "1\n").utf8)))
    return files
  }()

  /// Whatever bytes a file holds, check answers with diagnostics, never a crash or a hang.
  @Test(arguments: hostileFiles)
  func hostileBytesNeverCrash(_ file: Bytes) throws {
    let (name, bytes) = (file.name, file.bytes)
    let dir = try BinaryRunner.temporaryDirectory()
    let file = dir.appendingPathComponent("\(name).rules")
    try Data(bytes).write(to: file)
    let r = try BinaryRunner.run(["check", file.path], timeout: 30)
    #expect(r.status == 0 || r.status == 3, "\(name): status \(r.status) \(r.stderr.prefix(300))")
  }
}
