import CLibXML2
import Foundation
import PenaltyDomain

/// Parses untrusted XML with libxml2 directly: strict (no recovery), no network, no DTD
/// loading, no entity expansion, bounded in size and depth. A document that declares a
/// DTD or entities is refused before libxml2 sees it, so entity bombs and external
/// entities never run.
enum XMLSafeParser {
  /// The largest case file accepted.
  static let maximumBytes = 8 << 20

  /// libxml2 options: forbid network, keep errors out of stderr, never recover.
  static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)

  /// Refuses every external entity or DTD that libxml2 might try to load.
  static let installLoader: Void = {
    xmlSetExternalEntityLoader { _, _, _ in nil }
  }()

  /// Parses bytes into a document, or throws a located error.
  static func parse(_ bytes: [UInt8], file: String) throws(CaseLoadError) -> xmlDocPtr {
    _ = installLoader
    guard !bytes.isEmpty else { throw CaseLoadError(Origin(file: file, line: 1, column: 1), "文件为空", "the file is empty") }
    guard bytes.count <= maximumBytes else {
      throw CaseLoadError(Origin(file: file), "文件超过 \(maximumBytes >> 20) MB", "the file exceeds \(maximumBytes >> 20) MB")
    }
    if let at = firstOccurrence(of: "<!DOCTYPE", in: bytes) ?? firstOccurrence(of: "<!ENTITY", in: bytes) {
      throw CaseLoadError(origin(of: at, in: bytes, file: file),
                          "案件文件不得包含 DTD 或实体声明", "case files may not contain a DTD or entity declarations")
    }
    guard let ctxt = xmlNewParserCtxt() else {
      throw CaseLoadError(Origin(file: file), "无法创建 XML 解析器", "cannot create the XML parser")
    }
    defer { xmlFreeParserCtxt(ctxt) }
    let doc = bytes.withUnsafeBufferPointer { buffer in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
        xmlCtxtReadMemory(ctxt, base, Int32(buffer.count), file, "UTF-8", options)
      }
    }
    guard let doc, ctxt.pointee.wellFormed != 0 else {
      if let doc { xmlFreeDoc(doc) }
      throw lastError(ctxt, file: file, bytes: bytes)
    }
    return doc
  }

  /// The parser's last error as a located error.
  static func lastError(_ ctxt: xmlParserCtxtPtr, file: String, bytes: [UInt8]) -> CaseLoadError {
    guard let error = xmlCtxtGetLastError(UnsafeMutableRawPointer(ctxt)) else {
      return CaseLoadError(Origin(file: file), "XML 格式错误", "malformed XML")
    }
    let message = error.pointee.message.map { String(cString: $0) }?
      .trimmingCharacters(in: .whitespacesAndNewlines) ?? "?"
    let line = Int(error.pointee.line)
    let column = Int(error.pointee.int2)
    return CaseLoadError(Origin(file: file, line: max(line, 1), column: max(column, 1)),
                         "XML 格式错误: \(message)", "malformed XML: \(message)")
  }

  /// Byte offset of the first occurrence of an ASCII needle.
  static func firstOccurrence(of needle: String, in bytes: [UInt8]) -> Int? {
    let n = Array(needle.utf8)
    guard bytes.count >= n.count else { return nil }
    var i = 0
    while i + n.count <= bytes.count {
      if bytes[i] == n[0] && Array(bytes[i..<(i + n.count)]) == n { return i }
      i += 1
    }
    return nil
  }

  /// Line and column (in Characters) of a byte offset.
  static func origin(of offset: Int, in bytes: [UInt8], file: String) -> Origin {
    Origin(file: file, offset: offset, in: bytes)
  }
}
