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
    if !skus.isEmpty && Self.contains(skus, sku) { return true }
    if !self.categories.isEmpty && !categories.isEmpty
      && Self.intersects(self.categories, categories)
    {
      return true
    }
    return !self.tags.isEmpty && !tags.isEmpty && Self.intersects(self.tags, tags)
  }

  /// Whether `list` holds `name`.
  @inline(__always)
  private static func contains(_ list: [String], _ name: String) -> Bool {
    list.withUnsafeBufferPointer { list in
      for index in list.indices where isEqual(list[index], name) { return true }
      return false
    }
  }

  /// Whether `names` and `list` share a name.
  @inline(__always)
  private static func intersects(_ list: [String], _ names: [String]) -> Bool {
    names.withUnsafeBufferPointer { names in
      for index in names.indices where contains(list, names[index]) { return true }
      return false
    }
  }

  /// `a == b`, first comparing their UTF-8 lengths (read in place, without looking at the text): most names
  /// compared here differ in length, and `==` on strings whose storage differs is a call into the library.
  @inline(__always)
  private static func isEqual(_ a: String, _ b: String) -> Bool {
    a.utf8.count == b.utf8.count && a == b
  }
}
