/// Finds the valid name a person most likely meant, for "did you mean" hints on misspelt keys and values.
///
/// Never used for promotion codes: suggesting a code would help people guess codes.
package enum NearestName {
  /// The longest name compared, in Unicode scalars: the longest campaign id (100); every key and keyword is
  /// shorter, so a longer name is no typo of one.
  static let longestCompared = 100

  /// The candidate closest to `name`, if it is close enough to be a likely typo.
  ///
  /// A candidate equal ignoring case wins; otherwise the smallest Damerau–Levenshtein distance (ignoring case)
  /// within a third of the name's length (at least 1, at most 3); ties go to the earlier candidate. A name
  /// longer than ``longestCompared`` scalars gets no suggestion, and a candidate whose length differs from the
  /// name's by more than the allowed distance is skipped without computing the distance.
  ///
  /// - Parameters:
  ///   - name: What was written.
  ///   - candidates: The valid names.
  /// - Returns: The likely intended name, or `nil`.
  /// - Complexity: O(*k* · *m*) for *k* candidates of at most *m* scalars: the name is read only up to
  ///   ``longestCompared`` + 1 scalars, whatever its length.
  package static func suggestion(for name: String, among candidates: [String]) -> String? {
    var scalars = name.unicodeScalars.prefix(longestCompared + 1).makeIterator()
    var head = [Unicode.Scalar]()
    while let scalar = scalars.next() { head.append(scalar) }
    guard head.count <= longestCompared else { return nil }
    let lowered = Array(String(String.UnicodeScalarView(head)).lowercased().unicodeScalars)
    let loweredName = String(String.UnicodeScalarView(lowered))
    if let same = candidates.first(where: { $0.lowercased() == loweredName }) {
      return same == name ? nil : same
    }
    let limit = min(3, max(1, lowered.count / 3))
    var best: (name: String, distance: Int)?
    for candidate in candidates {
      let other = Array(candidate.lowercased().unicodeScalars)
      guard abs(other.count - lowered.count) <= limit else { continue }
      let distance = editDistance(lowered, other, atMost: limit)
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
    editDistance(a, b, atMost: max(a.count, b.count))
  }

  /// The optimal-string-alignment distance when it is at most `bound`, else some value above `bound`.
  ///
  /// Only the diagonal band of width 2 × `bound` + 1 is computed (cells outside it already exceed `bound`),
  /// in three rows.
  ///
  /// - Parameters:
  ///   - a: The first string's scalars.
  ///   - b: The second string's scalars.
  ///   - bound: The largest distance of interest.
  /// - Returns: The distance, or a value greater than `bound`.
  /// - Complexity: O(min(*n*, *m*) · `bound`) time, O(*m*) memory.
  package static func editDistance(
    _ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost bound: Int
  ) -> Int {
    if abs(a.count - b.count) > bound { return bound + 1 }
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    let beyond = bound + 1
    let width = b.count + 1
    var twoBack = [Int](repeating: beyond, count: width)
    var previous = [Int](repeating: beyond, count: width)
    var current = [Int](repeating: beyond, count: width)
    for j in 0...min(b.count, bound) { previous[j] = j }
    for i in 1...a.count {
      let low = max(1, i - bound)
      let high = min(b.count, i + bound)
      // Only the band is computed; the cells either side of it are reset, so values left in the reused
      // row from two rows back are never read.
      current[low - 1] = low == 1 && i <= bound ? i : beyond
      if high + 1 < width { current[high + 1] = beyond }
      if low <= high {
        for j in low...high {
          let cost = a[i - 1] == b[j - 1] ? 0 : 1
          var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
          if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
            value = min(value, twoBack[j - 2] + 1)
          }
          current[j] = min(value, beyond)
        }
      }
      (twoBack, previous, current) = (previous, current, twoBack)
    }
    return previous[b.count]
  }
}
