import Foundation

/// A rule source file: its path, its text and a table of line starts.
///
/// Positions are stored as UTF-8 offsets; lines and columns shown to people count
/// `Character`s (grapheme clusters) so that a column under Chinese text is the
/// column a reader counts.
public struct SourceFile: Sendable {
  /// The path as the user gave it (used in `file:line:column`).
  public let path: String
  /// The decoded text (invalid UTF-8 replaced by U+FFFD; see ``invalidUTF8Offsets``).
  public let text: String
  /// UTF-8 bytes of ``text``.
  public let utf8: [UInt8]
  /// UTF-8 offsets (into ``utf8``) where the original bytes were not valid UTF-8.
  public let invalidUTF8Offsets: [Int]
  /// UTF-8 offset of the first byte of each line.
  let lineStarts: [Int]

  /// Creates a source file from raw bytes, recording where the bytes were not UTF-8.
  public init(path: String, bytes: [UInt8]) {
    var invalid: [Int] = []
    let decoded = SourceFile.decode(bytes, invalid: &invalid)
    self.init(path: path, text: decoded, invalid: invalid)
  }

  /// Creates a source file from text.
  public init(path: String, text: String) {
    self.init(path: path, text: text, invalid: [])
  }

  private init(path: String, text: String, invalid: [Int]) {
    self.path = path
    self.text = text
    self.utf8 = Array(text.utf8)
    self.invalidUTF8Offsets = invalid
    var starts = [0]
    for (i, b) in utf8.enumerated() where b == 0x0A { starts.append(i + 1) }
    self.lineStarts = starts
  }

  /// Decodes UTF-8, replacing each invalid sequence with U+FFFD and noting its offset
  /// in the decoded text.
  static func decode(_ bytes: [UInt8], invalid: inout [Int]) -> String {
    var out = [UInt8]()
    out.reserveCapacity(bytes.count)
    var i = 0
    while i < bytes.count {
      let len = SourceFile.validSequenceLength(bytes, at: i)
      if len > 0 {
        out.append(contentsOf: bytes[i..<(i + len)])
        i += len
      } else {
        invalid.append(out.count)
        out.append(contentsOf: [0xEF, 0xBF, 0xBD])
        i += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The length of the valid UTF-8 sequence at `i`, or 0 when it is invalid.
  static func validSequenceLength(_ b: [UInt8], at i: Int) -> Int {
    let c = b[i]
    if c < 0x80 { return 1 }
    func cont(_ k: Int) -> Bool { i + k < b.count && b[i + k] & 0xC0 == 0x80 }
    switch c {
    case 0xC2...0xDF: return cont(1) ? 2 : 0
    case 0xE0:
      return cont(1) && b[i + 1] >= 0xA0 && cont(2) ? 3 : 0
    case 0xED:
      return cont(1) && b[i + 1] < 0xA0 && cont(2) ? 3 : 0
    case 0xE1...0xEC, 0xEE...0xEF: return cont(1) && cont(2) ? 3 : 0
    case 0xF0:
      return cont(1) && b[i + 1] >= 0x90 && cont(2) && cont(3) ? 4 : 0
    case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
    case 0xF4:
      return cont(1) && b[i + 1] < 0x90 && cont(2) && cont(3) ? 4 : 0
    default: return 0
    }
  }

  /// The 1-based line number containing a UTF-8 offset.
  public func line(of offset: Int) -> Int {
    var lo = 0
    var hi = lineStarts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
    }
    return lo + 1
  }

  /// The text of a 1-based line, without its line break.
  public func lineText(_ line: Int) -> String {
    guard line >= 1, line <= lineStarts.count else { return "" }
    let start = lineStarts[line - 1]
    var end = line < lineStarts.count ? lineStarts[line] - 1 : utf8.count
    if end > start, utf8[end - 1] == 0x0D { end -= 1 }
    return String(decoding: utf8[start..<max(start, end)], as: UTF8.self)
  }

  /// The 1-based column (in Characters) of a UTF-8 offset.
  public func column(of offset: Int) -> Int {
    let line = line(of: offset)
    let start = lineStarts[line - 1]
    let clamped = min(max(offset, start), utf8.count)
    let prefix = String(decoding: utf8[start..<clamped], as: UTF8.self)
    return prefix.count + 1
  }

  /// A full position for a UTF-8 offset.
  public func position(_ offset: Int) -> SourcePosition {
    SourcePosition(offset: offset, line: line(of: offset), column: column(of: offset))
  }

  /// The source text covered by a byte range.
  public func slice(_ start: Int, _ end: Int) -> String {
    let s = min(max(0, start), utf8.count)
    let e = min(max(s, end), utf8.count)
    return String(decoding: utf8[s..<e], as: UTF8.self)
  }
}

/// A point in a source file.
public struct SourcePosition: Sendable, Hashable, Codable {
  /// UTF-8 offset from the start of the file.
  public let offset: Int
  /// 1-based line.
  public let line: Int
  /// 1-based column, counted in Characters.
  public let column: Int
}

/// A half-open byte range `[start, end)` in one file.
public struct SourceRange: Sendable, Hashable {
  /// The file's path.
  public let file: String
  /// UTF-8 offset of the first byte.
  public let start: Int
  /// UTF-8 offset one past the last byte.
  public let end: Int

  /// Creates a range.
  public init(file: String, start: Int, end: Int) {
    self.file = file
    self.start = start
    self.end = max(start, end)
  }

  /// The smallest range covering both.
  public func through(_ other: SourceRange) -> SourceRange {
    SourceRange(file: file, start: min(start, other.start), end: max(end, other.end))
  }
}
