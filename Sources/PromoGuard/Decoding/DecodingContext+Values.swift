/// Decoders for single values: each reports what it expected and found, and returns `nil` on bad input.
extension DecodingContext {
  /// A string.
  func string(_ node: JSONNode, path: String, what: String) -> String? {
    if case .string(let text) = node.value { return text }
    report(
      "expected \(what) (text in double quotes), found \(FoundValue.describe(node))",
      at: node.position, path: path)
    return nil
  }

  /// A string with at least one character other than white space.
  func nonEmptyString(_ node: JSONNode, path: String, what: String) -> String? {
    guard let text = string(node, path: path, what: what) else { return nil }
    if text.allSatisfy(\.isWhitespace) {
      report("\(what) is empty — write \(what)", at: node.position, path: path)
      return nil
    }
    return text
  }

  /// A list of non-empty strings; `allowEmpty` says whether `[]` is accepted.
  func stringList(
    _ node: JSONNode, path: String, what: String, allowEmpty: Bool, maximum: Int = 100_000
  ) -> [String]? {
    guard case .array(let elements) = node.value else {
      report(
        "expected a list of \(what) like [\"a\", \"b\"], found \(FoundValue.describe(node))",
        at: node.position, path: path)
      return nil
    }
    if elements.isEmpty && !allowEmpty {
      report(
        "the list of \(what) is empty — list at least one, or leave the key out",
        at: node.position, path: path)
      return nil
    }
    if elements.count > maximum {
      report(
        "too many \(what): \(elements.count), the most accepted is \(maximum)",
        at: node.position, path: path)
      return nil
    }
    var result = [String]()
    result.reserveCapacity(elements.count)
    var isValid = true
    for (index, element) in elements.enumerated() {
      let elementPath = JSONPathText.element(path, index)
      guard let text = nonEmptyString(element, path: elementPath, what: "one of the \(what)")
      else {
        isValid = false
        continue
      }
      result.append(text)
    }
    return isValid ? result : nil
  }

  /// A whole number in `range`.
  func wholeNumber(
    _ node: JSONNode, path: String, what: String, range: ClosedRange<Int64>
  ) -> Int64? {
    switch node.value {
    case .number(let number):
      guard let value = number.int64Value else {
        report(
          "expected \(what) as a whole number, found \(number.text)", at: node.position, path: path)
        return nil
      }
      guard range.contains(value) else {
        let bounds =
          range.upperBound == .max
          ? "at least \(range.lowerBound)" : "from \(range.lowerBound) to \(range.upperBound)"
        report("\(what) must be \(bounds), found \(value)", at: node.position, path: path)
        return nil
      }
      return value
    case .string(let text) where Int64(text) != nil:
      report(
        "expected \(what) as a number, found the text \(FoundValue.quoted(text)) — remove the quotes",
        at: node.position, path: path)
      return nil
    default:
      report(
        "expected \(what) as a whole number, found \(FoundValue.describe(node))",
        at: node.position, path: path)
      return nil
    }
  }

  /// `true` or `false`.
  func bool(_ node: JSONNode, path: String, what: String) -> Bool? {
    if case .bool(let flag) = node.value { return flag }
    report(
      "expected true or false for \(what), found \(FoundValue.describe(node))",
      at: node.position, path: path)
    return nil
  }

  /// An amount of money in `currency`, from a decimal string or the exact digits of a JSON number.
  func money(_ node: JSONNode, path: String, currency: Currency) -> Money? {
    guard let text = numeral(node, path: path, expected: "an amount like \"12.50\"") else {
      return nil
    }
    switch Money.parse(text, currency: currency) {
    case .success(let money): return money
    case .failure(let error):
      report(error.message, at: node.position, path: path)
      return nil
    }
  }

  /// An amount with no currency yet (catalog prices).
  func decimalAmount(_ node: JSONNode, path: String) -> DecimalAmount? {
    guard let text = numeral(node, path: path, expected: "a price like \"12.50\"") else {
      return nil
    }
    switch DecimalAmount.parse(text) {
    case .success(let amount): return amount
    case .failure(let error):
      report(error.message, at: node.position, path: path)
      return nil
    }
  }

  /// A percentage off: more than 0, at most 100.
  func percentage(_ node: JSONNode, path: String) -> Percentage? {
    guard let text = numeral(node, path: path, expected: "a percentage like 20 or \"12.5\"") else {
      return nil
    }
    switch Percentage.parse(text) {
    case .success(let percentage): return percentage
    case .failure(let error):
      report(error.message, at: node.position, path: path)
      return nil
    }
  }

  /// The digits of a number written as a string ("12.50") or as a JSON number (12.5), exactly as written;
  /// anything else is reported as not what was `expected`.
  ///
  /// - Parameters:
  ///   - node: The value.
  ///   - path: Its JSON path.
  ///   - expected: What was expected, for the message: `an amount like "12.50"`.
  /// - Returns: The text, or `nil` after reporting.
  private func numeral(_ node: JSONNode, path: String, expected: String) -> String? {
    switch node.value {
    case .string(let string): return string
    case .number(let number): return number.text
    default:
      report(
        "expected \(expected), found \(FoundValue.describe(node))", at: node.position, path: path)
      return nil
    }
  }

  /// An ISO 4217 currency code.
  func currency(_ node: JSONNode, path: String) -> Currency? {
    guard let code = string(node, path: path, what: "a currency code like \"USD\"") else {
      return nil
    }
    if let currency = Currency(code: code) { return currency }
    if let currency = Currency(code: code.uppercased()) {
      report(
        "unknown currency \(FoundValue.quoted(code)) — currency codes are upper case: write \"\(currency.code)\"",
        at: node.position, path: path)
    } else if let suggestion = NearestName.suggestion(
      for: code.uppercased(), among: Currency.allCurrencies.map(\.code))
    {
      report(
        "unknown currency \"\(code)\" — did you mean \"\(suggestion)\"?", at: node.position,
        path: path)
    } else {
      report(
        "unknown currency \(FoundValue.quoted(code)) — expected an ISO 4217 code like \"USD\", \"EUR\" or \"JPY\"",
        at: node.position, path: path)
    }
    return nil
  }

  /// An IANA time zone name.
  func zone(_ node: JSONNode, path: String) -> Zone? {
    guard let name = string(node, path: path, what: "a time zone like \"America/New_York\"") else {
      return nil
    }
    if let zone = Zone(identifier: name) { return zone }
    guard keepsDiagnostics else {
      report("unknown time zone", at: node.position, path: path)
      return nil
    }
    if let suggestion = Zone.suggestion(for: name) {
      report(
        "unknown time zone \(FoundValue.quoted(name)) — did you mean \"\(suggestion)\"?",
        at: node.position,
        path: path)
    } else {
      report(
        "unknown time zone \(FoundValue.quoted(name)) — expected an IANA name like \"America/New_York\", "
          + "\"Europe/London\" or \"UTC\"",
        at: node.position, path: path)
    }
    return nil
  }

  /// A date and time; without an offset, a local time in `zone`.
  func timestamp(_ node: JSONNode, path: String, zone: Zone) -> ResolvedTimestamp? {
    guard
      let text = string(
        node, path: path, what: "a date and time like \"2026-09-01T00:00:00\"")
    else { return nil }
    switch Timestamp.parse(text, in: zone) {
    case .success(let timestamp): return timestamp
    case .failure(let error):
      report(error.message, at: node.position, path: path)
      return nil
    }
  }
}
