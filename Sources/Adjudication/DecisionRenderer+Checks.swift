import Foundation
import RuleLang

/// The procedural checks beside the decision: each result with its basis, what it read,
/// and, for a failure, what it means and by when it must be mended.
extension DecisionRenderer {
  private var zh: Bool { language == .zh }

  func resultText(_ r: CheckResult.Result) -> String { zh ? r.rawValue : r.english }

  func checksText(_ d: CaseDecision) -> String {
    guard !d.checks.isEmpty else { return "" }
    let mark: [CheckResult.Result: String] = [.pass: "✓", .fail: "✗", .notApplicable: "–", .unknown: "?"]
    let counts = CheckResult.Result.allCases.compactMap { r -> String? in
      let n = d.checks.filter { $0.result == r }.count
      return n == 0 ? nil : "\(resultText(r)) \(n)"
    }
    var out = "  \(zh ? "程序检查 (三项制度与期限)" : "procedural checks (three systems and deadlines)"): \(counts.joined(separator: ", "))\n"
    for c in d.checks where c.result != .notApplicable {
      out += "    \(mark[c.result]!) \(c.name) 「\(c.title)」: \(resultText(c.result))" + citations(c.citations) + "\n"
      if c.result == .pass { continue }
      if !c.reads.isEmpty { out += "        \(zh ? "读取" : "read") \(traces.text(reads: c.reads))\n" }
      if !c.missing.isEmpty { out += "        \(zh ? "缺少记录" : "missing record"): \(c.missing.joined(separator: zh ? "、" : ", "))\n" }
      if let p = c.problem { out += "        \(zh ? "原因" : "reason"): \(p.text(language))\n" }
      if let consequence = c.consequence { out += "        \(zh ? "后果" : "consequence"): \(consequence)\n" }
      if let deadline = c.deadline { out += "        \(zh ? "期限" : "deadline"): \(deadline)\n" }
    }
    if d.blocked {
      let blocking = d.checks.filter { $0.blocksDecision && ($0.result == .fail || $0.result == .unknown) }
      out += "  \(zh ? "决定受阻" : "decision blocked"): " + blocking.map { c in
        // A failure says what it requires; an unknown result says which record is missing.
        var s = c.result == .fail
          ? (c.consequence ?? c.title)
          : "「\(c.title)」" + (zh ? "无法判断, 须补充记录" : " cannot be told; add the record")
            + (c.missing.isEmpty ? "" : ": " + c.missing.joined(separator: zh ? "、" : ", "))
        if let deadline = c.deadline { s += zh ? " (期限 \(deadline))" : " (by \(deadline))" }
        return s
      }.joined(separator: zh ? "；" : "; ") + "\n"
    }
    return out
  }

  func checkJSON(_ c: CheckResult) -> JSONValue {
    var o: [(String, JSONValue)] = [
      ("name", .string(c.name)), ("title", .string(c.title)), ("result", .string(c.result.rawValue)),
      ("citations", .array(c.citations.map { .string($0.text) })), ("reads", .array(c.reads.map { traces.json($0) })),
    ]
    if !c.missing.isEmpty { o.append(("missing", .array(c.missing.map { .string($0) }))) }
    if let p = c.problem { o.append(("problem", .string(p.text(language)))) }
    if let consequence = c.consequence { o.append(("consequence", .string(consequence))) }
    if let deadline = c.deadline { o.append(("deadline", .string(deadline.description))) }
    o.append(("blocksDecision", .bool(c.blocksDecision)))
    return .object(o)
  }
}
