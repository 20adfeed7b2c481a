internal import PromoGuard

/// Parses command-line syntax: `--name value`, `--name=value`, flags, `--` and positional arguments.
///
/// Meaning (which values are valid) is checked afterwards by each command.
enum ArgumentParser {
  /// Splits `arguments` by `options`.
  ///
  /// - Parameters:
  ///   - arguments: The arguments after the command name.
  ///   - options: The options the command accepts.
  /// - Returns: The options and positional arguments.
  /// - Throws: `UsageError` for an unknown option (with a near miss), a missing value, a value given to a flag, or
  ///   an option repeated that may not be.
  static func parse(_ arguments: [String], options: [OptionSpec]) throws(UsageError)
    -> ParsedArguments
  {
    var parsed = ParsedArguments()
    var index = 0
    var onlyPositionals = false
    while index < arguments.count {
      let argument = arguments[index]
      let position = index + 1
      index += 1
      if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
        parsed.positionals.append(argument)
        continue
      }
      if argument == "--" {
        onlyPositionals = true
        continue
      }
      let body = argument.drop(while: { $0 == "-" })
      let name: String
      var inlineValue: String?
      if let equals = body.firstIndex(of: "=") {
        name = String(body[..<equals])
        inlineValue = String(body[body.index(after: equals)...])
      } else {
        name = String(body)
      }
      guard let spec = options.first(where: { $0.name == name }) else {
        let names = options.map(\.name)
        let hint = NearestName.suggestion(for: name, among: names).map {
          " (did you mean '--\($0)'?)"
        }
        throw UsageError(
          message: "unknown option '\(argument)'\(hint ?? "")", argumentIndex: position)
      }
      if parsed.has(name) && !spec.isRepeatable {
        throw UsageError(
          message: "'--\(name)' is given more than once; give it once", argumentIndex: position)
      }
      guard let valueName = spec.valueName else {
        if inlineValue != nil {
          throw UsageError(
            message: "'--\(name)' takes no value; write just '--\(name)'", argumentIndex: position)
        }
        parsed.options[name, default: []].append("")
        continue
      }
      if let inlineValue {
        parsed.options[name, default: []].append(inlineValue)
        continue
      }
      guard index < arguments.count else {
        throw UsageError(
          message: "'--\(name)' needs a value: --\(name) \(valueName)", argumentIndex: position)
      }
      parsed.options[name, default: []].append(arguments[index])
      index += 1
    }
    return parsed
  }
}
