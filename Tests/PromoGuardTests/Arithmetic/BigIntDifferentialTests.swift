import PromoGuard
import Testing

/// SplitMix64 (Steele, Lea and Flood 2014): a small, seeded, reproducible generator.
private struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// An `Int128` of varied size: edge values, small values, and values of random bit width.
  mutating func nextInt128() -> Int128 {
    let edges: [Int128] = [0, 1, -1, 2, -2, .max, .min, .max - 1, .min + 1, Int128(Int64.max)]
    switch next() % 8 {
    case 0:
      return edges[Int(next() % UInt64(edges.count))]
    case 1:
      return Int128(Int8(truncatingIfNeeded: next()))
    default:
      let bits = Int(next() % 128)
      let raw = Int128(truncatingIfNeeded: UInt128(next()) << 64 | UInt128(next()))
      return raw >> (127 - bits)  // Arithmetic shift: keeps a random sign, `bits` + 1 bits wide.
    }
  }

  /// A `BigInt` of one to `maximumLimbs` random limbs, with a random sign.
  mutating func nextBigInt(maximumLimbs: Int) throws -> BigInt {
    let limbCount = 1 + Int(next() % UInt64(maximumLimbs))
    let twoTo64 = try #require(BigInt(decimal: "18446744073709551616"))
    var value = BigInt.zero
    for _ in 0..<limbCount {
      // Some limbs at the extremes exercise carries and the division's edge cases.
      let limb: UInt64 =
        switch next() % 6 {
        case 0: 0
        case 1: .max
        case 2: 1 << 63
        default: next()
        }
      value = try value.multiplied(by: twoTo64).adding(BigInt(Int128(limb)))
    }
    return next() % 2 == 0 ? value : try BigInt.zero.subtracting(value)
  }
}

/// Runs an exact operation and keeps its value or its error.
private func outcome<T: ExactInteger>(_ body: () throws -> T) -> Result<T, ArithmeticError> {
  do {
    return .success(try body())
  } catch let error as ArithmeticError {
    return .failure(error)
  } catch {
    Issue.record("unexpected error \(error)")
    return .failure(.overflow)
  }
}

/// The absolute value of a `BigInt` (negating a `BigInt` never overflows below the size cap).
private func magnitude(_ value: BigInt) throws -> BigInt {
  value.signum < 0 ? try BigInt.zero.subtracting(value) : value
}

/// `BigInt` checked against `Int128` on seeded pseudo-random values, and against algebraic identities
/// on values far beyond `Int128`.
@Suite struct BigIntDifferentialTests {
  private static let pairCount = 3_000

  /// Whether the `Int128` outcome matches the exact `BigInt` one: the same value, or `.overflow`
  /// exactly when the exact value lies outside `Int128`, or the same error.
  private func agree(
    _ fast: Result<Int128, ArithmeticError>, _ slow: Result<BigInt, ArithmeticError>
  ) -> Bool {
    switch (fast, slow) {
    case (.success(let fastValue), .success(let slowValue)):
      return BigInt(fastValue) == slowValue
    case (.failure(let error), .success(let slowValue)):
      return error == .overflow
        && (slowValue > BigInt(Int128.max) || slowValue < BigInt(Int128.min))
    case (.failure(let fastError), .failure(let slowError)):
      return fastError == slowError
    case (.success, .failure):
      return false
    }
  }

  @Test func addSubtractAndMultiplyAgreeWithInt128() {
    var generator = SplitMix64(seed: 0x5EED_0001)
    for _ in 0..<Self.pairCount {
      let a = generator.nextInt128()
      let b = generator.nextInt128()
      let (bigA, bigB) = (BigInt(a), BigInt(b))
      #expect(agree(outcome { try a.adding(b) }, outcome { try bigA.adding(bigB) }), "\(a) + \(b)")
      #expect(
        agree(outcome { try a.subtracting(b) }, outcome { try bigA.subtracting(bigB) }),
        "\(a) - \(b)")
      #expect(
        agree(outcome { try a.multiplied(by: b) }, outcome { try bigA.multiplied(by: bigB) }),
        "\(a) * \(b)")
    }
  }

  @Test func quotientAndRemainderAgreeWithInt128() {
    var generator = SplitMix64(seed: 0x5EED_0002)
    for _ in 0..<Self.pairCount {
      let a = generator.nextInt128()
      let b = generator.nextInt128()
      let (bigA, bigB) = (BigInt(a), BigInt(b))
      let quotient = agree(
        outcome { try a.quotientAndRemainder(dividingBy: b).quotient },
        outcome { try bigA.quotientAndRemainder(dividingBy: bigB).quotient })
      #expect(quotient, "\(a) / \(b)")
      // Int128 throws for min / -1 although the remainder, 0, fits; compare remainders otherwise.
      if a != .min || b != -1 {
        let remainder = agree(
          outcome { try a.quotientAndRemainder(dividingBy: b).remainder },
          outcome { try bigA.quotientAndRemainder(dividingBy: bigB).remainder })
        #expect(remainder, "\(a) % \(b)")
      }
    }
  }

  @Test func greatestCommonDivisorAndLeastCommonMultipleAgreeWithInt128() throws {
    var generator = SplitMix64(seed: 0x5EED_0003)
    let twoTo127 = try BigInt.zero.subtracting(BigInt(Int128.min))
    for _ in 0..<Self.pairCount {
      let a = generator.nextInt128()
      let b = generator.nextInt128()
      let (bigA, bigB) = (BigInt(a), BigInt(b))
      let exactGCD = BigInt.greatestCommonDivisor(bigA, bigB)
      // 2^127 does not fit Int128; the fast path documents that it returns Int128.min then.
      let expectedGCD = exactGCD == twoTo127 ? BigInt(Int128.min) : exactGCD
      #expect(BigInt(Int128.greatestCommonDivisor(a, b)) == expectedGCD, "gcd(\(a), \(b))")
      #expect(
        agree(
          outcome { try Int128.leastCommonMultiple(a, b) },
          outcome { try BigInt.leastCommonMultiple(bigA, bigB) }),
        "lcm(\(a), \(b))")
    }
  }

  @Test func bigValuesSatisfyTheDivisionIdentities() throws {
    var generator = SplitMix64(seed: 0x5EED_0004)
    for _ in 0..<400 {
      let a = try generator.nextBigInt(maximumLimbs: 12)
      let b = try generator.nextBigInt(maximumLimbs: 7)
      guard b != .zero else { continue }
      let (quotient, remainder) = try a.quotientAndRemainder(dividingBy: b)
      #expect(try quotient.multiplied(by: b).adding(remainder) == a, "\(a) / \(b)")
      #expect(try magnitude(remainder) < magnitude(b), "\(a) % \(b)")
      #expect(remainder.signum == 0 || remainder.signum == a.signum, "\(a) % \(b)")
      let product = try a.multiplied(by: b)
      let (exactQuotient, exactRemainder) = try product.quotientAndRemainder(dividingBy: b)
      #expect(exactQuotient == a && exactRemainder == .zero, "(\(a) * \(b)) / \(b)")
    }
  }

  @Test func bigValuesSatisfyTheRingIdentitiesAndRoundTripAsDecimal() throws {
    var generator = SplitMix64(seed: 0x5EED_0005)
    for _ in 0..<400 {
      let a = try generator.nextBigInt(maximumLimbs: 10)
      let b = try generator.nextBigInt(maximumLimbs: 10)
      let c = try generator.nextBigInt(maximumLimbs: 4)
      #expect(BigInt(decimal: a.description) == a, "\(a)")
      #expect(try a.adding(b).subtracting(b) == a, "\(a), \(b)")
      #expect(try a.subtracting(b) == BigInt.zero.subtracting(b.subtracting(a)), "\(a), \(b)")
      #expect(try a.adding(b) == b.adding(a), "\(a), \(b)")
      #expect(try a.multiplied(by: b) == b.multiplied(by: a), "\(a), \(b)")
      #expect(
        try a.multiplied(by: b.adding(c)) == a.multiplied(by: b).adding(a.multiplied(by: c)),
        "\(a), \(b), \(c)")
      #expect((a < b) == (try a.subtracting(b).signum < 0), "\(a), \(b)")
    }
  }

  @Test func bigValuesSatisfyTheGreatestCommonDivisorIdentities() throws {
    var generator = SplitMix64(seed: 0x5EED_0006)
    for _ in 0..<300 {
      // A shared factor makes the gcd nontrivial.
      let shared = try generator.nextBigInt(maximumLimbs: 3)
      let a = try generator.nextBigInt(maximumLimbs: 6).multiplied(by: shared)
      let b = try generator.nextBigInt(maximumLimbs: 6).multiplied(by: shared)
      let gcd = BigInt.greatestCommonDivisor(a, b)
      #expect(gcd.signum >= 0)
      guard gcd != .zero else {
        #expect(a == .zero && b == .zero)
        continue
      }
      #expect(try a.quotientAndRemainder(dividingBy: gcd).remainder == .zero, "\(a), \(b)")
      #expect(try b.quotientAndRemainder(dividingBy: gcd).remainder == .zero, "\(a), \(b)")
      #expect(
        try shared == .zero || gcd.quotientAndRemainder(dividingBy: shared).remainder == .zero)
      let reducedA = try a.quotientAndRemainder(dividingBy: gcd).quotient
      let reducedB = try b.quotientAndRemainder(dividingBy: gcd).quotient
      #expect(BigInt.greatestCommonDivisor(reducedA, reducedB) == .one, "\(a), \(b)")
      let lcm = try BigInt.leastCommonMultiple(a, b)
      #expect(try lcm.multiplied(by: gcd) == magnitude(a.multiplied(by: b)), "\(a), \(b)")
    }
  }
}
