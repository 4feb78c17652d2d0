/// Finds the definition a person means by a name: the exact name, else the one lowered
/// definition it ends (`阶次` for `某基准·阶次`, `S07·阶次` for `登封…S07·阶次`) when that is
/// unique. `adjudicator eval` and the rule tests (期望) resolve names this one way.
public enum DefinitionLookup {
  /// What a name resolved to.
  public enum Result: Sendable, Equatable {
    /// The definition's full name.
    case found(String)
    /// Several definitions end with the name (sorted).
    case ambiguous([String])
    /// None; with the closest name, if any is close.
    case unknown(suggestion: String?)
  }

  /// Resolves a name among definition names.
  public static func resolve(_ name: String, among names: some Collection<String>) -> Result {
    if names.contains(name) { return .found(name) }
    let tail = name.contains("·") ? name : "·" + name
    let candidates = names.filter { $0.hasSuffix(tail) }.sorted()
    if candidates.count == 1 { return .found(candidates[0]) }
    if candidates.count > 1 { return .ambiguous(candidates) }
    return .unknown(suggestion: Suggestions.closest(to: name, in: names))
  }

  /// Resolves a name among a checked program's definitions.
  public static func resolve(_ name: String, in program: CheckedProgram) -> Result {
    resolve(name, among: program.definitionIndex.keys)
  }
}
