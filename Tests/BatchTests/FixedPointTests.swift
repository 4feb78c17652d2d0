import Foundation
import RuleLang
import Testing

@testable import Batch

/// The compiled path's exact arithmetic gives the interpreter's values, and gives up (so the
/// interpreter decides) whenever it could not be exact.
@Suite struct FixedPointTests {
  static func program(_ expression: String, type: String = "小数") -> CheckedProgram {
    let text = "事实 a: 小数\n事实 b: 小数\n定义 r: \(type) = \(expression)\n"
    let compiled = RuleCompiler.compile([SourceFile(path: "f.rules", text: text)])
    return compiled.program!
  }

  /// (expression, a, b): evaluated by both paths with a and b as decimals.
  static let cases: [(String, String, String)] = [
    ("a + b", "0.1", "0.2"), ("a - b", "5", "7.25"), ("a * b", "1.5", "-0.04"), ("a / b", "1", "8"),
    ("a / b", "10", "4"), ("a / b", "1", "3"), ("向下取整(a / b)", "7", "2"), ("向上取整(a / b)", "7", "2"),
    ("向下取整(a / b)", "45", "365"), ("向上取整(a * 5 / 100)", "850001", "0"), ("向下取整(a / b)", "-7", "2"),
    ("四舍五入(a, 1)", "2.25", "0"), ("四舍五入(a, 1)", "-2.25", "0"), ("向下取整(a, 2)", "1.239", "0"),
    ("最小(a, b)", "3", "2.5"), ("最大(a, b, 10)", "3", "2.5"), ("限定(a, 0, b)", "3", "2.5"),
    ("a / b", "1", "0"), ("a * b", "9223372036854775807", "2"), ("a + b", "9223372036854775807", "1"),
    ("a * b", "0.000000001", "0.000000001"), ("a / b", "2", "0.0000000000000000001"),
    ("如果 a > b 则 a 否则 b", "2", "2"), ("a * 1000000", "123456789012345", "0"),
  ]

  @Test(arguments: cases)
  func compiledValuesAreTheInterpretersOrItGivesUp(_ expression: String, _ a: String, _ b: String) throws {
    let p = Self.program(expression)
    var facts = FactSet(program: p)
    facts.set("a", .decimal(DecimalMath.parse(a)!), in: p)
    facts.set("b", .decimal(DecimalMath.parse(b)!), in: p)
    var interpreter = Interpreter(program: p, facts: facts, date: BenchWorkload.date, tracing: false)
    let expected = interpreter.evaluate("r")!

    let compiled = CompiledProgram(p)
    let frame = compiled.makeFrame(date: BenchWorkload.date)
    compiled.begin(frame)
    for (i, v) in [a, b].enumerated() {
      frame.facts[i] = SlotConversion.number(DecimalMath.parse(v)!)!
      frame.known[i] = true
    }
    do {
      let slot = try compiled.value(of: 0, in: frame)
      let ours = try #require(compiled.value(slot, type: .decimal, in: frame))
      let theirs = try #require(expected.value, "the interpreter failed where the compiled path did not")
      #expect(Self.text(ours) == Self.text(theirs), "\(expression) with a=\(a), b=\(b)")
      var bytes: [UInt8] = []
      OutputJSON.append(slot, type: .decimal, compiled: compiled, frame: frame, into: &bytes)
      var expectedBytes: [UInt8] = []
      OutputJSON.append(theirs, into: &expectedBytes)
      #expect(bytes == expectedBytes, "\(String(decoding: bytes, as: UTF8.self)) vs \(String(decoding: expectedBytes, as: UTF8.self))")
    } catch {
      // Giving up is always allowed: the interpreter then decides (or reports its error).
    }
  }

  static func text(_ v: Value) -> String {
    switch v {
    case .int(let n): return DecimalMath.format(Decimal(n))
    case .decimal(let d): return DecimalMath.format(d)
    default: return v.text(.en)
    }
  }

  @Test func inexactDivisionAndOverflowGiveUp() {
    for (expression, a, b) in [("a / b", "1", "3"), ("a * b", "9223372036854775807", "2"), ("a / b", "1", "0")] {
      let p = Self.program(expression)
      let compiled = CompiledProgram(p)
      let frame = compiled.makeFrame(date: BenchWorkload.date)
      compiled.begin(frame)
      for (i, v) in [a, b].enumerated() {
        frame.facts[i] = SlotConversion.number(DecimalMath.parse(v)!)!
        frame.known[i] = true
      }
      #expect(throws: Bail.self) { try compiled.value(of: 0, in: frame) }
    }
  }
}
