/// Unsigned operations on magnitudes: arrays of `UInt64` limbs, least significant first, normalised.
///
/// Every loop index is bounded by the arrays' own counts, so no input can reach an out-of-range index.
extension BigInt {
  /// Compares two normalised magnitudes.
  ///
  /// - Parameters:
  ///   - a: A magnitude.
  ///   - b: Another magnitude.
  /// - Returns: -1, 0 or 1 as `a` is less than, equal to or greater than `b`.
  /// - Complexity: O(n).
  static func compareMagnitudes(_ a: [UInt64], _ b: [UInt64]) -> Int {
    if a.count != b.count { return a.count < b.count ? -1 : 1 }
    for index in a.indices.reversed() where a[index] != b[index] {
      return a[index] < b[index] ? -1 : 1
    }
    return 0
  }

  /// Returns the sum of two magnitudes.
  ///
  /// - Parameters:
  ///   - a: A magnitude.
  ///   - b: Another magnitude.
  /// - Returns: `a + b`, normalised.
  /// - Complexity: O(n).
  static func addMagnitudes(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
    let (long, short) = a.count >= b.count ? (a, b) : (b, a)
    var sum = long
    var carry = false
    for index in short.indices {
      let (partial, overflow1) = sum[index].addingReportingOverflow(short[index])
      let (total, overflow2) = partial.addingReportingOverflow(carry ? 1 : 0)
      sum[index] = total
      carry = overflow1 || overflow2
    }
    var index = short.count
    while carry, index < sum.count {
      let (total, overflow) = sum[index].addingReportingOverflow(1)
      sum[index] = total
      carry = overflow
      index += 1
    }
    if carry { sum.append(1) }
    return sum
  }

  /// Returns the difference of two magnitudes, the first not smaller than the second.
  ///
  /// - Parameters:
  ///   - a: A magnitude.
  ///   - b: A magnitude with `b <= a`.
  /// - Returns: `a - b`, normalised.
  /// - Complexity: O(n).
  static func subtractMagnitudes(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
    var difference = a
    var borrow = false
    for index in b.indices {
      let (partial, overflow1) = difference[index].subtractingReportingOverflow(b[index])
      let (total, overflow2) = partial.subtractingReportingOverflow(borrow ? 1 : 0)
      difference[index] = total
      borrow = overflow1 || overflow2
    }
    var index = b.count
    while borrow, index < difference.count {
      let (total, overflow) = difference[index].subtractingReportingOverflow(1)
      difference[index] = total
      borrow = overflow
      index += 1
    }
    normalize(&difference)
    return difference
  }

  /// Returns the product of two magnitudes by schoolbook multiplication.
  ///
  /// - Parameters:
  ///   - a: A magnitude.
  ///   - b: Another magnitude.
  /// - Returns: `a * b`, normalised.
  /// - Complexity: O(n·m).
  static func multiplyMagnitudes(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
    if a.isEmpty || b.isEmpty { return [] }
    var product = [UInt64](repeating: 0, count: a.count + b.count)
    for i in a.indices {
      var carry: UInt64 = 0
      for j in b.indices {
        // a[i] * b[j] + product[i + j] + carry < 2^128: the high word never overflows.
        let (high, low) = a[i].multipliedFullWidth(by: b[j])
        let (sum1, overflow1) = low.addingReportingOverflow(product[i + j])
        let (sum2, overflow2) = sum1.addingReportingOverflow(carry)
        product[i + j] = sum2
        carry = high &+ (overflow1 ? 1 : 0) &+ (overflow2 ? 1 : 0)
      }
      product[i + b.count] = carry
    }
    normalize(&product)
    return product
  }

  /// Multiplies a magnitude by a word and adds a word, in place.
  ///
  /// - Parameters:
  ///   - limbs: The magnitude to update.
  ///   - factor: The word to multiply by.
  ///   - addend: The word to add after multiplying.
  /// - Complexity: O(n).
  static func multiplyAdd(_ limbs: inout [UInt64], by factor: UInt64, adding addend: UInt64) {
    var carry = addend
    for index in limbs.indices {
      let (high, low) = limbs[index].multipliedFullWidth(by: factor)
      let (sum, overflow) = low.addingReportingOverflow(carry)
      limbs[index] = sum
      carry = high &+ (overflow ? 1 : 0)
    }
    if carry != 0 { limbs.append(carry) }
    normalize(&limbs)
  }

  /// Divides a magnitude by a nonzero word.
  ///
  /// - Parameters:
  ///   - limbs: The dividend's magnitude.
  ///   - divisor: A nonzero word.
  /// - Returns: The normalised quotient and the remainder.
  /// - Complexity: O(n).
  static func divideMagnitude(_ limbs: [UInt64], byWord divisor: UInt64) -> (
    quotient: [UInt64], remainder: UInt64
  ) {
    var quotient = [UInt64](repeating: 0, count: limbs.count)
    var remainder: UInt64 = 0
    for index in limbs.indices.reversed() {
      // remainder < divisor, so the quotient word fits.
      (quotient[index], remainder) = divisor.dividingFullWidth((remainder, limbs[index]))
    }
    normalize(&quotient)
    return (quotient, remainder)
  }

  /// Shifts a magnitude left by fewer than 64 bits, keeping the bits shifted out in an extra limb.
  ///
  /// - Parameters:
  ///   - limbs: A magnitude.
  ///   - shift: The number of bits, `0..<64`.
  /// - Returns: `limbs << shift`, with exactly one limb more than `limbs` (possibly zero).
  static func shiftedLeft(_ limbs: [UInt64], by shift: Int) -> [UInt64] {
    var result = [UInt64](repeating: 0, count: limbs.count + 1)
    var carry: UInt64 = 0
    for index in limbs.indices {
      result[index] = limbs[index] << shift | carry
      carry = shift == 0 ? 0 : limbs[index] >> (64 - shift)
    }
    result[limbs.count] = carry
    return result
  }

  /// Shifts a magnitude right by fewer than 64 bits.
  ///
  /// - Parameters:
  ///   - limbs: A magnitude (normalised or not).
  ///   - shift: The number of bits, `0..<64`.
  /// - Returns: `limbs >> shift`, normalised.
  static func shiftedRight(_ limbs: [UInt64], by shift: Int) -> [UInt64] {
    var result = limbs
    var carry: UInt64 = 0
    for index in limbs.indices.reversed() {
      result[index] = limbs[index] >> shift | carry
      carry = shift == 0 ? 0 : limbs[index] << (64 - shift)
    }
    normalize(&result)
    return result
  }
}
