extension DecimalNumeral {
  /// Reads a decimal number written as a campaign file writes one.
  ///
  /// Accepted: the grammar of a JSON number, `-?digits(.digits)?([eE][+-]?digits)?`, where the
  /// integer digits may have leading zeros ("007.50"). Everything else is a
  /// ``DecimalSyntaxError`` naming the first problem, with the corrected text where the fix is
  /// mechanical (a currency symbol or code, a % sign, spaces, thousands separators, a decimal
  /// comma, a plus sign, a missing digit around the decimal point).
  ///
  /// - Parameter text: The text as written.
  /// - Returns: The exact value, or why the text is not a number.
  static func read(_ text: String) -> Result<DecimalNumeral, DecimalSyntaxError> {
    if text.isEmpty {
      return .failure(DecimalSyntaxError(problem: .empty, repaired: nil))
    }
    var problems: [DecimalSyntaxError.Problem] = []

    var hasCurrencySymbol = false
    var hasPercentSign = false
    var whitespaceCount = 0
    var kept = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar.properties.generalCategory == .currencySymbol {
        hasCurrencySymbol = true
      } else if scalar == "%" {
        hasPercentSign = true
      } else if scalar.properties.isWhitespace {
        whitespaceCount += 1
      } else {
        kept.append(scalar)
      }
    }
    var bytes = Array(String(kept).utf8)
    if hasCurrencySymbol { problems.append(.currencySymbol) }
    if let withoutCode = removingCurrencyCode(from: bytes) {
      bytes = withoutCode
      problems.append(.currencyCode)
    }
    if hasPercentSign { problems.append(.percentSign) }
    if whitespaceCount > 0 { problems.append(.whitespace(count: whitespaceCount)) }
    if bytes.first == UInt8(ascii: "+") {
      bytes.removeFirst()
      problems.append(.plusSign)
    }
    if bytes.contains(UInt8(ascii: ",")) {
      if let withoutSeparators = removingThousandsSeparators(from: bytes) {
        bytes = withoutSeparators
        problems.append(.thousandsSeparator)
      } else if let withPoint = replacingDecimalComma(in: bytes) {
        bytes = withPoint
        problems.append(.decimalComma)
      }
    }

    guard let scan = Scan(bytes) else {
      return .failure(DecimalSyntaxError(problem: .notANumber, repaired: nil))
    }
    if scan.hasPoint && scan.integerDigits.isEmpty { problems.append(.noDigitBeforePoint) }
    if scan.hasPoint && scan.fractionDigits.isEmpty { problems.append(.noDigitAfterPoint) }
    if let first = problems.first {
      return .failure(DecimalSyntaxError(problem: first, repaired: scan.canonicalText))
    }
    return .success(scan.numeral)
  }

  /// The bytes without a leading or trailing ISO 4217 code ("USD12.50", "12.50EUR"), or `nil`
  /// when there is none.
  private static func removingCurrencyCode(from bytes: [UInt8]) -> [UInt8]? {
    guard bytes.count > 3 else { return nil }
    if Currency(code: String(decoding: bytes.prefix(3), as: UTF8.self)) != nil {
      return Array(bytes.dropFirst(3))
    }
    if Currency(code: String(decoding: bytes.suffix(3), as: UTF8.self)) != nil {
      return Array(bytes.dropLast(3))
    }
    return nil
  }

  /// The bytes without commas, when the commas group the integer digits in threes
  /// ("1,000.00", "-12,345"); otherwise `nil`.
  private static func removingThousandsSeparators(from bytes: [UInt8]) -> [UInt8]? {
    let unsigned = bytes.first == UInt8(ascii: "-") ? bytes.dropFirst() : bytes[...]
    let integerPart = unsigned.prefix { $0 != UInt8(ascii: ".") }
    let rest = unsigned.dropFirst(integerPart.count)
    guard !rest.contains(UInt8(ascii: ",")) else { return nil }
    let groups = integerPart.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
    guard let first = groups.first, groups.count >= 2, (1...3).contains(first.count) else {
      return nil
    }
    for (position, group) in groups.enumerated() {
      guard group.allSatisfy(isDigit), position == 0 || group.count == 3 else { return nil }
    }
    return bytes.filter { $0 != UInt8(ascii: ",") }
  }

  /// The bytes with their single comma made a decimal point ("12,50"), when there is exactly one
  /// comma and no point; otherwise `nil`.
  private static func replacingDecimalComma(in bytes: [UInt8]) -> [UInt8]? {
    guard bytes.filter({ $0 == UInt8(ascii: ",") }).count == 1,
      !bytes.contains(UInt8(ascii: "."))
    else { return nil }
    return bytes.map { $0 == UInt8(ascii: ",") ? UInt8(ascii: ".") : $0 }
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  /// The parts of a number in JSON grammar, where the digits on either side of the point may be
  /// missing (but not both).
  private struct Scan {
    /// The largest exponent magnitude kept; any larger one gives the same verdict.
    static let exponentCap = 1_000_000_000

    var isNegative = false
    var integerDigits: ArraySlice<UInt8> = []
    var hasPoint = false
    var fractionDigits: ArraySlice<UInt8> = []
    /// The exponent as written, "e-3" or empty.
    var exponentText: ArraySlice<UInt8> = []
    /// The exponent's value, clamped to ±`exponentCap`.
    var exponent = 0

    /// Splits `bytes`, or returns `nil` when they are not a number in this grammar.
    init?(_ bytes: [UInt8]) {
      var index = bytes.startIndex
      func digitRun() -> ArraySlice<UInt8> {
        let start = index
        while index < bytes.endIndex, DecimalNumeral.isDigit(bytes[index]) { index += 1 }
        return bytes[start..<index]
      }
      func skip(_ byte: UInt8) -> Bool {
        guard index < bytes.endIndex, bytes[index] == byte else { return false }
        index += 1
        return true
      }

      isNegative = skip(UInt8(ascii: "-"))
      integerDigits = digitRun()
      hasPoint = skip(UInt8(ascii: "."))
      if hasPoint { fractionDigits = digitRun() }
      guard !integerDigits.isEmpty || !fractionDigits.isEmpty else { return nil }

      let exponentStart = index
      if skip(UInt8(ascii: "e")) || skip(UInt8(ascii: "E")) {
        let isNegativeExponent = skip(UInt8(ascii: "-"))
        if !isNegativeExponent { _ = skip(UInt8(ascii: "+")) }
        let exponentDigits = digitRun()
        guard !exponentDigits.isEmpty else { return nil }
        var magnitude = 0
        for digit in exponentDigits {
          magnitude = min(magnitude * 10 + Int(digit - UInt8(ascii: "0")), Self.exponentCap)
        }
        exponent = isNegativeExponent ? -magnitude : magnitude
        exponentText = bytes[exponentStart..<index]
      }
      guard index == bytes.endIndex else { return nil }
    }

    /// The number written without the problems a scan tolerates: a 0 before a bare point, no
    /// point without digits after it.
    var canonicalText: String {
      var bytes: [UInt8] = isNegative ? [UInt8(ascii: "-")] : []
      bytes += integerDigits.isEmpty ? [UInt8(ascii: "0")] : Array(integerDigits)
      if !fractionDigits.isEmpty {
        bytes.append(UInt8(ascii: "."))
        bytes += fractionDigits
      }
      bytes += exponentText
      return String(decoding: bytes, as: UTF8.self)
    }

    /// The exact value.
    var numeral: DecimalNumeral {
      let allDigits = (integerDigits + fractionDigits).map { $0 - UInt8(ascii: "0") }
      let writtenScale = fractionDigits.count - exponent
      let significant = allDigits.drop { $0 == 0 }
      let trailingZeros = significant.reversed().prefix { $0 == 0 }.count
      let digits = Array(significant.dropLast(trailingZeros))
      return DecimalNumeral(
        isNegative: isNegative, digits: digits,
        scale: digits.isEmpty ? 0 : writtenScale - trailingZeros, writtenScale: writtenScale)
    }
  }
}
