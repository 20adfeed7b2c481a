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
  /// The JSON path of the checkout value at fault, as a checkout file writes it (`lines[2].quantity`,
  /// `shipping`), or `nil` when no single value is; a command that read the checkout from a file uses it to
  /// name the line and column.
  public var path: String?

  /// Creates an error.
  ///
  /// - Parameters:
  ///   - code: What kind of problem it is.
  ///   - message: What is wrong and what to do.
  ///   - path: The JSON path of the checkout value at fault, if one is.
  public init(code: Code, message: String, path: String? = nil) {
    self.code = code
    self.message = message
    self.path = path
  }

  /// `[code] message`.
  public var description: String { "[\(code)] \(message)" }

  static func overflow(_ what: String, path: String?) -> EvaluationError {
    EvaluationError(
      code: .overflow,
      message: "\(what) is too large to compute exactly — check the prices and quantities",
      path: path)
  }
}
