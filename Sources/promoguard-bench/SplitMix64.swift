/// A small deterministic random number generator (SplitMix64), so every run generates the same campaigns and
/// checkouts and figures from different runs compare.
struct SplitMix64: RandomNumberGenerator {
  /// The generator's state, advanced by a fixed odd constant on every draw.
  private var state: UInt64

  /// Creates a generator.
  ///
  /// - Parameter seed: The starting state; the same seed gives the same sequence.
  init(seed: UInt64) {
    self.state = seed
  }

  /// The next 64 random bits.
  ///
  /// - Returns: A pseudo-random value.
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }
}
