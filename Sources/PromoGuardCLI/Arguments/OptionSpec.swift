/// An option a command accepts: `--name VALUE` (or `--name=VALUE`) or a flag `--name`.
struct OptionSpec: Sendable, Hashable {
  /// The name without dashes.
  var name: String
  /// What the value is, for help (`PATH`, `N`); `nil` for a flag.
  var valueName: String?
  /// Whether the option may be given several times (values accumulate).
  var isRepeatable: Bool
  /// One line for help.
  var help: String

  /// An option with a value.
  static func value(_ name: String, _ valueName: String, repeatable: Bool = false, help: String)
    -> OptionSpec
  {
    OptionSpec(name: name, valueName: valueName, isRepeatable: repeatable, help: help)
  }

  /// A flag without a value.
  static func flag(_ name: String, help: String) -> OptionSpec {
    OptionSpec(name: name, valueName: nil, isRepeatable: false, help: help)
  }
}
