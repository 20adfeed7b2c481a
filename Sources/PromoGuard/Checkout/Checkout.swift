/// A checkout to quote: the basket, the customer, the codes entered, when and where.
///
/// ```swift
/// let checkout = Checkout(
///   currency: .usd,
///   lines: [Checkout.Line(sku: "SABLE-THROW", unitPrice: Money(minorUnits: 14_900, currency: .usd))],
///   at: Instant(microsecondsSinceEpoch: 1_158_328_800_000_000),
///   codes: ["SEPT20"])
/// let quote = try campaigns.evaluate(checkout)
/// ```
public struct Checkout: Sendable, Hashable {
  /// The currency of every amount in the checkout.
  public var currency: Currency
  /// The basket, in order.
  public var lines: [Line]
  /// The shipping amount before discounts.
  public var shipping: Money
  /// The signed-in customer, or `nil` for a guest.
  public var customer: Customer?
  /// Redemptions so far across all customers, by campaign id (for `limits.total`).
  public var redemptionTotals: [String: Int64]
  /// Discounts given so far by campaign id, lines and shipping together, in the checkout's currency (for
  /// `limits.budget`).
  public var budgetSpent: [String: Money] = [:]
  /// Where the order is placed: `web`, `app`, `phone`, `store`, ...; `nil` when unknown.
  public var channel: String?
  /// When the order is placed.
  public var at: Instant
  /// The codes as the customer typed them, in order.
  public var codes: [String]
  /// The link the customer arrived by; a link of a message enters that message's code.
  public var link: String?
  /// Pool codes the shop's ledger records as already redeemed, among those entered.
  ///
  /// A single-use pool code listed here is `limitReached` ("this code has already been used"); codes are
  /// compared under the campaign's `codeMatching`.
  public var usedCodes: [String] = []

  /// Creates a checkout.
  ///
  /// - Parameters:
  ///   - currency: The currency of every amount.
  ///   - lines: The basket.
  ///   - shipping: Shipping before discounts; zero when `nil`.
  ///   - customer: The signed-in customer, or `nil` for a guest.
  ///   - redemptionTotals: Redemptions so far by campaign id.
  ///   - channel: Where the order is placed.
  ///   - at: When the order is placed.
  ///   - codes: The codes typed, in order.
  ///   - link: The link the customer arrived by.
  public init(
    currency: Currency, lines: [Line], shipping: Money? = nil, customer: Customer? = nil,
    redemptionTotals: [String: Int64] = [:], channel: String? = nil, at: Instant,
    codes: [String] = [], link: String? = nil
  ) {
    self.currency = currency
    self.lines = lines
    self.shipping = shipping ?? Money(minorUnits: 0, currency: currency)
    self.customer = customer
    self.redemptionTotals = redemptionTotals
    self.channel = channel
    self.at = at
    self.codes = codes
    self.link = link
  }
}

extension Checkout {
  /// One line of the basket: a product and how many units.
  public struct Line: Sendable, Hashable {
    /// The product's SKU.
    public var sku: String
    /// The product's name, for people.
    public var name: String
    /// The product's categories.
    public var categories: [String]
    /// The product's tags.
    public var tags: [String]
    /// The price of one unit before discounts.
    public var unitPrice: Money
    /// How many units, at least 1.
    public var quantity: Int64

    /// Creates a line.
    ///
    /// - Parameters:
    ///   - sku: The product's SKU.
    ///   - name: The product's name; the SKU when empty.
    ///   - categories: The product's categories.
    ///   - tags: The product's tags.
    ///   - unitPrice: The price of one unit.
    ///   - quantity: How many units.
    public init(
      sku: String, name: String = "", categories: [String] = [], tags: [String] = [],
      unitPrice: Money, quantity: Int64 = 1
    ) {
      self.sku = sku
      self.name = name
      self.categories = categories
      self.tags = tags
      self.unitPrice = unitPrice
      self.quantity = quantity
    }
  }

  /// The signed-in customer.
  public struct Customer: Sendable, Hashable {
    /// The customer's id, for customer-bound codes.
    public var id: String?
    /// The customer's segments (`email-subscribers`, `vip`, ...).
    public var segments: [String]
    /// Orders placed before this one; 0 means this is the first order.
    public var orderCount: Int64
    /// This customer's redemptions so far, by campaign id (for `limits.perCustomer`).
    public var redemptions: [String: Int64]

    /// Creates a customer.
    ///
    /// - Parameters:
    ///   - id: The customer's id.
    ///   - segments: The customer's segments.
    ///   - orderCount: Orders placed before this one.
    ///   - redemptions: Redemptions so far by campaign id.
    public init(
      id: String?, segments: [String] = [], orderCount: Int64 = 0,
      redemptions: [String: Int64] = [:]
    ) {
      self.id = id
      self.segments = segments
      self.orderCount = orderCount
      self.redemptions = redemptions
    }
  }
}
