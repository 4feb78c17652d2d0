import Foundation
import PenaltyDomain
import RuleLang

/// The fine: the tier's band (from the row, another row of that tier, or the band algebra),
/// the amount the standard takes from it, and the other sanctions.
extension Adjudicator {
  func fine(_ c: EnforcementCase, _ v: AllegedViolation, _ version: ViolationInfo, _ std: StandardInfo,
            _ row: TierRowInfo, base: String, tier: String, _ interpreter: inout Interpreter,
            _ d: inout Draft) -> DecisionOutcome {
    // The statutory range.
    guard case .money(let maximum)?? = read(LoweredName.maximumFine(v.code), &interpreter, &d),
      case .money(let minimum)?? = read(LoweredName.minimumFine(v.code), &interpreter, &d),
      let lineLabel = interpreter.trace.derivation(of: LoweredName.maximumFine(v.code))?.rule?.label
    else {
      if d.reasons.isEmpty && d.missing.isEmpty { d.review("无法确定法定罚款幅度", "the statutory fine range cannot be determined") }
      return finish(&d)
    }
    let hasMinimum = version.fineLines.first { $0.label == lineLabel }?.hasMinimum ?? true
    if maximum == 0 {
      d.step("法定罚款: 本情形不处罚款", "statutory fine: none in this situation", version.penaltyBasis)
    } else {
      d.step("法定罚款: " + (hasMinimum ? "\(fmt(minimum)) 元至 \(fmt(maximum)) 元" : "\(fmt(maximum)) 元以下"),
             "statutory fine: " + (hasMinimum ? "\(fmt(minimum)) to \(fmt(maximum)) yuan" : "up to \(fmt(maximum)) yuan"),
             version.penaltyBasis)
    }
    // 减轻 goes below the statutory minimum: only a row of the standard that states its own
    // amounts can propose one, and even then a person decides (国办发〔2022〕27号 (六)).
    let reducedByRow = tier == "减轻" && base == "减轻" && row.hasAmounts
    if tier == "减轻" && !reducedByRow {
      d.review("减轻处罚: 罚款应低于法定最低额 \(fmt(minimum)) 元, 数额须经评估确定 (国办发〔2022〕27号 (六))",
               "reduced penalty: the fine must be below the statutory minimum \(fmt(minimum)) yuan and needs an assessment")
      return finish(&d)
    }
    // The band.
    var band: Band?
    var fixed: Decimal?
    let sourceRow: TierRowInfo?
    if tier == base && row.hasAmounts {
      sourceRow = row
    } else {
      // The tier moved (circumstances): take the row of the new tier whose amounts lie inside
      // the statutory range that applies to this party; several that differ → review.
      var fitting: [(TierRowInfo, Decimal, Decimal)] = []
      for r in std.rows where r.tier == tier && r.hasAmounts {
        guard case .money(let hi)?? = read(LoweredName.rowMaximum(std.name, r.label), &interpreter, &d),
          case .money(let lo)?? = read(LoweredName.rowMinimum(std.name, r.label), &interpreter, &d)
        else { return finish(&d) }
        if hi <= maximum && (!hasMinimum || lo >= minimum) { fitting.append((r, lo, hi)) }
      }
      if fitting.count > 1 && fitting.contains(where: { $0.1 != fitting[0].1 || $0.2 != fitting[0].2 }) {
        d.review("基准中「\(tier)」有多行可用且数额不同 (\(fitting.map { "「\($0.0.label)」" }.joined(separator: "、"))), 无法确定适用哪一行",
                 "several rows of \"\(tier)\" fit with different amounts (\(fitting.map { $0.0.label }.joined(separator: ", "))); a person must choose")
        return finish(&d)
      }
      sourceRow = fitting.first?.0
    }
    if let r = sourceRow {
      guard case .money(let hi)?? = read(LoweredName.rowMaximum(std.name, r.label), &interpreter, &d),
        case .money(let lo)?? = read(LoweredName.rowMinimum(std.name, r.label), &interpreter, &d)
      else { return finish(&d) }
      if r.fixed {
        fixed = hi
        d.step("基准阶次「\(r.label)」规定固定数额 \(fmt(hi)) 元", "the standard's row \"\(r.label)\" fixes \(fmt(hi)) yuan", std.basis)
      } else {
        band = Band(lower: lo, upper: hi, lowerOpen: false, upperOpen: false)
        d.step("幅度: 基准阶次「\(r.label)」\(band!.text(.zh))", "band: the standard's row \"\(r.label)\" \(band!.text(.en))", std.basis)
      }
    } else if let rule = std.banding, let (b, how) = Banding.band(tier: tier, minimum: minimum, maximum: maximum, hasMinimum: hasMinimum, rule: rule) {
      band = b
      d.steps.append(DecisionStep(text: LocalizedText(zh: "\(how.zh); \(tier)幅度 \(b.text(.zh))", en: "\(how.en); \(tier) band \(b.text(.en))"),
                                  citations: std.basis))
    } else {
      d.review("基准没有给出「\(tier)」的幅度", "the standard gives no band for \"\(tier)\"")
      return finish(&d)
    }
    var amount: Decimal
    if let fixed {
      amount = fixed
    } else if let band, let choice = std.amount {
      let (a, how) = Banding.amount(in: band, choice)
      amount = a
      d.steps.append(DecisionStep(text: how, citations: std.basis))
    } else {
      d.review("基准未说明在幅度内如何取值", "the standard does not say how to choose the amount")
      return finish(&d)
    }
    if reducedByRow {
      guard !hasMinimum || amount < minimum else {
        d.review("减轻阶次的罚款 \(fmt(amount)) 元不低于法定最低额 \(fmt(minimum)) 元", "the reduced fine \(fmt(amount)) yuan is not below the statutory minimum \(fmt(minimum)) yuan")
        return finish(&d)
      }
      d.review("减轻处罚: 按基准阶次「\(row.label)」拟罚款 \(fmt(amount)) 元, 低于法定最低额, 须严格评估后决定 (国办发〔2022〕27号 (六))",
               "reduced penalty: the standard's row \"\(row.label)\" proposes \(fmt(amount)) yuan, below the statutory minimum; it needs a careful assessment")
    } else if amount > maximum || (hasMinimum && amount < minimum) {
      d.review("罚款 \(fmt(amount)) 元超出法定幅度", "the fine \(fmt(amount)) yuan is outside the statutory range")
      return finish(&d)
    }
    if amount > 0 {
      // The row's own citations (a row may cite its article of the standard) or the standard's.
      let rowCitations = sourceRow.map { citations(of: LoweredName.rowMaximum(std.name, $0.label), interpreter) } ?? std.basis
      d.sanctions.append(Sanction(kind: "罚款", amount: amount, band: band, citations: version.penaltyBasis + rowCitations))
    }
    /// 没收违法所得 carries the amount of the `违法所得` fact (《行政处罚法》第二十八条第二款).
    func confiscated(_ kind: String) -> Decimal? {
      guard kind.hasPrefix("没收违法所得"), let i = program.factIndex["违法所得"],
        case .money(let m)? = interpreter.facts.values[i] else { return nil }
      return m
    }
    for kind in version.sanctions where kind != "罚款" {
      d.sanctions.append(Sanction(kind: kind, amount: confiscated(kind), band: nil, citations: version.penaltyBasis))
    }
    for kind in version.conditionalSanctions {
      let name = LoweredName.conditionalSanction(version.code, kind)
      guard let applies = read(name, &interpreter, &d) else { continue }
      if case .bool(true)? = applies {
        d.sanctions.append(Sanction(kind: kind, amount: confiscated(kind), band: nil, citations: citations(of: name, interpreter)))
      } else {
        d.step("不并处「\(kind)」: 条件不成立", "no \"\(kind)\": its condition does not hold", citations(of: name, interpreter))
      }
    }
    return finish(&d)
  }

  func fmt(_ d: Decimal) -> String { DecimalMath.format(d) }
}

/// 《行政处罚法》第三十七条: the law at the act applies, unless the law at the decision
/// punishes more lightly or no longer treats the act as an offence.
enum LenitySelection {
  static func severity(_ c: Computation) -> (Int, Decimal)? {
    switch c.outcome {
    case .noPenalty: return (0, 0)
    case .penalty: return (1, c.fine ?? 0)
    default: return nil
    }
  }

  static func choose(old: Computation, new: Computation, citations: [Citation]) -> (Computation, DecisionStep) {
    guard let a = severity(old), let b = severity(new) else {
      let undecided = old.outcome.precedence >= new.outcome.precedence ? old : new
      return (undecided, DecisionStep(text: LocalizedText(
        zh: "从旧兼从轻: 两个版本的结果不能比较 (\(old.outcome.rawValue) / \(new.outcome.rawValue)), 需人工审核",
        en: "lenity: the two versions cannot be compared (\(old.outcome.english) / \(new.outcome.english)); needs review"), citations: citations))
    }
    if b < a {
      return (new, DecisionStep(text: LocalizedText(
        zh: "从旧兼从轻: 决定时的规定处罚较轻, 适用决定时的规定", en: "lenity: the law at the decision is lighter and applies"),
        citations: citations))
    }
    return (old, DecisionStep(text: LocalizedText(
      zh: "从旧兼从轻: 决定时的规定并不更轻, 适用违法行为发生时的规定", en: "lenity: the later law is not lighter; the law at the act applies"),
      citations: citations))
  }
}
