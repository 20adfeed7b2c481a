extension Zone {
  /// A known identifier close to a rejected one, for an error message's "did you mean".
  ///
  /// First the known identifier equal to `identifier` ignoring case (`"america/new_york"` gives
  /// `"America/New_York"`, `"utc"` gives `"UTC"`); otherwise the known identifier nearest by edit
  /// distance (insertions, deletions, substitutions and swaps of neighbouring characters, ignoring
  /// case) if it is close: at most one edit for every four characters of `identifier`, and at most
  /// three (`"Europe/Londn"` gives `"Europe/London"`, `"Mars/Olympus"` gives `nil`). Ties go to the
  /// identifier first in alphabetical order.
  ///
  /// - Parameter identifier: The identifier that ``init(identifier:)`` rejected.
  /// - Returns: The suggested identifier, or `nil` when none is close.
  /// - Complexity: O(*k* · *n*²) for *k* known identifiers of length about *n*; an identifier longer than
  ///   ``longestSuggested`` bytes gets no suggestion, at no cost.
  package static func suggestion(for identifier: String) -> String? {
    guard identifier.utf8.count <= longestSuggested else { return nil }
    let sortedKnown = knownIdentifiers.sorted()
    let wanted = Array(identifier.lowercased().unicodeScalars)
    if let sameIgnoringCase = sortedKnown.first(where: {
      Array($0.lowercased().unicodeScalars) == wanted
    }) {
      return sameIgnoringCase
    }
    let limit = min(3, wanted.count / 4)
    guard limit > 0 else { return nil }
    var best: (identifier: String, distance: Int)?
    for candidate in sortedKnown {
      let scalars = Array(candidate.lowercased().unicodeScalars)
      guard abs(scalars.count - wanted.count) <= limit else { continue }
      let distance = editDistance(wanted, scalars)
      if distance <= limit, distance < (best?.distance ?? Int.max) {
        best = (candidate, distance)
      }
    }
    return best?.identifier
  }

  /// The longest identifier, in UTF-8 bytes, for which a suggestion is looked for: known identifiers are
  /// shorter than half of it, so a longer one is no typo.
  static let longestSuggested = 100

  /// The optimal-string-alignment distance between two strings: the fewest insertions, deletions,
  /// substitutions and swaps of adjacent characters that turn one into the other.
  static func editDistance(_ source: [Unicode.Scalar], _ target: [Unicode.Scalar]) -> Int {
    if source.isEmpty { return target.count }
    if target.isEmpty { return source.count }
    let width = target.count + 1
    // Three rows of the dynamic-programming table: two rows back (for swaps), previous, current.
    var twoBack = [Int](repeating: 0, count: width)
    var previous = Array(0..<width)
    var current = [Int](repeating: 0, count: width)
    for (i, sourceScalar) in source.enumerated() {
      current[0] = i + 1
      for (j, targetScalar) in target.enumerated() {
        let substitution = previous[j] + (sourceScalar == targetScalar ? 0 : 1)
        var best = min(previous[j + 1] + 1, current[j] + 1, substitution)
        if i > 0, j > 0, sourceScalar == target[j - 1], source[i - 1] == targetScalar {
          best = min(best, twoBack[j - 1] + 1)
        }
        current[j + 1] = best
      }
      (twoBack, previous, current) = (previous, current, twoBack)
    }
    return previous[target.count]
  }
}
