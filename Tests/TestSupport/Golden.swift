import Foundation
import RuleLang

/// Golden-file support: compare output with a file beside the input; `RECORD_GOLDEN=1`
/// rewrites the file (and the test fails, so a re-record is always reviewed through
/// `git diff`).
public enum Golden {
  /// Whether this run re-records golden files.
  public static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

  /// The repository root, found from this file's path.
  public static func repositoryRoot(_ filePath: String = #filePath) -> URL {
    URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  /// Compares `actual` with the file at `path`; returns nil when they match, else a
  /// description of the difference. When recording, writes the file and returns a notice.
  public static func compare(_ actual: String, to path: URL) -> String? {
    let expected = try? String(contentsOf: path, encoding: .utf8)
    if recording {
      if expected == actual { return nil }
      try? actual.write(to: path, atomically: true, encoding: .utf8)
      return "recorded new golden file \(path.lastPathComponent); review it with git diff"
    }
    guard let expected else {
      return "missing golden file \(path.path); run with RECORD_GOLDEN=1 to create it"
    }
    if expected == actual { return nil }
    return "golden file \(path.lastPathComponent) differs:\n" + firstDifference(expected, actual)
  }

  /// The first differing line, for a readable failure.
  static func firstDifference(_ expected: String, _ actual: String) -> String {
    let e = expected.components(separatedBy: "\n")
    let a = actual.components(separatedBy: "\n")
    for i in 0..<max(e.count, a.count) {
      let x = i < e.count ? e[i] : "<end>"
      let y = i < a.count ? a[i] : "<end>"
      if x != y { return "line \(i + 1):\n  expected: \(x)\n  actual:   \(y)" }
    }
    return "(no line differs; check trailing whitespace)"
  }

  /// Every file under a directory with a suffix, as paths relative to `base`, sorted.
  public static func files(under dir: URL, suffix: String, relativeTo base: URL) -> [String] {
    guard let e = FileManager.default.enumerator(atPath: dir.path) else { return [] }
    var out: [String] = []
    while let rel = e.nextObject() as? String {
      guard rel.hasSuffix(suffix) else { continue }
      let full = dir.appendingPathComponent(rel).path
      out.append(String(full.dropFirst(base.path.count + 1)))
    }
    return out.sorted()
  }
}
