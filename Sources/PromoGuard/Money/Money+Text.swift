extension Money {
  /// Reads an amount written as a decimal string, like a campaign file or checkout writes it.
  ///
  /// The text is read exactly, never through floating point: `"12.50"` and `"12.5"` in US dollars are
  /// 1250 minor units; `"1250"` in yen is 1250 yen. Text that is not a plain decimal number (`"$12.50"`,
  /// `"1,000.00"`), a negative amount, or more decimals than the currency has (`"12.505"` in dollars) is
  /// refused: the initializer returns `nil`.
  ///
  /// ```swift
  /// let price = Money(decimalString: "12.50", currency: .usd)   // 1250 minor units
  /// price?.decimalString                                        // "12.50"
  /// price?.formatted                                            // "$12.50"
  /// Money(decimalString: "12.505", currency: .usd)              // nil
  /// ```
  ///
  /// - Parameters:
  ///   - decimalString: The amount, like `"12.50"`.
  ///   - currency: The currency; it fixes how many decimals are allowed.
  public init?(decimalString: String, currency: Currency) {
    guard case .success(let money) = Money.parse(decimalString, currency: currency) else {
      return nil
    }
    self = money
  }
}
