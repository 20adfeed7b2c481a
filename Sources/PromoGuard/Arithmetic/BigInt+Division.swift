/// Division of magnitudes by Knuth's algorithm D (TAOCP vol. 2, §4.3.1) on 64-bit limbs.
extension BigInt {
  /// Divides one magnitude by a nonzero other.
  ///
  /// A one-limb divisor takes the word-by-word path; longer divisors use algorithm D, whose trial
  /// quotient digits come from `dividingFullWidth(_:)` and are corrected by at most one add-back step.
  ///
  /// - Parameters:
  ///   - dividend: A normalised magnitude.
  ///   - divisor: A normalised, nonempty magnitude.
  /// - Returns: The normalised quotient and remainder, with `remainder < divisor`.
  /// - Complexity: O((m + 1) · n) for an (m + n)-limb dividend and an n-limb divisor.
  static func divideMagnitudes(_ dividend: [UInt64], by divisor: [UInt64]) -> (
    quotient: [UInt64], remainder: [UInt64]
  ) {
    if compareMagnitudes(dividend, divisor) < 0 { return ([], dividend) }
    guard divisor.count >= 2, let divisorTopLimb = divisor.last else {
      let (quotient, remainder) = divideMagnitude(dividend, byWord: divisor.first ?? 1)
      return (quotient, remainder == 0 ? [] : [remainder])
    }
    let n = divisor.count
    let m = dividend.count - n

    // D1: normalise so that the divisor's top limb has its high bit set.
    let shift = divisorTopLimb.leadingZeroBitCount
    var v = shiftedLeft(divisor, by: shift)
    v.removeLast()  // The extra limb is zero: the shift only fills the top limb's leading zeros.
    var u = shiftedLeft(dividend, by: shift)  // m + n + 1 limbs.
    let vTop = v[n - 1]
    let vNext = v[n - 2]
    var quotient = [UInt64](repeating: 0, count: m + 1)

    for j in (0...m).reversed() {
      // D3: estimate the quotient digit from the top two limbs, then refine with the third.
      // Invariant: u[j + n] <= vTop, and when equal the digit is at most 2^64 - 1.
      var qHat: UInt64
      var rHat: UInt64
      var rHatOverflow: Bool
      if u[j + n] >= vTop {
        qHat = .max
        // rHat = u[j + n] * 2^64 + u[j + n - 1] - qHat * vTop = u[j + n - 1] + vTop.
        (rHat, rHatOverflow) = u[j + n - 1].addingReportingOverflow(vTop)
      } else {
        (qHat, rHat) = vTop.dividingFullWidth((u[j + n], u[j + n - 1]))
        rHatOverflow = false
      }
      while !rHatOverflow {
        let (high, low) = qHat.multipliedFullWidth(by: vNext)
        guard high > rHat || (high == rHat && low > u[j + n - 2]) else { break }
        qHat -= 1
        (rHat, rHatOverflow) = rHat.addingReportingOverflow(vTop)
      }

      // D4: multiply and subtract qHat * v from u[j ... j + n].
      var carry: UInt64 = 0
      var borrow = false
      for i in 0..<n {
        let (high, low) = qHat.multipliedFullWidth(by: v[i])
        let (product, productOverflow) = low.addingReportingOverflow(carry)
        carry = high &+ (productOverflow ? 1 : 0)
        let (partial, borrow1) = u[i + j].subtractingReportingOverflow(product)
        let (difference, borrow2) = partial.subtractingReportingOverflow(borrow ? 1 : 0)
        u[i + j] = difference
        borrow = borrow1 || borrow2
      }
      let (partial, borrow1) = u[j + n].subtractingReportingOverflow(carry)
      let (difference, borrow2) = partial.subtractingReportingOverflow(borrow ? 1 : 0)
      u[j + n] = difference

      // D5, D6: if the result went negative, qHat was one too large: add v back once.
      if borrow1 || borrow2 {
        qHat -= 1
        var addCarry = false
        for i in 0..<n {
          let (sum1, overflow1) = u[i + j].addingReportingOverflow(v[i])
          let (sum2, overflow2) = sum1.addingReportingOverflow(addCarry ? 1 : 0)
          u[i + j] = sum2
          addCarry = overflow1 || overflow2
        }
        // The carry out of the top limb cancels the borrow above.
        u[j + n] &+= addCarry ? 1 : 0
      }
      quotient[j] = qHat
    }

    // D8: the remainder is u[0 ..< n] shifted back.
    normalize(&quotient)
    return (quotient, shiftedRight(Array(u[0..<n]), by: shift))
  }

  /// Truncating division, as Swift's `/` and `%` (remainder has the dividend's sign).
  ///
  /// - Parameter divisor: The value to divide by.
  /// - Returns: The quotient, rounded toward zero, and the remainder, with `|remainder| < |divisor|`.
  /// - Throws: ``ArithmeticError/divisionByZero`` if `divisor` is zero.
  /// - Complexity: O((m + 1) · n) for an (m + n)-limb dividend and an n-limb divisor.
  package func quotientAndRemainder(dividingBy divisor: BigInt) throws(ArithmeticError) -> (
    quotient: BigInt, remainder: BigInt
  ) {
    if divisor.limbs.isEmpty { throw .divisionByZero }
    let (quotient, remainder) = Self.divideMagnitudes(limbs, by: divisor.limbs)
    return (
      BigInt(isNegative: isNegative != divisor.isNegative, limbs: quotient),
      BigInt(isNegative: isNegative, limbs: remainder)
    )
  }
}
