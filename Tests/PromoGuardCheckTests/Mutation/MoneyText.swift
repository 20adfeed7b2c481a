/// Amounts as campaign files write them ("60.00", "5000") and as published wording shows them ("£60", "¥5,000").
enum MoneyText {
  /// Digits after the decimal point in a currency (the few this suite uses).
  ///
  /// - Parameter currency: An ISO 4217 code.
  /// - Returns: 0 for yen and won, else 2.
  static func exponent(of currency: String) -> Int {
    ["JPY", "KRW"].contains(currency) ? 0 : 2
  }

  /// The sign wording puts before an amount in a currency.
  ///
  /// - Parameter currency: An ISO 4217 code.
  /// - Returns: The sign, or `nil` when wording spells the code out.
  static func sign(of currency: String) -> String? {
    ["USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥", "AUD": "A$"][currency]
  }

  /// An amount string ("60.00") as minor units (6000).
  ///
  /// - Parameters:
  ///   - amount: The amount as the file writes it.
  ///   - currency: Its currency.
  /// - Returns: The minor units, or `nil` when the string is not an amount.
  static func minorUnits(_ amount: String, currency: String) -> Int? {
    let exponent = exponent(of: currency)
    let parts = amount.split(separator: ".", omittingEmptySubsequences: false)
    guard let whole = parts.first.flatMap({ Int($0) }), parts.count <= 2 else { return nil }
    var fraction = parts.count == 2 ? String(parts[1]) : ""
    guard fraction.count <= exponent else { return nil }
    fraction += String(repeating: "0", count: exponent - fraction.count)
    var scale = 1
    for _ in 0..<exponent { scale *= 10 }
    return whole * scale + (fraction.isEmpty ? 0 : Int(fraction) ?? 0)
  }

  /// Minor units (6000) as the file writes the amount ("60.00").
  ///
  /// - Parameters:
  ///   - minorUnits: The amount in minor units.
  ///   - currency: Its currency.
  /// - Returns: The amount string.
  static func amount(minorUnits: Int, currency: String) -> String {
    let exponent = exponent(of: currency)
    guard exponent > 0 else { return String(minorUnits) }
    let scale = exponent == 2 ? 100 : 1
    let fraction = String(minorUnits % scale)
    return "\(minorUnits / scale)." + String(repeating: "0", count: exponent - fraction.count)
      + fraction
  }

  /// Multiplies an amount string by `numerator / denominator`, rounding down to the minor unit.
  ///
  /// - Parameters:
  ///   - amount: The amount as the file writes it.
  ///   - numerator: The factor's numerator.
  ///   - denominator: The factor's denominator.
  ///   - currency: Its currency.
  /// - Returns: The new amount string, or `nil` when `amount` is not one.
  static func scaled(
    _ amount: String, by numerator: Int, over denominator: Int = 1, currency: String
  ) -> String? {
    minorUnits(amount, currency: currency).map {
      self.amount(minorUnits: $0 * numerator / denominator, currency: currency)
    }
  }

  /// The ways wording may show an amount, longest first: "$1,250.00", "$1250.00", "$1,250", "$1250".
  ///
  /// - Parameters:
  ///   - minorUnits: The amount.
  ///   - currency: Its currency.
  /// - Returns: The spellings with the currency's sign (none when it has no sign).
  static func spellings(minorUnits: Int, currency: String) -> [String] {
    guard let sign = sign(of: currency) else { return [] }
    let exponent = exponent(of: currency)
    let scale = exponent == 2 ? 100 : 1
    let whole = minorUnits / scale
    var forms = [String]()
    if exponent > 0 {
      let fraction =
        amount(minorUnits: minorUnits, currency: currency).split(separator: ".")
        .last.map(String.init) ?? "00"
      forms += [sign + grouped(whole) + "." + fraction, sign + String(whole) + "." + fraction]
    }
    if minorUnits % scale == 0 { forms += [sign + grouped(whole), sign + String(whole)] }
    return forms
  }

  /// How wording shows an amount: "£6,000", "£6,000.50", "¥500,000".
  ///
  /// - Parameters:
  ///   - minorUnits: The amount.
  ///   - currency: Its currency.
  /// - Returns: The spelling with the currency's sign, or the code after the number when it has none.
  static func spelling(minorUnits: Int, currency: String) -> String {
    let scale = exponent(of: currency) == 2 ? 100 : 1
    let whole = grouped(minorUnits / scale)
    let number =
      minorUnits % scale == 0
      ? whole
      : whole + "."
        + (amount(minorUnits: minorUnits, currency: currency).split(separator: ".")
          .last.map(String.init) ?? "")
    return sign(of: currency).map { $0 + number } ?? "\(number) \(currency)"
  }

  /// Whether wording mentions an amount with the currency's sign.
  ///
  /// - Parameters:
  ///   - minorUnits: The amount.
  ///   - currency: Its currency.
  ///   - text: The wording.
  /// - Returns: `true` when one of the amount's spellings is in the text as a whole number.
  static func mentions(minorUnits: Int, currency: String, in text: String) -> Bool {
    replacing(minorUnits: minorUnits, with: "", currency: currency, in: text) != text
  }

  /// The wording with every mention of an amount replaced, the first spelling found wins.
  ///
  /// - Parameters:
  ///   - minorUnits: The amount mentioned.
  ///   - replacement: The new text.
  ///   - currency: Its currency.
  ///   - text: The wording.
  /// - Returns: The new wording (unchanged when the amount is not mentioned).
  static func replacing(
    minorUnits: Int, with replacement: String, currency: String, in text: String
  ) -> String {
    for form in spellings(minorUnits: minorUnits, currency: currency) {
      var result = ""
      var rest = Substring(text)
      var found = false
      while let range = rest.range(of: form) {
        let after = rest[range.upperBound...]
        let continues =
          after.first?.isNumber == true
          || ([".", ","].contains(after.first) && after.dropFirst().first?.isNumber == true)
        result += rest[..<range.lowerBound]
        result += continues ? rest[range] : Substring(replacement)
        found = found || !continues
        rest = after
      }
      if found { return result + rest }
    }
    return text
  }

  /// A whole number with thousands separators: 7500 → "7,500".
  private static func grouped(_ value: Int) -> String {
    let digits = Array(String(value))
    var text = ""
    for (position, digit) in digits.enumerated() {
      if position > 0, (digits.count - position) % 3 == 0 { text += "," }
      text.append(digit)
    }
    return text
  }
}
