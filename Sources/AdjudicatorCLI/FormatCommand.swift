import ArgumentParser
import Foundation
import RuleLang

/// `adjudicator fmt [--check] [--lang zh|en] PATH…`: rewrites rule files in the canonical
/// layout (``RuleFormatter``), or with `--check` only names the files that would change.
struct FormatCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fmt",
    abstract: "Format rule files or directories (*.rules) in the canonical layout.",
    discussion: """
      Rewrites each file in place (atomically) and lists the files it changed. With --check \
      nothing is written: each file that would change is listed. Files with syntax errors are \
      reported and left alone. Exit 0 when done (with --check: when every file is already \
      formatted), 1 with --check when a file would change or when a file cannot be read, \
      written or safely formatted, 3 when a file has syntax errors, 64 on a usage error.
      """
  )

  @Flag(help: "Change nothing; list the files that would change and exit 1 if there are any.")
  var check = false

  @Option(help: "Output language: zh (default) or en.")
  var lang: Language = .zh

  @Argument(help: "Rule files or directories.")
  var paths: [String]

  func validate() throws {
    if paths.isEmpty { throw ValidationError("give at least one rule file or directory") }
  }

  func run() throws {
    var files: [String] = []
    do {
      for path in paths {
        for file in try SourceLoader.expand(path) where !files.contains(file) { files.append(file) }
      }
    } catch let e as SourceLoader.LoadError {
      Console.err("adjudicator: \(e.path): \(e.reason.text(lang))\n")
      throw ExitStatus.failure
    }
    var changed = 0
    var syntaxErrors = 0
    var failures = 0
    for path in files {
      guard let data = FileManager.default.contents(atPath: path) else {
        Console.err("adjudicator: \(path): \(lang == .zh ? "无法读取文件" : "cannot read the file")\n")
        failures += 1
        continue
      }
      let source = SourceFile(path: path, bytes: [UInt8](data))
      switch RuleFormatter.format(source) {
      case .syntaxErrors(let diagnostics):
        syntaxErrors += 1
        Console.err(DiagnosticRenderer(language: lang, sources: [source]).text(diagnostics))
      case .refused(let reason):
        failures += 1
        Console.err("adjudicator: \(path): \(lang == .zh ? "未格式化" : "not formatted"): \(reason.text(lang))\n")
      case .formatted(let text):
        guard Array(text.utf8) != [UInt8](data) else { continue }
        if !check {
          do { try Self.replace(path, with: text) } catch {
            failures += 1
            Console.err("adjudicator: \(path): \(lang == .zh ? "无法写入文件" : "cannot write the file"): \(error.localizedDescription)\n")
            continue
          }
        }
        changed += 1
        Console.out(path + "\n")
      }
    }
    Console.err(summary(files: files.count, changed: changed, syntaxErrors: syntaxErrors) + "\n")
    if syntaxErrors > 0 { throw ExitStatus.diagnostics }
    if failures > 0 || (check && changed > 0) { throw ExitStatus.failure }
  }

  func summary(files: Int, changed: Int, syntaxErrors: Int) -> String {
    let errors = syntaxErrors == 0 ? "" : lang == .zh ? ", \(syntaxErrors) 个文件有语法错误未格式化" : ", \(syntaxErrors) with syntax errors not formatted"
    switch (check, lang) {
    case (true, .zh): return "已检查 \(files) 个文件, \(changed) 个需要格式化" + errors
    case (false, .zh): return "已检查 \(files) 个文件, 格式化了 \(changed) 个" + errors
    case (true, .en): return "checked \(files) file\(files == 1 ? "" : "s"), \(changed) would be reformatted" + errors
    case (false, .en): return "checked \(files) file\(files == 1 ? "" : "s"), reformatted \(changed)" + errors
    }
  }

  /// Replaces a file atomically (a temporary file renamed over it), keeping its permissions;
  /// a symbolic link is followed, not replaced.
  static func replace(_ path: String, with text: String) throws {
    let url = URL(fileURLWithPath: path).resolvingSymlinksInPath()
    let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
    try Data(text.utf8).write(to: url, options: .atomic)
    if let permissions = attributes?[.posixPermissions] {
      try? FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: url.path)
    }
  }
}
