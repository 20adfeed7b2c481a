/// Finds the valid name a person most likely meant, for "did you mean" hints on misspelt keys and values.
///
/// Never used for promotion codes: suggesting a code would help people guess codes.
package enum NearestName {
  /// The candidate closest to `name`, if it is close enough to be a likely typo.
  ///
  /// A candidate equal ignoring case wins; otherwise the smallest Damerau–Levenshtein distance (ignoring case)
  /// within a third of the name's length (at least 1, at most 3); ties go to the earlier candidate.
  ///
  /// - Parameters:
  ///   - name: What was written.
  ///   - candidates: The valid names.
  /// - Returns: The likely intended name, or `nil`.
  package static func suggestion(for name: String, among candidates: [String]) -> String? {
    let lowered = Array(name.lowercased().unicodeScalars)
    if let same = candidates.first(where: { $0.lowercased() == name.lowercased() }) {
      return same == name ? nil : same
    }
    let limit = min(3, max(1, lowered.count / 3))
    var best: (name: String, distance: Int)?
    for candidate in candidates {
      let distance = editDistance(lowered, Array(candidate.lowercased().unicodeScalars))
      if distance <= limit, distance < (best?.distance ?? Int.max) {
        best = (candidate, distance)
      }
    }
    return best?.name
  }

  /// The optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps.
  ///
  /// - Parameters:
  ///   - a: The first string's scalars.
  ///   - b: The second string's scalars.
  /// - Returns: The number of edits.
  package static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    let width = b.count + 1
    var table = [Int](repeating: 0, count: (a.count + 1) * width)
    for j in 0...b.count { table[j] = j }
    for i in 1...a.count {
      table[i * width] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(
          table[(i - 1) * width + j] + 1, table[i * width + j - 1] + 1,
          table[(i - 1) * width + j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, table[(i - 2) * width + j - 2] + 1)
        }
        table[i * width + j] = value
      }
    }
    return table[a.count * width + b.count]
  }
}
