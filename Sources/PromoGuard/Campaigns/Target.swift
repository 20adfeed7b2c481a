/// Which checkout lines a campaign discounts and measures its conditions on.
///
/// A line is a target when `include` is empty or matches it, and `exclude` does not match it.
package struct Target: Sendable, Hashable {
  /// Products the campaign is for; empty means every product.
  package var include: ProductSelector
  /// Products never discounted, even when included.
  package var exclude: ProductSelector

  /// Every line is a target.
  package static let everything = Target(include: ProductSelector(), exclude: ProductSelector())

  /// Creates a target.
  package init(include: ProductSelector, exclude: ProductSelector) {
    self.include = include
    self.exclude = exclude
  }

  /// Whether the target names every product.
  package var isEverything: Bool { include.isEmpty && exclude.isEmpty }

  /// Whether a product is a target.
  ///
  /// - Parameters:
  ///   - sku: The product's SKU.
  ///   - categories: The product's categories.
  ///   - tags: The product's tags.
  /// - Returns: `true` when the product is included and not excluded.
  package func contains(sku: String, categories: [String], tags: [String]) -> Bool {
    if !include.isEmpty && !include.matches(sku: sku, categories: categories, tags: tags) {
      return false
    }
    return exclude.isEmpty || !exclude.matches(sku: sku, categories: categories, tags: tags)
  }
}
