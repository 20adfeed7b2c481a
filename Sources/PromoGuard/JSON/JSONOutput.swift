/// A JSON value to write, with object keys in a fixed order.
///
/// Quotes and reports are written with their keys in the order the format documents, which a
/// dictionary cannot promise; ``rendered(_:)`` turns the value into text.
///
/// ```swift
/// let quote = JSONOutput.object([
///   JSONField(key: "currency", value: .string("USD")),
///   JSONField(key: "discount", value: .string("29.80")),
/// ])
/// print(quote.rendered(.compact))  // {"currency":"USD","discount":"29.80"}
/// ```
package indirect enum JSONOutput: Sendable, Equatable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// A number, written exactly as this text; the caller guarantees it is a valid JSON number.
  case number(String)
  /// A string, escaped when written.
  case string(String)
  /// A list of values.
  case array([JSONOutput])
  /// An object whose members are written in the given order.
  case object([JSONField])
}
