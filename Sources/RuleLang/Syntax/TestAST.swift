/// A rule test (测试), written in a rule file next to the rules it tests:
/// ```
/// 测试 「S07 一般: 5平方米的单体广告牌」
///   日期 2024-06-30
///   已知 单体面积 = 5平方米, 设置数量 = 1处
///   期望 「S07·阶次」 = 一般 规则 「一般」 依据 《登封市城市管理局行政处罚裁量基准》
///   期望 「S07·阶次」 无法确定 缺少 单体面积
/// ```
/// Tests are checked with the rules but never change what the rules compute: the checker
/// keeps them apart (``CheckedProgram/tests``) and only the test runner reads them.
public struct TestDecl: Sendable {
  /// The test's name (a name or a text).
  public let name: Name
  /// The evaluation date (`日期 2024-06-30`), if written.
  public let date: CivilDate?
  /// A case file whose decision the test checks (`案件 「Samples/cases/x.xml」`), and where it is written.
  public let caseFile: (path: String, range: SourceRange)?
  /// The facts the test supplies.
  public let given: [GivenFact]
  /// What the test expects.
  public let expectations: [ExpectationDecl]
  /// The whole declaration.
  public let range: SourceRange
  /// Whether the parser skipped a broken line inside it (checks that would cascade stay quiet).
  public let recovered: Bool
}

/// `已知 单体面积 = 5平方米`: one fact of a test.
public struct GivenFact: Sendable {
  /// The fact's name.
  public let name: Name
  /// The value, a literal (`5平方米`, `假`, `个人`, `「CG-SR-001」`, `-1`).
  public let value: Expr
  /// The whole `NAME = VALUE`.
  public let range: SourceRange
}

/// `期望 NAME = VALUE [规则 LABEL | 规则 否则] [依据 …]` or `期望 NAME 无法确定 [CODE] [缺少 FACT, …]`.
public struct ExpectationDecl: Sendable {
  /// What the test expects of the value.
  public enum Outcome: Sendable {
    /// A value, a literal of the definition's type.
    case value(Expr)
    /// No value: optionally the diagnostic code (`R003`) and the missing facts (`缺少 …`, R001).
    case undetermined(code: Name?, missing: [Name])
    /// Only citations (`期望 依据 《…》`, in a test of a case).
    case citationsOnly
  }

  /// The definition, as written (`「S07·阶次」`, `处理结论`).
  public let name: Name
  /// The expected value or failure.
  public let outcome: Outcome
  /// The deciding rule's label (`规则 「一般」`), or the word `否则` when ``ruleIsOtherwise``.
  public let rule: Name?
  /// Whether the deciding rule must be the 否则 rule (`规则 否则`).
  public let ruleIsOtherwise: Bool
  /// Citations the deciding rule must carry (`依据 …`).
  public let citations: [Citation]
  /// The whole line.
  public let range: SourceRange
}
