import RuleLang

/// A piece of a paragraph: text, or a field the case does not give (shown as 「（待填写）」).
public enum Inline: Sendable, Equatable {
  /// Text.
  case text(String)
  /// A field to fill in by hand; `field` names it for the reader.
  case blank(field: String)

  /// What a blank shows.
  public static let blankText = "（待填写）"
}

/// A paragraph of a document.
public struct Paragraph: Sendable, Equatable {
  /// Its pieces.
  public var inlines: [Inline]

  /// Creates a paragraph.
  public init(_ inlines: [Inline]) { self.inlines = inlines }

  /// The paragraph as plain text, blanks shown as 「（待填写）」.
  public var plainText: String {
    inlines.map { if case .text(let t) = $0 { t } else { Inline.blankText } }.joined()
  }

  /// The fields left blank.
  public var blanks: [String] {
    inlines.compactMap { if case .blank(let f) = $0 { f } else { nil } }
  }
}

/// A section of the 决定书 (publicity.md §6.1 rows 0–8, §6.4).
public struct DocumentSection: Sendable {
  /// The section's role.
  public var key: SectionKey
  /// Its paragraphs.
  public var paragraphs: [Paragraph]
}

/// The sections of a 决定书, in the order they are written.
public enum SectionKey: String, Sendable, CaseIterable {
  /// 当事人 basic data (行政处罚法第五十九条第一款第一项).
  case party
  /// 案件来源及调查经过.
  case investigation
  /// 违法事实和证据 (第二项).
  case facts
  /// 陈述、申辩 / 听证.
  case statement
  /// 法律适用, 裁量基准适用说明 and the decision (第三项); for 不予处罚, the reasons and ground.
  case decision
  /// 履行方式和期限 (第四项).
  case payment
  /// 救济途径和期限 (第五项).
  case remedies
  /// 机关名称, 日期, 印章 (第六项).
  case signature

  /// The section's name, for the dossier's reader (the document itself carries no headings).
  public var title: LocalizedText {
    switch self {
    case .party: LocalizedText(zh: "当事人基本情况", en: "Party")
    case .investigation: LocalizedText(zh: "案件来源及调查经过", en: "Source of the case and investigation")
    case .facts: LocalizedText(zh: "违法事实和证据", en: "Facts and evidence")
    case .statement: LocalizedText(zh: "陈述、申辩和听证", en: "Statements, defence and hearing")
    case .decision: LocalizedText(zh: "法律适用、裁量和决定", en: "Law applied, discretion and decision")
    case .payment: LocalizedText(zh: "履行方式和期限", en: "Payment")
    case .remedies: LocalizedText(zh: "救济途径和期限", en: "Remedies")
    case .signature: LocalizedText(zh: "机关、日期和印章", en: "Agency, date and seal")
    }
  }
}

/// A draft 行政处罚决定书 or 不予行政处罚决定书.
public struct DecisionDocument: Sendable {
  /// 行政处罚决定书 or 不予行政处罚决定书.
  public enum Kind: String, Sendable {
    /// 行政处罚决定书.
    case penalty
    /// 不予行政处罚决定书.
    case noPenalty

    /// The document's title.
    public var title: String { self == .penalty ? "行政处罚决定书" : "不予行政处罚决定书" }
  }

  /// The kind.
  public var kind: Kind
  /// The agency's name (heading).
  public var agency: String
  /// The document number (文号), or a blank.
  public var number: Paragraph
  /// The sections, in order.
  public var sections: [DocumentSection]

  /// Every field left blank, in order of appearance.
  public var blanks: [String] {
    [number.blanks, sections.flatMap { $0.paragraphs.flatMap(\.blanks) }].flatMap { $0 }
  }
}

/// Why no 决定书 is drafted (移送, 需人工审核, 待补充), and what the record says.
public struct DecisionNotice: Sendable {
  /// The recorded outcome.
  public var outcome: String
  /// The explanation.
  public var summary: LocalizedText
  /// The recorded items behind it: steps with citations, review reasons, missing facts.
  public var items: [StepEntry]
}
