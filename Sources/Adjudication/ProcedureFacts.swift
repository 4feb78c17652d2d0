import Foundation
import PenaltyDomain
import RuleLang

/// Facts the engine reads off a case's procedural record for the procedural checks
/// (Rules/procedure/). Like every well-known fact, each is supplied only when the rules
/// declare it; a fact the record cannot give (the event never happened, a flag was not
/// recorded) stays missing, so a check that needs it says 无法判断, never a guess.
public enum ProcedureFacts {
  /// Event kinds at which officers investigate on the spot (执法人员, 证件, 两人以上).
  static let fieldwork: Set<ProcedureEventKind> = [.verification, .investigation, .inspection, .preservation, .seizure, .demolition]
  /// Coercive on-site acts that must be recorded in full on audio-video.
  static let coercive: Set<ProcedureEventKind> = [.seizure, .demolition]
  /// Events whose period does not count towards the time limit for deciding (听证, 中止).
  static let paused: Set<ProcedureEventKind> = [.hearing, .suspension]
  /// Kinds whose last event is the one that counts.
  static let lastCounts: Set<ProcedureEventKind> = [.legalReview, .execution]
  /// Stages of 全过程记录 (118号 (九)) and the events that make each.
  static let stages: [(fact: String, kinds: Set<ProcedureEventKind>)] = [
    ("启动有记录", [.verification, .filing]), ("调查取证有记录", [.investigation, .inspection]),
    ("审核有记录", [.legalReview]), ("决定有记录", [.decision]), ("送达有记录", [.service]), ("执行有记录", [.execution]),
  ]

  /// The procedural facts of case `c` for violation `code`, by name.
  public static func values(of c: EnforcementCase, code: String) -> [(String, Value?)] {
    var out: [(String, Value?)] = []
    let events = c.procedure
    func all(_ kinds: Set<ProcedureEventKind>) -> [ProcedureEvent] { events.filter { kinds.contains($0.kind) } }
    // The date of each kind of event: 立案日期, 告知日期, 公示日期 … (决定日期 is the case's). The
    // first one, except where the last one counts: the final 法制审核 (its date goes with its
    // opinion) and the execution that completed the case.
    for kind in ProcedureEventKind.allCases where kind != .decision {
      let e = lastCounts.contains(kind) ? events.last { $0.kind == kind } : events.first { $0.kind == kind }
      out.append(("\(kind.rawValue)日期", e.map { .date($0.date) }))
    }
    let pausedDays = all(paused).compactMap { e in e.until.map { $0.dayNumber - e.date.dayNumber + 1 } }.reduce(0, +)
    out.append(("不计入办案期限天数", .duration(pausedDays, .days)))
    let extensions = all([.extensionApproval])
    out.append(("延期批准次数", .int(extensions.count)))
    out.append(("延期天数", extensions.contains { $0.days == nil } ? nil : .duration(extensions.compactMap(\.days).reduce(0, +), .days)))
    let review = all([.legalReview])
    out.append(("法制审核意见", review.last?.opinion.map { .text($0) }))
    let reviewers = review.flatMap(\.officers)
    let investigators = Set(all(fieldwork).flatMap(\.officers).map { $0.certificate ?? $0.name })
    out.append(("审核人员回避", reviewers.isEmpty ? nil : .bool(reviewers.allSatisfy { !investigators.contains($0.certificate ?? $0.name) })))
    out.append(("审核人员具备法律职业资格", reviewers.isEmpty ? nil : .bool(reviewers.allSatisfy { !($0.qualification ?? "").isEmpty })))
    let field = all(fieldwork)
    out.append(("执法人员不少于两人", field.isEmpty ? nil : .bool(field.allSatisfy { $0.officers.filter { !($0.certificate ?? "").isEmpty }.count >= 2 })))
    out.append(("出示执法证件", flag(field.map(\.certificatesShown))))
    let coerciveActs = all(coercive)
    out.append(("有强制措施", .bool(!coerciveActs.isEmpty)))
    out.append(("强制措施全程音像", coerciveActs.isEmpty ? nil : .bool(coerciveActs.allSatisfy { e in
      e.records.contains { $0.kind == "音像" } && e.records.allSatisfy { !$0.interrupted || !($0.explanation ?? "").isEmpty }
    })))
    let video = events.flatMap(\.records).filter { $0.kind == "音像" }
    out.append(("音像记录均入卷", video.isEmpty ? nil : .bool(video.allSatisfy(\.archived))))
    out.append(("音像记录无无故中断", video.isEmpty ? nil : .bool(video.allSatisfy { !$0.interrupted || !($0.explanation ?? "").isEmpty })))
    for stage in stages {
      let happened = all(stage.kinds)
      out.append((stage.fact, happened.isEmpty ? nil : .bool(happened.allSatisfy { !$0.records.isEmpty })))
    }
    out.append(("公示已隐去个人信息", all([.publication]).first?.redacted.map { .bool($0) }))
    out.append(("权力事项已公示", c.agency.published[code].map { .bool($0) }))
    return out
  }

  /// True when every flag is true, false when one is false, missing when one is unknown.
  static func flag(_ flags: [Bool?]) -> Value? {
    if flags.isEmpty || flags.contains(where: { $0 == nil }) { return flags.contains(false) ? .bool(false) : nil }
    return .bool(flags.allSatisfy { $0 == true })
  }

  /// Facts about the proposed decision, for the checks that depend on it (法制审核 thresholds,
  /// 简易程序, 听证): 拟处理结论, 拟罚款总额, 拟处罚含吊销或停业.
  public static func proposal(_ violations: [ViolationDecision], outcome: DecisionOutcome) -> [(String, Value?)] {
    let fines = violations.compactMap { $0.chosen.fine }
    let severe = violations.flatMap(\.chosen.sanctions).contains { s in
      ["吊销", "停产停业", "停业整治", "关闭", "停工整治"].contains { s.kind.contains($0) }
    }
    return [
      ("拟处理结论", .text(outcome.rawValue)),
      ("拟罚款总额", .money(fines.reduce(0, +))),
      ("拟处罚含吊销或停业", .bool(severe)),
    ]
  }
}
