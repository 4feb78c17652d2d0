/// The dossier's style sheet: A4 print layout, Chinese serif typography (line-height 1.8), the
/// 决定书 on its own pages with a centred heading.
enum HTMLStyle {
  static let css = """
    @page { size: A4; margin: 20mm 18mm 22mm 18mm; }
    html {
      font-family: "Noto Serif CJK SC", "Noto Serif SC", "Source Han Serif SC", "Source Han Serif CN",
        "Source Han Serif", "Songti SC", "SimSun", "STSong", serif;
      font-size: 11pt; line-height: 1.8; color: #111; background: #fff;
      -webkit-print-color-adjust: exact; print-color-adjust: exact;
    }
    body { margin: 0; }
    main.dossier { max-width: 174mm; margin: 0 auto; padding: 10mm 0; }
    h1, h2, h3, th {
      font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN",
        "PingFang SC", "Microsoft YaHei", "SimHei", sans-serif;
      line-height: 1.4;
    }
    h1 { font-size: 18pt; margin: 0 0 4pt; }
    h2 { font-size: 14pt; margin: 18pt 0 6pt; padding-bottom: 2pt; border-bottom: 1pt solid #333; break-after: avoid; }
    h3 { font-size: 12pt; margin: 12pt 0 4pt; break-after: avoid; }
    header.cover { text-align: center; margin-bottom: 12pt; }
    header.cover .case-id { font-size: 13pt; margin: 0; }
    header.cover .meta { color: #333; margin: 0; }
    .alert { border: 1pt solid #900; color: #900; padding: 4pt 8pt; margin: 8pt 0; text-align: left; }
    table { border-collapse: collapse; width: 100%; font-size: 9.5pt; line-height: 1.6; margin: 4pt 0 8pt; }
    th, td { border: 0.5pt solid #888; padding: 2pt 4pt; vertical-align: top; text-align: left; }
    th { background: #f0f0f0; font-weight: 600; }
    tr { break-inside: avoid; }
    table.fields th { width: 26%; }
    tr.na td { color: #777; }
    td.nowrap { white-space: nowrap; }
    table.checks, table.review, table.sanctions, table.outstanding { table-layout: fixed; }
    table.checks th:nth-child(1) { width: 19%; }
    table.checks th:nth-child(2) { width: 13%; }
    table.checks th:nth-child(3) { width: 21%; }
    table.checks th:nth-child(4) { width: 16%; }
    table.checks th:nth-child(5) { width: 20%; }
    table.checks th:nth-child(6) { width: 11%; }
    table.sanctions th:nth-child(1) { width: 18%; }
    table.sanctions th:nth-child(2) { width: 14%; }
    table.sanctions th:nth-child(3) { width: 24%; }
    table.sanctions th:nth-child(4) { width: 44%; }
    table.review th:nth-child(1) { width: 5%; }
    table.review th:nth-child(2) { width: 25%; }
    table.review th:nth-child(3) { width: 11%; }
    table.review th:nth-child(4) { width: 59%; }
    table.outstanding th:nth-child(1) { width: 12%; }
    table.outstanding th:nth-child(2) { width: 14%; }
    table.outstanding th:nth-child(3) { width: 36%; }
    table.outstanding th:nth-child(4) { width: 12%; }
    table.outstanding th:nth-child(5) { width: 14%; }
    table.outstanding th:nth-child(6) { width: 12%; }
    td, th { overflow-wrap: break-word; }
    .result-fail, .status-problem { color: #900; font-weight: 600; }
    .result-unknown, .status-open { color: #8a5a00; font-weight: 600; }
    .result-pass, .status-supported { color: #1d6b2f; }
    .cites { color: #444; font-size: 9pt; }
    .cites::before { content: "〔"; }
    .cites::after { content: "〕"; }
    ol.steps { margin: 4pt 0 8pt; padding-left: 2em; }
    ol.steps li { margin: 1pt 0; }
    .violation { border-left: 2pt solid #bbb; padding-left: 8pt; margin: 8pt 0 14pt; }
    .lenity { display: flex; gap: 8pt; }
    .lenity > div { flex: 1; border: 0.5pt dashed #888; padding: 2pt 6pt; }
    .lenity > div.governing { border-style: solid; }
    .note { color: #555; font-size: 9.5pt; }
    .blank { color: #900; border-bottom: 0.5pt solid #900; }
    section.document { break-before: page; }
    .doc { font-size: 12pt; line-height: 1.8; text-align: justify; }
    .doc .doc-agency { text-align: center; font-size: 16pt; margin: 0; letter-spacing: 0.1em; }
    .doc .doc-title { text-align: center; font-size: 22pt; margin: 4pt 0; letter-spacing: 0.3em; font-weight: 700; }
    .doc .doc-number { text-align: right; margin: 0 0 12pt; text-indent: 0; }
    .doc p { margin: 0; text-indent: 2em; }
    .doc .part-party p { text-indent: 0; }
    .doc .part-signature { margin-top: 24pt; }
    .doc .part-signature p { text-align: right; text-indent: 0; }
    code { font-family: "Noto Sans Mono CJK SC", "DejaVu Sans Mono", monospace; font-size: 8.5pt; word-break: break-all; }
    @media screen {
      html { background: #e8e8e8; }
      main.dossier { background: #fff; padding: 18mm; margin: 8mm auto; box-shadow: 0 0 4px #999; }
    }
    """
}
