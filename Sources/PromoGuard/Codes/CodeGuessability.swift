import Foundation

/// Which codes of a list a stranger could guess: too short, one of a run of consecutive numbers, a dictionary
/// word with few other characters, or too few different characters.
///
/// A unique code is a secret shared with one recipient. It stops being one when someone who never received it
/// can type it: `SAVE10`, `WELCOME-0042` next to `WELCOME-0043`, `SUMMERSALE24`, `AAAABBBB`. The rules read the
/// code under relaxed matching (`CodeKey.relaxed`: case, spaces, dashes and underscores do not count), because
/// that is what checkout compares:
///
/// - ``Reasons/tooShort``: fewer than ``minimumLength`` (8) significant characters.
/// - ``Reasons/sequential``: the code belongs to a run of at least ``sequentialRun`` (3) codes of the list that are
///   the same except for one number, which goes up by one from code to code (`…0041`, `…0042`, `…0043`). Two
///   codes are not enough: two random codes of a large pool can differ by one in a single digit by chance.
/// - ``Reasons/dictionaryWord``: the code holds a built-in word (``words``; a word of 2 or 3 letters only when
///   it is a whole group of letters, between digits or separators) and fewer than ``minimumRandomCharacters``
///   (6) characters outside words: `WELCOME10`, `SUMMER-SALE-2024`, `FREESHIPPING`.
/// - ``Reasons/lowVariety``: at most 2 different characters (`AAAABBBB`), a block of at most 4 characters
///   repeated (`7F3K7F3K`), or a straight run (`12345678`, `ABCDEFGH`).
///
/// A code drawn at random can meet a rule by chance (a 4-character group that spells `FREE`: about 1 in 40,000
/// codes of 8 random characters); `CodeGenerator` draws again when that happens, so generated codes always pass.
///
/// ```swift
/// let report = CodeGuessability.assess(["WELCOME-7F3K-Q2ZD", "SAVE10"])
/// report.reasons[1]          // [.tooShort, .dictionaryWord]
/// report.guessableCount      // 1
/// ```
package enum CodeGuessability {
  /// The fewest significant characters (under relaxed matching) a code needs.
  package static let minimumLength = 8
  /// The fewest characters outside dictionary words a code holding a word needs.
  package static let minimumRandomCharacters = 6
  /// The shortest run of consecutive numbers that makes its codes sequential.
  package static let sequentialRun = 3
  /// The longest digit group read as a number for the sequential rule (longer groups are skipped).
  package static let longestNumber = 18

  /// Why one code is easy to guess; empty when it is not.
  package struct Reasons: OptionSet, Sendable, Hashable {
    /// The bits.
    package let rawValue: UInt8

    /// Creates reasons from their bits.
    ///
    /// - Parameter rawValue: The bits.
    package init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Fewer than ``CodeGuessability/minimumLength`` significant characters.
    package static let tooShort = Reasons(rawValue: 1)
    /// One of a run of codes that differ only by a number going up by one.
    package static let sequential = Reasons(rawValue: 2)
    /// A dictionary word with few other characters.
    package static let dictionaryWord = Reasons(rawValue: 4)
    /// Too few different characters, a repeated block, or a straight run.
    package static let lowVariety = Reasons(rawValue: 8)

    /// Each reason on its own, in this order, with its name in reports (`tooShort`, …).
    package static let named: [(reason: Reasons, name: String)] = [
      (.tooShort, "tooShort"), (.sequential, "sequential"), (.dictionaryWord, "dictionaryWord"),
      (.lowVariety, "lowVariety"),
    ]

    /// The names of the reasons held, in ``named`` order.
    package var names: [String] { Self.named.filter { contains($0.reason) }.map(\.name) }
  }

  /// The verdict on a list of codes: the reasons of each code, and how many codes each reason holds.
  package struct Report: Sendable {
    /// `reasons[i]` is why the `i`-th code is guessable (empty when it is not): one byte per code.
    package let reasons: [Reasons]
    /// How many codes have at least one reason.
    package let guessableCount: Int
    /// How many codes have each reason, in ``Reasons/named`` order (a code may count under several).
    package let counts: [Int]

    /// How many codes were assessed.
    package var count: Int { reasons.count }

    /// How many codes have `reason`.
    ///
    /// - Parameter reason: One reason.
    /// - Returns: The count.
    package func count(of reason: Reasons) -> Int {
      Reasons.named.firstIndex { $0.reason == reason }.map { counts[$0] } ?? 0
    }

    /// The indices of the first `limit` guessable codes, in list order.
    ///
    /// - Parameter limit: How many at most.
    /// - Returns: The indices.
    /// - Complexity: O(*n*) in the worst case.
    package func firstGuessable(_ limit: Int) -> [Int] {
      var found = [Int]()
      for (index, reasons) in reasons.enumerated() where !reasons.isEmpty {
        guard found.count < limit else { break }
        found.append(index)
      }
      return found
    }
  }

  /// Assesses every code of a list, each on its own and against its neighbours (the sequential rule).
  ///
  /// The list is read twice: once to record every code's numbers, once to judge each code.
  ///
  /// - Parameter codes: The codes, as written.
  /// - Returns: The reasons of each code and the counts.
  /// - Complexity: O(*n*·*L*) for *n* codes of at most *L* characters; memory one byte per code plus 8 bytes
  ///   per group of digits (a set of 64-bit fingerprints of "the code with this number left out" and the
  ///   number, so a false neighbour needs two fingerprint collisions at once).
  package static func assess(_ codes: some Collection<String>) -> Report {
    var fingerprints = Set<UInt64>()
    fingerprints.reserveCapacity(codes.count)
    for code in codes {
      for number in numbers(in: CodeKey.relaxed(code)) {
        fingerprints.insert(fingerprint(number.template, number.value))
      }
    }
    var reasons = [Reasons]()
    reasons.reserveCapacity(codes.count)
    var counts = [Int](repeating: 0, count: Reasons.named.count)
    var guessable = 0
    for code in codes {
      let key = CodeKey.relaxed(code)
      var found = Self.reasons(of: code, key: key)
      if isSequential(key, among: fingerprints) { found.insert(.sequential) }
      if !found.isEmpty { guessable += 1 }
      for (index, named) in Reasons.named.enumerated() where found.contains(named.reason) {
        counts[index] += 1
      }
      reasons.append(found)
    }
    return Report(reasons: reasons, guessableCount: guessable, counts: counts)
  }

  /// Why one code is guessable on its own (every rule but the sequential one, which needs the list).
  ///
  /// - Parameter code: The code as written.
  /// - Returns: The reasons; empty when the code passes.
  package static func reasons(of code: String) -> Reasons {
    reasons(of: code, key: CodeKey.relaxed(code))
  }

  private static func reasons(of code: String, key: String) -> Reasons {
    var found = Reasons()
    let length = key.unicodeScalars.count
    if length < minimumLength { found.insert(.tooShort) }
    let covered = coveredLetters(of: code)
    if covered > 0 && length - covered < minimumRandomCharacters { found.insert(.dictionaryWord) }
    if isLowVariety(key) { found.insert(.lowVariety) }
    return found
  }

  /// The built-in words found in `code` (in order), for reports: each word of the best covering.
  ///
  /// - Parameter code: The code as written.
  /// - Returns: The words, lower case.
  package static func words(in code: String) -> [String] {
    wordCoverage(of: code, keepingWords: true).words
  }

  /// One sentence per reason, for reports: "only 6 significant characters (8 needed)".
  ///
  /// - Parameters:
  ///   - code: The code as written.
  ///   - reasons: Its reasons.
  /// - Returns: The sentences, joined by "; ".
  package static func explanation(of code: String, reasons: Reasons) -> String {
    var parts = [String]()
    let key = CodeKey.relaxed(code)
    let length = key.unicodeScalars.count
    if reasons.contains(.tooShort) {
      parts.append("only \(length) significant characters (\(minimumLength) needed)")
    }
    if reasons.contains(.sequential) {
      parts.append(
        "one of \(sequentialRun) or more codes that differ only by a number going up by one")
    }
    if reasons.contains(.dictionaryWord) {
      let coverage = wordCoverage(of: code, keepingWords: true)
      let quoted = coverage.words.map { "\"\($0)\"" }.joined(separator: " + ")
      parts.append(
        "the word\(coverage.words.count == 1 ? "" : "s") \(quoted) with only "
          + "\(length - coverage.letters) other characters (\(minimumRandomCharacters) needed)")
    }
    if reasons.contains(.lowVariety) {
      parts.append(
        "too regular (\(Set(key.unicodeScalars).count) different characters, a repeated block "
          + "or a straight run)")
    }
    return parts.joined(separator: "; ")
  }

  // MARK: - Dictionary words

  /// Common promotion words and common English words people try when guessing codes, lower case.
  package static let words: Set<String> = [
    // Promotion words.
    "save", "saving", "savings", "welcome", "sorry", "sale", "sales", "discount", "promo",
    "promotion",
    "free", "freeship", "shipping", "thanks", "thank", "thankyou", "summer", "winter", "spring",
    "autumn", "fall", "holiday", "holidays", "xmas", "christmas", "vip", "gift", "deal", "deals",
    "new",
    "hello", "special", "coupon", "voucher", "code", "blackfriday", "black", "friday", "cyber",
    "monday", "extra", "bonus", "off", "offer", "apology", "oops", "loyal", "loyalty", "friend",
    "friends", "birthday", "bday", "student", "test", "staff", "get", "take", "shop", "newyear",
    "easter", "spend", "first", "order", "refund", "member", "club", "reward", "rewards", "back",
    "return", "half", "price", "percent", "dollar", "dollars", "euro", "email", "news", "letter",
    "newsletter", "signup", "join", "launch", "flash", "week", "weekend", "today", "now", "happy",
    "love", "valentine", "mother", "father", "mom", "dad", "spooky", "halloween", "cart",
    // Common English words.
    "the", "and", "for", "you", "your", "our", "all", "one", "two", "three", "ten", "twenty",
    "fifty", "hundred", "more", "best", "big", "super", "mega", "great", "good", "nice", "cool",
    "hot", "day", "days", "year", "time", "home", "family", "team", "life", "star",
    "gold", "silver", "green", "blue", "red", "money", "cash", "card", "secret", "magic", "lucky",
    "winner", "party", "treat", "enjoy", "again", "come", "here", "store", "online",
    "king", "queen", "baby", "kids", "game", "play", "music", "book", "dream", "power", "world",
  ]

  /// The built-in words packed 5 bits a letter (`a` = 1 … `z` = 26), for look-ups without allocating.
  private static let packedWords = Set(words.map { pack(Array($0.utf8)[...]) })

  /// The longest built-in word, in letters (at most 12, so a packed word fits 60 bits).
  private static let longestWord = min(12, words.map(\.utf8.count).max() ?? 0)

  /// `letters` (ASCII lower case) packed 5 bits a letter.
  private static func pack(_ letters: ArraySlice<UInt8>) -> UInt64 {
    letters.reduce(0) { ($0 << 5) | UInt64($1 &- UInt8(ascii: "a") &+ 1) }
  }

  /// The letters of `code` covered by built-in words, and (when asked) those words: the covering with most
  /// letters in each group of letters.
  private static func wordCoverage(of code: String, keepingWords: Bool) -> (
    letters: Int, words: [String]
  ) {
    var letters = 0
    var found = [String]()
    var run = [UInt8]()
    run.reserveCapacity(32)
    func finish() {
      guard !run.isEmpty else { return }
      let covering = cover(run, keepingWords: keepingWords)
      letters += covering.letters
      found += covering.words
      run.removeAll(keepingCapacity: true)
    }
    for byte in foldedBytes(of: code) {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"): run.append(byte)
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): run.append(byte + 0x20)
      default: finish()
      }
    }
    finish()
    return (letters, found)
  }

  /// The code's bytes with letters folded: as is for ASCII, else its NFKC lower-case form (full-width
  /// letters become ASCII); other non-ASCII bytes separate groups of letters.
  private static func foldedBytes(of code: String) -> [UInt8] {
    let bytes = Array(code.utf8)
    guard bytes.contains(where: { $0 >= 0x80 }) else { return bytes }
    return Array(code.precomposedStringWithCompatibilityMapping.lowercased().utf8)
  }

  /// The letters of `code` covered by built-in words, as ``wordCoverage(of:keepingWords:)`` counts them, without
  /// allocating for an ASCII code: the per-code path of ``assess(_:)`` and the generator.
  private static func coveredLetters(of code: String) -> Int {
    var folded = code
    if code.utf8.contains(where: { $0 >= 0x80 }) {
      folded = code.precomposedStringWithCompatibilityMapping.lowercased()
    }
    return folded.withUTF8 { bytes -> Int in
      var total = 0
      var start = -1
      var index = 0
      while index <= bytes.count {
        if index < bytes.count, letterValue(bytes[index]) != 0 {
          if start < 0 { start = index }
        } else if start >= 0 {
          total += coveredLetters(bytes, from: start, to: index)
          start = -1
        }
        index += 1
      }
      return total
    }
  }

  /// `a`…`z` (either case) as 1…26; 0 for anything else.
  private static func letterValue(_ byte: UInt8) -> UInt64 {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"): UInt64(byte - UInt8(ascii: "a") + 1)
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): UInt64(byte - UInt8(ascii: "A") + 1)
    default: 0
    }
  }

  /// The most letters of the run `bytes[start..<end]` that words cover (``cover(_:keepingWords:)``'s rule).
  private static func coveredLetters(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
  )
    -> Int
  {
    let count = end - start
    if count <= 3 {
      var packed: UInt64 = 0
      for index in start..<end { packed = packed << 5 | letterValue(bytes[index]) }
      return packedWords.contains(packed) ? count : 0
    }
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: count + 1) { best -> Int in
      best[0] = 0
      for stop in 1...count {
        best[stop] = best[stop - 1]
        // The words ending at `stop`, longest last: packed from the end backwards.
        var packed: UInt64 = 0
        var length = 0
        while length < min(longestWord, stop) {
          length += 1
          packed |= letterValue(bytes[start + stop - length]) << (5 * UInt64(length - 1))
          if length >= 4, best[stop - length] + length > best[stop], packedWords.contains(packed) {
            best[stop] = best[stop - length] + length
          }
        }
      }
      return best[count]
    }
  }

  /// The most letters of `run` (ASCII lower case) that words cover without overlapping: words of 4 letters
  /// or more anywhere, shorter words only when they are the whole run.
  private static func cover(_ run: [UInt8], keepingWords: Bool) -> (letters: Int, words: [String]) {
    if run.count <= 3 {
      guard packedWords.contains(pack(run[...])) else { return (0, []) }
      return (run.count, keepingWords ? [String(decoding: run, as: UTF8.self)] : [])
    }
    // best[i]: the most letters covered in run[..<i]; ending[i]: the length of the word ending at i in it.
    var best = [Int](repeating: 0, count: run.count + 1)
    var ending = [Int](repeating: 0, count: run.count + 1)
    for end in 1...run.count {
      best[end] = best[end - 1]
      guard end >= 4 else { continue }
      for length in 4...min(longestWord, end) {
        let start = end - length
        guard best[start] + length > best[end], packedWords.contains(pack(run[start..<end])) else {
          continue
        }
        best[end] = best[start] + length
        ending[end] = length
      }
    }
    guard keepingWords else { return (best[run.count], []) }
    var found = [String]()
    var end = run.count
    while end > 0 {
      if ending[end] > 0 && best[end] != best[end - 1] {
        found.append(String(decoding: run[(end - ending[end])..<end], as: UTF8.self))
        end -= ending[end]
      } else {
        end -= 1
      }
    }
    return (best[run.count], found.reversed())
  }

  // MARK: - Low variety

  /// At most 2 different characters, a block of at most 4 repeated (at least twice), or a straight run of 4
  /// or more characters each one above (or each one below) the one before.
  private static func isLowVariety(_ key: String) -> Bool {
    var ascii = key
    if let verdict = ascii.withUTF8({ isLowVariety(ascii: $0) }) { return verdict }
    let characters = Array(key.unicodeScalars)
    guard characters.count >= 2 else { return !characters.isEmpty }
    var distinct = [Unicode.Scalar]()
    for character in characters where !distinct.contains(character) {
      distinct.append(character)
      if distinct.count > 2 { break }
    }
    if distinct.count <= 2 { return true }
    for period in 1...4 where characters.count >= 2 * period && characters.count % period == 0 {
      if characters.indices.allSatisfy({ $0 < period || characters[$0] == characters[$0 - period] })
      {
        return true
      }
    }
    guard characters.count >= 4 else { return false }
    var up = true
    var down = true
    for index in characters.indices.dropFirst() {
      let step = Int64(characters[index].value) - Int64(characters[index - 1].value)
      if step != 1 { up = false }
      if step != -1 { down = false }
      if !up && !down { return false }
    }
    return true
  }

  /// ``isLowVariety(_:)`` for a key of ASCII bytes, without allocating; `nil` when the key is not ASCII.
  private static func isLowVariety(ascii bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    var first: UInt8 = 0
    var second: UInt8 = 0
    var distinct = 0
    for byte in bytes {
      guard byte < 0x80 else { return nil }
      if distinct == 0 {
        first = byte
        distinct = 1
      } else if byte != first && (distinct == 1 || byte != second) {
        if distinct == 1 { second = byte }
        distinct += 1
      }
    }
    let count = bytes.count
    guard count >= 2 else { return count == 1 }
    if distinct <= 2 { return true }
    for period in 1...4 where count >= 2 * period && count % period == 0 {
      var repeats = true
      var index = period
      while repeats && index < count {
        repeats = bytes[index] == bytes[index - period]
        index += 1
      }
      if repeats { return true }
    }
    guard count >= 4 else { return false }
    var up = true
    var down = true
    var index = 1
    while index < count && (up || down) {
      let step = Int(bytes[index]) - Int(bytes[index - 1])
      if step != 1 { up = false }
      if step != -1 { down = false }
      index += 1
    }
    return up || down
  }

  // MARK: - Sequential numbers

  /// A group of digits in a relaxed key: the fingerprint of the key with the group left out, and its value.
  private struct Number {
    var template: UInt64
    var value: Int64
  }

  /// The groups of ASCII digits of `key` of at most ``longestNumber`` digits.
  private static func numbers(in key: String) -> [Number] {
    var key = key
    return key.withUTF8 { numbers(in: $0) }
  }

  private static func numbers(in bytes: UnsafeBufferPointer<UInt8>) -> [Number] {
    var found = [Number]()
    var index = 0
    while index < bytes.count {
      guard isDigit(bytes[index]) else {
        index += 1
        continue
      }
      var end = index
      var value: Int64 = 0
      while end < bytes.count, isDigit(bytes[end]) {
        value = value &* 10 &+ Int64(bytes[end] - UInt8(ascii: "0"))
        end += 1
      }
      if end - index <= longestNumber {
        var hash = FNV.offset
        var position = 0
        while position < index {
          hash = FNV.add(bytes[position], to: hash)
          position += 1
        }
        hash = FNV.add(0xFF, to: hash)  // never a byte of UTF-8: marks where the number was
        position = end
        while position < bytes.count {
          hash = FNV.add(bytes[position], to: hash)
          position += 1
        }
        found.append(Number(template: hash, value: value))
      }
      index = end
    }
    return found
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  /// Whether one of the key's numbers is in a run of ``sequentialRun`` consecutive values among the list's.
  private static func isSequential(_ key: String, among fingerprints: Set<UInt64>) -> Bool {
    for number in numbers(in: key) {
      func has(_ offset: Int64) -> Bool {
        let (value, overflow) = number.value.addingReportingOverflow(offset)
        return !overflow && value >= 0 && fingerprints.contains(fingerprint(number.template, value))
      }
      if (has(-1) && has(1)) || (has(1) && has(2)) || (has(-1) && has(-2)) { return true }
    }
    return false
  }

  /// The fingerprint of a number in its place: the template's fingerprint mixed with the value.
  private static func fingerprint(_ template: UInt64, _ value: Int64) -> UInt64 {
    mix(template ^ mix(UInt64(bitPattern: value)))
  }

  /// SplitMix64's finaliser: every bit of the input moves every bit of the output.
  private static func mix(_ input: UInt64) -> UInt64 {
    var z = input &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// 64-bit FNV-1a.
  private enum FNV {
    static let offset: UInt64 = 0xCBF2_9CE4_8422_2325
    static func add(_ byte: UInt8, to hash: UInt64) -> UInt64 {
      (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
  }
}
