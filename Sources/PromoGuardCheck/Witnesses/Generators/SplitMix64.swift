/// A small, fast, deterministic random number generator (SplitMix64).
///
/// The harness never uses Swift's `Hasher` or the system generator: the same seed gives the same scenarios on
/// every machine and every run. Each scenario gets its own generator, seeded from the run's seed, the campaign id
/// and the scenario's index, so scenario 1,234 of a campaign is the same whatever ran before it.
///
/// ```swift
/// var random = SplitMix64(seed: 1, campaignID: "sept-20", scenario: 17)
/// let quantity = random.next(upTo: 5) + 1   // 1...5
/// ```
package struct SplitMix64: RandomNumberGenerator, Sendable {
  /// The generator's state.
  package private(set) var state: UInt64

  /// Creates a generator from a raw state.
  ///
  /// - Parameter seed: The starting state.
  package init(seed: UInt64) {
    state = seed
  }

  /// Creates the generator of one scenario.
  ///
  /// - Parameters:
  ///   - seed: The run's seed (`--seed`).
  ///   - campaignID: The campaign's id (hashed with FNV-1a).
  ///   - scenario: The scenario's index.
  package init(seed: UInt64, campaignID: String, scenario: Int) {
    self.init(seed: seed, campaignHash: FNV1a.hash(campaignID), scenario: scenario)
  }

  /// Creates the generator of one scenario from the campaign id's hash, worked out once per campaign: the same
  /// generator as ``init(seed:campaignID:scenario:)``.
  ///
  /// - Parameters:
  ///   - seed: The run's seed (`--seed`).
  ///   - campaignHash: `FNV1a.hash` of the campaign's id.
  ///   - scenario: The scenario's index.
  package init(seed: UInt64, campaignHash: UInt64, scenario: Int) {
    let mixed = Self.mix(Self.mix(seed ^ 0x6A09_E667_F3BC_C908) ^ campaignHash)
    state = Self.mix(mixed ^ UInt64(truncatingIfNeeded: scenario))
  }

  /// The next 64 random bits.
  ///
  /// - Returns: The bits.
  package mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    return Self.mix(state)
  }

  /// A random integer in `0..<bound` (0 when `bound` is not positive).
  ///
  /// - Parameter bound: The exclusive upper bound.
  /// - Returns: The integer.
  package mutating func next(upTo bound: Int) -> Int {
    guard bound > 1 else { return 0 }
    return Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
  }

  /// A random integer in `range`.
  ///
  /// - Parameter range: The range, lower bound at most upper bound.
  /// - Returns: The integer.
  package mutating func next(in range: ClosedRange<Int64>) -> Int64 {
    let width = UInt64(bitPattern: range.upperBound &- range.lowerBound) &+ 1
    if width == 0 { return Int64(bitPattern: next()) }
    return range.lowerBound &+ Int64(bitPattern: next().multipliedFullWidth(by: width).high)
  }

  /// Whether an event of probability `percent` / 100 happens.
  ///
  /// - Parameter percent: The chance, from 0 to 100.
  /// - Returns: `true` with that chance.
  package mutating func chance(_ percent: Int) -> Bool {
    next(upTo: 100) < percent
  }

  /// A random element, or `nil` when the list is empty.
  ///
  /// - Parameter elements: The list.
  /// - Returns: The element.
  package mutating func pick<Element>(_ elements: [Element]) -> Element? {
    guard !elements.isEmpty else { return nil }
    let index = next(upTo: elements.count)
    return elements.indices.contains(index) ? elements[index] : nil
  }

  /// The SplitMix64 finaliser.
  ///
  /// - Parameter value: The value to mix.
  /// - Returns: The mixed value.
  package static func mix(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
