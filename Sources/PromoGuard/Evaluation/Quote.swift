/// What checkout charges: the discount per line, per campaign and on shipping, and what happened to every code.
///
/// Invariants, for every checkout: line discounts sum to ``discount``; no line total and no total is below zero;
/// every code with status ``CodeStatus/applied`` belongs to a campaign that discounted more than zero.
public struct Quote: Sendable, Hashable {
  /// The currency of every amount.
  public var currency: Currency
  /// The sum of the lines before discounts.
  public var subtotal: Money
  /// The discount on the lines, all campaigns together.
  public var discount: Money
  /// Shipping before discounts.
  public var shipping: Money
  /// The discount on shipping.
  public var shippingDiscount: Money
  /// What the customer pays: subtotal − discount + shipping − shipping discount.
  public var total: Money
  /// The lines, in checkout order.
  public var lines: [Line]
  /// The campaigns that discounted something, in the order they applied.
  public var applied: [AppliedCampaign]
  /// Every code entered, in the order entered; a code entered by the checkout's link comes last.
  public var codes: [CodeResult]
  /// The automatic offers the checkout came close to, at most three, the nearest first (empty when none).
  public var nearMisses: [NearMiss] = []
  /// Gift units the basket lacks.
  ///
  /// One entry per gift-with-purchase campaign the basket qualifies for, with the SKUs to choose from and how
  /// many units to add (in application order). Empty when nothing is missing.
  public var gifts: [Gift] = []

  /// A gift a backend can add to the basket: one of `skus`, `quantity` units, to get them free.
  public struct Gift: Sendable, Hashable {
    /// The gift-with-purchase campaign.
    public var campaignID: CampaignID
    /// The SKUs that count as the gift (any of them).
    public var skus: [SKU]
    /// How many units to add.
    public var quantity: Int64

    /// Creates a gift entry.
    package init(campaignID: CampaignID, skus: [SKU], quantity: Int64) {
      self.campaignID = campaignID
      self.skus = skus
      self.quantity = quantity
    }
  }

  /// One line of the quote.
  public struct Line: Sendable, Hashable {
    /// The product's SKU.
    public var sku: SKU
    /// How many units.
    public var quantity: Int64
    /// The price of one unit before discounts.
    public var unitPrice: Money
    /// unitPrice × quantity.
    public var subtotal: Money
    /// The discount on this line, all campaigns together.
    public var discount: Money
    /// subtotal − discount.
    public var total: Money
  }

  /// A campaign that discounted something.
  public struct AppliedCampaign: Sendable, Hashable {
    /// The campaign's id.
    public var campaignID: CampaignID
    /// The campaign's name, as customers see it.
    public var campaignName: String
    /// The campaign's code that was entered (as the campaign writes it), or `nil` for an automatic campaign.
    public var code: PromoCode?
    /// Its discount on the lines.
    public var discount: Money
    /// Its discount on shipping.
    public var shippingDiscount: Money
    /// Its discount on each line, in checkout order (zero where it discounted nothing).
    package var lineDiscounts: [Int64]
  }

  /// What happened to one code.
  public struct CodeResult: Sendable, Hashable {
    /// The code exactly as entered.
    public var entered: PromoCode
    /// The campaign the code belongs to, or `nil` when no campaign has it.
    public var campaignID: CampaignID?
    /// The outcome.
    public var status: CodeStatus
    /// Whether the customer typed the code or a link entered it.
    public var via: Via
    /// The numbers behind the status.
    public var detail: CodeDetail
    /// The campaign's name, for messages.
    package var campaignName: String?
    /// The discount this code's campaign gave (lines and shipping), when applied.
    package var discount: Money?
    /// The checkout's currency, for amounts in messages.
    package var currency: Currency
    /// The message another checkout gave (a quote read from JSON), shown instead of PromoGuard's own wording.
    package var reportedMessage: String? = nil

    /// How a code reached checkout.
    public enum Via: String, Sendable, Hashable {
      /// The customer typed it.
      case typed
      /// The checkout's link entered it.
      case link
    }
  }
}
