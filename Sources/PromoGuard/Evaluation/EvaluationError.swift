/// Why a checkout could not be quoted at all (a refused code is not an error: it has a status).
public struct EvaluationError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What kind of problem it is; compare errors by code.
  public struct Code: Sendable, Hashable, CustomStringConvertible {
    /// The name of the code.
    public let name: String
    /// The name of the code.
    public var description: String { name }

    /// A checkout value is out of range or inconsistent (negative price, quantity 0, mixed currencies).
    public static let invalidCheckout = Code(name: "invalidCheckout")
    /// An amount would not fit in 64-bit minor units, or exact arithmetic grew beyond its bound.
    public static let overflow = Code(name: "overflow")
  }

  /// What kind of problem it is.
  public var code: Code
  /// What is wrong and what to do.
  public var message: String

  /// Creates an error.
  ///
  /// - Parameters:
  ///   - code: What kind of problem it is.
  ///   - message: What is wrong and what to do.
  public init(code: Code, message: String) {
    self.code = code
    self.message = message
  }

  /// `[code] message`.
  public var description: String { "[\(code)] \(message)" }

  static func overflow(_ what: String) -> EvaluationError {
    EvaluationError(
      code: .overflow,
      message: "\(what) is too large to compute exactly — check the prices and quantities")
  }
}
