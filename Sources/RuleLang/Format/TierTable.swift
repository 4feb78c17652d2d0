/// The tier rows of one 基准, aligned as the published table reads: the label 「…」, the `当`
/// condition and the `罚款` amounts each start at the same column in every row (columns counted
/// by ``DisplayWidth``, so Chinese text lines up). A row missing a part leaves its column
/// empty; `依据` follows the row's last part after two spaces, unaligned. Rows that continue
/// over several lines are not part of the table.
struct TierTable {
  /// The cells of one row: tier (`阶次 一般`), label, condition (`当 …`), amounts (`罚款 …`),
  /// citations (`依据 …`); empty when absent.
  struct Row {
    var cells: [String]
  }

  /// The cells of a single-line tier row.
  static func row(_ line: LineRenderer) -> Row {
    let n = line.tokens.count
    let label: Int? = { if n > 2, case .text = line.tokens[2].kind { return 2 } else { return nil } }()
    let when = line.tokens.indices.first { $0 >= 2 && line.isKeyword($0, .when) }
    let basis = line.tokens.indices.first { $0 >= 2 && line.isKeyword($0, .basis) && $0 > (line.fineIndex ?? 0) }
    let starts = [label, when, line.fineIndex, basis]
    func cell(_ k: Int) -> String {
      guard let start = starts[k] else { return "" }
      let end = starts[(k + 1)...].compactMap { $0 }.first ?? n
      return line.joined(start..<end)
    }
    let tierEnd = starts.compactMap { $0 }.first ?? n
    return Row(cells: [line.joined(0..<tierEnd), cell(0), cell(1), cell(2), cell(3)])
  }

  /// The rows laid out as a table, in order (without indentation).
  static func layout(_ rows: [Row]) -> [String] {
    func width(_ k: Int) -> Int { rows.map { DisplayWidth.of($0.cells[k]) }.max() ?? 0 }
    func used(_ k: Int) -> Bool { rows.contains { !$0.cells[k].isEmpty } }
    // Start columns of the label, condition and amount columns.
    let labelAt = width(0) + 1
    let whenAt = used(1) ? labelAt + width(1) + 1 : labelAt
    let fineAt = used(2) ? whenAt + width(2) + 2 : used(1) ? labelAt + width(1) + 2 : width(0) + 2
    return rows.map { row in
      var s = row.cells[0]
      func put(_ cell: String, at column: Int) {
        guard !cell.isEmpty else { return }
        s += String(repeating: " ", count: max(1, column - DisplayWidth.of(s))) + cell
      }
      put(row.cells[1], at: labelAt)
      put(row.cells[2], at: whenAt)
      put(row.cells[3], at: fineAt)
      if !row.cells[4].isEmpty { s += "  " + row.cells[4] }
      return s
    }
  }
}
