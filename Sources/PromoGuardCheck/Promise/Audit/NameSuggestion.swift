/// The catalog names a misspelt target name most likely meant, for the reach audit's "the catalog has …".
///
/// Candidates are ranked by how they differ from the name: only in case (`Socks`, `socks`); also in spaces,
/// hyphens and underscores (`gift-cards`, `gift cards`); also by a plural (`sock`, `socks`; `accessory`,
/// `accessories`); then by a few edits (insertions, deletions, substitutions, adjacent swaps) of the name without
/// case and separators: one for names of 3 to 5 such characters, two for longer ones. Names longer than
/// ``maximumEditLength`` characters are compared by the first three rules only, so the cost stays bounded
/// however long the names are.
///
/// Target names are products, not promotion codes: suggesting one gives nothing away.
enum NameSuggestion {
  /// Names longer than this (without case and separators) are not compared by edits.
  static let maximumEditLength = 64

  /// How many suggestions are given at most.
  static let maximumSuggestions = 3

  /// A name with the forms it is compared in.
  struct Entry: Sendable {
    /// The name as written.
    let name: String
    /// Lower-cased.
    let folded: String
    /// Lower-cased, without spaces, hyphens and underscores.
    let compact: String
    /// The compact form's scalars, when at most ``maximumEditLength`` long (else empty).
    let scalars: [Unicode.Scalar]

    /// Works out the forms of `name`.
    ///
    /// - Parameter name: The name.
    init(_ name: String) {
      self.name = name
      folded = name.lowercased()
      var compact = String.UnicodeScalarView()
      for scalar in folded.unicodeScalars where !NameSuggestion.isSeparator(scalar) {
        compact.append(scalar)
      }
      self.compact = String(compact)
      scalars = compact.count <= NameSuggestion.maximumEditLength ? Array(compact) : []
    }
  }

  /// One suggested name.
  struct Suggestion: Sendable, Hashable {
    /// The catalog's name.
    var name: String
    /// How many products carry it.
    var products: Int
  }

  /// The closest names among `names`, best first, when any is close enough.
  ///
  /// Only the candidates of the best rank are returned (those differing only in case, if any; else only in
  /// separators; …), the most used first, at most ``maximumSuggestions``.
  ///
  /// - Parameters:
  ///   - name: The name that matches nothing.
  ///   - names: The catalog's names of the same kind.
  /// - Returns: The suggestions, possibly none.
  /// - Complexity: O(*n*·*L*) for *n* catalog names, with *L* bounded by ``maximumEditLength`` for the edit
  ///   distance (banded to two edits) and by the names' lengths for the cheaper comparisons.
  static func nearest(to name: String, among names: CatalogIndex.Names) -> [Suggestion] {
    let written = Entry(name)
    let length = written.scalars.count
    let editLimit = written.scalars.isEmpty || length < 3 ? 0 : (length <= 5 ? 1 : 2)
    var best = Int.max
    var found = [Suggestion]()
    var scratch = DistanceScratch(width: length + 1)
    for candidate in names.entries where candidate.name != name {
      guard let rank = rank(written, candidate, editLimit: editLimit, scratch: &scratch),
        rank <= best
      else { continue }
      if rank < best {
        best = rank
        found.removeAll()
      }
      found.append(Suggestion(name: candidate.name, products: names.count(of: candidate.name)))
    }
    // Most products first; then as the catalog lists them (a stable sort keeps that order).
    let ordered = found.enumerated().sorted { left, right in
      left.element.products != right.element.products
        ? left.element.products > right.element.products : left.offset < right.offset
    }
    return ordered.prefix(maximumSuggestions).map(\.element)
  }

  /// 0 for case only, 1 for separators, 2 for a plural, 2 + *d* for *d* edits; `nil` when not close.
  private static func rank(
    _ written: Entry, _ candidate: Entry, editLimit: Int, scratch: inout DistanceScratch
  ) -> Int? {
    if written.folded == candidate.folded { return 0 }
    if written.compact == candidate.compact { return 1 }
    if isPlural(written.compact, of: candidate.compact)
      || isPlural(candidate.compact, of: written.compact)
    {
      return 2
    }
    guard editLimit > 0, !candidate.scalars.isEmpty else { return nil }
    return distance(written.scalars, candidate.scalars, limit: editLimit, scratch: &scratch).map {
      2 + $0
    }
  }

  /// Whether `plural` is `singular` with `s` or `es`, or with `y` turned into `ies`.
  ///
  /// - Parameters:
  ///   - plural: The longer form.
  ///   - singular: The shorter form.
  /// - Returns: `true` for `socks` of `sock`, `boxes` of `box`, `accessories` of `accessory`.
  static func isPlural(_ plural: String, of singular: String) -> Bool {
    let extra = plural.utf8.count - singular.utf8.count
    guard extra >= 1, extra <= 2, !singular.isEmpty else { return false }
    if plural.hasPrefix(singular) {
      let ending = plural.utf8.dropFirst(singular.utf8.count)
      return ending.elementsEqual("s".utf8) || ending.elementsEqual("es".utf8)
    }
    return singular.hasSuffix("y") && plural == singular.dropLast() + "ies"
  }

  /// Whether a scalar is one the comparison ignores: white space, `-`, `_`.
  static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "-" || scalar == "_" || scalar.properties.isWhitespace
  }

  /// Reusable rows for ``distance(_:_:limit:scratch:)``.
  struct DistanceScratch {
    /// Row *i* − 2.
    var older: [Int]
    /// Row *i* − 1.
    var previous: [Int]
    /// Row *i*.
    var current: [Int]

    /// Rows for comparisons with a name of `width` − 1 scalars.
    init(width: Int) {
      older = [Int](repeating: 0, count: width)
      previous = older
      current = older
    }
  }

  /// The optimal-string-alignment distance between `a` and `b` when at most `limit`, else `nil`.
  ///
  /// Only the diagonal band of width 2·`limit` + 1 is computed, and the comparison stops as soon as a whole row
  /// exceeds the limit.
  ///
  /// - Parameters:
  ///   - a: The written name's scalars (the rows; `scratch` is as wide as it is long, plus one).
  ///   - b: The candidate's scalars.
  ///   - limit: The largest distance of interest.
  ///   - scratch: Rows reused between calls.
  /// - Returns: The distance, or `nil` when it is above `limit`.
  /// - Complexity: O(*n*·`limit`) for names of *n* scalars.
  static func distance(
    _ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int, scratch: inout DistanceScratch
  ) -> Int? {
    // Rows run over `b`'s positions, columns over `a`'s (the scratch's width).
    let n = a.count
    let m = b.count
    guard abs(n - m) <= limit, scratch.current.count == n + 1 else { return nil }
    let outside = limit + 1
    for j in 0...n { scratch.previous[j] = j <= limit ? j : outside }
    for i in stride(from: 1, through: m, by: 1) {
      let low = max(1, i - limit)
      let high = min(n, i + limit)
      scratch.current[0] = i <= limit ? i : outside
      if low > 1 { scratch.current[low - 1] = outside }
      var rowMinimum = scratch.current[0]
      if low <= high {
        for j in low...high {
          let cost = a[j - 1] == b[i - 1] ? 0 : 1
          var value = min(
            scratch.previous[j] + 1, scratch.current[j - 1] + 1, scratch.previous[j - 1] + cost)
          if i > 1, j > 1, a[j - 1] == b[i - 2], a[j - 2] == b[i - 1] {
            value = min(value, scratch.older[j - 2] + 1)
          }
          value = min(value, outside)
          scratch.current[j] = value
          rowMinimum = min(rowMinimum, value)
        }
      }
      if high + 1 <= n { scratch.current[high + 1] = outside }
      guard rowMinimum <= limit else { return nil }
      swap(&scratch.older, &scratch.previous)
      swap(&scratch.previous, &scratch.current)
    }
    let result = scratch.previous[n]
    return result <= limit ? result : nil
  }
}
