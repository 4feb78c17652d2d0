import Foundation
import PenaltyDomain
import RuleLang

/// The standard's tier, the circumstances, the band and the amount.
extension Adjudicator {
  static let tierOrder = ["不予处罚", "免予处罚", "减轻", "从轻", "一般", "从重"]

  func decideTier(_ c: EnforcementCase, _ v: AllegedViolation, _ version: ViolationInfo, _ date: CivilDate,
                  _ interpreter: inout Interpreter, _ d: inout Draft) -> DecisionOutcome {
    let candidates = program.standards.filter { $0.code == v.code && ($0.period?.contains(date) ?? true) }
    guard candidates.count == 1, let std = candidates.first else {
      if candidates.isEmpty {
        d.review("\(date) 没有适用于「\(v.code)」的裁量基准", "no discretion standard for \"\(v.code)\" is in force on \(date)")
      } else {
        d.review("有多个裁量基准同时适用: \(candidates.map(\.name).joined(separator: "、"))",
                 "several standards apply at once: \(candidates.map(\.name).joined(separator: ", "))")
      }
      return finish(&d)
    }
    d.standard = std.name
    let tierName = LoweredName.tier(std.name)
    guard let tierValue = read(tierName, &interpreter, &d), case .enumCase(_, _, let base)? = tierValue,
      let derivation = interpreter.trace.derivation(of: tierName), let rowLabel = derivation.rule?.label,
      let row = std.rows.first(where: { $0.label == rowLabel })
    else {
      addBoundaryFlags(tierName, interpreter, &d, asReasons: true)
      return finish(&d)
    }
    addBoundaryFlags(tierName, interpreter, &d, asReasons: false)
    let convention = std.boundaryInclusive ? ("以上/以下含本数", "bounds include the number") : ("以上/以下不含本数", "bounds exclude the number")
    d.step("基准「\(std.name)」阶次「\(row.label)」: \(base) (边界约定: \(convention.0))",
           "standard \"\(std.name)\", row \"\(row.label)\": \(base) (boundary convention: \(convention.1))",
           derivation.rule?.citations ?? std.basis)

    // Circumstances: the general part's 法定情节 and the standard's own lists.
    var statutory = "无"
    if program.definitionIndex[GeneralPart.statutoryCircumstance] != nil {
      guard let value = read(GeneralPart.statutoryCircumstance, &interpreter, &d),
        case .enumCase(_, _, let s)? = value
      else {
        d.review("法定从轻与从重情节并存或无法确定, 需综合裁量", "statutory circumstances conflict or cannot be determined: weigh the case as a whole")
        return finish(&d)
      }
      statutory = s
      if s != "无" { d.step("法定情节: \(s)", "statutory circumstance: \(s)", citations(of: GeneralPart.statutoryCircumstance, interpreter)) }
    }
    let values = interpreter.facts.values
    let mitigating = std.mitigating.filter { values[program.factIndex[$0]!] == .bool(true) }
    let aggravating = std.aggravating.filter { values[program.factIndex[$0]!] == .bool(true) }
    if !mitigating.isEmpty { d.step("从轻情节: \(mitigating.joined(separator: "、"))", "mitigating: \(mitigating.joined(separator: ", "))", std.basis) }
    if !aggravating.isEmpty { d.step("从重情节: \(aggravating.joined(separator: "、"))", "aggravating: \(aggravating.joined(separator: ", "))", std.basis) }
    let lighter = statutory == "从轻或减轻" || !mitigating.isEmpty
    let heavier = statutory == "从重" || !aggravating.isEmpty
    var tier = base
    if (lighter && heavier) || (lighter && base == "从重") || (heavier && base == "从轻") {
      if let mixed = std.mixedRule {
        tier = mixed
        d.step("从轻与从重并存, 按基准的竞合规则: \(mixed)", "mitigating and aggravating meet; the standard's rule gives \(mixed)", std.basis)
      } else {
        d.review("从轻与从重情节并存, 基准未规定如何处理, 需综合裁量", "mitigating and aggravating circumstances meet and the standard does not say how to weigh them")
        return finish(&d)
      }
    } else if lighter, ["一般"].contains(base) {
      tier = "从轻"
      d.step("有从轻情节: 在从轻幅度内处罚" + (statutory == "从轻或减轻" ? "; 依法也可减轻, 由执法机关评估" : ""),
             "mitigating circumstance: the 从轻 band applies" + (statutory == "从轻或减轻" ? "; 减轻 is also lawful and left to the agency" : ""))
      if statutory == "从轻或减轻" { d.flags.append(ReviewReason(text: LocalizedText(zh: "依法可以减轻处罚, 请评估", en: "a reduced penalty (减轻) is also lawful: assess it"), place: nil)) }
    } else if heavier, base == "一般" {
      tier = "从重"
      d.step("有从重情节: 在从重幅度内处罚", "aggravating circumstance: the 从重 band applies")
    }
    d.tier = tier
    if tier == "不予处罚" || tier == "免予处罚" {
      d.step("阶次\(tier): 不予罚款", "tier \(tier): no fine", derivation.rule?.citations ?? std.basis)
      return d.reasons.isEmpty && d.missing.isEmpty ? .noPenalty : finish(&d)
    }
    return fine(c, v, version, std, row, base: base, tier: tier, &interpreter, &d)
  }

  /// Boundary values met while deciding the tier: flags, or reasons when the tier failed.
  func addBoundaryFlags(_ name: String, _ interpreter: Interpreter, _ d: inout Draft, asReasons: Bool) {
    for hit in interpreter.trace.derivation(of: name)?.boundaryHits ?? [] {
      let r = ReviewReason(text: LocalizedText(zh: "事实恰在阶次边界上 (\(hit.value.text(.zh)))", en: "a fact sits exactly on a tier boundary (\(hit.value.text(.en)))"),
                           place: hit.range.file)
      // The same value on the edge of two rows (`<= 2平方米`, `>= 2平方米`) is one finding.
      if (asReasons ? d.reasons : d.flags).contains(where: { $0.text == r.text }) { continue }
      if asReasons { d.reasons.append(r) } else { d.flags.append(r) }
    }
  }
}
