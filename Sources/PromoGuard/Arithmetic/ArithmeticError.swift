/// Why exact arithmetic could not give a result.
///
/// Exact arithmetic never traps: an operation whose result does not fit the integer type, or that divides
/// by zero, throws this error instead. The discount engine answers `.overflow` from the `Int128` fast path
/// by running again with ``BigInt``.
///
/// ```swift
/// do {
///   _ = try Int128.max.adding(1)
/// } catch {
///   print(error)  // arithmetic overflow: the exact result does not fit the integer type
/// }
/// ```
package struct ArithmeticError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The kind of failure; errors compare equal when their kinds do.
  package enum Kind: Sendable, Hashable {
    /// The exact result does not fit the integer type (or exceeds ``BigInt``'s size cap).
    case overflow
    /// The divisor was zero.
    case divisionByZero
  }

  /// What went wrong.
  package var kind: Kind

  /// Creates an error of the given kind.
  ///
  /// - Parameter kind: What went wrong.
  package init(kind: Kind) {
    self.kind = kind
  }

  /// An overflow error: the exact result does not fit the integer type.
  package static let overflow = Self(kind: .overflow)

  /// A division-by-zero error.
  package static let divisionByZero = Self(kind: .divisionByZero)

  /// A one-line message that says what went wrong.
  package var description: String {
    switch kind {
    case .overflow:
      "arithmetic overflow: the exact result does not fit the integer type"
    case .divisionByZero:
      "division by zero"
    }
  }
}
