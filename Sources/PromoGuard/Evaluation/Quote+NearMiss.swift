extension Quote {
  /// An automatic offer the checkout came close to, and what would make it apply.
  ///
  /// Listed in ``Quote/nearMisses`` so that an agent can answer "why didn't I get the sale price?". A checkout
  /// comes close when the campaign passes every check but one minimum (spend, quantity, the lowest tier, or a
  /// buy/get or fixed-price group) and what is missing is at most half of that minimum; the exact rule is in
  /// Docs/Evaluation.md. Codes entered never appear here: their status and ``CodeDetail/shortfalls`` already
  /// say what is missing.
  ///
  /// ```swift
  /// for miss in quote.nearMisses {
  ///   print(miss.message)  // "Spend $8.00 more on items in the category bedding for 10% off."
  /// }
  /// ```
  public struct NearMiss: Sendable, Hashable {
    /// The automatic campaign's id.
    public var campaignID: CampaignID
    /// The campaign's name, as customers see it.
    public var campaignName: String
    /// The one condition the checkout does not meet, with the numbers (`minSubtotal`, `minQuantity`, `tier` or
    /// `groupSize`).
    public var shortfall: CodeDetail.Shortfall
    /// What the customer can do, in the words of the campaign's published terms: "Spend $8.00 more on items in
    /// the category bedding for 10% off." The wording may improve between versions; match on ``shortfall``.
    public var message: String
  }
}
