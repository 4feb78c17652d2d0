import Foundation

/// Finds and reads `*.rules` files.
public enum SourceLoader {
  /// A path that could not be read.
  public struct LoadError: Error, Sendable {
    /// The path as given.
    public let path: String
    /// Why it failed.
    public let reason: LocalizedText
  }

  /// Reads the given files, and every `*.rules` file under the given directories.
  public static func load(_ paths: [String]) throws -> [SourceFile] {
    var files: [SourceFile] = []
    for path in paths {
      for file in try expand(path) {
        guard let data = FileManager.default.contents(atPath: file) else {
          throw LoadError(path: file, reason: LocalizedText(zh: "无法读取文件", en: "cannot read the file"))
        }
        files.append(SourceFile(path: file, bytes: [UInt8](data)))
      }
    }
    return files
  }

  /// The rule files a path stands for, sorted.
  public static func expand(_ path: String, suffix: String = ".rules") throws -> [String] {
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
      throw LoadError(path: path, reason: LocalizedText(zh: "路径不存在", en: "no such file or directory"))
    }
    guard isDir.boolValue else { return [path] }
    guard let walker = FileManager.default.enumerator(atPath: path) else { return [] }
    var found: [String] = []
    while let rel = walker.nextObject() as? String {
      if rel.hasSuffix(suffix) {
        let base = path.hasSuffix("/") ? String(path.dropLast()) : path
        found.append(base + "/" + rel)
      }
    }
    return found.sorted()
  }
}
