/// A small markup tree for both XML and HTML: elements with ordered attributes, text, and raw
/// text (trusted, for a style sheet). Renderers escape every text and attribute value.
public indirect enum Markup: Sendable, Equatable {
  /// An element with attributes and children.
  case element(String, attributes: [Attribute], children: [Markup])
  /// Text (escaped when rendered).
  case text(String)
  /// Raw text, written as is (only for content the renderer's caller wrote itself).
  case raw(String)

  /// An attribute: name and value (escaped when rendered).
  public struct Attribute: Sendable, Equatable {
    /// The name.
    public var name: String
    /// The value.
    public var value: String

    /// Creates an attribute.
    public init(_ name: String, _ value: String) {
      self.name = name
      self.value = value
    }
  }

  /// An element; attributes whose value is nil are left out.
  public static func el(_ name: String, _ attributes: [(String, String?)] = [], _ children: [Markup] = []) -> Markup {
    .element(name, attributes: attributes.compactMap { n, v in v.map { Attribute(n, $0) } }, children: children)
  }

  /// An element holding only text.
  public static func el(_ name: String, _ attributes: [(String, String?)] = [], text: String) -> Markup {
    el(name, attributes, [.text(text)])
  }

  /// Whether any direct child is text (then the element's content is written inline, so no
  /// whitespace is added to it).
  var hasTextChild: Bool {
    guard case .element(_, _, let children) = self else { return false }
    return children.contains { if case .element = $0 { false } else { true } }
  }
}

/// Escaping for XML and HTML: the five characters `<`, `>`, `&`, `"`, `'` become references in
/// text and in attribute values alike, and characters XML 1.0 forbids become U+FFFD.
public enum Escaping {
  /// Escapes text or an attribute value.
  public static func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for scalar in s.unicodeScalars {
      switch scalar {
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "&": out += "&amp;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
      default:
        let v = scalar.value
        let allowed = v >= 0x20 && !(0xFFFE...0xFFFF).contains(v) && !(0x7F...0x9F).contains(v)
        out.unicodeScalars.append(allowed ? scalar : "\u{FFFD}")
      }
    }
    return out
  }
}
