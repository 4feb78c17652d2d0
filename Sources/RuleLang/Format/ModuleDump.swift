/// A canonical text of a whole syntax tree, without source positions: two files whose dumps are
/// equal declare the same rules, whatever their layout, comments or spelling of symbols. The
/// formatter checks every result with it; expressions are written with ``Expr/dump``.
extension SourceModule {
  /// Every declaration with every field, in order; positions (``SourceRange``) left out.
  public var dump: String {
    var out = ""
    for d in declarations {
      ModuleDump.write(d, &out)
      out += "\n"
    }
    return out
  }
}

/// Writes any syntax-tree value by reflection, so that a field added to the tree later is
/// compared too.
enum ModuleDump {
  static func write(_ value: Any, _ out: inout String) {
    switch value {
    case let e as Expr:
      out += e.dump
      return
    case let n as Name:
      out += "«\(n.text)»"
      return
    case let s as String:
      out += "\"\(s)\""
      return
    case let d as CivilDate:
      out += d.description
      return
    default:
      break
    }
    let mirror = Mirror(reflecting: value)
    switch mirror.displayStyle {
    case .optional:
      if let child = mirror.children.first { write(child.value, &out) } else { out += "nil" }
    case .collection:
      out += "["
      for (i, child) in mirror.children.enumerated() {
        if i > 0 { out += ", " }
        write(child.value, &out)
      }
      out += "]"
    case .set, .dictionary:
      // Unordered: compare the elements in a fixed order.
      let elements = mirror.children.map { child -> String in
        var s = ""
        write(child.value, &s)
        return s
      }
      out += "{" + elements.sorted().joined(separator: ", ") + "}"
    case .enum:
      guard let child = mirror.children.first else {
        out += ".\(value)"
        return
      }
      out += ".\(child.label ?? "?")("
      write(child.value, &out)
      out += ")"
    case .struct, .class, .tuple:
      out += "\(mirror.subjectType)("
      var first = true
      for child in mirror.children where !(child.value is SourceRange) {
        if !first { out += ", " }
        first = false
        if let label = child.label { out += "\(label): " }
        write(child.value, &out)
      }
      out += ")"
    default:
      out += "\(value)"
    }
  }
}
