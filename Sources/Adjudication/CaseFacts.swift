import Foundation
import PenaltyDomain
import RuleLang

/// Turns a case into the facts of a rule program: the case's own facts typed by their
/// declarations, the well-known case facts the rules may declare, and circumstances.
public enum CaseFacts {
  /// Facts the engine supplies from the case when the rules declare them.
  public enum WellKnown {
    /// 当事人类型 (enumeration 个人 / 单位).
    public static let partyKind = "当事人类型"
    /// 出生日期.
    public static let birthDate = "出生日期"
    /// 违法行为日期 (the act began).
    public static let actDate = "违法行为日期"
    /// 行为终了日期 (a continuing act ended; else the act date).
    public static let actEnd = "行为终了日期"
    /// 发现日期.
    public static let discovered = "发现日期"
    /// 决定日期.
    public static let decisionDate = "决定日期"
    /// 违法行为编码.
    public static let code = "违法行为编码"
    /// 前次同类违法日期: the latest earlier decision for the same violation.
    public static let previousSameOffence = "前次同类违法日期"
  }

  /// The facts, the problems found (located), and circumstances claimed without evidence.
  public struct Result: Sendable {
    /// The facts.
    public var facts: FactSet
    /// Facts the case gives that do not fit the rules (unknown name, wrong type or unit).
    public var errors: [(origin: Origin, message: LocalizedText)]
    /// Circumstances claimed without evidence (left unknown: 待补充).
    public var unsupported: [String]
  }

  /// The birth date in an 18-digit 居民身份证号码 (GB 11643: digits 7–14 are YYYYMMDD).
  public static func birthDate(fromIdentityNumber id: String?) -> CivilDate? {
    guard let id, id.count == 18, id.prefix(17).allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    let digits = Array(id)
    guard let y = Int(String(digits[6..<10])), let m = Int(String(digits[10..<12])), let d = Int(String(digits[12..<14])) else { return nil }
    return CivilDate(year: y, month: m, day: d)
  }

  /// Builds the facts of `violation` in case `c` for `program`.
  public static func build(_ c: EnforcementCase, violation v: AllegedViolation, decisionDate: CivilDate,
                           program: CheckedProgram) -> Result {
    var facts = FactSet(program: program)
    var errors: [(Origin, LocalizedText)] = []
    var unsupported: [String] = []
    func set(_ name: String, _ value: Value?) {
      if program.factIndex[name] != nil { facts.set(name, value, in: program) }
    }
    if let e = program.enumerations.firstIndex(where: { $0.name == WellKnown.partyKind }) {
      set(WellKnown.partyKind, .enumCase(e, WellKnown.partyKind, c.party.kind.rawValue))
    }
    set(WellKnown.birthDate, (c.party.birthDate ?? birthDate(fromIdentityNumber: c.party.identityNumber)).map { .date($0) })
    set(WellKnown.actDate, .date(v.occurred))
    set(WellKnown.actEnd, .date(v.ended ?? v.occurred))
    set(WellKnown.discovered, c.discovered.map { .date($0) })
    set(WellKnown.decisionDate, .date(decisionDate))
    set(WellKnown.code, .text(v.code))
    let previous = c.priorOffences.filter { $0.violation == v.code && $0.date <= v.occurred }.map(\.date).max()
    set(WellKnown.previousSameOffence, previous.map { .date($0) })
    facts.presumeUnclaimedCircumstancesAbsent(in: program)
    for (name, value) in ProcedureFacts.values(of: c, code: v.code) { set(name, value) }

    for f in c.facts {
      guard let i = program.factIndex[f.name] else {
        let s = Suggestions.closest(to: f.name, in: program.factIndex.keys)
        errors.append((f.origin, LocalizedText(
          zh: "规则中没有事实「\(f.name)」" + (s.map { ", 是否想写「\($0)」" } ?? ""),
          en: "the rules declare no fact \"\(f.name)\"" + (s.map { "; did you mean \"\($0)\"" } ?? ""))))
        continue
      }
      let type = program.facts[i].type
      let raw: JSONValue
      switch (type, f.value) {
      case (.bool, "true"), (.bool, "真"), (.bool, "是"): raw = .bool(true)
      case (.bool, "false"), (.bool, "假"), (.bool, "否"): raw = .bool(false)
      case (.int, _): raw = .number(f.value)
      default: raw = .string(f.value)
      }
      if let value = FactConversion.convert(raw, to: type, program: program) {
        facts.values[i] = value
      } else {
        errors.append((f.origin, LocalizedText(
          zh: "事实「\(f.name)」应为 \(type.name.zh), 实为「\(f.value)」",
          en: "fact \"\(f.name)\" should be \(type.name.en), found \"\(f.value)\"")))
      }
    }
    for circumstance in c.circumstances {
      guard let i = program.factIndex[circumstance.name], program.facts[i].isCircumstance else {
        errors.append((circumstance.origin, LocalizedText(
          zh: "规则中没有情节「\(circumstance.name)」", en: "the rules declare no circumstance \"\(circumstance.name)\"")))
        continue
      }
      if circumstance.evidence.isEmpty {
        facts.values[i] = nil
        unsupported.append(circumstance.name)
      } else {
        facts.values[i] = .bool(true)
      }
    }
    return Result(facts: facts, errors: errors, unsupported: unsupported)
  }
}
