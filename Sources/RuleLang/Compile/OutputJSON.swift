/// JSON text of decision values written straight into bytes: numbers as exact decimals,
/// flags as booleans, enumeration values as their case names, texts as strings, dates as
/// `YYYY-MM-DD`, durations as `{"amount":n,"unit":…}`. The compiled path writes slots and the
/// interpreter path writes ``Value``s through here, so both produce the same bytes.
public enum OutputJSON {
  /// The JSON of a value.
  public static func json(_ v: Value) -> JSONValue {
    switch v {
    case .bool(let b): return .bool(b)
    case .int(let n): return .number(String(n))
    case .decimal(let d), .money(let d), .quantity(let d, _): return .number(DecimalMath.format(d))
    case .date(let d): return .string(d.description)
    case .duration: return v.json
    case .text(let s): return .string(s)
    case .enumCase(_, _, let c): return .string(c)
    }
  }

  /// Appends a value.
  public static func append(_ v: Value, into out: inout [UInt8]) {
    switch v {
    case .bool(let b): out.append(contentsOf: b ? "true".utf8 : "false".utf8)
    case .int(let n): append(Int64(n), into: &out)
    case .text(let s): append(string: s, into: &out)
    case .enumCase(_, _, let c): append(string: c, into: &out)
    default: out.append(contentsOf: json(v).compact().utf8)
    }
  }

  /// Appends a slot of a checked type (as its ``Value`` would be written).
  public static func append(_ s: Slot, type: ValueType, compiled: CompiledProgram, frame: Frame, into out: inout [UInt8]) {
    switch type {
    case .bool:
      out.append(contentsOf: s.isTrue ? "true".utf8 : "false".utf8)
    case .int, .decimal, .money, .quantity:
      var m = s.a
      var places = s.b
      while places > 0, m % 10 == 0 {
        m /= 10
        places -= 1
      }
      if places == 0 {
        append(m, into: &out)
      } else if places <= 12 {  // DecimalMath.format keeps 12 places
        if m < 0 { out.append(0x2D) }
        let unit = UInt64(FixedPoint.powers[Int(places)])
        append(Int64(m.magnitude / unit), into: &out)
        out.append(0x2E)
        var fraction = m.magnitude % unit
        var digits = [UInt8](repeating: 0x30, count: Int(places))
        var i = digits.count
        while fraction > 0 {
          i -= 1
          digits[i] = 0x30 + UInt8(fraction % 10)
          fraction /= 10
        }
        out.append(contentsOf: digits)
      } else {
        append(.decimal(SlotConversion.decimal(s)), into: &out)
      }
    case .enumeration(let e, _):
      let cases = compiled.program.enumerations[e].cases
      if s.a >= 0, s.a < cases.count { append(string: cases[Int(s.a)], into: &out) } else { out.append(contentsOf: "null".utf8) }
    default:
      if let v = compiled.value(s, type: type, in: frame) { append(v, into: &out) } else { out.append(contentsOf: "null".utf8) }
    }
  }

  /// Appends a JSON string (escaping as ``JSONValue`` does).
  public static func append(string s: String, into out: inout [UInt8]) {
    out.append(0x22)
    var plain = true
    for b in s.utf8 where b == 0x22 || b == 0x5C || b < 0x20 {
      plain = false
      break
    }
    if plain {
      out.append(contentsOf: s.utf8)
    } else {
      var text = ""
      JSONValue.writeString(s, into: &text)
      out.append(contentsOf: text.utf8.dropFirst().dropLast())
    }
    out.append(0x22)
  }

  /// Appends the decimal digits of an integer.
  @inline(__always)
  public static func append(_ n: Int64, into out: inout [UInt8]) {
    if n < 0 { out.append(0x2D) }
    var v = n.magnitude
    if v < 10 {
      out.append(0x30 + UInt8(v))
      return
    }
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
      var i = 20
      while v > 0 {
        i -= 1
        buffer[i] = 0x30 + UInt8(v % 10)
        v /= 10
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[i..<20]))
    }
  }
}
