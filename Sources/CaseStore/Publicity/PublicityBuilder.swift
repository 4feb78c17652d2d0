import Foundation
import PenaltyDomain
import RuleLang

/// Fills a record from the stored output and the case (see `Publicity.build`).
struct PublicityBuilder {
  var record: PublicityRecord
  let output: JSONValue
  let c: EnforcementCase
  let policy: PublicityPolicy

  /// Explicit reasons for fields left empty.
  private var reasons: [PublicityField: LocalizedText] = [:]

  init(record: PublicityRecord, output: JSONValue, c: EnforcementCase, policy: PublicityPolicy) {
    self.record = record
    self.output = output
    self.c = c
    self.policy = policy
  }

  /// A sanction of a punished violation, with its place in the output.
  struct StoredSanction {
    let path: String
    let kind: String
    let amount: String?
    let citations: [String]
    let classification: PenaltyKind.Classification
  }

  private func text(_ v: JSONValue?) -> String? { Publicity.text(v) }
  private func items(_ v: JSONValue?) -> [JSONValue] { Publicity.items(v) }

  private mutating func set(_ f: PublicityField, _ value: String, _ source: PublicityRecord.Source) {
    record.values[f] = value
    record.sources[f] = source
    if value.contains(where: \.isNewline) {
      record.notes.append(LocalizedText(
        zh: "\(f.code) 含换行符: 原样保留 (CSV 中加引号); publicity.md §2.3 建议导出时不含换行, 请在案件中更正",
        en: "\(f.code) contains a line break: kept as recorded (quoted in CSV); publicity.md §2.3 wants none in exports; correct the case"))
    }
  }

  private mutating func empty(_ f: PublicityField, zh: String, en: String) { reasons[f] = LocalizedText(zh: zh, en: en) }

  private mutating func note(zh: String, en: String) {
    let n = LocalizedText(zh: zh, en: en)
    if !record.notes.contains(n) { record.notes.append(n) }
  }

  mutating func build() {
    // The violations the stored decision punishes, and their sanctions.
    let violations = items(output["violations"]).enumerated().filter { text($0.element["decision"]?["outcome"]) == "处罚" }
    var sanctions: [StoredSanction] = []
    for (i, v) in violations {
      for (j, s) in items(v["decision"]?["sanctions"]).enumerated() {
        let kind = text(s["kind"]) ?? ""
        sanctions.append(StoredSanction(
          path: "violations[\(i)].decision.sanctions[\(j)]", kind: kind, amount: text(s["amount"]),
          citations: items(s["citations"]).compactMap { text($0) }, classification: PenaltyKind.classify(kind)))
      }
    }
    party()
    offence(violations)
    let kinds = penalties(sanctions)
    amounts(sanctions, kinds)
    dates(kinds)
    agency()
    finish(kinds)
  }

  // MARK: - 行政相对人 (#1–#13)

  private mutating func party() {
    let p = c.party
    if p.name.isEmpty { empty(.xdrMC, zh: "案件未给出当事人名称", en: "the case gives no party name") }
    else { set(.xdrMC, p.name, .fromCase("party.name")) }
    // 个人 → 自然人, 单位 → 法人及非法人组织. The case model has no 个体工商户 (publicity.md §2.2 #2):
    // a sole trader is recorded as 个人 or 单位 and is exported as that.
    let category: PartyCategory = p.kind == .individual ? .naturalPerson : .organization
    set(.xdrLB, category.rawValue, PublicityRecord.Source(
      kind: .mapping, paths: ["case:party.type"], rule: "个人 → 自然人, 单位 → 法人及非法人组织 (publicity.md §2.2 #2)"))
    let id = p.identityNumber.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
    if category == .naturalPerson {
      // §2.4 rule 2: 证件类型 and 证件号码 required; the codes and 法定代表人 stay empty.
      if let id {
        set(.xdrZJHM, id, .fromCase("party.idNumber"))
        if Publicity.looksLikeResidentID(id) {
          // PenaltyDomain.Party.identityNumber is the 身份证号 of a 个人; the 18-character shape confirms it.
          set(.xdrZJLX, "身份证", PublicityRecord.Source(
            kind: .mapping, paths: ["case:party.idNumber"],
            rule: "个人的 idNumber 为身份证号 (PenaltyDomain.Party), 18 位 (GB 11643) → 身份证"))
          if !Publicity.validResidentID(id) {
            note(zh: "证件号码的校验位不符 (GB 11643)", en: "the 证件号码 fails its GB 11643 check character")
          }
        } else {
          empty(.xdrZJLX, zh: "案件未给出证件类型, 证件号码不是 18 位身份证号", en: "the case gives no document type and the number is not an 18-digit resident ID")
        }
      } else {
        empty(.xdrZJHM, zh: "案件未给出当事人证件号码", en: "the case gives no identity number")
        empty(.xdrZJLX, zh: "案件未给出当事人证件类型和号码", en: "the case gives no identity document")
      }
    } else {
      // §2.4 rule 3: 统一社会信用代码 required; 证件类型 / 证件号码 empty.
      if let id {
        set(.xdrSHXYM, id, .fromCase("party.idNumber"))
        if !Publicity.validCreditCode(id) {
          note(zh: "统一社会信用代码的校验位不符或含非法字符 (GB 32100)", en: "the 统一社会信用代码 fails its GB 32100 check")
        }
      } else {
        empty(.xdrSHXYM, zh: "案件未给出当事人统一社会信用代码", en: "the case gives no unified social credit code")
      }
      empty(.frdb, zh: "案件模型没有法定代表人 (负责人)", en: "the case model has no legal representative")
    }
  }

  // MARK: - 违法行为 (#14–#17)

  private mutating func offence(_ violations: [(offset: Int, element: JSONValue)]) {
    // 文号: only the decision document's number as the case records it (<decision number=…>);
    // the case id is not assumed to be it.
    if let number = c.decision?.number, !number.isEmpty { set(.wsh, number, .fromCase("decision.number")) }
    else { empty(.wsh, zh: "案件未记录行政处罚决定书文号 (<decision number>)", en: "the case records no decision document number (<decision number>)") }

    var titles: [String] = []
    var paths: [String] = []
    var untitled: [String] = []
    for (i, v) in violations {
      if let t = text(v["title"]) {
        if !titles.contains(t) { titles.append(t) }
        paths.append("violations[\(i)].title")
      } else {
        untitled.append(text(v["code"]) ?? "?")
      }
    }
    if untitled.isEmpty, !titles.isEmpty { set(.wfxw, titles.joined(separator: "；"), .fromOutput(paths)) }
    else {
      empty(.wfxw, zh: "记录的输出中违法行为 \(untitled.joined(separator: "、")) 没有名称", en: "the stored output gives no title for \(untitled.joined(separator: ", "))")
    }
    empty(.sy, zh: "案件模型没有违法事实的叙述", en: "the case model has no narrative of the facts")
  }

  // MARK: - 处罚 (#17–#19)

  private mutating func penalties(_ sanctions: [StoredSanction]) -> [PenaltyKind] {
    var kinds: [PenaltyKind] = []
    var kindPaths: [String] = []
    var basis: [String] = []
    var basisPaths: [String] = []
    var content: [String] = []
    var contentPaths: [String] = []
    var unknown: [String] = []
    for s in sanctions {
      let piece = s.kind + (s.amount.map { "\($0)元" } ?? "")
      if !content.contains(piece) { content.append(piece) }
      contentPaths.append(s.path + ".kind")
      if s.amount != nil { contentPaths.append(s.path + ".amount") }
      switch s.classification {
      case .penalty(let k, let n):
        if !kinds.contains(k) { kinds.append(k) }
        kindPaths.append(s.path + ".kind")
        if let n { note(zh: n, en: "\"\(s.kind)\" read as the 第九条 kind \"\(k.rawValue)\"") }
        for (i, cite) in s.citations.enumerated() where !basis.contains(cite) {
          basis.append(cite)
          basisPaths.append(s.path + ".citations[\(i)]")
        }
      case .order: break
      case .unknown: unknown.append(s.kind)
      }
    }
    kinds.sort()
    if !unknown.isEmpty {
      note(zh: "处罚「\(unknown.joined(separator: "、"))」不能归入《行政处罚法》第九条的种类, 未列入处罚类别",
           en: "the sanctions \(unknown.joined(separator: ", ")) are not mapped to a 第九条 kind and are left out of 处罚类别")
    }
    if kinds.isEmpty {
      empty(.cflb, zh: "记录的处罚中没有《行政处罚法》第九条的种类", en: "no stored sanction is a 第九条 kind")
    } else {
      // Several kinds in one field: separator 「；」 (publicity.md §2.2 #18, UNVERIFIED).
      set(.cflb, kinds.map(\.rawValue).joined(separator: "；"), PublicityRecord.Source(
        kind: .mapping, paths: kindPaths.map { "output:" + $0 },
        rule: "记录的处罚种类 → 《行政处罚法》第九条 (PenaltyKind.classify; 责令改正等不是处罚类别); 按第九条顺序, 以「；」分隔 (UNVERIFIED)"))
    }
    if basis.isEmpty { empty(.yj, zh: "记录的处罚没有引用依据", en: "the stored sanctions cite no basis") }
    else { set(.yj, basis.joined(separator: "；"), .fromOutput(basisPaths)) }
    if content.isEmpty { empty(.nr, zh: "记录的输出没有处罚", en: "the stored output has no sanction") }
    else { set(.nr, content.joined(separator: "；"), .fromOutput(contentPaths)) }
    return kinds
  }

  // MARK: - Amounts (#20–#22)

  private mutating func amounts(_ sanctions: [StoredSanction], _ kinds: [PenaltyKind]) {
    func total(_ f: PublicityField, _ list: [StoredSanction], what: String) {
      let lacking = list.filter { $0.amount == nil }.map(\.kind)
      if !lacking.isEmpty {
        empty(f, zh: "记录的输出中「\(lacking.joined(separator: "、"))」没有金额", en: "the stored output gives no amount for \(lacking.joined(separator: ", "))")
        return
      }
      let parsed = list.compactMap { $0.amount.flatMap(DecimalMath.parse) }
      guard parsed.count == list.count, let wan = Publicity.tenThousandYuan(parsed.reduce(0, +)) else {
        empty(f, zh: "记录的\(what)金额无法读取", en: "a stored \(what) amount cannot be read")
        return
      }
      set(f, wan, PublicityRecord.Source(kind: .storedOutput, paths: list.map { $0.path + ".amount" }, rule: "元 → 万元 (小数点左移四位, 多项相加)"))
    }
    if kinds.contains(.fine) {
      total(.nrFK, sanctions.filter { if case .penalty(.fine, _) = $0.classification { true } else { false } }, what: "罚款")
    }
    if kinds.contains(where: \.isConfiscation) {
      total(.nrWFFF, sanctions.filter { if case .penalty(let k, _) = $0.classification { k.isConfiscation } else { false } }, what: "没收")
    }
    if kinds.contains(.suspendLicence) || kinds.contains(.revokeLicence) {
      empty(.nrZKDX, zh: "案件未记录暂扣或吊销的证照名称及编号", en: "the case records no name and number of the licence suspended or revoked")
    }
  }

  // MARK: - Dates (#23–#25)

  private mutating func dates(_ kinds: [PenaltyKind]) {
    let decided: CivilDate
    if let d = c.decision?.date {
      decided = d
      set(.jdrq, PublicityPolicy.format(d), .fromCase("decision.date"))
      if let planned = c.decisionDate, planned != d {
        note(zh: "案件记录的决定日期 \(d) 与 decisionDate \(planned) 不同", en: "the recorded decision date \(d) differs from decisionDate \(planned)")
      }
    } else if let d = c.decisionDate {
      decided = d
      set(.jdrq, PublicityPolicy.format(d), .fromCase("decisionDate"))
    } else {
      let reason = LocalizedText(zh: "案件未给出决定日期 (评价所用日期为缺省日期, 不作为决定日期)",
                                 en: "the case gives no decision date (the evaluation used a fallback date, which is not one)")
      reasons[.jdrq] = reason
      reasons[.yxq] = reason
      reasons[.gsjzq] = reason
      return
    }
    // 处罚有效期 (publicity.md §2.4 rule 9).
    let lasting = kinds.filter { !$0.isOneOff }
    if kinds.isEmpty {
      empty(.yxq, zh: "没有处罚类别, 无从确定处罚有效期", en: "no penalty kind, so no period of effect")
    } else if !lasting.isEmpty {
      empty(.yxq, zh: "处罚类别含「\(lasting.map(\.rawValue).joined(separator: "、"))」: 处罚有效期为所定期限届满之日, 记录中没有该期限",
            en: "the kinds include \(lasting.map(\.rawValue).joined(separator: ", ")): the period of effect ends with the ordered period, which is not recorded")
    } else {
      switch policy.validity {
      case .daysAfterDecision(let n):
        if let end = decided.adding(days: n) {
          set(.yxq, PublicityPolicy.format(end), PublicityRecord.Source(
            kind: .policy, paths: [record.sources[.jdrq]!.paths[0]],
            rule: "处罚决定日期 + \(n) 日 (双鸭山平台实例 [C:8313365510]; 平台口径 UNVERIFIED)"))
        }
      case .longTerm:
        set(.yxq, PublicityPolicy.longTermText, PublicityRecord.Source(
          kind: .policy, paths: [], rule: "2099/12/31 = 长期 (许可记录的约定 [C:3417401498], 此处套用, UNVERIFIED)"))
      case .none:
        empty(.yxq, zh: "处罚有效期规则未配置", en: "no rule for the period of effect is configured")
      }
    }
    // 公示截止期 (publicity.md §4): start (the decision date) + the regime's longest period.
    guard let regime = PublicityPolicy.regime(on: decided) else {
      empty(.gsjzq, zh: "决定日期 \(decided) 不在已知的信用修复规定期间内", en: "the decision date \(decided) is before any known publication-period regime")
      return
    }
    guard let years = regime.maximumYears else {
      empty(.gsjzq, zh: "\(regime.name): \(regime.note)", en: "\(regime.name): the period depends on a severity class that is not recorded")
      return
    }
    if let end = decided.adding(years: years) {
      set(.gsjzq, PublicityPolicy.format(end), PublicityRecord.Source(
        kind: .policy, paths: [record.sources[.jdrq]!.paths[0]],
        rule: "处罚决定日期 + \(years) 年 (\(regime.name): \(regime.note); 对应日, 2月29日 → 2月28日, UNVERIFIED)"))
    }
  }

  // MARK: - 机关 (#26–#29)

  private mutating func agency() {
    let name = c.agency.name
    if name.isEmpty {
      empty(.cfjg, zh: "案件未给出执法机关名称", en: "the case gives no agency name")
      empty(.sjly, zh: "案件未给出执法机关名称", en: "the case gives no agency name")
    } else {
      set(.cfjg, name, .fromCase("agency.name"))
      // 424号 「谁产生、谁负责」: the deciding agency reports its own record (as in the real row).
      set(.sjly, name, .fromCase("agency.name", rule: "数据来源单位 = 作出决定的机关 (424号「谁产生、谁负责」; 双鸭山实例两者相同)"))
    }
    let code = c.agency.code
    empty(.cfjgdm, zh: "案件只有机关内部代码「\(code)」, 没有统一社会信用代码", en: "the case has only the agency's internal code \"\(code)\", no unified social credit code")
    empty(.sjlydm, zh: "案件没有数据来源单位的统一社会信用代码", en: "the case has no unified social credit code of the reporting unit")
  }

  // MARK: - Missing

  /// Lists, in table order, every field that is empty and either has a reason or is needed.
  private mutating func finish(_ kinds: [PenaltyKind]) {
    let natural = record.values[.xdrLB] == PartyCategory.naturalPerson.rawValue
    func needed(_ f: PublicityField) -> Bool {
      switch f.requirement {
      case .required: return true
      case .optional: return false
      case .conditional:
        switch f {
        case .xdrSHXYM, .frdb: return !natural
        case .xdrZJLX, .xdrZJHM: return natural
        case .nrFK: return kinds.contains(.fine)
        case .nrWFFF: return kinds.contains(where: \.isConfiscation)
        case .nrZKDX: return kinds.contains(.suspendLicence) || kinds.contains(.revokeLicence)
        default: return false  // 工商注册号: only with the 17×0+X placeholder, never produced here
        }
      }
    }
    record.missing = PublicityField.allCases.compactMap { f in
      guard (record.values[f] ?? "").isEmpty else { return nil }
      if let r = reasons[f] { return PublicityRecord.Missing(field: f, reason: r) }
      return needed(f) ? PublicityRecord.Missing(field: f, reason: LocalizedText(zh: "案件未给出", en: "not given by the case")) : nil
    }
  }
}
