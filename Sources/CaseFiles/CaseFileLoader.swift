import CLibXML2
import Foundation
import PenaltyDomain
import RuleLang

/// CaseFiles: reads enforcement cases from XML (primary, schema-validated with libxml2),
/// JSON and JSON Lines. Every failure is a ``CaseLoadError`` naming the file, line and
/// column; one bad file never stops the rest of a batch.
public enum CaseFileLoader {
  /// One input: a case, or why it could not be read.
  public enum Item: Sendable {
    case loaded(EnforcementCase)
    case failed(CaseLoadError)
  }

  /// The case files a path stands for: the file itself, or every file under a directory whose
  /// name ends with one of `suffixes` (`*.xml`, `*.json`, `*.jsonl`), sorted.
  public static func files(_ path: String, suffixes: [String] = [".xml", ".json", ".jsonl"]) -> [String] {
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue,
      let walker = FileManager.default.enumerator(atPath: path)
    else { return [path] }
    let base = path.hasSuffix("/") ? String(path.dropLast()) : path
    var found: [String] = []
    while let rel = walker.nextObject() as? String {
      if suffixes.contains(where: { rel.hasSuffix($0) }) { found.append(base + "/" + rel) }
    }
    return found.sorted()
  }

  /// Initialises libxml2 (with the loader that refuses external entities) and compiles the case
  /// schema on the calling thread. Call it on the main thread before reading case files on
  /// other threads.
  public static func prepare() {
    xmlInitParser()
    _ = XMLSafeParser.installLoader
    _ = SchemaValidator.shared
  }

  /// Reads every case in a file (several for JSON Lines).
  public static func load(file: String) -> [Item] {
    guard let data = FileManager.default.contents(atPath: file) else {
      return [.failed(CaseLoadError(Origin(file: file), "无法读取文件", "cannot read the file"))]
    }
    let bytes = [UInt8](data)
    do {
      if file.hasSuffix(".jsonl") { return jsonLines(bytes, file: file) }
      if file.hasSuffix(".json") { return [.loaded(try JSONCaseReader.read(bytes, file: file))] }
      return [.loaded(try XMLCaseReader.read(bytes, file: file))]
    } catch {
      return [.failed(error)]
    }
  }

  /// One case per non-blank line; `firstLine` is the 1-based number of the first line (for a
  /// chunk of a longer file).
  public static func jsonLines(_ bytes: [UInt8], file: String, firstLine: Int = 1) -> [Item] {
    var items: [Item] = []
    var start = 0
    var line = firstLine - 1
    while start < bytes.count {
      var end = start
      while end < bytes.count, bytes[end] != 0x0A { end += 1 }
      let slice = Array(bytes[start..<end])
      if slice.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) {
        do {
          items.append(.loaded(try JSONCaseReader.read(slice, file: file, lineOffset: line)))
        } catch {
          items.append(.failed(error))
        }
      }
      line += 1
      start = end + 1
    }
    return items
  }
}
