/// Reading number literals exactly, as text plus significand digits and a power of ten.
extension JSONParser {
  /// Reads the number literal at the read position (a `-` or a digit).
  mutating func parseNumber(
    _ slot: JSONSlot, start: SourcePosition
  ) throws(JSONSyntaxError) -> JSONNumber {
    let startIndex = index
    let isNegative = current == UInt8(ascii: "-")
    if isNegative { index += 1 }

    // Integer part: 0, or a non-zero digit followed by digits.
    guard let first = current, Self.isDigit(first) else {
      if current == UInt8(ascii: ".") {
        throw JSONSyntaxError.leadingPoint(numberToken(from: startIndex), at: start)
      }
      if let byte = current, Self.isLetter(byte) {  // -Infinity, -NaN
        throw JSONSyntaxError.expectedValue(
          slot, found: .word(scanWord(from: startIndex)), at: start)
      }
      let position = position(at: index)
      throw JSONSyntaxError.expectedDigitAfterMinus(found: try foundCharacter(), at: position)
    }
    let integerStart = index
    index += 1
    if first == UInt8(ascii: "0") {
      if let byte = current, Self.isDigit(byte) {
        throw JSONSyntaxError.leadingZero(numberToken(from: startIndex), at: start)
      }
    } else {
      skipDigits()
    }
    let integerEnd = index

    // Fraction: a point followed by at least one digit.
    var fractionStart = index
    if current == UInt8(ascii: ".") {
      index += 1
      fractionStart = index
      skipDigits()
      guard index > fractionStart else {
        throw JSONSyntaxError.trailingPoint(numberToken(from: startIndex), at: start)
      }
    }
    let fractionEnd = index

    // Exponent: e or E, an optional sign, at least one digit.
    var writtenExponent = 0
    var isExponentTooLarge = false
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      index += 1
      let isExponentNegative = current == UInt8(ascii: "-")
      if isExponentNegative || current == UInt8(ascii: "+") { index += 1 }
      guard let digit = current, Self.isDigit(digit) else {
        throw JSONSyntaxError.missingExponentDigits(numberToken(from: startIndex), at: start)
      }
      var magnitude = 0
      while let digit = current, Self.isDigit(digit) {
        if !isExponentTooLarge {
          let (shifted, overflow) = magnitude.multipliedReportingOverflow(by: 10)
          let (sum, sumOverflow) = shifted.addingReportingOverflow(Int(digit - UInt8(ascii: "0")))
          magnitude = sum
          isExponentTooLarge = overflow || sumOverflow || magnitude > limits.maxExponentMagnitude
        }
        index += 1
      }
      writtenExponent = isExponentNegative ? -magnitude : magnitude
    }

    // Letters, points or signs straight after a number: 0x1F, 12px, 1.2.3.
    if let byte = current,
      Self.isLetter(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
        || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
    {
      let token = numberToken(from: startIndex)
      let hexPrefix = isNegative ? ["-0x", "-0X"] : ["0x", "0X"]
      if hexPrefix.contains(where: { token.hasPrefix($0) }) {
        throw JSONSyntaxError.hexadecimal(token, at: start)
      }
      throw JSONSyntaxError.malformedNumber(token, at: start)
    }

    let length = index - startIndex
    guard length <= limits.maxNumberLength else {
      throw JSONSyntaxError.numberTooLong(length: length, limit: limits.maxNumberLength, at: start)
    }
    let fractionCount = fractionEnd - fractionStart
    let (decimalExponent, exponentOverflow) = writtenExponent.subtractingReportingOverflow(
      fractionCount)
    guard !isExponentTooLarge, !exponentOverflow else {
      throw JSONSyntaxError.exponentTooLarge(
        numberToken(from: startIndex), limit: limits.maxExponentMagnitude, at: start)
    }

    var digits = Array(bytes[integerStart..<integerEnd])
    digits.append(contentsOf: bytes[fractionStart..<fractionEnd])
    let significant = digits.drop { $0 == UInt8(ascii: "0") }
    return JSONNumber(
      text: String(decoding: bytes[startIndex..<index], as: UTF8.self),
      isNegative: isNegative,
      decimalDigits: significant.isEmpty ? "0" : String(decoding: significant, as: UTF8.self),
      decimalExponent: decimalExponent)
  }

  /// Refuses a number that starts with `+` or `.` (`+1`, `.5`, `+Infinity`); returns when the
  /// character at the read position does not start such a number.
  mutating func refuseNumberStart(_ slot: JSONSlot, start: SourcePosition) throws(JSONSyntaxError) {
    guard let next = byte(at: index + 1) else { return }
    if current == UInt8(ascii: "+") {
      if Self.isDigit(next) || next == UInt8(ascii: ".") {
        throw JSONSyntaxError.plusSign(numberToken(from: index), at: start)
      }
      if Self.isLetter(next) {
        throw JSONSyntaxError.expectedValue(
          slot, found: .word("+" + scanWord(from: index + 1)), at: start)
      }
    } else if current == UInt8(ascii: "."), Self.isDigit(next) {
      throw JSONSyntaxError.leadingPoint(numberToken(from: index), at: start)
    }
  }

  private mutating func skipDigits() {
    while let byte = current, Self.isDigit(byte) { index += 1 }
  }

  /// The number-like run starting at `offset` (digits, letters, `.`, `+`, `-`, `_`), to show in a
  /// message.
  private func numberToken(from offset: Int) -> String {
    var end = offset
    while let byte = byte(at: end),
      Self.isLetter(byte) || Self.isDigit(byte) || byte == UInt8(ascii: ".")
        || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    {
      end += 1
    }
    return String(decoding: bytes[offset..<end], as: UTF8.self)
  }
}
