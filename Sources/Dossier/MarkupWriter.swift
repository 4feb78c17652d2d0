import RuleLang

/// Writes a `Markup` tree as XML or HTML text: two-space indentation for elements that hold only
/// elements, inline content (no added whitespace) for elements that hold text.
struct MarkupWriter {
  /// XML (empty elements as `<x/>`) or HTML (void elements as `<meta>`, others `<p></p>`).
  enum Syntax { case xml, html }

  let syntax: Syntax
  /// Elements whose content is always written inline (mixed content, even when it holds only
  /// elements).
  var inlineElements: Set<String> = []
  static let voidElements: Set<String> = ["meta", "br", "hr", "link", "img", "col", "wbr"]

  func write(_ node: Markup) -> String {
    var out = ""
    write(node, level: 0, inline: false, into: &out)
    return out
  }

  private func write(_ node: Markup, level: Int, inline: Bool, into out: inout String) {
    switch node {
    case .text(let t): out += Escaping.escape(t)
    case .raw(let r): out += r
    case .element(let name, let attributes, let children):
      let indent = inline ? "" : String(repeating: "  ", count: level)
      out += indent + "<" + name
      for a in attributes { out += " \(a.name)=\"\(Escaping.escape(a.value))\"" }
      if children.isEmpty {
        switch syntax {
        case .xml: out += "/>"
        case .html: out += Self.voidElements.contains(name) ? ">" : "></\(name)>"
        }
      } else if inline || node.hasTextChild || inlineElements.contains(name) {
        out += ">"
        for c in children { write(c, level: 0, inline: true, into: &out) }
        out += "</\(name)>"
      } else {
        out += ">\n"
        for c in children {
          write(c, level: level + 1, inline: false, into: &out)
          out += "\n"
        }
        out += indent + "</\(name)>"
      }
    }
  }
}

/// Renders a dossier as XML (namespace `urn:adjudicator:dossier:1`, described by
/// `Schemas/dossier.xsd`).
public struct XMLRenderer {
  /// Creates the renderer.
  public init() {}

  /// A markup tree as XML text (no declaration).
  public func fragment(_ node: Markup) -> String { MarkupWriter(syntax: .xml, inlineElements: ["p", "number"]).write(node) }

  /// The XML document of a dossier.
  public func render(_ model: DossierModel) -> String {
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + fragment(DossierXML.tree(model)) + "\n"
  }
}

/// Renders a dossier as one self-contained HTML file (style sheet inline, A4 print layout).
public struct HTMLRenderer {
  /// Labels' language; legal texts stay Chinese.
  public let language: Language

  /// Creates the renderer.
  public init(language: Language = .zh) { self.language = language }

  /// A markup tree as HTML text.
  public func fragment(_ node: Markup) -> String {
    MarkupWriter(syntax: .html, inlineElements: DossierHTML.inlineElements).write(node)
  }

  /// The HTML document of a dossier.
  public func render(_ model: DossierModel) -> String {
    "<!DOCTYPE html>\n" + fragment(DossierHTML(model: model, language: language).page()) + "\n"
  }
}
