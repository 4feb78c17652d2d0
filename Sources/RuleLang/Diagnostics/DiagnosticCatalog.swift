/// The one catalogue of diagnostic messages, by code.
///
/// Message rules: one short clause, no final period (no final 。); user input quoted with
/// 「」 in Chinese and "" in English; the hint says what to do. L = lexer, P = parser,
/// C = checker, W = warning, R = runtime (evaluation), F = facts input.
public enum DiagnosticCatalog {
  /// A catalogue entry: code, severity, message and optional hint.
  public struct Entry: Sendable {
    /// Stable code.
    public let code: String
    /// Severity.
    public let severity: Severity
    /// Message.
    public let message: LocalizedText
    /// Hint.
    public let hint: LocalizedText?

    init(_ code: String, _ zh: String, _ en: String, hint: (String, String)? = nil,
         severity: Severity = .error) {
      self.code = code
      self.severity = severity
      self.message = LocalizedText(zh: zh, en: en)
      self.hint = hint.map { LocalizedText(zh: $0.0, en: $0.1) }
    }
  }
}

private func didYouMean(_ s: String?) -> (String, String)? {
  s.map { ("是否想写「\($0)」", "did you mean \"\($0)\"") }
}

extension DiagnosticCatalog.Entry {
  // MARK: - C: checker

  public static func unknownName(_ n: String, suggestion: String?) -> Self {
    .init("C001", "未知名称「\(n)」", "unknown name \"\(n)\"",
          hint: didYouMean(suggestion) ?? ("先用 事实、定义、后果 或 参数 声明它", "declare it with fact, definition, consequence or parameter first"))
  }
  public static func duplicateDeclaration(_ n: String) -> Self {
    .init("C002", "重复声明「\(n)」", "\"\(n)\" is declared twice",
          hint: ("改名或删去其中一处", "rename or remove one of them"))
  }
  public static func typeMismatch(_ op: String, _ l: LocalizedText, _ r: LocalizedText) -> Self {
    .init("C003", "运算「\(op)」不能用于 \(l.zh) 和 \(r.zh)", "operator \"\(op)\" cannot combine \(l.en) and \(r.en)")
  }
  public static func unitMismatch(_ op: String, _ l: LocalizedText, _ r: LocalizedText) -> Self {
    .init("C004", "单位不一致: \(l.zh) 与 \(r.zh)", "units differ: \(l.en) and \(r.en)",
          hint: ("比较和加减只能在同一单位之间进行", "comparison, addition and subtraction need the same unit"))
  }
  public static func conditionNotBool(_ t: LocalizedText) -> Self {
    .init("C005", "条件应为布尔值, 实为 \(t.zh)", "a condition must be Bool, found \(t.en)")
  }
  public static func branchMismatch(_ a: LocalizedText, _ b: LocalizedText) -> Self {
    .init("C006", "如果 的两个分支类型不同: \(a.zh) 与 \(b.zh)", "the branches of if have different types: \(a.en) and \(b.en)")
  }
  public static func definitionCycle(_ path: String) -> Self {
    .init("C007", "定义之间循环依赖: \(path)", "definitions depend on each other in a cycle: \(path)",
          hint: ("改写其中一个定义, 使其不再依赖另一个", "rewrite one definition so it no longer depends on the other"))
  }
  public static func unknownLabel(_ l: String, suggestion: String?) -> Self {
    .init("C008", "未知规则标签「\(l)」", "unknown rule label \"\(l)\"",
          hint: didYouMean(suggestion) ?? ("例外于 须指向同一定义中带标签的规则", "exception to must name a labelled rule of the same definition"))
  }
  public static func duplicateLabel(_ l: String) -> Self {
    .init("C009", "规则标签「\(l)」重复", "rule label \"\(l)\" is used twice")
  }
  public static func exceptionCycle(_ l: String) -> Self {
    .init("C010", "规则「\(l)」的例外关系构成循环", "rule \"\(l)\" is part of a cycle of exceptions",
          hint: ("例外关系必须是一棵树: 一般规则在上, 特别规则在下", "exceptions must form a tree: general rules above, specific ones below"))
  }
  public static func duplicateRule(_ d: String) -> Self {
    .init("C011", "「\(d)」中有条件和施行期间完全相同的两条规则", "\"\(d)\" has two rules with the same condition and period",
          hint: ("删去重复的规则, 或用 例外于 说明优先关系", "remove the duplicate, or state priority with exception to"))
  }
  public static func unreachableException(_ l: String, _ why: LocalizedText, isException: Bool = true) -> Self {
    isException
      ? .init("C012", "例外规则「\(l)」永远不会适用: \(why.zh)", "exception \"\(l)\" can never apply: \(why.en)")
      : .init("C012", "规则「\(l)」永远不会适用: \(why.zh)", "rule \"\(l)\" can never apply: \(why.en)")
  }
  public static func missingCitation(_ d: String) -> Self {
    .init("C013", "「\(d)」产生法律后果, 但规则没有法律依据", "\"\(d)\" yields a legal consequence but a rule has no citation",
          hint: ("加一行 依据 《法规名》第N条第M款", "add a line: basis 《法规名》第N条第M款"))
  }
  public static func valueTypeMismatch(_ d: String, _ want: LocalizedText, _ got: LocalizedText) -> Self {
    .init("C014", "「\(d)」声明为 \(want.zh), 规则给出的是 \(got.zh)", "\"\(d)\" is declared \(want.en) but the rule gives \(got.en)")
  }
  public static func badArguments(_ f: String, _ detail: LocalizedText) -> Self {
    .init("C015", "函数「\(f)」的参数有误: \(detail.zh)", "wrong arguments to \"\(f)\": \(detail.en)")
  }
  public static func unknownType(_ t: String, suggestion: String?) -> Self {
    .init("C016", "未知类型或单位「\(t)」", "unknown type or unit \"\(t)\"",
          hint: didYouMean(suggestion) ?? ("可用: 布尔 整数 小数 金额 日期 期间 文本, 单位名, 或已声明的枚举", "use Bool Int Decimal Money Date Duration Text, a unit, or a declared enumeration"))
  }
  public static func overlappingVersions(_ d: String) -> Self {
    .init("C017", "「\(d)」的两个版本施行期间重叠", "two versions of \"\(d)\" are in force at the same time",
          hint: ("前一版本写明 至 某日, 后一版本从次日起施行", "end the earlier version (until …) the day before the later one starts"))
  }
  public static func misplacedOtherwise(_ d: String) -> Self {
    .init("C018", "「\(d)」只能有一条 否则 规则, 且它不能带条件或标签", "\"\(d)\" may have one otherwise rule, without condition or label")
  }
  public static func unknownFunction(_ f: String, suggestion: String?) -> Self {
    .init("C019", "未知函数「\(f)」", "unknown function \"\(f)\"", hint: didYouMean(suggestion))
  }
  public static func ambiguousEnumCase(_ c: String, _ enums: String) -> Self {
    .init("C020", "枚举值「\(c)」有歧义: 见于 \(enums)", "enumeration value \"\(c)\" is ambiguous: found in \(enums)",
          hint: ("写成 枚举名.值", "write Enumeration.value"))
  }
  public static func noRules(_ d: String) -> Self {
    .init("C021", "「\(d)」没有任何规则", "\"\(d)\" has no rules",
          hint: ("加一行 = 表达式, 或 当 条件 则 值", "add a line = expression, or when condition then value"))
  }
  public static func notAValue(_ n: String) -> Self {
    .init("C022", "「\(n)」不是值", "\"\(n)\" is not a value")
  }
  public static func operandType(_ op: String, _ t: LocalizedText) -> Self {
    .init("C023", "运算「\(op)」不能用于 \(t.zh)", "operator \"\(op)\" cannot be applied to \(t.en)")
  }
  public static func setMismatch(_ t: LocalizedText, _ e: LocalizedText) -> Self {
    .init("C024", "集合元素类型 \(e.zh) 与被检查的值 \(t.zh) 不同", "set elements are \(e.en) but the value is \(t.en)")
  }

  public static func standardNeedsBanding(_ s: String) -> Self {
    .init("C025", "基准「\(s)」有阶次未写罚款, 但没有说明幅度规则", "standard \"\(s)\" has a tier without amounts but no banding rule",
          hint: ("加一行 幅度 三七分 / 中值分 / 最高额比例, 或为每个阶次写 罚款 A 至 B", "add banding 三七分 / 中值分 / 最高额比例, or give every tier its amounts"))
  }
  public static func standardNeedsAmountChoice(_ s: String) -> Self {
    .init("C026", "基准「\(s)」没有说明在幅度内如何取值", "standard \"\(s)\" does not say how the amount inside a band is chosen",
          hint: ("加一行 取值 下限 / 中值 / 上限", "add amount 下限 / 中值 / 上限"))
  }
  public static func unknownViolation(_ c: String, suggestion: String?) -> Self {
    .init("C027", "未知的违法行为编码「\(c)」", "unknown violation code \"\(c)\"",
          hint: didYouMean(suggestion) ?? ("先用 违法行为 声明它", "declare it with violation first"))
  }
  public static func violationNeedsCitations(_ c: String) -> Self {
    .init("C028", "违法行为「\(c)」缺少 违反 或 处罚依据", "violation \"\(c)\" lacks its violated provision or its penalty provision",
          hint: ("加 违反 《法规》第N条 和 处罚依据 《法规》第M条", "add violates 《法规》第N条 and penalty_basis 《法规》第M条"))
  }
  public static func notACircumstance(_ n: String) -> Self {
    .init("C029", "「\(n)」不是已声明的情节", "\"\(n)\" is not a declared circumstance",
          hint: ("先用 情节 声明它", "declare it with circumstance first"))
  }
  public static func overlappingViolationVersions(_ c: String) -> Self {
    .init("C030", "违法行为「\(c)」的两个版本施行期间重叠", "two versions of violation \"\(c)\" are in force at the same time")
  }
  public static func notATier(_ t: String, suggestion: String?) -> Self {
    .init("C032", "「\(t)」不是裁量阶次 (不予处罚 / 免予处罚 / 减轻 / 从轻 / 一般 / 从重)",
          "\"\(t)\" is not a tier (不予处罚 / 免予处罚 / 减轻 / 从轻 / 一般 / 从重)", hint: didYouMean(suggestion))
  }
  public static func duplicateHolidayYear(_ y: Int) -> Self {
    .init("C033", "\(y) 年的节假日安排重复声明", "the holidays of \(y) are declared twice")
  }
  public static func holidaysNeedBasis(_ y: Int) -> Self {
    .init("C034", "\(y) 年的节假日安排没有依据", "the holidays of \(y) cite no notice",
          hint: ("写明国务院办公厅的通知, 如 依据 《国务院办公厅关于2024年部分节假日安排的通知》", "cite the State Council notice"))
  }
  public static func holidayOutsideYear(_ what: String, _ y: Int) -> Self {
    .init("C035", "「\(what)」不在 \(y) 年的安排范围内", "\"\(what)\" lies outside the arrangement for \(y)",
          hint: ("放假期间应在该年 (或相邻年份的年初年末) 且不超过 31 天", "days off lie in that year (or at its edges) and span at most 31 days"))
  }
  public static func workdayNotWeekend(_ d: String) -> Self {
    .init("C036", "调休上班日 \(d) 不是周末, 或同时被列为放假", "the 调休 working day \(d) is not a weekend day, or is also a day off",
          hint: ("调休上班日是被调为工作日的周六或周日", "a 调休 working day is a Saturday or Sunday made a working day"))
  }
  public static func checkNeedsBasis(_ c: String) -> Self {
    .init("C037", "检查「\(c)」没有法律依据", "check \"\(c)\" cites no legal basis",
          hint: ("每项检查都写明 依据 《…》第N条", "every check cites its basis"))
  }
  public static func overlappingStandards(_ code: String, _ a: String, _ b: String) -> Self {
    .init("C038", "违法行为「\(code)」有两个同时施行的基准: 「\(a)」与「\(b)」", "violation \"\(code)\" has two standards in force at once: \"\(a)\" and \"\(b)\"",
          hint: ("用 施行 期间把两个基准分开, 或为另一地区的违法行为另设编码", "separate them by their 施行 periods, or give the other jurisdiction's violation its own code"))
  }
  public static func chainTooDeep(_ d: String, _ limit: Int) -> Self {
    .init("C031", "「\(d)」所在的定义引用链超过 \(limit) 层", "the chain of definitions through \"\(d)\" is deeper than \(limit)",
          hint: ("拆分为较短的链; 法律规则不需要这样深的嵌套", "split it into shorter chains; no legal rule needs such depth"))
  }

  // MARK: - F: facts input

  public static func invalidJSON(_ why: String) -> Self {
    .init("F001", "事实文件不是有效的 JSON: \(why)", "the facts file is not valid JSON: \(why)")
  }
  public static func factTypeMismatch(_ f: String, _ want: LocalizedText, _ got: String) -> Self {
    .init("F002", "事实「\(f)」应为 \(want.zh), 实为 \(got)", "fact \"\(f)\" should be \(want.en), found \(got)")
  }
  public static func unknownFact(_ f: String, suggestion: String?) -> Self {
    .init("F003", "规则中没有事实「\(f)」", "the rules declare no fact \"\(f)\"", hint: didYouMean(suggestion),
          severity: .warning)
  }
  public static func factsNotObject() -> Self {
    .init("F004", "事实文件应为一个 JSON 对象", "the facts file must hold one JSON object",
          hint: ("形如 {\"单体面积\": \"5平方米\"}", "for example {\"area\": \"5 sqm\"}"))
  }

  public static func recordNotObject() -> Self {
    .init("F005", "每行应为一个 JSON 对象 (一件记录)", "each line must hold one JSON object (one record)",
          hint: ("形如 {\"id\": \"C1\", \"area_m2\": 120}", "for example {\"id\": \"C1\", \"area_m2\": 120}"))
  }
  public static func repeatedKey(_ k: String) -> Self {
    .init("F006", "「\(k)」在同一记录中出现两次", "\"\(k)\" appears twice in one record",
          hint: ("每个事实只写一次 (分组对象中的事实也算)", "give each fact once (facts inside groups count too)"))
  }
  public static func badRecordID(_ v: String) -> Self {
    .init("F007", "记录的 id 应为文本或非负整数, 实为 \(v)", "a record's id must be text or a whole number, found \(v)")
  }
  public static func unknownRecordKey(_ k: String, suggestion: String?) -> Self {
    .init("F008", "规则中没有事实「\(k)」", "the rules declare no fact \"\(k)\"",
          hint: didYouMean(suggestion) ?? ("记录的键应为规则声明的事实、id, 或把事实分组的对象", "a record's keys are facts the rules declare, id, or objects that group facts"))
  }
  public static func recordNotJSON(_ why: LocalizedText) -> Self {
    .init("F009", "记录不是有效的 JSON: \(why.zh)", "the record is not valid JSON: \(why.en)")
  }

  // MARK: - L: lexer

  public static func invalidUTF8() -> Self {
    .init("L001", "文件含有无效的 UTF-8 字节", "the file contains bytes that are not valid UTF-8",
          hint: ("以 UTF-8 编码保存文件", "save the file as UTF-8"))
  }
  public static func unexpectedCharacter(_ c: String) -> Self {
    .init("L002", "意外的字符「\(c)」", "unexpected character \"\(c)\"")
  }
  public static func unterminatedText() -> Self {
    .init("L003", "文本没有结束", "unterminated text", hint: ("在同一行用 」 或 \" 结束文本", "close the text with 」 or \" on the same line"))
  }
  public static func unterminatedTitle() -> Self {
    .init("L004", "法规名称没有结束", "unterminated law title", hint: ("在同一行用 》 结束法规名称", "close the title with 》 on the same line"))
  }
  public static func tabIndent() -> Self {
    .init("L005", "缩进中不能使用制表符", "tabs cannot be used for indentation", hint: ("用空格缩进", "indent with spaces"))
  }
  public static func badDedent() -> Self {
    .init("L006", "缩进与外层任何一级都不对齐", "the indentation matches no outer level",
          hint: ("与上面某一行对齐", "align it with a line above"))
  }
  public static func badNumber(_ s: String) -> Self {
    .init("L007", "无效的数字或日期「\(s)」", "invalid number or date \"\(s)\"",
          hint: ("日期写作 YYYY-MM-DD (如 2024-05-01); 数字最多 30 位", "write dates as YYYY-MM-DD (e.g. 2024-05-01); numbers have at most 30 digits"))
  }
  public static func unknownUnit(_ u: String, suggestion: String?) -> Self {
    .init("L008", "未知单位「\(u)」", "unknown unit \"\(u)\"", hint: didYouMean(suggestion))
  }

  // MARK: - P: parser

  public static func expected(_ what: LocalizedText, found: (zh: String, en: String)) -> Self {
    .init("P001", "此处应为\(what.zh), 实为\(found.zh)", "expected \(what.en), found \(found.en)")
  }
  public static func unexpectedDeclaration(_ found: (zh: String, en: String), suggestion: String?) -> Self {
    .init("P002", "此处应为声明, 实为\(found.zh)", "expected a declaration, found \(found.en)",
          hint: didYouMean(suggestion) ?? ("声明以 枚举 事实 参数 定义 后果 开头", "declarations start with enum, fact, parameter, definition or consequence"))
  }
  public static func expectedExpression(_ found: (zh: String, en: String)) -> Self {
    .init("P003", "此处应为表达式, 实为\(found.zh)", "expected an expression, found \(found.en)")
  }
  public static func unexpectedIndent() -> Self {
    .init("P005", "意外的缩进", "unexpected indentation", hint: ("与上一行对齐, 或放进一个声明中", "align with the previous line, or put it inside a declaration"))
  }
  public static func badCitation(_ why: LocalizedText) -> Self {
    .init("P007", "法律依据格式有误: \(why.zh)", "malformed citation: \(why.en)",
          hint: ("写成 《法规名》第N条第M款第K项", "write 《法规名》第N条第M款第K项"))
  }
  public static func badPeriod() -> Self {
    .init("P008", "施行期间的结束日早于开始日", "the period ends before it starts")
  }
  public static func duplicatePeriod() -> Self {
    .init("P012", "同一规则只能有一个 施行 期间", "a rule has one effective period",
          hint: ("另一个版本另写一条规则 (或 定义), 各带自己的 施行", "write another version as its own rule (or definition) with its own effective period"))
  }
  public static func duplicateField(_ f: String) -> Self {
    .init("P013", "「\(f)」只能写一次", "\"\(f)\" can be written only once",
          hint: ("删去多余的一行; 另一个版本另写一个 违法行为 或 基准, 各带自己的 施行", "remove the extra line; write another version as its own violation or standard with its own effective period"))
  }
  public static func checkNeedsCondition(_ c: String) -> Self {
    .init("P014", "检查「\(c)」缺少 通过 当 …", "check \"\(c)\" has no passes when …",
          hint: ("写明检查通过的条件, 如 通过 当 公示日期 <= 加工作日(决定日期, 7)", "state when the check passes"))
  }
  public static func tooDeep() -> Self {
    .init("P009", "嵌套过深", "nesting is too deep", hint: ("拆成几个定义", "split it into several definitions"))
  }
  public static func reservedKeyword(_ k: String) -> Self {
    .init("P010", "「\(k)」不能开始一个声明", "\"\(k)\" cannot start a declaration",
          hint: ("阶次 写在 基准 中; 已知 和 期望 写在 测试 中 (缩进在其下)", "tier rows belong in a standard; given and expect lines in a test (indented under it)"))
  }
  public static func invalidDate(_ s: String) -> Self {
    .init("P011", "不存在的日期「\(s)」", "no such date \"\(s)\"")
  }
  public static func tooManyDiagnostics(omitted: Int) -> Self {
    .init("P999", "诊断过多, 另有 \(omitted) 条未显示", "too many diagnostics; \(omitted) more not shown")
  }

  // MARK: - W: warnings

  public static func arabicCitation() -> Self {
    .init("W001", "法律依据中使用了阿拉伯数字", "the citation uses Arabic numerals",
          hint: ("法规条文习惯写作中文数字, 如 第四十二条", "statutes are cited with Chinese numerals, e.g. 第四十二条"), severity: .warning)
  }
  public static func unusedFact(_ f: String) -> Self {
    .init("W002", "事实「\(f)」声明了但从未使用", "fact \"\(f)\" is declared but never used", severity: .warning)
  }
}

extension DiagnosticCatalog.Entry {
  // MARK: - R: runtime (evaluation)

  public static func missingFact(_ f: String) -> Self {
    .init("R001", "缺少事实「\(f)」", "fact \"\(f)\" is missing", hint: ("补充该事实后重新评价", "supply the fact and evaluate again"))
  }
  public static func divisionByZero() -> Self {
    .init("R002", "除数为零", "division by zero")
  }
  public static func conflict(_ d: String, _ labels: String) -> Self {
    .init("R003", "「\(d)」有多条规则同时适用且无优先关系: \(labels)", "several rules of \"\(d)\" apply with no priority between them: \(labels)",
          hint: ("需人工审核; 或在规则中用 例外于 写明优先关系", "needs human review; or state priority with exception to"))
  }
  public static func noApplicableRule(_ d: String) -> Self {
    .init("R004", "「\(d)」没有适用的规则", "no rule of \"\(d)\" applies",
          hint: ("需人工审核; 或补一条 否则 规则", "needs human review; or add an otherwise rule"))
  }
  public static func notInForce(_ d: String, _ date: String) -> Self {
    .init("R005", "「\(d)」在 \(date) 没有施行中的版本", "\"\(d)\" has no version in force on \(date)")
  }
  public static func incomparable(_ a: String, _ b: String) -> Self {
    .init("R007", "无法比较 \(a) 与 \(b)", "cannot compare \(a) with \(b)",
          hint: ("期间只能与同一计量单位(日、月、年)的期间比较", "durations compare only in the same measure (days, months, years)"))
  }
  public static func dateOutOfRange() -> Self {
    .init("R008", "日期超出可计算范围", "the date is out of range")
  }
  public static func arithmeticOverflow() -> Self {
    .init("R009", "数值超出可精确表示的范围", "the number is too large to be exact")
  }
  public static func outsideCalendar(_ d: String, _ years: String) -> Self {
    .init("R011", "\(d) 不在节假日安排的范围内 (已知: \(years))", "\(d) is outside the holiday arrangements (known: \(years))",
          hint: ("在 Rules/calendar/ 中补充该年的 节假日安排", "add that year's 节假日安排 to Rules/calendar/"))
  }
  public static func evaluationTooDeep(_ d: String, _ limit: Int) -> Self {
    .init("R010", "计算「\(d)」时定义引用链超过 \(limit) 层", "evaluating \"\(d)\" goes through more than \(limit) nested definitions",
          hint: ("需人工审核; 检查规则是否过度嵌套", "needs human review; check the rules for excessive nesting"))
  }
}

extension DiagnosticCatalog.Entry {
  // MARK: - T: rule tests (测试)

  public static func unknownTestFact(_ f: String, suggestion: String?) -> Self {
    .init("T001", "测试中的事实「\(f)」未声明", "the test names an undeclared fact \"\(f)\"",
          hint: didYouMean(suggestion) ?? ("已知 和 缺少 只能写用 事实 或 情节 声明的名称", "given and missing name facts or circumstances"))
  }
  public static func givenNotAFact(_ n: String) -> Self {
    .init("T001", "「\(n)」不是事实, 不能写在 已知 或 缺少 中", "\"\(n)\" is not a fact, so it cannot be given or missing",
          hint: ("用 期望 检查定义的值", "check a definition's value with expect"))
  }
  public static func unknownTestDefinition(_ n: String, suggestion: String?) -> Self {
    .init("T002", "期望中的「\(n)」不是已声明的定义", "expect names no definition \"\(n)\"",
          hint: didYouMean(suggestion) ?? ("写定义的全名, 或 · 之后唯一的结尾, 如 「S07·阶次」", "write the full name, or its unique ending after a ·, e.g. 「S07·阶次」"))
  }
  public static func ambiguousTestDefinition(_ n: String, _ list: String) -> Self {
    .init("T002", "期望中的「\(n)」不唯一, 可指: \(list)", "\"\(n)\" in expect is ambiguous: \(list)",
          hint: ("写更长的结尾或全名", "write a longer ending or the full name"))
  }
  public static func testValueType(_ n: String, _ want: LocalizedText, _ got: LocalizedText) -> Self {
    .init("T003", "「\(n)」的值是 \(want.zh), 测试写的是 \(got.zh)", "\"\(n)\" holds \(want.en) but the test writes \(got.en)")
  }
  public static func testValueNotLiteral(_ n: String) -> Self {
    .init("T003", "测试中「\(n)」的值须写成字面值", "the test must write the value of \"\(n)\" as a literal",
          hint: ("如 5平方米、20000元、真、一般、「文本」、2024-06-30", "e.g. 5平方米, 20000元, 真, 一般, 「text」, 2024-06-30"))
  }
  public static func testValueNotOneOf(_ n: String, _ list: String, _ got: String) -> Self {
    .init("T003", "「\(n)」的值是 \(list) 之一, 测试写的是「\(got)」", "\"\(n)\" is one of \(list), but the test writes \"\(got)\"")
  }
  public static func factGivenTwice(_ f: String) -> Self {
    .init("T004", "测试两次给出事实「\(f)」", "the test gives fact \"\(f)\" twice", hint: ("删去其中一处", "remove one of them"))
  }
  public static func unknownTestRule(_ l: String, _ d: String, suggestion: String?) -> Self {
    .init("T005", "「\(d)」没有标签为「\(l)」的规则", "\"\(d)\" has no rule labelled \"\(l)\"",
          hint: didYouMean(suggestion) ?? ("写决定该值的规则的标签 (基准的阶次行以其「标签」命名)", "write the label of the deciding rule (a standard's tier rows are named by their label)"))
  }
  public static func noOtherwiseRule(_ d: String) -> Self {
    .init("T005", "「\(d)」没有 否则 规则", "\"\(d)\" has no otherwise rule")
  }
  public static func citationNeverCarried(_ c: String, _ d: String) -> Self {
    .init("T006", "「\(d)」没有一条规则援引 \(c)", "no rule of \"\(d)\" cites \(c)",
          hint: ("照规则的写法援引; 期望的依据须是决定规则的依据之一", "cite as the rules do; an expected citation must be one of the deciding rule's"))
  }
  public static func testWithoutExpectations(_ t: String) -> Self {
    .init("T007", "测试「\(t)」没有任何期望", "test \"\(t)\" expects nothing",
          hint: ("加一行 期望 名称 = 值 规则 「标签」", "add a line: expect NAME = VALUE rule \"label\""))
  }
  public static func duplicateTest(_ t: String) -> Self {
    .init("T008", "测试名称「\(t)」重复", "test name \"\(t)\" is used twice",
          hint: ("每个测试取不同的名称, 报告才能指明是哪一个", "give every test its own name so the report can tell them apart"))
  }
  public static func caseTestGivesFacts() -> Self {
    .init("T010", "案件测试的事实来自案件文件, 不能写 已知", "a test of a case takes its facts from the case file; it cannot give facts",
          hint: ("删去 已知 行; 或去掉 案件 行, 用事实测试定义", "remove the given lines, or test definitions without the case line"))
  }
  public static func notACaseAspect(_ n: String) -> Self {
    .init("T011", "案件测试只能期望 结论、阶次、罚款 和 依据, 不能期望「\(n)」", "a test of a case expects its outcome, tier, fine and basis, not \"\(n)\"",
          hint: ("如 期望 结论 = 处罚, 期望 阶次 = 一般, 期望 罚款 = 7500元, 期望 依据 《…》", "e.g. expect outcome = 处罚, expect tier = 一般, expect fine = 7500元, expect basis 《…》"))
  }
  public static func citationsOutsideCase() -> Self {
    .init("T011", "只有案件测试可以单独期望 依据", "only a test of a case expects a basis by itself",
          hint: ("写成 期望 名称 = 值 依据 《…》", "write expect NAME = VALUE basis 《…》"))
  }
  public static func caseNotDecided(_ path: String, _ why: LocalizedText) -> Self {
    .init("T012", "案件「\(path)」无法判定: \(why.zh)", "the case \"\(path)\" could not be decided: \(why.en)")
  }
  public static func testWithoutDate(_ t: String) -> Self {
    .init("T009", "测试「\(t)」没有写明评价日期", "test \"\(t)\" states no evaluation date",
          hint: ("加一行 日期 YYYY-MM-DD: 规则按该日施行的版本评价", "add a line: date YYYY-MM-DD; the rules in force that day are evaluated"))
  }
}
