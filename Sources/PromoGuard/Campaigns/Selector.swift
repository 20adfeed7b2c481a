/// A set of products named by SKU, category or tag, as in `target.include` and `target.exclude`.
package struct ProductSelector: Sendable, Hashable {
  /// SKUs, matched exactly.
  package var skus: [String]
  /// Categories, matched exactly against a line's categories.
  package var categories: [String]
  /// Tags, matched exactly against a line's tags.
  package var tags: [String]

  /// Creates a selector.
  package init(skus: [String] = [], categories: [String] = [], tags: [String] = []) {
    self.skus = skus
    self.categories = categories
    self.tags = tags
  }

  /// Whether the selector names nothing.
  package var isEmpty: Bool { skus.isEmpty && categories.isEmpty && tags.isEmpty }

  /// Whether a product with this SKU, categories and tags is named by the selector.
  ///
  /// - Parameters:
  ///   - sku: The product's SKU.
  ///   - categories: The product's categories.
  ///   - tags: The product's tags.
  /// - Returns: `true` when the SKU is listed or any category or tag is.
  /// - Complexity: O(*s* + *c*·*C* + *t*·*T*); selectors and lines are short, and short strings compare in
  ///   a couple of word comparisons, so a scan beats hashing here.
  package func matches(sku: String, categories: [String], tags: [String]) -> Bool {
    if skus.contains(sku) { return true }
    if !self.categories.isEmpty {
      for category in categories where self.categories.contains(category) { return true }
    }
    if !self.tags.isEmpty {
      for tag in tags where self.tags.contains(tag) { return true }
    }
    return false
  }
}
