import Foundation

/// Runs the built `adjudicator` binary for end-to-end tests.
public enum BinaryRunner {
  /// What a run produced.
  public struct Result: Sendable {
    /// Exit status (or 128 + signal when killed).
    public let status: Int32
    /// Standard output.
    public let stdout: String
    /// Standard error.
    public let stderr: String
  }

  /// The built binary: next to the test bundle, else under `.build/debug`.
  public static var executable: URL {
    let candidates = [
      Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("adjudicator"),
      URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
        .appendingPathComponent("adjudicator"),
      Golden.repositoryRoot().appendingPathComponent(".build/debug/adjudicator"),
    ].compactMap { $0 }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
  }

  /// Runs the binary with arguments in the repository root; kills it after `timeout` seconds.
  public static func run(_ arguments: [String], timeout: TimeInterval = 60) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = Golden.repositoryRoot()
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let deadline = DispatchTime.now() + timeout
    let group = DispatchGroup()
    nonisolated(unsafe) var outData = Data()
    nonisolated(unsafe) var errData = Data()
    group.enter()
    DispatchQueue.global().async {
      outData = out.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    group.enter()
    DispatchQueue.global().async {
      errData = err.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    if group.wait(timeout: deadline) == .timedOut {
      process.terminate()
      group.wait()
    }
    process.waitUntilExit()
    let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
    return Result(status: status, stdout: String(decoding: outData, as: UTF8.self),
                  stderr: String(decoding: errData, as: UTF8.self))
  }

  /// A fresh temporary directory.
  public static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("adjudicator-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
