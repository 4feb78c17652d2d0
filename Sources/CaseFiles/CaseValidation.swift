import PenaltyDomain
import RuleLang

/// Checks a read case for impossible dates and dangling references; a problem is a
/// located error, never a guess.
public enum CaseValidation {
  /// Returns the case when it is consistent.
  public static func check(_ c: EnforcementCase) throws(CaseLoadError) -> EnforcementCase {
    for v in c.violations {
      if let ended = v.ended, ended < v.occurred {
        throw CaseLoadError(v.origin, "行为终了日期 \(ended) 早于发生日期 \(v.occurred)",
                            "the act ended (\(ended)) before it occurred (\(v.occurred))")
      }
      if let d = c.decisionDate, d < v.occurred {
        throw CaseLoadError(v.origin, "决定日期 \(d) 早于违法行为发生日期 \(v.occurred)",
                            "the decision date (\(d)) is before the act (\(v.occurred))")
      }
      if let found = c.discovered, found < v.occurred {
        throw CaseLoadError(v.origin, "发现日期 \(found) 早于违法行为发生日期 \(v.occurred)",
                            "the act was discovered (\(found)) before it occurred (\(v.occurred))")
      }
      if let birth = c.party.birthDate, birth > v.occurred {
        throw CaseLoadError(v.origin, "当事人出生日期 \(birth) 晚于违法行为日期", "the party was born (\(birth)) after the act")
      }
    }
    if c.party.kind == .organization, c.party.birthDate != nil {
      throw CaseLoadError(c.origin, "单位当事人不应有出生日期", "an organisation has no birth date")
    }
    let ids = Set(c.evidence.map(\.id))
    if ids.count != c.evidence.count {
      throw CaseLoadError(c.origin, "证据编号重复", "evidence identifiers are not unique")
    }
    for circumstance in c.circumstances {
      for e in circumstance.evidence where !ids.contains(e) {
        throw CaseLoadError(circumstance.origin, "情节「\(circumstance.name)」引用了不存在的证据「\(e)」",
                            "circumstance \"\(circumstance.name)\" cites unknown evidence \"\(e)\"")
      }
    }
    var names: Set<String> = []
    for f in c.facts where !names.insert(f.name).inserted {
      throw CaseLoadError(f.origin, "事实「\(f.name)」重复", "fact \"\(f.name)\" is given twice")
    }
    return c
  }
}
