/// The syntax of a command line: options by name, in order, and the positional arguments.
struct ParsedArguments: Sendable, Equatable {
  /// Values of each option, in the order given; a flag has one empty value per use.
  var options: [String: [String]] = [:]
  /// Arguments that are not options, in order.
  var positionals: [String] = []

  /// Whether the flag or option `name` was given.
  func has(_ name: String) -> Bool { options[name] != nil }

  /// The last value of option `name`, if given.
  func value(_ name: String) -> String? { options[name]?.last }

  /// All values of option `name`.
  func values(_ name: String) -> [String] { options[name] ?? [] }
}
