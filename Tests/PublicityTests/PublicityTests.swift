import Adjudication
import CaseFiles
import CaseStore
import Foundation
import PenaltyDomain
import RuleLang
import Testing
import TestSupport

/// The 双公示 行政处罚信息 record: built from stored evaluations (recorded into a temporary store
/// as `evaluate --store` records them), never decided again.
@Suite struct PublicityTests {
  static let root = Golden.repositoryRoot()

  /// Decides case files under Rules/ and records them into a fresh store, as evaluate --store does.
  static func store(_ files: [URL]) throws -> CaseStore {
    let path = try BinaryRunner.temporaryDirectory().appendingPathComponent("store.sqlite").path
    let store = try CaseStore(path: path)
    let sources = try RuleCompiler.loadSources([root.appendingPathComponent("Rules").path])
    let program = try #require(RuleCompiler.compile(sources).program)
    let hash = Fingerprint.ruleSet(sources)
    for file in files {
      for item in CaseFileLoader.load(file: file.path) {
        guard case .loaded(let c) = item else {
          Issue.record("cannot load \(file.path)")
          continue
        }
        let date = c.decisionDate ?? CivilDate(year: 2024, month: 6, day: 30)!
        let decision = try Adjudicator(program: program).decide(c, fallbackDate: date)
        let e = DecisionRecording.evaluation(c, decision, sources: sources, rulesHash: hash, engineVersion: "test", decisionDate: date)
        _ = try store.record(e, rules: sources, actor: "tester", at: "2025-01-01T10:00:00+08:00")
      }
    }
    return store
  }

  static func sample(_ name: String) -> URL { root.appendingPathComponent("Samples/cases/\(name)") }

  /// The outcome for the one case of a sample.
  static func outcome(_ sample: String) throws -> (PublicityOutcome, CaseStore.StoredEvaluation) {
    let store = try store([Self.sample(sample)])
    let e = try #require(try store.latestEvaluations().first)
    return (Publicity.build(e), e)
  }

  // MARK: - Records of penalty decisions

  /// A sample with the values its record must have (public view; "" = empty) and the fields that
  /// must be listed as missing.
  struct Expected: Sendable, CustomTestStringConvertible {
    let sample: String
    let values: [PublicityField: String]
    let missing: [PublicityField]
    var testDescription: String { sample }
  }

  static let records: [Expected] = [
    // 单位, 罚款 1250 元 (江门 S08): 万元 with the point moved four places; 责令限期改正 is not a 类别.
    Expected(sample: "s08-jm-2024-101.xml", values: [
      .xdrMC: "江门市蓬江区某某贸易有限公司", .xdrLB: "法人及非法人组织", .xdrSHXYM: "91440703685421974R",
      .xdrZJLX: "", .xdrZJHM: "", .wsh: "",
      .cflb: "罚款", .nr: "罚款1250元；责令限期改正", .nrFK: "0.125", .nrWFFF: "",
      .cfjg: "江门市城市管理和综合执法局", .sjly: "江门市城市管理和综合执法局", .cfjgdm: "", .sjlydm: "",
    ], missing: [.frdb, .wsh, .sy, .cfjgdm, .sjlydm]),
    // 单位, 罚款 23500 元 (大气法 第一百一十五条).
    Expected(sample: "air115-yb-2024-041.xml", values: [
      .xdrLB: "法人及非法人组织", .xdrSHXYM: "91500112MA60R4K54T", .cflb: "罚款", .nrFK: "2.35",
    ], missing: [.frdb, .cfjgdm]),
    // 个人, 警告 and 罚款 2000 元 → 0.2 (the real row's example); 证件号码 masked, 身份证.
    Expected(sample: "s04-hj-2024-024.json", values: [
      .xdrMC: "黄某福", .xdrLB: "自然人", .xdrSHXYM: "", .frdb: "", .xdrZJLX: "身份证",
      .xdrZJHM: "******************", .cflb: "警告；罚款", .nrFK: "0.2",
    ], missing: [.wsh, .sy]),
    // 个人, 罚款 100 元 → 0.01.
    Expected(sample: "s12-xs-2025-302.json", values: [.xdrLB: "自然人", .nrFK: "0.01", .cflb: "罚款"], missing: []),
    // 个人, 没收违法所得 3600 元 and 责令改正 only: no 罚款 amount is needed.
    Expected(sample: "unlicensed-yb-2025-601.xml", values: [
      .cflb: "没收违法所得", .nrFK: "", .nrWFFF: "0.36", .nr: "责令改正；没收违法所得3600元",
    ], missing: []),
  ]

  @Test(arguments: records)
  func penaltyDecisionsHaveRecords(_ x: Expected) throws {
    let (outcome, e) = try Self.outcome(x.sample)
    guard case .record(let r) = outcome else {
      Issue.record("\(x.sample): no record: \(outcome)")
      return
    }
    #expect(r.caseID == e.caseID)
    for (field, value) in x.values {
      #expect(r.value(field, view: .public) == value, "\(x.sample) \(field.code)")
    }
    let missing = Set(r.missing.map(\.field))
    for f in x.missing { #expect(missing.contains(f), "\(x.sample): \(f.code) should be listed as missing") }
    // What is filled is never listed as missing; nothing optional is listed without a reason.
    for m in r.missing { #expect(r.value(m.field, view: .platform).isEmpty, "\(x.sample) \(m.field.code)") }
  }

  @Test func theDecisionDateAndThePeriodsFollowTheStatedRules() throws {
    // 2024-06-12: 58号令 regime (2023-05-01 → 2026-03-31), longest period three years.
    let (outcome, e) = try Self.outcome("s08-jm-2024-101.xml")
    guard case .record(let r) = outcome else { Issue.record("no record"); return }
    let c = try DecisionRecording.readCase(e.input, format: e.format, file: e.file)
    let d = try #require(c.decisionDate)
    #expect(r.value(.jdrq, view: .public) == PublicityPolicy.format(d))
    #expect(r.value(.yxq, view: .public) == PublicityPolicy.format(d.adding(days: 7)!))
    #expect(r.value(.gsjzq, view: .public) == PublicityPolicy.format(d.adding(years: 3)!))
    #expect(r.value(.jdrq, view: .public).count == 10 && r.value(.jdrq, view: .public).contains("/"))
  }

  @Test func aNaturalPersonsNumberIsMaskedAndTheAddressIsNeverPublished() throws {
    let (outcome, e) = try Self.outcome("s04-hj-2024-024.json")
    guard case .record(let r) = outcome else { Issue.record("no record"); return }
    let c = try DecisionRecording.readCase(e.input, format: e.format, file: e.file)
    let id = try #require(c.party.identityNumber)
    let address = try #require(c.party.address)
    #expect(r.value(.xdrZJHM, view: .platform) == id, "kept for the platform")
    #expect(r.value(.xdrZJHM, view: .public) == String(repeating: "*", count: 18), "no digit shown")
    let publicRow = r.row(.public)
    #expect(!publicRow.contains { $0.contains(id) })
    // No 6-digit run of the number (region code, birth date …) survives anywhere in public.
    let digits = Array(id)
    for i in 0...(digits.count - 6) {
      let run = String(digits[i..<(i + 6)])
      #expect(!publicRow.joined(separator: "|").contains(run), "\(run)")
    }
    for view in PublicityView.allCases {
      #expect(!r.row(view).contains { $0.contains(address) || $0.contains("大洋村") }, "address in \(view)")
      let csv = PublicityExport.csv([r], view: view)
      let json = PublicityExport.json([r], view: view).compact()
      #expect(!csv.contains("大洋村") && !json.contains("大洋村"))
      #expect(csv.contains(id) == (view == .platform) && json.contains(id) == (view == .platform))
    }
  }

  /// s12-xs-2025-302.json with a recorded decision (the decision actually taken) added.
  static func withRecordedDecision(fine: String) throws -> PublicityOutcome {
    var text = try String(contentsOf: Self.sample("s12-xs-2025-302.json"), encoding: .utf8)
    text = text.replacingOccurrences(of: "\"decisionDate\": \"2025-07-08\",", with: """
      "decisionDate": "2025-07-08", "decision": {"outcome": "处罚", "fine": "\(fine)", "date": "2025-07-08", "number": "相城管罚决〔2025〕302号"},
      """)
    let file = try BinaryRunner.temporaryDirectory().appendingPathComponent("decided.json")
    try text.write(to: file, atomically: true, encoding: .utf8)
    let e = try #require(try Self.store([file]).latestEvaluations().first)
    return Publicity.build(e)
  }

  @Test func theDecisionNumberComesOnlyFromTheRecordedDecision() throws {
    guard case .record(let r) = try Self.withRecordedDecision(fine: "100") else { Issue.record("no record"); return }
    #expect(r.value(.wsh, view: .public) == "相城管罚决〔2025〕302号")
    #expect(r.sources[.wsh]?.paths == ["decision.number"])
    #expect(r.sources[.jdrq]?.paths == ["decision.date"])
    #expect(!r.missing.contains { $0.field == .wsh })
    // Without it the case id is not taken for the 文号.
    let (plain, _) = try Self.outcome("s12-xs-2025-302.json")
    guard case .record(let p) = plain else { Issue.record("no record"); return }
    #expect(p.value(.wsh, view: .public).isEmpty && p.missing.contains { $0.field == .wsh })
  }

  @Test func aRecordedDecisionThatDiffersFromTheStoredOneIsNotPublished() throws {
    guard case .withheld(_, let why) = try Self.withRecordedDecision(fine: "200") else { Issue.record("published"); return }
    #expect(why.zh.hasPrefix("案件记录的实际罚款 200元 与记录的评价不一致"), "\(why.zh)")
  }

  static let regimes: [(String, String?, Int?)] = [
    ("2019-07-03", nil, nil),
    ("2019-07-04", "发改办财金〔2019〕527号", nil),
    ("2023-04-30", "发改办财金〔2019〕527号", nil),
    ("2023-05-01", "国家发展改革委令第58号", 3),
    ("2026-03-31", "国家发展改革委令第58号", 3),
    ("2026-04-01", "国家发展改革委令第36号", nil),
  ]

  @Test(arguments: regimes)
  func thePublicationPeriodRegimeIsChosenByTheDecisionDate(_ date: String, _ name: String?, _ years: Int?) throws {
    let regime = PublicityPolicy.regime(on: try #require(CivilDate(iso: date)))
    #expect(regime?.name == name)
    #expect(regime?.maximumYears == years)
  }

  @Test func theValidityRuleIsConfiguration() throws {
    let store = try Self.store([Self.sample("s08-jm-2024-101.xml")])
    let e = try #require(try store.latestEvaluations().first)
    guard case .record(let long) = Publicity.build(e, policy: PublicityPolicy(validity: .longTerm)),
      case .record(let none) = Publicity.build(e, policy: PublicityPolicy(validity: .none))
    else { Issue.record("no record"); return }
    #expect(long.value(.yxq, view: .public) == "2099/12/31")
    #expect(none.value(.yxq, view: .public).isEmpty && none.missing.contains { $0.field == .yxq })
  }

  @Test func confiscationsAndStoppagesWithoutRecordedAmountsOrPeriodsStayEmpty() throws {
    // Both samples are blocked by their procedural checks; the policy lets them through here.
    let open = PublicityPolicy(withholdBlocked: false)
    let store = try Self.store([Self.sample("barbecue-yz-2024-501.xml"), Self.sample("cooking-fumes-yz-2025-403.xml")])
    let outcomes = try store.latestEvaluations().map { Publicity.build($0, policy: open) }
    guard outcomes.count == 2, case .record(let barbecue) = outcomes[0], case .record(let fumes) = outcomes[1] else {
      Issue.record("\(outcomes)")
      return
    }
    // 罚款 10250, 没收违法所得 260 (amount stored), 没收烧烤工具 (no amount): 没收 total unknown.
    #expect(barbecue.value(.cflb, view: .public) == "罚款；没收违法所得；没收非法财物")
    #expect(barbecue.value(.nrFK, view: .public) == "1.025")
    #expect(barbecue.value(.nrWFFF, view: .public).isEmpty)
    #expect(barbecue.missing.contains { $0.field == .nrWFFF && $0.reason.zh.contains("没收烧烤工具") })
    #expect(barbecue.notes.contains { $0.zh.contains("「没收烧烤工具」按第九条第三项归入「没收非法财物」") })
    // 责令停业整治 is read as 责令停产停业: the 处罚有效期 is the end of the ordered period, not recorded.
    #expect(fumes.value(.cflb, view: .public) == "罚款；责令停产停业")
    #expect(fumes.value(.nr, view: .public).contains("责令停业整治"))
    #expect(fumes.value(.yxq, view: .public).isEmpty && fumes.missing.contains { $0.field == .yxq })
    #expect(!fumes.value(.gsjzq, view: .public).isEmpty)
    // By default they are withheld.
    for e in try store.latestEvaluations() {
      guard case .withheld(_, let why) = Publicity.build(e) else { Issue.record("\(e.caseID) published"); continue }
      #expect(why.zh.hasPrefix("决定受阻"))
    }
  }

  // MARK: - No record

  static let withheld: [(String, String)] = [
    ("s12-xs-2024-301.xml", "不予处罚"),
    ("sj-cp-050-transfer.xml", "移送"),
    ("s08-jm-2025-104.xml", "需人工审核"),
    ("s01-js-2025-019.xml", "待补充"),
    ("s07-df-2024-031.xml", "决定受阻: 程序检查 事先告知「不通过」"),
    ("proc-minor-published.xml", "当事人为未成年人, 执法决定不予公开"),
  ]

  @Test(arguments: withheld)
  func decisionsThatAreNotPublishedGiveTheReason(_ sample: String, _ reason: String) throws {
    let (outcome, e) = try Self.outcome(sample)
    guard case .withheld(let id, let why) = outcome else {
      Issue.record("\(sample): expected no record, got \(outcome)")
      return
    }
    #expect(id == e.caseID)
    #expect(why.zh.hasPrefix(reason), "\(sample): \(why.zh)")
    #expect(!why.en.isEmpty)
  }

  // MARK: - Formats

  @Test func csvQuotesANameWithACommaAQuoteAndANewline() throws {
    // s12-xs-2025-302.json with the party's name changed.
    let name = "周某某,\"老周\"烧烤\n二店"
    var text = try String(contentsOf: Self.sample("s12-xs-2025-302.json"), encoding: .utf8)
    text = text.replacingOccurrences(of: "\"name\": \"周某某\"", with: "\"name\": \"周某某,\\\"老周\\\"烧烤\\n二店\"")
    let dir = try BinaryRunner.temporaryDirectory()
    let file = dir.appendingPathComponent("quoted.json")
    try text.write(to: file, atomically: true, encoding: .utf8)
    let store = try Self.store([file])
    let e = try #require(try store.latestEvaluations().first)
    guard case .record(let r) = Publicity.build(e) else { Issue.record("no record"); return }
    #expect(r.value(.xdrMC, view: .public) == name)
    #expect(r.notes.contains { $0.zh.hasPrefix("CF_XDR_MC 含换行符") })
    let csv = PublicityExport.csv([r], view: .public)
    #expect(csv.hasPrefix("\u{FEFF}"), "UTF-8 byte order mark")
    #expect(Array(csv.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(csv.contains("\r\n\"周某某,\"\"老周\"\"烧烤\n二店\",自然人,"), "RFC 4180 quoting")
    let rows = CSV.parse(String(csv.dropFirst()))
    #expect(rows.count == 2)
    #expect(rows[0] == PublicityField.allCases.map(\.name))
    #expect(rows[1] == r.row(.public))
    #expect(rows[1][0] == name)
    #expect(csv.hasSuffix("\r\n"))
  }

  static let quoting: [(String, String)] = [
    ("plain", "plain"), ("", ""), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("a\nb", "\"a\nb\""), ("a\r\nb", "\"a\r\nb\""), ("a\rb", "\"a\rb\""), ("全角，逗号", "全角，逗号"),
  ]

  @Test(arguments: quoting)
  func csvFieldsAreQuotedOnlyWhenTheyMustBe(_ value: String, _ written: String) {
    #expect(PublicityExport.field(value) == written)
    #expect(CSV.parse(PublicityExport.field(value) + ",x\r\n") == [[value, "x"]])
  }

  @Test func jsonIsKeyedByTheCodesInTableOrderWithTheMissingFields() throws {
    let (outcome, _) = try Self.outcome("s04-hj-2024-024.json")
    guard case .record(let r) = outcome else { Issue.record("no record"); return }
    let json = PublicityExport.json([r], view: .public)
    guard case .array(let items) = json, case .object(let members)? = items.first else {
      Issue.record("not an array of objects")
      return
    }
    #expect(Array(members.map(\.0).prefix(30)) == PublicityField.allCases.map(\.code))
    #expect(members[0].0 == "CF_XDR_MC" && members[29].0 == "BZ")
    #expect(items[0]["CF_NR_FK"] == .string("0.2"), "an exact decimal string, never a float")
    #expect(items[0]["CF_XDR_ZJHM"] == .string("******************"))
    #expect(items[0]["CF_WSH"] == .null)
    #expect(items[0]["case"] == .string(r.caseID))
    guard case .array(let missing)? = items[0]["missing"] else { Issue.record("no missing list"); return }
    #expect(missing.contains { $0["field"] == .string("CF_WSH") && $0["name"] == .string("行政处罚决定书文号") })
    #expect(missing.count == r.missing.count)
  }

  static let wan: [(String, String)] = [
    ("2000", "0.2"), ("1250", "0.125"), ("7500", "0.75"), ("185640", "18.564"), ("100", "0.01"), ("125", "0.0125"),
    ("10000", "1"), ("0.01", "0.000001"), ("123456789.5", "12345.67895"), ("0", "0"), ("20000000", "2000"),
  ]

  @Test(arguments: wan)
  func yuanBecomeTenThousandYuanExactly(_ yuan: String, _ expected: String) {
    #expect(Publicity.tenThousandYuan(yuan) == expected)
  }

  @Test func sanctionNamesMapToTheKindsOfArticle9() {
    #expect(PenaltyKind.classify("罚款") == .penalty(.fine, note: nil))
    #expect(PenaltyKind.classify("警告") == .penalty(.warning, note: nil))
    #expect(PenaltyKind.classify("责令改正") == .order)
    #expect(PenaltyKind.classify("责令限期改正") == .order)
    #expect(PenaltyKind.classify("责令停止建设") == .order)
    #expect(PenaltyKind.classify("责令关闭") == .penalty(.closeDown, note: nil))
    if case .penalty(.confiscateIllegalProperty, _) = PenaltyKind.classify("没收烧烤工具") {} else { Issue.record("没收烧烤工具") }
    if case .penalty(.suspendProduction, _) = PenaltyKind.classify("责令停业整治") {} else { Issue.record("责令停业整治") }
    #expect(PenaltyKind.classify("通报") == .unknown)
  }

  @Test func checkCharacters() {
    #expect(Publicity.validCreditCode("91350100M000100Y43"))
    #expect(!Publicity.validCreditCode("91350100M000100Y44"))
    #expect(Publicity.validResidentID("11010519491231002X"))
    #expect(!Publicity.validResidentID("110105194912310021"))
  }

  // MARK: - Every value traces to the stored output or the case

  @Test func everyValueTracesToTheStoredOutputOrTheCase() throws {
    let store = try Self.store(CaseFileLoader.files(Self.root.appendingPathComponent("Samples/cases").path).map { URL(fileURLWithPath: $0) })
    var records = 0
    for e in try store.latestEvaluations() {
      guard case .record(let r) = Publicity.build(e) else { continue }
      records += 1
      let output = try JSONParser.parse(Array(e.output.utf8))
      let c = try DecisionRecording.readCase(e.input, format: e.format, file: e.file)
      #expect(e.outcome == "处罚", "\(e.caseID): only penalties have records")
      for field in PublicityField.allCases {
        let value = r.value(field, view: .platform)
        if value.isEmpty {
          #expect(r.sources[field] == nil, "\(e.caseID) \(field.code)")
          continue
        }
        guard let source = r.sources[field] else {
          Issue.record("\(e.caseID) \(field.code) = \(value) has no source")
          continue
        }
        let place = "\(e.caseID) \(field.code) = \(value)"
        switch source.kind {
        case .caseFile:
          #expect(source.paths.count == 1)
          let copied = try #require(Trace.caseValue(c, source.paths[0]), "\(place): \(source.paths)")
          #expect(value == copied || value == copied.replacingOccurrences(of: "-", with: "/"), "\(place)")
        case .storedOutput:
          let parts = try source.paths.map { p in try #require(Trace.outputValue(output, p), "\(place): \(p)") }
          #expect(!parts.isEmpty, "\(place)")
          if field == .nrFK || field == .nrWFFF {
            // The same amount in another unit: × 10000 gives the stored yuan, summed.
            let yuan = parts.compactMap(DecimalMath.parse).reduce(Decimal(0), +)
            #expect(DecimalMath.parse(value).map { $0 * 10000 } == yuan, "\(place)")
          } else {
            for p in parts { #expect(value.contains(p), "\(place): \(p)") }
            // Nothing but the stored pieces, their 元 and separators.
            var rest = value
            for p in parts.sorted(by: { $0.count > $1.count }) { rest = rest.replacingOccurrences(of: p, with: "") }
            #expect(rest.allSatisfy { "；元".contains($0) }, "\(place): left \(rest)")
          }
        case .mapping:
          let inputs = try source.paths.map { p -> String in
            if p.hasPrefix("case:") { return try #require(Trace.caseValue(c, String(p.dropFirst(5))), "\(place): \(p)") }
            return try #require(Trace.outputValue(output, String(p.dropFirst(7))), "\(place): \(p)")
          }
          switch field {
          case .xdrLB: #expect(value == (inputs == ["个人"] ? "自然人" : "法人及非法人组织"), "\(place)")
          case .xdrZJLX: #expect(value == "身份证" && c.party.kind == .individual && inputs[0].count == 18, "\(place)")
          case .cflb:
            let kinds = Set(inputs.compactMap { i -> String? in
              if case .penalty(let k, _) = PenaltyKind.classify(i) { k.rawValue } else { nil }
            })
            #expect(Set(value.split(separator: "；").map(String.init)) == kinds, "\(place)")
            #expect(!value.contains("责令改正") && !value.contains("责令限期改正"), "\(place)")
          default: Issue.record("\(place): unexpected mapping")
          }
        case .policy:
          let decided = try #require(CivilDate(iso: r.value(.jdrq, view: .platform).replacingOccurrences(of: "/", with: "-")))
          switch field {
          case .yxq: #expect(value == PublicityPolicy.format(decided.adding(days: 7)!), "\(place)")
          case .gsjzq:
            #expect(PublicityPolicy.regime(on: decided)?.maximumYears == 3, "\(place)")
            #expect(value == PublicityPolicy.format(decided.adding(years: 3)!), "\(place)")
          default: Issue.record("\(place): unexpected policy")
          }
        }
      }
      // The 双公示 record never carries the party's address or anyone but the party.
      if let address = c.party.address {
        #expect(!r.row(.platform).contains { $0.contains(address) }, "\(e.caseID)")
      }
    }
    #expect(records >= 20, "records: \(records)")
  }
}

/// Resolves the places a record's sources name.
enum Trace {
  /// `party.name`, `party.idNumber`, `party.type`, `agency.name`, `decisionDate`, `decision.number`, `decision.date`.
  static func caseValue(_ c: EnforcementCase, _ path: String) -> String? {
    switch path {
    case "party.name": c.party.name
    case "party.idNumber": c.party.identityNumber
    case "party.type": c.party.kind.rawValue
    case "agency.name": c.agency.name
    case "decisionDate": c.decisionDate?.description
    case "decision.number": c.decision?.number
    case "decision.date": c.decision?.date?.description
    default: nil
    }
  }

  /// `violations[0].decision.sanctions[1].amount` in the stored output: a string leaf.
  static func outputValue(_ json: JSONValue, _ path: String) -> String? {
    var current: JSONValue? = json
    for part in path.split(separator: ".") {
      var name = Substring(part)
      var index: Int?
      if let open = part.firstIndex(of: "["), part.hasSuffix("]") {
        name = part[..<open]
        index = Int(part[part.index(after: open)..<part.index(before: part.endIndex)])
      }
      current = current?[String(name)]
      if let index {
        guard case .array(let items)? = current, items.indices.contains(index) else { return nil }
        current = items[index]
      }
    }
    if case .string(let s)? = current { return s }
    return nil
  }
}

/// A strict RFC 4180 reader, for checking what the export wrote.
enum CSV {
  static func parse(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var chars = Array(text.unicodeScalars)[...]
    while let ch = chars.popFirst() {
      if quoted {
        if ch == "\"" {
          if chars.first == "\"" { field.unicodeScalars.append("\""); chars = chars.dropFirst() } else { quoted = false }
        } else {
          field.unicodeScalars.append(ch)
        }
      } else if ch == "\"" && field.isEmpty {
        quoted = true
      } else if ch == "," {
        row.append(field); field = ""
      } else if ch == "\r" && chars.first == "\n" {
        chars = chars.dropFirst()
        row.append(field); rows.append(row); row = []; field = ""
      } else {
        field.unicodeScalars.append(ch)
      }
    }
    if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
    return rows
  }
}
