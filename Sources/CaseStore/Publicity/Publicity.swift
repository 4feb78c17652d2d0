import Foundation
import PenaltyDomain
import RuleLang

/// Builds the 双公示 行政处罚信息 record of a stored evaluation. A rendering of what was
/// recorded — the stored output JSON and the stored case — never a second decision: outcome,
/// sanctions, amounts, citations and the minor / blocking checks are read from the output.
public enum Publicity {
  /// The record of a stored evaluation, or why there is none.
  public static func build(_ e: CaseStore.StoredEvaluation, policy: PublicityPolicy = .standard) -> PublicityOutcome {
    let output: JSONValue
    do {
      output = try JSONParser.parse(Array(e.output.utf8))
    } catch {
      return .failed(caseID: e.caseID, reason: LocalizedText(zh: "记录的输出无法解析", en: "the stored output cannot be parsed"))
    }
    let c: EnforcementCase
    do {
      c = try DecisionRecording.readCase(e.input, format: e.format, file: e.file)
    } catch {
      return .failed(caseID: e.caseID, reason: LocalizedText(zh: "记录的案件无法读取: \(error.text(.zh))", en: "the stored case cannot be read: \(error.text(.en))"))
    }
    if let reason = withholding(output, c, policy) { return .withheld(caseID: e.caseID, reason: reason) }
    var b = PublicityBuilder(record: PublicityRecord(caseID: e.caseID, evaluationID: e.id), output: output, c: c, policy: policy)
    b.build()
    return .record(b.record)
  }

  // MARK: - Whether there is a record

  /// Why a stored decision gets no record, or nil.
  static func withholding(_ output: JSONValue, _ c: EnforcementCase, _ policy: PublicityPolicy) -> LocalizedText? {
    let outcome = text(output["outcome"]) ?? ""
    let violations = items(output["violations"])
    func listed(_ key: String) -> [String] {
      violations.flatMap { items($0["decision"]?[key]) }.compactMap { text($0) }
    }
    switch outcome {
    case "处罚": break
    case "不予处罚":
      return LocalizedText(zh: "不予处罚: 不予处罚决定不是行政处罚, 不报送双公示行政处罚信息",
                           en: "no penalty: a decision not to punish is not an administrative penalty and has no 双公示 penalty record")
    case "移送":
      return LocalizedText(zh: "移送: 案件移送司法机关, 未作出行政处罚决定", en: "transfer: the case goes to the judicial organs; no penalty was decided")
    case "需人工审核":
      let reasons = listed("reviewReasons")
      return LocalizedText(zh: "需人工审核: 决定尚未确定" + (reasons.isEmpty ? "" : " (\(reasons.joined(separator: "；")))"),
                           en: "needs human review: the decision is not settled" + (reasons.isEmpty ? "" : " (\(reasons.joined(separator: "; ")))"))
    case "待补充":
      let facts = listed("missingFacts")
      return LocalizedText(zh: "待补充: 事实不全, 决定尚未作出" + (facts.isEmpty ? "" : " (缺少 \(facts.joined(separator: "、")))"),
                           en: "incomplete: facts are missing, no decision yet" + (facts.isEmpty ? "" : " (missing \(facts.joined(separator: ", ")))"))
    default:
      return LocalizedText(zh: "记录的结论「\(outcome)」不是处罚", en: "the stored outcome \"\(outcome)\" is not a penalty")
    }
    let checks = items(output["checks"])
    if policy.withholdBlocked, output["blocked"] == .bool(true) {
      let blocking = checks.filter { $0["blocksDecision"] == .bool(true) && ["不通过", "无法判断"].contains(text($0["result"]) ?? "") }
        .map { "\(text($0["name"]) ?? "?")「\(text($0["result"]) ?? "")」" }
      return LocalizedText(zh: "决定受阻: 程序检查 \(blocking.joined(separator: "、")) 阻止作出决定, 不予公示",
                           en: "decision blocked: the procedural checks \(blocking.joined(separator: ", ")) bar the decision; nothing to publish")
    }
    // 未成年人不公开 (Rules/procedure/publicity.rules): it applies exactly when the rules find
    // the party a minor at the decision; 无法判断 means they could not tell.
    if let minor = checks.first(where: { text($0["name"]) == "未成年人不公开" }) {
      let result = text(minor["result"]) ?? ""
      let basis = items(minor["citations"]).compactMap { text($0) }.joined(separator: "；")
      if result == "无法判断" {
        return LocalizedText(zh: "无法判断当事人是否为未成年人 (检查「未成年人不公开」无法判断), 不予公示",
                             en: "whether the party is a minor cannot be told (check 未成年人不公开 undetermined); nothing published")
      }
      if result != "不适用" {
        return LocalizedText(zh: "当事人为未成年人, 执法决定不予公开 (\(basis))", en: "the party is a minor: the decision is not published (\(basis))")
      }
    } else if c.party.kind == .individual {
      return LocalizedText(zh: "记录中没有检查「未成年人不公开」, 无法判断当事人是否为未成年人, 不予公示",
                           en: "the stored checks do not include 未成年人不公开: whether the party is a minor is unknown; nothing published")
    }
    if let recorded = c.decision {
      if recorded.outcome != "处罚" {
        return LocalizedText(zh: "案件记录的实际决定为「\(recorded.outcome)」, 与记录的评价「处罚」不一致",
                             en: "the case records the decision actually taken as \"\(recorded.outcome)\", not the stored \"处罚\"")
      }
      let fines = violations.filter { text($0["decision"]?["outcome"]) == "处罚" }
        .flatMap { items($0["decision"]?["sanctions"]) }
        .filter { text($0["kind"]) == "罚款" }.compactMap { text($0["amount"]) }.compactMap(DecimalMath.parse)
      if let fine = recorded.fine, let f = DecimalMath.parse(fine), f != fines.reduce(0, +) {
        return LocalizedText(zh: "案件记录的实际罚款 \(fine)元 与记录的评价不一致", en: "the case records a fine of \(fine) yuan, unlike the stored evaluation")
      }
    }
    return nil
  }

  // MARK: - Helpers shared with the tests

  /// Yuan (exact decimal text) → 万元, exactly: the decimal point moves four places; no
  /// floating point. `2000` → `0.2`, `185640` → `18.564`, `0.01` → `0.000001`.
  public static func tenThousandYuan(_ yuan: String) -> String? {
    guard let d = DecimalMath.parse(yuan) else { return nil }
    return tenThousandYuan(d)
  }

  static func tenThousandYuan(_ d: Decimal) -> String? {
    let text = DecimalMath.format(d)
    var digits = Substring(text)
    var negative = false
    if digits.first == "-" { negative = true; digits = digits.dropFirst() }
    let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
    var integer = String(parts[0])
    let fraction = parts.count == 2 ? String(parts[1]) : ""
    if integer.count < 5 { integer = String(repeating: "0", count: 5 - integer.count) + integer }
    let newInteger = String(integer.dropLast(4).drop { $0 == "0" })
    var newFraction = String(integer.suffix(4)) + fraction
    while newFraction.last == "0" { newFraction.removeLast() }
    let result = (newInteger.isEmpty ? "0" : newInteger) + (newFraction.isEmpty ? "" : "." + newFraction)
    return (negative && result != "0" ? "-" : "") + result
  }

  /// Whether an 18-character 统一社会信用代码 passes the GB 32100 check character.
  public static func validCreditCode(_ s: String) -> Bool {
    let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    let chars = Array(s)
    guard chars.count == 18 else { return false }
    var sum = 0
    for i in 0..<17 {
      guard let v = alphabet.firstIndex(of: chars[i]) else { return false }
      sum += v * weights[i]
    }
    let check = (31 - sum % 31) % 31
    return chars[17] == alphabet[check]
  }

  /// Whether a string has the shape of an 18-digit 公民身份号码 (GB 11643: 17 digits and a digit or X).
  public static func looksLikeResidentID(_ s: String) -> Bool {
    let chars = Array(s)
    return chars.count == 18 && chars.prefix(17).allSatisfy { $0.isASCII && $0.isNumber }
      && (chars[17] == "X" || (chars[17].isASCII && chars[17].isNumber))
  }

  /// Whether an 18-digit 公民身份号码 passes the GB 11643 check character (ISO 7064 MOD 11-2).
  public static func validResidentID(_ s: String) -> Bool {
    guard looksLikeResidentID(s) else { return false }
    let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    let chars = Array(s)
    let sum = (0..<17).reduce(0) { $0 + Int(String(chars[$1]))! * weights[$1] }
    return chars[17] == Array("10X98765432")[sum % 11]
  }
}

extension Publicity {
  /// The text of a JSON string, or nil.
  static func text(_ v: JSONValue?) -> String? { if case .string(let s)? = v { s } else { nil } }
  /// The items of a JSON array, or none.
  static func items(_ v: JSONValue?) -> [JSONValue] { if case .array(let a)? = v { a } else { [] } }
}
