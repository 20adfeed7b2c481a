/// The numbers behind a code's status, for the support agent and for machines.
public struct CodeDetail: Sendable, Hashable {
  /// Every reason that holds, in status order; the first is the status.
  public internal(set) var reasons: [CodeStatus] = []
  /// The campaign's first instant (for `notYetActive`).
  public internal(set) var starts: Instant?
  /// The first instant after the campaign (for `expired`).
  public internal(set) var ends: Instant?
  /// The checkout's time (for `notYetActive` and `expired`).
  public internal(set) var at: Instant?
  /// The campaign's time zone, for spelling times out.
  package var zone: Zone?
  /// The campaign's currency (for `wrongCurrency`).
  public internal(set) var requiredCurrency: Currency?
  /// The checkout's currency (for `wrongCurrency`).
  public internal(set) var checkoutCurrency: Currency?
  /// The channels the campaign allows (for `wrongChannel`).
  public internal(set) var allowedChannels: [String]?
  /// The checkout's channel, `nil` when the checkout did not say (for `wrongChannel`).
  public internal(set) var checkoutChannel: String?
  /// The segments the campaign is for (for `notEligible`); customer lists are never shown.
  public internal(set) var audienceSegments: [String]?
  /// Whether the campaign is bound to particular customers (for `notEligible`).
  public internal(set) var isCustomerBound = false
  /// The limit reached (for `limitReached`).
  public internal(set) var limit: LimitDetail?
  /// What the basket or customer lacks (for `conditionsNotMet`).
  public internal(set) var shortfalls: [Shortfall] = []
  /// Why there was nothing to discount (for `nothingToDiscount`).
  public internal(set) var nothingReason: NothingReason?
  /// The campaigns that were applied instead (for `notCombinable`).
  public internal(set) var winners: [CampaignID] = []
  /// Their names, for messages.
  package var winnerNames: [String] = []
  /// The 0-based index, in the quote's codes, of the earlier entry of the same campaign (for `duplicate`).
  public internal(set) var duplicateOf: Int?
  /// The earlier entry as typed (for `duplicate`).
  package var duplicateEntered: String?
  /// The 1-based position of the code among those entered (for `tooManyCodes`).
  public internal(set) var position: Int?
  /// The most codes that count (for `tooManyCodes`).
  public internal(set) var maximumCodes: Int?
  /// The gift to add (for `giftNotInBasket`).
  public internal(set) var gift: GiftDetail?
  /// The promotion budget, when it cut this order's discount (for `applied`) or is used up.
  public internal(set) var budget: BudgetDetail?
  /// Whether the code is a pool code issued to another customer (for `notEligible`).
  package var issuedToAnother = false
  /// Which end a pool code passed (for `expired`): its own `expires`, or its per-recipient window.
  package var codeEnd: CodeEnd?

  /// The end a pool code passed; `ends` holds the instant.
  package enum CodeEnd: Sendable, Hashable {
    /// The code's own `expires`.
    case own
    /// `validFor` counted from the code's send time.
    case window(sent: Instant, validFor: ISODuration)
  }

  /// A gift with purchase the basket lacks.
  public struct GiftDetail: Sendable, Hashable {
    /// The SKUs that count as the gift, in the campaign's order.
    public var skus: [String]
    /// Their names where the campaign file's catalog gives them (same order; empty text when unknown).
    public var names: [String]
    /// How many gift units to add.
    public var quantity: Int64
  }

  /// A promotion budget that limited this order: the order got what was left.
  public struct BudgetDetail: Sendable, Hashable {
    /// The campaign's budget, in minor units.
    public var budget: Int64
    /// Discounts given before this order, in minor units.
    public var spent: Int64
    /// What this order got: the rest of the budget.
    public var given: Int64
    /// What the offer would have given without the budget.
    public var uncapped: Int64
  }

  /// A redemption limit that was reached.
  public struct LimitDetail: Sendable, Hashable {
    /// `"perCustomer"` or `"total"`.
    public var kind: String
    /// The limit.
    public var allowed: Int64
    /// Redemptions so far.
    public var used: Int64
  }

  /// A condition the checkout does not meet, with the numbers.
  public struct Shortfall: Sendable, Hashable {
    /// `"minSubtotal"`, `"minQuantity"`, `"maxSubtotal"`, `"firstOrder"`, `"tier"` (the lowest tier's
    /// minimum spend), `"tierQuantity"` (the lowest tier's units) or `"groupSize"` (units a buy/get or
    /// fixed-price group needs).
    public var condition: String
    /// What is required: minor units for amounts, units for quantities, 0 orders for `firstOrder`; for
    /// `maxSubtotal`, the largest subtotal allowed.
    public var required: Int64
    /// What the basket or customer has.
    public var actual: Int64
    /// What is missing (`required − actual`; for `firstOrder`, the orders already placed); for `maxSubtotal`,
    /// what must be removed (`actual − required`).
    public var missing: Int64
    /// Whether the numbers are minor units of the checkout's currency.
    public var isMoney: Bool
    /// Whether the condition is measured on the whole basket (`conditions.scope` `order`) rather than on the
    /// offer's items.
    public var wholeOrder = false
  }

  /// Why a campaign whose conditions are met discounted nothing.
  public enum NothingReason: String, Sendable, Hashable {
    /// No line of the basket is part of the offer.
    case noTargetLines
    /// The eligible lines cost nothing, or earlier offers already took their whole price.
    case nothingLeft
    /// The exact discount rounds to zero minor units.
    case roundsToZero
    /// Every group of units already costs less than the fixed price.
    case alreadyCheaper
    /// There is no shipping to discount.
    case noShipping
  }
}
