import RuleLang

/// The review sheet as plain text, for the reviewer's terminal (`adjudicator review show`).
extension LegalReviewSheet {
  /// Each item with its status and the recorded evidence behind it (or 待审核).
  public func text(caseID: String, recordedReviews: [String], language: Language) -> String {
    let zh = language == .zh
    var out = zh ? "法制审核表 · 案件 \(caseID)\n" : "legal review sheet · case \(caseID)\n"
    out += zh ? "重大执法决定: \(major ? "是" : "否")\n" : "major decision: \(major ? "yes" : "no")\n"
    for (n, item) in items.enumerated() {
      out += "\n\(n + 1). \(item.key.title.text(language)) [\(item.status.title.text(language))]  (\(item.key.basis))\n"
      if item.support.isEmpty { out += zh ? "   (案卷中没有相关记录, 由审核人员审查)\n" : "   (nothing recorded: for the reviewer)\n" }
      for s in item.support {
        out += "   - \(s.name): \(s.text)"
        if !s.citations.isEmpty { out += " 〔\(s.citations.joined(separator: "；"))〕" }
        out += "\n"
      }
    }
    if !recordedReviews.isEmpty {
      out += zh ? "\n已记录的审核意见:\n" : "\nrecorded reviews:\n"
      for r in recordedReviews { out += "  \(r)\n" }
    }
    return out
  }
}
