package import PromoGuard

/// A product the generators put in baskets: from the file's catalog, or — only when the file has none —
/// invented from the names a campaign's target and terms use.
package struct GeneratedProduct: Sendable, Hashable {
  /// The SKU.
  package var sku: String
  /// The name.
  package var name: String
  /// The categories.
  package var categories: [String]
  /// The tags.
  package var tags: [String]
  /// The usual price, in minor units of the campaign's currency.
  package var price: Int64
  /// Whether the mechanics' target includes it.
  package var isMechanicsTarget: Bool
  /// Whether the promise's target includes it.
  package var isPromiseTarget: Bool
  /// Whether it was invented because the file has no catalog (reports mark such products).
  package var isInvented: Bool

  /// Creates a product and works out which targets include it.
  ///
  /// - Parameters:
  ///   - sku: The SKU.
  ///   - name: The name.
  ///   - categories: The categories.
  ///   - tags: The tags.
  ///   - price: The usual price in minor units.
  ///   - campaign: The campaign whose targets are checked.
  ///   - isInvented: Whether it was invented for want of a catalog.
  package init(
    sku: String, name: String, categories: [String], tags: [String], price: Int64,
    campaign: Campaign, isInvented: Bool = false
  ) {
    self.sku = sku
    self.name = name
    self.categories = categories
    self.tags = tags
    self.price = price
    self.isInvented = isInvented
    self.isMechanicsTarget = campaign.mechanics.target.contains(
      sku: sku, categories: categories, tags: tags)
    self.isPromiseTarget = campaign.promise.rules.target.contains(
      sku: sku, categories: categories, tags: tags)
  }

  /// A checkout line of this product.
  ///
  /// - Parameters:
  ///   - price: The unit price in minor units.
  ///   - quantity: How many units.
  ///   - currency: The checkout's currency.
  /// - Returns: The line.
  package func line(price: Int64, quantity: Int64, currency: Currency) -> Checkout.Line {
    Checkout.Line(
      sku: sku, name: name, categories: categories, tags: tags,
      unitPrice: Money(minorUnits: price, currency: currency), quantity: quantity)
  }
}
