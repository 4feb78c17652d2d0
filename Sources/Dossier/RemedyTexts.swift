import RuleLang

/// The payment paragraph (publicity.md §6.3) and the remedies paragraph (§6.2): fixed wordings
/// composed from the statutes, chosen by the decision date, with the agency-specific slots left
/// blank (the case does not say which bank, which 人民政府 or which court).
enum RemedyTexts {
  /// 行政处罚法 (2021 revision) in force.
  static let revised2021 = CivilDate(year: 2021, month: 7, day: 15)!
  /// 行政复议法 (2023 revision) in force: the 本级人民政府 is the only 复议机关 of a 工作部门.
  static let reconsideration2024 = CivilDate(year: 2024, month: 1, day: 1)!

  static func date(_ iso: String) -> CivilDate? { CivilDate(iso: iso) }

  /// 15 days from receipt, a bank or electronic payment, 3% a day capped at the fine (Art 67, 72).
  static func payment(decisionDate: String) -> [Paragraph] {
    let article = (date(decisionDate).map { $0 >= revised2021 } ?? true)
      ? "《中华人民共和国行政处罚法》第七十二条第一款第一项" : "《中华人民共和国行政处罚法》第五十一条第一项"
    return [Paragraph([
      .text("当事人应当自收到本行政处罚决定书之日起十五日内，到"), .blank(field: "指定银行及账户"),
      .text("或者通过电子支付系统缴纳罚款。到期不缴纳罚款的，本机关可以依据\(article)的规定，每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额。"),
    ])]
  }

  /// 复议 60 日 / 诉讼 6 个月 from receipt. From 2024-01-01 the 复议机关 is the 本级人民政府 (for a
  /// 乡镇人民政府 or 街道办事处, the 上一级人民政府); before, the party could choose the 本级人民政府
  /// or the 上一级主管部门. The 当场 form (简易程序) from 2024-01-01 requires 复议 first.
  static func remedies(_ kind: DecisionDocument.Kind, decisionDate: String, agency: String,
                       summaryProcedure: Bool) -> [Paragraph] {
    let decision = kind == .penalty ? "本行政处罚决定" : "本决定"
    let document = kind == .penalty ? "本行政处罚决定书" : "本决定书"
    let from2024 = date(decisionDate).map { $0 >= reconsideration2024 } ?? true
    let government = agency.hasSuffix("人民政府") || agency.contains("街道办事处") ? "上一级人民政府全称" : "本级人民政府全称"
    var first: [Inline]
    if from2024 && summaryProcedure {
      first = [
        .text("当事人如不服\(decision)，应当先在收到\(document)之日起六十日内向"), .blank(field: government),
        .text("申请行政复议（可以通过本机关提交行政复议申请）；对行政复议决定不服的，可以依法向人民法院提起行政诉讼。"),
      ]
    } else {
      first = [.text("当事人如不服\(decision)，可以在收到\(document)之日起六十日内向"), .blank(field: government)]
      if !from2024 { first += [.text("或者"), .blank(field: "上一级主管部门")] }
      first += [.text("申请行政复议，也可以在六个月内依法向"), .blank(field: "有管辖权的人民法院"), .text("提起行政诉讼。")]
    }
    if kind == .penalty {
      first.append(.text("行政复议或者行政诉讼期间，本行政处罚决定不停止执行，法律另有规定的除外。"))
    }
    var out = [Paragraph(first)]
    if kind == .penalty {
      out.append(Paragraph([.text("当事人逾期不申请行政复议、不提起行政诉讼，又不履行本行政处罚决定的，本机关将依法申请人民法院强制执行。")]))
    }
    return out
  }
}
