import CLibXML2
import Foundation
import PenaltyDomain

/// Validates parsed case documents against the case schema (XSD) with libxml2.
final class SchemaValidator: @unchecked Sendable {
  /// The compiled schema, built once.
  static let shared = SchemaValidator()

  private let schema: xmlSchemaPtr?
  private let lock = NSLock()

  private init() {
    let bytes = Array(CaseSchemaText.xsd.utf8)
    let parserContext = bytes.withUnsafeBufferPointer { buffer in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
        xmlSchemaNewMemParserCtxt($0, Int32(buffer.count))
      }
    }
    if let parserContext {
      schema = xmlSchemaParse(parserContext)
      xmlSchemaFreeParserCtxt(parserContext)
    } else {
      schema = nil
    }
  }

  /// Collects the first validation error.
  private final class ErrorBox {
    var line = 0
    var message = ""
    var node: xmlNodePtr?
  }

  /// Validates a document; throws the first violation with its line (and the column of
  /// the element on that line).
  func validate(_ doc: xmlDocPtr, file: String, bytes: [UInt8]) throws(CaseLoadError) {
    guard let schema else { throw CaseLoadError(Origin(file: file), "内置案件模式无法加载", "the built-in case schema cannot be loaded") }
    lock.lock()
    defer { lock.unlock() }
    guard let context = xmlSchemaNewValidCtxt(schema) else {
      throw CaseLoadError(Origin(file: file), "无法创建模式校验器", "cannot create the schema validator")
    }
    defer { xmlSchemaFreeValidCtxt(context) }
    let box = ErrorBox()
    let unmanaged = Unmanaged.passUnretained(box)
    xmlSchemaSetValidStructuredErrors(context, { user, error in
      guard let user, let error else { return }
      let box = Unmanaged<ErrorBox>.fromOpaque(user).takeUnretainedValue()
      guard box.message.isEmpty else { return }
      box.line = Int(error.pointee.line)
      box.message = error.pointee.message.map { String(cString: $0) }?
        .trimmingCharacters(in: .whitespacesAndNewlines) ?? "?"
      box.node = error.pointee.node?.assumingMemoryBound(to: xmlNode.self)
    }, unmanaged.toOpaque())
    let result = xmlSchemaValidateDoc(context, doc)
    if result != 0 {
      var line = box.line
      var name: String?
      if let node = box.node {
        if line == 0 { line = Int(xmlGetLineNo(node)) }
        name = node.pointee.name.map { String(cString: $0) }
      }
      let column = Self.column(ofElement: name, line: line, in: bytes)
      let message = box.message.isEmpty ? "invalid" : box.message
      throw CaseLoadError(Origin(file: file, line: max(line, 1), column: column),
                          "不符合案件模式: \(message)", "does not match the case schema: \(message)")
    }
  }

  /// The column of `<name` on a line, or 1.
  static func column(ofElement name: String?, line: Int, in bytes: [UInt8]) -> Int {
    column(ofElement: name, line: line, in: bytes, lineStarts: lineStarts(bytes))
  }

  /// The byte offset where each line starts.
  static func lineStarts(_ bytes: [UInt8]) -> [Int] {
    var starts = [0]
    for (i, b) in bytes.enumerated() where b == 0x0A { starts.append(i + 1) }
    return starts
  }

  /// The column (in Characters) of `<name` (or `:name`) on a line, or 1, with the line table
  /// computed once per document.
  static func column(ofElement name: String?, line: Int, in bytes: [UInt8], lineStarts: [Int]) -> Int {
    guard let name, line >= 1, line <= lineStarts.count else { return 1 }
    let start = lineStarts[line - 1]
    let end = line < lineStarts.count ? lineStarts[line] : bytes.count
    let text = bytes[start..<end]
    for prefix in ["<", ":"] {
      let needle = Array((prefix + name).utf8)
      guard needle.count <= text.count else { continue }
      var i = text.startIndex
      while i + needle.count <= text.endIndex {
        if text[i..<(i + needle.count)].elementsEqual(needle) {
          return String(decoding: bytes[start..<i], as: UTF8.self).count + 1
        }
        i += 1
      }
    }
    return 1
  }
}
