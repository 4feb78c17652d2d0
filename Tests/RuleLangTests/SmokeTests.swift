import RuleLang
import Testing

@Test func compilesEmptyProgram() {
  let r = RuleCompiler.compile([SourceFile(path: "a.rules", text: "")])
  #expect(r.diagnostics.isEmpty)
  #expect(r.program != nil)
}
