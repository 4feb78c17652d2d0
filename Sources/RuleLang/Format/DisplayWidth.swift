/// The width of text as a terminal or an editor with a CJK font shows it: Chinese characters
/// and full-width punctuation (「」《》（）) take two columns, everything else one. The
/// formatter aligns the columns of a 基准's tier table with it.
enum DisplayWidth {
  /// Columns taken by a string.
  static func of(_ s: String) -> Int {
    s.reduce(0) { $0 + of($1) }
  }

  /// Columns taken by one character (East Asian Wide and Fullwidth count two).
  static func of(_ c: Character) -> Int {
    guard let v = c.unicodeScalars.first?.value else { return 0 }
    return isWide(v) ? 2 : 1
  }

  /// The East Asian Wide (W) and Fullwidth (F) blocks of Unicode.
  static func isWide(_ v: UInt32) -> Bool {
    switch v {
    case 0x1100...0x115F,  // Hangul Jamo initials
      0x2E80...0x303E,  // CJK radicals, punctuation (「」《》、。)
      0x3041...0x33FF,  // kana, bopomofo, CJK compatibility
      0x3400...0x4DBF,  // CJK extension A
      0x4E00...0x9FFF,  // CJK unified ideographs
      0xA000...0xA4CF,  // Yi
      0xAC00...0xD7A3,  // Hangul syllables
      0xF900...0xFAFF,  // CJK compatibility ideographs
      0xFE30...0xFE4F,  // CJK compatibility forms
      0xFF00...0xFF60,  // full-width forms (（）＝，：)
      0xFFE0...0xFFE6,  // full-width signs
      0x1F300...0x1F64F, 0x1F900...0x1F9FF,  // emoji
      0x20000...0x2FFFD, 0x30000...0x3FFFD:  // CJK extensions B–
      return true
    default:
      return false
    }
  }
}
