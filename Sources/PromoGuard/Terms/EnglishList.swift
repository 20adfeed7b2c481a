/// Small pieces of English for generated terms and reports: lists, counts and plain numbers.
package enum EnglishList {
  /// The items joined as English writes a list: "a", "a and b", "a, b and c".
  ///
  /// - Parameters:
  ///   - items: The items, in the order to write them.
  ///   - conjunction: The word before the last item, "and" or "or".
  /// - Returns: The list, empty when there are no items.
  package static func joined(_ items: [String], _ conjunction: String = "and") -> String {
    guard let last = items.last else { return "" }
    guard items.count > 1 else { return last }
    return items.dropLast().joined(separator: ", ") + " \(conjunction) " + last
  }

  /// A whole number with thousands separated by commas: "1,000".
  ///
  /// - Parameter number: The number.
  /// - Returns: Its digits, grouped, with a minus sign when negative.
  package static func number(_ number: Int64) -> String {
    (number < 0 ? "-" : "")
      + DecimalFormatting.text(of: number.magnitude, decimals: 0, grouped: true)
  }

  /// A count and a noun, singular for one: "1 item", "3 items", "1,000 uses".
  ///
  /// - Parameters:
  ///   - count: How many.
  ///   - singular: The noun for one.
  ///   - plural: The noun for several; the singular with an "s" when omitted.
  /// - Returns: The count and the noun.
  package static func count(_ count: Int64, _ singular: String, plural: String? = nil) -> String {
    number(count) + " " + (count == 1 ? singular : plural ?? singular + "s")
  }
}
