import RuleLang

/// The fast reader of one JSON Lines record: fills a ``Frame`` straight from the bytes, with
/// no `String`, no `JSONValue` and no allocation for the common shapes. Anything it does not
/// recognise with certainty — escapes, non-ASCII text, exponents, a repeated or unknown key, a
/// syntax error — makes it return false, and the record goes to ``RecordReference``, which
/// reads it with the full JSON parser and reports any problem with its line and column. The
/// two readers therefore accept the same records and read them identically (tested).
struct RecordScanner {
  let layout: RecordLayout
  /// Per fact: the number of the record that last set it (repeated keys are refused).
  var seen: [UInt32]
  var record: UInt32 = 0
  /// The id's bytes (with quotes when it is a string), as offsets into the line.
  var idStart = 0
  var idEnd = 0

  init(layout: RecordLayout) {
    self.layout = layout
    seen = Array(repeating: 0, count: layout.factKeys.count)
  }

  /// Reads `line` into `frame` (already prepared with ``CompiledProgram/begin(_:)``); false
  /// when the reference reader must take the record.
  mutating func scan(_ line: UnsafeBufferPointer<UInt8>, into frame: Frame) -> Bool {
    record &+= 1
    if record == 0 {  // wrapped: forget every mark
      for i in seen.indices { seen[i] = 0 }
      record = 1
    }
    idStart = 0
    idEnd = 0
    var p = 0
    guard object(line, &p, frame, depth: 0) else { return false }
    skipSpace(line, &p)
    return p == line.count
  }

  @inline(__always) func skipSpace(_ s: UnsafeBufferPointer<UInt8>, _ p: inout Int) {
    while p < s.count, s[p] == 0x20 || s[p] == 0x09 || s[p] == 0x0D { p += 1 }
  }

  /// A string without escapes (well-formed UTF-8): the offsets of its content.
  @inline(__always) func plainString(_ s: UnsafeBufferPointer<UInt8>, _ p: inout Int) -> Range<Int>? {
    guard p < s.count, s[p] == 0x22 else { return nil }
    let start = p + 1
    var q = start
    while q < s.count {
      let c = s[q]
      if c == 0x22 {
        p = q + 1
        return start..<q
      }
      if c == 0x5C || c < 0x20 { return nil }
      if c >= 0x80 {
        guard let n = utf8Sequence(s, q) else { return nil }
        q += n
      } else {
        q += 1
      }
    }
    return nil
  }

  /// The length of the well-formed UTF-8 sequence at `q` (lead byte ≥ 0x80), or nil.
  @inline(__always) func utf8Sequence(_ s: UnsafeBufferPointer<UInt8>, _ q: Int) -> Int? {
    let b0 = s[q]
    let n: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch b0 {
    case 0xC2...0xDF: n = 2
    case 0xE0: n = 3; low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: n = 3
    case 0xED: n = 3; high = 0x9F
    case 0xF0: n = 4; low = 0x90
    case 0xF1...0xF3: n = 4
    case 0xF4: n = 4; high = 0x8F
    default: return nil
    }
    guard q + n <= s.count, s[q + 1] >= low, s[q + 1] <= high else { return nil }
    for k in 2..<n where s[q + k] < 0x80 || s[q + k] > 0xBF { return nil }
    return n
  }

  mutating func object(_ s: UnsafeBufferPointer<UInt8>, _ p: inout Int, _ frame: Frame, depth: Int) -> Bool {
    skipSpace(s, &p)
    guard p < s.count, s[p] == 0x7B else { return false }
    p += 1
    skipSpace(s, &p)
    if p < s.count, s[p] == 0x7D {
      p += 1
      return true
    }
    while true {
      skipSpace(s, &p)
      guard let key = plainString(s, &p) else { return false }
      skipSpace(s, &p)
      guard p < s.count, s[p] == 0x3A else { return false }
      p += 1
      skipSpace(s, &p)
      let keyBytes = UnsafeBufferPointer(rebasing: s[key])
      if let i = layout.fact(keyBytes) {
        guard seen[i] != record else { return false }
        seen[i] = record
        guard value(s, &p, fact: i, frame) else { return false }
      } else if depth == 0, key.count == 2, s[key.lowerBound] == 0x69, s[key.lowerBound + 1] == 0x64, idEnd == 0 {
        guard id(s, &p) else { return false }
      } else if depth < 2, p < s.count, s[p] == 0x7B {
        guard object(s, &p, frame, depth: depth + 1) else { return false }
      } else {
        return false
      }
      skipSpace(s, &p)
      guard p < s.count else { return false }
      if s[p] == 0x2C {
        p += 1
        continue
      }
      guard s[p] == 0x7D else { return false }
      p += 1
      return true
    }
  }

  /// `"id"`: a plain string or a whole number, kept as written.
  mutating func id(_ s: UnsafeBufferPointer<UInt8>, _ p: inout Int) -> Bool {
    let start = p
    if plainString(s, &p) != nil {
      idStart = start
      idEnd = p
      return true
    }
    guard p < s.count, s[p] != 0x2D, let (_, places) = number(s, &p), places == 0 else { return false }
    idStart = start
    idEnd = p
    return true
  }

  /// A JSON number without exponent: mantissa and decimal places (at most 18 digits).
  @inline(__always) func number(_ s: UnsafeBufferPointer<UInt8>, _ p: inout Int) -> (Int64, Int64)? {
    var q = p
    let negative = q < s.count && s[q] == 0x2D
    if negative { q += 1 }
    let first = q
    var m: Int64 = 0
    var digits = 0
    var places: Int64 = 0
    var fraction = false
    while q < s.count {
      let c = s[q]
      if c >= 0x30 && c <= 0x39 {
        m = m &* 10 &+ Int64(c - 0x30)
        digits += 1
        if fraction { places += 1 }
      } else if c == 0x2E && !fraction {
        guard q > first, q + 1 < s.count, s[q + 1] >= 0x30 && s[q + 1] <= 0x39 else { return nil }
        fraction = true
      } else {
        break
      }
      q += 1
    }
    // JSON forbids leading zeros ("012"); exponents and long numbers go to the full parser.
    guard digits > 0, digits <= 18, !(s[first] == 0x30 && q > first + 1 && s[first + 1] != 0x2E) else { return nil }
    if q < s.count, s[q] == 0x65 || s[q] == 0x45 { return nil }
    p = q
    return (negative ? -m : m, places)
  }

  @inline(__always) func literal(_ s: UnsafeBufferPointer<UInt8>, _ p: inout Int, _ word: StaticString) -> Bool {
    let n = word.utf8CodeUnitCount
    guard p + n <= s.count else { return false }
    let w = word.utf8Start
    for k in 0..<n where s[p + k] != w[k] { return false }
    p += n
    return true
  }

  /// The value of fact `i`, in its declared type.
  mutating func value(_ s: UnsafeBufferPointer<UInt8>, _ p: inout Int, fact i: Int, _ frame: Frame) -> Bool {
    guard p < s.count else { return false }
    if s[p] == 0x6E {  // null: explicitly unknown
      guard literal(s, &p, "null") else { return false }
      frame.known[i] = false
      return true
    }
    let slot: Slot
    switch layout.factTypes[i] {
    case .bool:
      if literal(s, &p, "true") { slot = .bool(true) } else if literal(s, &p, "false") { slot = .bool(false) } else { return false }
    case .int:
      guard let (m, places) = number(s, &p), places == 0 else { return false }
      slot = .int(m)
    case .decimal, .money, .quantity:
      guard let (m, places) = number(s, &p) else { return false }
      slot = .number(m, places: places)
    case .date:
      guard let r = plainString(s, &p), r.count == 10, let d = date(s, r) else { return false }
      slot = .date(d)
    case .text:
      guard let r = plainString(s, &p) else { return false }
      let bytes = UnsafeBufferPointer(rebasing: s[r])
      if let id = layout.textKeys.firstIndex(where: { $0.withUnsafeBufferPointer { Bytes.equal($0, bytes) } }) {
        slot = Slot(a: Int64(id), b: -1)  // the constant, spelt the same
      } else {
        slot = layout.compiled.textSlot(String(decoding: bytes, as: UTF8.self), in: frame)
      }
    case .enumeration:
      guard let r = plainString(s, &p) else { return false }
      let bytes = UnsafeBufferPointer(rebasing: s[r])
      guard let c = layout.enumCases[i].firstIndex(where: { $0.withUnsafeBufferPointer { Bytes.equal($0, bytes) } }) else {
        return false
      }
      slot = Slot(a: Int64(c))
    case .duration, .error:
      return false  // durations are written as text ("6个月"): the full reader converts them
    }
    frame.facts[i] = slot
    frame.known[i] = true
    return true
  }

  /// `YYYY-MM-DD`, strictly.
  @inline(__always) func date(_ s: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> CivilDate? {
    let b = r.lowerBound
    guard s[b + 4] == 0x2D, s[b + 7] == 0x2D else { return nil }
    func digits(_ from: Int, _ n: Int) -> Int? {
      var v = 0
      for k in from..<(from + n) {
        let c = s[b + k]
        guard c >= 0x30 && c <= 0x39 else { return nil }
        v = v * 10 + Int(c - 0x30)
      }
      return v
    }
    guard let y = digits(0, 4), let m = digits(5, 2), let d = digits(8, 2) else { return nil }
    return CivilDate(year: y, month: m, day: d)
  }
}
