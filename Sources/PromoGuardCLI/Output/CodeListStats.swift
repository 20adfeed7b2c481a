internal import PromoGuard

/// What `codes stats` measures of a code list: duplicates under the matching, guessable codes, the length
/// spread and the characters used.
struct CodeListStats {
  /// Two rows whose codes are one under the matching.
  struct Duplicate: Equatable {
    /// The later row's line and code.
    var line: Int
    var code: String
    /// The first row with the same key.
    var firstLine: Int
    var firstCode: String
  }

  /// A guessable code and why.
  struct Guessable: Equatable {
    var line: Int
    var code: String
    var reasons: CodeGuessability.Reasons
  }

  /// How many examples of each problem are kept.
  static let examples = 10

  /// The matching used.
  let matching: CodeMatching
  /// How many codes.
  let count: Int
  /// How many rows repeat an earlier row's code under the matching.
  let duplicateCount: Int
  /// The first ``examples`` duplicates.
  let duplicates: [Duplicate]
  /// The guessability verdict.
  let guessability: CodeGuessability.Report
  /// The first ``examples`` guessable codes.
  let guessable: [Guessable]
  /// Significant characters (under the matching): least, median (the lower middle one) and most; zeros for
  /// an empty list.
  let length: (minimum: Int, median: Int, maximum: Int)
  /// The characters used (under the matching), sorted.
  let alphabet: [Character]

  /// Whether there are no duplicates and no guessable codes.
  var isClean: Bool { duplicateCount == 0 && guessability.guessableCount == 0 }

  /// Measures `list`.
  ///
  /// - Complexity: O(*n*·*L*) for *n* codes of at most *L* characters; memory one key per distinct code.
  init(list: CodeListFile, matching: CodeMatching) {
    self.matching = matching
    count = list.values.count
    var first = [String: Int]()
    first.reserveCapacity(list.values.count)
    var duplicateCount = 0
    var duplicates = [Duplicate]()
    var lengthCounts = [Int: Int]()
    var characters = Set<Character>()
    for (index, code) in list.values.enumerated() {
      let key = matching == .relaxed ? CodeKey.relaxed(code) : CodeKey.exact(code)
      lengthCounts[key.count, default: 0] += 1
      for character in key { characters.insert(character) }
      if let earlier = first[key] {
        duplicateCount += 1
        if duplicates.count < Self.examples {
          duplicates.append(
            Duplicate(
              line: Int(list.lines[index]), code: code, firstLine: Int(list.lines[earlier]),
              firstCode: list.values[earlier]))
        }
      } else {
        first[key] = index
      }
    }
    self.duplicateCount = duplicateCount
    self.duplicates = duplicates
    let report = CodeGuessability.assess(list.values)
    guessability = report
    guessable = report.firstGuessable(Self.examples).map {
      Guessable(line: Int(list.lines[$0]), code: list.values[$0], reasons: report.reasons[$0])
    }
    let lengths = lengthCounts.keys.sorted()
    var median = 0
    var seen = 0
    for length in lengths {
      seen += lengthCounts[length] ?? 0
      if seen >= (count + 1) / 2 {
        median = length
        break
      }
    }
    length = (lengths.first ?? 0, median, lengths.last ?? 0)
    alphabet = characters.map { character in
      let upper = character.uppercased()
      return matching == .relaxed && upper.count == 1 ? upper.first ?? character : character
    }.sorted()
  }
}
