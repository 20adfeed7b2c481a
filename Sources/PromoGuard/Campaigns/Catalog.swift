/// The products a campaign file offers, from which the harness builds baskets.
package struct Catalog: Sendable, Hashable {
  /// The products, in file order.
  package var products: [Product]

  /// Creates a catalog.
  package init(products: [Product]) {
    self.products = products
  }

  /// A product of the catalog.
  package struct Product: Sendable, Hashable {
    /// Unique within the catalog.
    package var sku: String
    /// What the customer sees.
    package var name: String
    /// Its categories.
    package var categories: [String]
    /// Its tags.
    package var tags: [String]
    /// Its price, exact; converted to a campaign's currency when a basket is built.
    package var price: DecimalAmount

    /// Creates a product.
    package init(
      sku: String, name: String, categories: [String], tags: [String], price: DecimalAmount
    ) {
      self.sku = sku
      self.name = name
      self.categories = categories
      self.tags = tags
      self.price = price
    }
  }
}
