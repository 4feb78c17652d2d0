import Foundation

/// A run of whole lines from one input file. Workers number lines from 1 within the chunk;
/// ``RecordBatch`` turns them into file line numbers as it delivers chunks in order.
public struct LineChunk: Sendable {
  /// The file the lines come from.
  public let file: String
  /// The lines' bytes; the last line ends with a newline unless it ends the file.
  public let bytes: [UInt8]
  /// Whether the chunk is a whole `.json` file holding one record (lines are not split).
  public let wholeFile: Bool
  /// Whether the chunk is the first of its file (line numbers start again).
  public var startsFile = true
}

/// Reads a file in large blocks and hands out chunks that end on a line boundary, so memory
/// stays flat however long the file is. `-` reads standard input.
public final class LineChunkReader {
  let file: String
  let fd: Int32
  let blockSize: Int
  var carry: [UInt8] = []
  var finished = false
  var emitted = false
  /// Bytes read so far.
  public private(set) var bytesRead = 0

  /// Opens a file (nil when it cannot be opened).
  public init?(path: String, blockSize: Int = 1 << 20) {
    file = path
    self.blockSize = blockSize
    fd = path == "-" ? 0 : open(path, O_RDONLY)
    if fd < 0 { return nil }
  }

  deinit { if fd > 0 { close(fd) } }

  /// The next chunk, or nil at the end of the file.
  public func next() -> LineChunk? {
    while !finished {
      var block = [UInt8](repeating: 0, count: blockSize)
      let n = block.withUnsafeMutableBytes { read(fd, $0.baseAddress, blockSize) }
      if n <= 0 {
        finished = true
        break
      }
      bytesRead += n
      block.removeLast(blockSize - n)
      guard let lastNewline = block.lastIndex(of: 0x0A) else {
        carry.append(contentsOf: block)
        continue
      }
      var bytes = carry
      bytes.append(contentsOf: block[...lastNewline])
      carry = Array(block[(lastNewline + 1)...])
      return emit(bytes)
    }
    guard !carry.isEmpty else { return nil }
    let rest = carry
    carry = []
    return emit(rest)
  }

  func emit(_ bytes: [UInt8]) -> LineChunk {
    var chunk = LineChunk(file: file, bytes: bytes, wholeFile: false)
    chunk.startsFile = !emitted
    emitted = true
    return chunk
  }

  /// A `.json` file as one chunk holding one record.
  public static func wholeFile(_ path: String) -> LineChunk? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return LineChunk(file: path, bytes: [UInt8](data), wholeFile: true)
  }
}
