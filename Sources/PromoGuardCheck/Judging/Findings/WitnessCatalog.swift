package import PromoGuard

/// What a report knows about the products of a campaign's file, to tell the customer's items from the ones
/// the generator invented.
package enum WitnessCatalog: Sendable, Hashable {
  /// Not known: SKUs starting `GEN-` are shown as invented, every other line as a product of the file.
  case unknown
  /// The file has no catalog: every line is an invented product.
  case absent
  /// The SKUs of the file's catalog: any other line is an invented product.
  case skus(Set<String>)

  /// What a file's catalog says.
  ///
  /// - Parameter catalog: The file's catalog, or `nil` when it has none.
  package init(_ catalog: Catalog?) {
    guard let catalog else {
      self = .absent
      return
    }
    self = .skus(Set(catalog.products.map(\.sku)))
  }

  /// Whether the product with `sku` is one of the file's, rather than one the generator invented.
  ///
  /// - Parameter sku: The line's SKU.
  /// - Returns: `true` for a product of the file.
  package func lists(_ sku: String) -> Bool {
    switch self {
    case .unknown: return !sku.hasPrefix("GEN-")
    case .absent: return false
    case .skus(let skus): return skus.contains(sku)
    }
  }
}
