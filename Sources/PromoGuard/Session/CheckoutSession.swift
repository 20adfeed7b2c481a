/// A checkout in progress: it keeps every code entered (even refused ones) and quotes again after every change.
///
/// A shop's cart lives longer than one evaluation: customers type a code before they fill the basket, sign in
/// after entering a code, or change quantities once a discount shows. `CheckoutSession` holds that state and
/// re-evaluates it with the same `CampaignSet` after each change, so a code entered too early applies as soon as
/// the basket qualifies, and the quote after any sequence of steps is the quote of the final state at once.
///
/// ```swift
/// var session = try CheckoutSession(
///   campaigns: campaigns, currency: .usd, at: Instant(microsecondsSinceEpoch: 1_158_328_800_000_000))
/// try session.enterCode("SEPT20")          // refused for now: nothing to discount
/// try session.addLine(Checkout.Line(sku: "SABLE-THROW", unitPrice: Money(minorUnits: 14_900, currency: .usd)))
/// print(session.quote.discount)             // 29.80: the code entered earlier now applies
/// ```
///
/// Every change throws `EvaluationError` when the changed checkout cannot be quoted (a negative price, a
/// quantity of 0); the session then keeps its state from before the change.
public struct CheckoutSession: Sendable {
  /// The campaigns every change is quoted against.
  public let campaigns: CampaignSet
  /// The checkout as it stands.
  public private(set) var checkout: Checkout
  /// The quote of `checkout`, brought up to date by every change.
  public private(set) var quote: Quote

  /// Starts a session from a checkout (by default an empty basket, a guest, no codes).
  ///
  /// - Parameters:
  ///   - campaigns: The campaigns to quote against.
  ///   - checkout: The starting state.
  /// - Throws: `EvaluationError` when the starting checkout cannot be quoted.
  public init(campaigns: CampaignSet, checkout: Checkout) throws(EvaluationError) {
    self.campaigns = campaigns
    self.checkout = checkout
    self.quote = try campaigns.evaluate(checkout)
  }

  /// Starts a session with an empty basket, a guest customer and no codes.
  ///
  /// - Parameters:
  ///   - campaigns: The campaigns to quote against.
  ///   - currency: The currency of the checkout.
  ///   - at: When the order is placed.
  ///   - channel: Where the order is placed, when known.
  /// - Throws: `EvaluationError` when the checkout cannot be quoted.
  public init(
    campaigns: CampaignSet, currency: Currency, at: Instant, channel: String? = nil
  ) throws(EvaluationError) {
    try self.init(
      campaigns: campaigns,
      checkout: Checkout(currency: currency, lines: [], channel: channel, at: at))
  }

  /// Applies `change` to the checkout and quotes it; restores the previous state when quoting fails.
  ///
  /// Every named change below goes through this function; use it for changes they do not cover (redemption
  /// counts, for example).
  ///
  /// - Parameter change: Changes the checkout.
  /// - Returns: The new quote.
  /// - Throws: `EvaluationError` when the changed checkout cannot be quoted.
  @discardableResult
  public mutating func update(_ change: (inout Checkout) -> Void) throws(EvaluationError) -> Quote {
    var changed = checkout
    change(&changed)
    let newQuote = try campaigns.evaluate(changed)
    checkout = changed
    quote = newQuote
    return newQuote
  }

  /// Adds a line at the end of the basket.
  ///
  /// - Parameter line: The line.
  /// - Returns: The new quote.
  /// - Throws: `EvaluationError` when the line cannot be quoted.
  @discardableResult
  public mutating func addLine(_ line: Checkout.Line) throws(EvaluationError) -> Quote {
    try update { $0.lines.append(line) }
  }

  /// Removes the line at `index`; an index outside the basket changes nothing.
  ///
  /// - Parameter index: The line's position, from 0.
  /// - Returns: The new quote.
  /// - Throws: `EvaluationError` when the checkout cannot be quoted.
  @discardableResult
  public mutating func removeLine(at index: Int) throws(EvaluationError) -> Quote {
    try update { checkout in
      if checkout.lines.indices.contains(index) { checkout.lines.remove(at: index) }
    }
  }

  /// Sets the quantity of the line at `index`; an index outside the basket changes nothing.
  ///
  /// - Parameters:
  ///   - quantity: The new quantity, at least 1.
  ///   - index: The line's position, from 0.
  /// - Returns: The new quote.
  /// - Throws: `EvaluationError` when the quantity is invalid.
  @discardableResult
  public mutating func setQuantity(_ quantity: Int64, ofLineAt index: Int) throws(EvaluationError)
    -> Quote
  {
    try update { checkout in
      if checkout.lines.indices.contains(index) { checkout.lines[index].quantity = quantity }
    }
  }

  /// Enters a code as the customer typed it; it is kept even when refused, and applies once it can.
  ///
  /// - Parameter code: The code as typed.
  /// - Returns: The new quote.
  /// - Throws: `EvaluationError` when the checkout cannot be quoted.
  @discardableResult
  public mutating func enterCode(_ code: String) throws(EvaluationError) -> Quote {
    try update { $0.codes.append(code) }
  }

  /// Removes the code entered at `index` (in the order entered); an index outside the list changes nothing.
  ///
  /// - Parameter index: The code's position, from 0.
  /// - Returns: The new quote.
  /// - Throws: `EvaluationError` when the checkout cannot be quoted.
  @discardableResult
  public mutating func removeCode(at index: Int) throws(EvaluationError) -> Quote {
    try update { checkout in
      if checkout.codes.indices.contains(index) { checkout.codes.remove(at: index) }
    }
  }

  /// Records the link the customer arrived by (a message's link enters that message's code); `nil` forgets it.
  ///
  /// - Parameter link: The URL.
  /// - Returns: The new quote.
  /// - Throws: `EvaluationError` when the checkout cannot be quoted.
  @discardableResult
  public mutating func arrive(byLink link: String?) throws(EvaluationError) -> Quote {
    try update { $0.link = link }
  }

  /// Signs a customer in: from now on the quote knows their segments, order count and redemptions.
  ///
  /// - Parameter customer: The customer.
  /// - Returns: The new quote.
  /// - Throws: `EvaluationError` when the checkout cannot be quoted.
  @discardableResult
  public mutating func signIn(_ customer: Checkout.Customer) throws(EvaluationError) -> Quote {
    try update { $0.customer = customer }
  }

  /// Signs the customer out: the checkout continues as a guest.
  ///
  /// - Returns: The new quote.
  /// - Throws: `EvaluationError` when the checkout cannot be quoted.
  @discardableResult
  public mutating func signOut() throws(EvaluationError) -> Quote {
    try update { $0.customer = nil }
  }

  /// Moves the checkout to another moment (the order is placed later, a page stayed open overnight).
  ///
  /// - Parameter instant: When the order is placed.
  /// - Returns: The new quote.
  /// - Throws: `EvaluationError` when the checkout cannot be quoted.
  @discardableResult
  public mutating func setTime(_ instant: Instant) throws(EvaluationError) -> Quote {
    try update { $0.at = instant }
  }

  /// Sets where the order is placed (`web`, `app`, `phone`, `store`, ...), or `nil` when unknown.
  ///
  /// - Parameter channel: The channel.
  /// - Returns: The new quote.
  /// - Throws: `EvaluationError` when the checkout cannot be quoted.
  @discardableResult
  public mutating func setChannel(_ channel: String?) throws(EvaluationError) -> Quote {
    try update { $0.channel = channel }
  }

  /// Sets the shipping amount before discounts.
  ///
  /// - Parameter shipping: The shipping amount.
  /// - Returns: The new quote.
  /// - Throws: `EvaluationError` when the amount cannot be quoted (another currency, negative).
  @discardableResult
  public mutating func setShipping(_ shipping: Money) throws(EvaluationError) -> Quote {
    try update { $0.shipping = shipping }
  }
}
