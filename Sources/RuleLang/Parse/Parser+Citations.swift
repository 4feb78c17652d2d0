import Foundation

/// Citations: `《城市道路管理条例》第四十二条`, `《行政处罚法》第三十三条第一款`,
/// `《城市建筑垃圾管理规定》第二十条第（三）项`, checked for form as they are read.
extension Parser {
  /// One or more citations separated by commas.
  mutating func citations() throws(Failure) -> [Citation] {
    var list = [try citation()]
    while accept(symbol: ",") { list.append(try citation()) }
    return list
  }

  mutating func citation() throws(Failure) -> Citation {
    guard case .title(let title) = kind else {
      if case .articlePart = kind {
        throw fail(.badCitation(LocalizedText(zh: "缺少法规名称《》", en: "the law title 《》 is missing")))
      }
      throw expected("法律依据《法规名》", "a citation 《title》")
    }
    let startToken = advance()
    if title.trimmingCharacters(in: .whitespaces).isEmpty {
      throw fail(.badCitation(LocalizedText(zh: "法规名称为空", en: "the law title is empty")), at: range(startToken))
    }
    var parts: [CitationPart] = []
    while case .articlePart(let level, let numeral, let subText) = kind {
      let t = advance()
      let r = range(t)
      guard let number = ChineseNumerals.parse(numeral) else {
        throw fail(.badCitation(LocalizedText(zh: "「\(numeral)」不是有效的数字", en: "\"\(numeral)\" is not a valid numeral")), at: r)
      }
      var sub: Int?
      if let subText {
        guard let s = ChineseNumerals.parse(subText) else {
          throw fail(.badCitation(LocalizedText(zh: "「\(subText)」不是有效的数字", en: "\"\(subText)\" is not a valid numeral")), at: r)
        }
        sub = s
      }
      if let last = parts.last, level <= last.level {
        throw fail(.badCitation(LocalizedText(
          zh: "「第\(numeral)\(level.rawValue)」不能写在「\(last.level.rawValue)」之后",
          en: "a \(level.rawValue) cannot follow a \(last.level.rawValue)")), at: r)
      }
      if parts.isEmpty && level != .article {
        throw fail(.badCitation(LocalizedText(zh: "「\(level.rawValue)」之前缺少「条」", en: "the article (条) is missing before the \(level.rawValue)")), at: r)
      }
      // 第二十条第三项 (an item of the article's only paragraph) is common usage: accepted.
      if numeral.contains(where: { $0.isASCII }) || (subText?.contains(where: { $0.isASCII }) ?? false) {
        diagnostics.append(Diagnostic(.arabicCitation(), at: r))
      }
      parts.append(CitationPart(level: level, number: number, sub: sub))
    }
    return Citation(title: title, parts: parts, range: range(from: startToken.start))
  }
}
