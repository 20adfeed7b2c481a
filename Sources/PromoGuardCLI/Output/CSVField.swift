/// One field of a CSV file the tool writes (RFC 4180).
enum CSVField {
  /// `value` as a CSV field: as is, or in double quotes (quotes inside doubled) when it holds a comma, a quote,
  /// a semicolon, a tab, a line break or spaces at either end.
  ///
  /// - Parameter value: The value.
  /// - Returns: The field.
  static func quoted(_ value: String) -> String {
    let needsQuotes =
      value.contains { ",\";\t\n\r".contains($0) } || value.first == " " || value.last == " "
    guard needsQuotes else { return value }
    var field = "\""
    for character in value {
      if character == "\"" { field.append("\"") }
      field.append(character)
    }
    return field + "\""
  }
}
