/// "Did you mean" suggestions by edit distance over Characters.
public enum Suggestions {
  /// The closest candidate to `name`, if it is close enough to be a likely typo.
  public static func closest(to name: String, in candidates: some Sequence<String>) -> String? {
    let target = Array(name)
    var best: (String, Int)?
    for candidate in candidates where candidate != name {
      let d = distance(target, Array(candidate))
      let limit = max(1, min(target.count, candidate.count) / 2)
      if d <= limit, best == nil || d < best!.1 || (d == best!.1 && candidate < best!.0) {
        best = (candidate, d)
      }
    }
    return best?.0
  }

  /// Levenshtein distance between two Character arrays.
  public static func distance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
