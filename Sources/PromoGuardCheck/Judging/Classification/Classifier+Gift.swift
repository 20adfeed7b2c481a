import PromoGuard

extension Classifier {
  /// Whether checkout is silent about a gift the basket qualifies for.
  ///
  /// The terms' reason is `giftNotInBasket`, no code result gives a reason (an automatic campaign shows none), and the quote's `gifts` does not list
  /// the campaign. A gift nobody is told about is a silent nothing.
  static func isSilentAboutTheGift(
    _ campaign: Campaign, reason: CodeStatus, refusal: Quote.CodeResult?, quote: Quote
  ) -> Bool {
    reason == .giftNotInBasket && refusal == nil
      && !quote.gifts.contains { $0.campaignID.rawValue == campaign.id }
  }
}
