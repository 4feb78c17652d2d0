import RuleLang

/// Renders 公示 records as CSV or JSON.
public enum PublicityExport {
  /// The UTF-8 byte order mark. Written at the start of the CSV: the record is checked and
  /// pasted into the credit platform's 报送模板, an Excel workbook (publicity.md §8), and Excel
  /// reads a CSV without the mark in the system code page (GBK on Chinese Windows), garbling every
  /// Chinese header and value. Programs that read the file must skip it (most CSV readers do).
  public static let byteOrderMark = "\u{FEFF}"

  /// CSV (RFC 4180): the byte order mark, a header row with the fields' Chinese names (table
  /// order), one row per record, CRLF after every row. A field is enclosed in double quotes
  /// when it contains a comma, a double quote or a line break (CR, LF, CRLF or another Unicode
  /// newline); a double quote inside is doubled. Line
  /// breaks inside a value are kept (quoted), never dropped.
  public static func csv(_ records: [PublicityRecord], view: PublicityView) -> String {
    var out = byteOrderMark
    out += PublicityField.allCases.map { field($0.name) }.joined(separator: ",") + "\r\n"
    for r in records {
      out += r.row(view).map(field).joined(separator: ",") + "\r\n"
    }
    return out
  }

  /// One CSV field, quoted when it must be.
  public static func field(_ s: String) -> String {
    guard s.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return s }
    return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// JSON: an array of objects, each keyed by the `CF_*` codes in table order (a string, or
  /// null when empty; amounts are exact decimal strings in 万元), then `case` (the case id),
  /// `missing` (each needed field that is empty: its code, name and why) and `notes`.
  public static func json(_ records: [PublicityRecord], view: PublicityView, language: Language = .zh) -> JSONValue {
    .array(records.map { r in
      var members: [(String, JSONValue)] = PublicityField.allCases.map { f in
        let v = r.value(f, view: view)
        return (f.code, v.isEmpty ? .null : .string(v))
      }
      members.append(("case", .string(r.caseID)))
      members.append(("missing", .array(r.missing.map { m in
        .object([("field", .string(m.field.code)), ("name", .string(m.field.name)), ("reason", .string(m.reason.text(language)))])
      })))
      members.append(("notes", .array(r.notes.map { .string($0.text(language)) })))
      return .object(members)
    })
  }
}
