/// The `adjudicator` command line: each subcommand parses its arguments, calls the
/// libraries and renders what they return. Exit codes are documented in the README.
import ArgumentParser
import Foundation
import RuleLang

/// The root command.
public struct AdjudicatorCommand: ParsableCommand {
  /// Command configuration.
  public static let configuration = CommandConfiguration(
    commandName: "adjudicator",
    abstract: "Decides administrative enforcement cases (综合行政执法) by rule, and shows its work.",
    version: EngineInfo.version,
    subcommands: [CheckCommand.self, EvalCommand.self, EvaluateCommand.self, VerifyCommand.self, DossierCommand.self, ReplCommand.self,
                  PublicityCommand.self, ReviewCommand.self, CalendarCommand.self, TestCommand.self, FormatCommand.self]
  )

  /// Creates the command.
  public init() {}
}

/// The engine's version, recorded with every evaluation.
public enum EngineInfo {
  /// Semantic version of the engine.
  public static let version = "0.1.0"
}

/// Exit statuses, as listed in the README.
public enum ExitStatus {
  /// Everything succeeded.
  public static let ok = ExitCode(0)
  /// An input could not be read, or an evaluation failed.
  public static let failure = ExitCode(1)
  /// Rule diagnostics were reported.
  public static let diagnostics = ExitCode(3)
  /// The command line was wrong.
  public static let usage = ExitCode(64)
}

/// Options shared by commands that render output.
struct OutputOptions: ParsableArguments {
  @Option(help: "Output language: zh (default) or en.")
  var lang: Language = .zh

  @Option(help: "Output format: text (default) or json.")
  var format: OutputFormat = .text
}

/// text or json.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}

extension Language: ExpressibleByArgument {}

/// Writes to standard output or standard error without buffering surprises.
enum Console {
  static func out(_ s: String) {
    FileHandle.standardOutput.write(Data(s.utf8))
  }

  static func err(_ s: String) {
    FileHandle.standardError.write(Data(s.utf8))
  }
}
