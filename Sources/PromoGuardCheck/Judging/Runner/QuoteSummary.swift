package import PromoGuard

/// One line describing what a quote did, for reports.
package enum QuoteSummary {
  /// What checkout did: "applied $10.00; codes: \"sept20\" applied", "nothing; codes: \"X\" unknownCode".
  ///
  /// - Parameter quote: The quote.
  /// - Returns: The line.
  package static func line(_ quote: Quote) -> String {
    var text: String
    if quote.discount.minorUnits == 0, quote.shippingDiscount.minorUnits == 0 {
      text = "nothing off"
    } else {
      text = "\(quote.discount.formatted) off"
      if quote.shippingDiscount.minorUnits != 0 {
        text += " and \(quote.shippingDiscount.formatted) off shipping"
      }
    }
    if !quote.codes.isEmpty {
      text +=
        "; codes: "
        + quote.codes.map { "\(JourneyStep.quoted($0.entered.rawValue)) \($0.status)" }.joined(
          separator: ", ")
    }
    return text
  }
}
