/// An exact fraction for the reference computations of the tests, always reduced, denominator > 0.
struct Fraction: Comparable, CustomStringConvertible {
  /// The numerator.
  private(set) var numerator: Int128
  /// The denominator, > 0.
  private(set) var denominator: Int128

  /// `numerator / denominator`, reduced.
  init(_ numerator: Int128, _ denominator: Int128 = 1) {
    var (n, d) = denominator < 0 ? (-numerator, -denominator) : (numerator, denominator)
    var (a, b) = (n.magnitude, d.magnitude)
    while b != 0 { (a, b) = (b, a % b) }
    if a > 1 {
      n /= Int128(a)
      d /= Int128(a)
    }
    self.numerator = n
    self.denominator = d
  }

  static let zero = Fraction(0)

  static func + (lhs: Fraction, rhs: Fraction) -> Fraction {
    Fraction(
      lhs.numerator * rhs.denominator + rhs.numerator * lhs.denominator,
      lhs.denominator * rhs.denominator)
  }

  static func - (lhs: Fraction, rhs: Fraction) -> Fraction {
    lhs + Fraction(-rhs.numerator, rhs.denominator)
  }

  static func * (lhs: Fraction, rhs: Fraction) -> Fraction {
    Fraction(lhs.numerator * rhs.numerator, lhs.denominator * rhs.denominator)
  }

  static func / (lhs: Fraction, rhs: Fraction) -> Fraction {
    Fraction(lhs.numerator * rhs.denominator, lhs.denominator * rhs.numerator)
  }

  static func < (lhs: Fraction, rhs: Fraction) -> Bool {
    lhs.numerator * rhs.denominator < rhs.numerator * lhs.denominator
  }

  /// The largest whole number not above the fraction (for fractions ≥ 0).
  var floor: Int64 { Int64(numerator / denominator) }

  /// The fraction minus its whole part.
  var fractionalPart: Fraction { self - Fraction(Int128(floor)) }

  /// Rounded by `rule`: `"halfUp"`, `"halfEven"` or `"down"` (for fractions ≥ 0).
  func rounded(_ rule: String) -> Int64 {
    let whole = floor
    let half = fractionalPart.numerator * 2
    switch rule {
    case "down": return whole
    case "halfUp": return half >= fractionalPart.denominator ? whole + 1 : whole
    default:
      if half > fractionalPart.denominator { return whole + 1 }
      if half == fractionalPart.denominator { return whole % 2 == 0 ? whole : whole + 1 }
      return whole
    }
  }

  var description: String { "\(numerator)/\(denominator)" }
}
