import PromoGuard

/// The names a catalog's products carry — SKUs, categories, tags — with how many products carry each: what the
/// reach audit checks a campaign's target names against.
///
/// Built once per file, in one pass over the products; each name also keeps its folded forms, so that looking
/// for the nearest names of a misspelt one does not fold the catalog again.
struct CatalogIndex: Sendable {
  /// The catalog's products, in file order.
  let products: [Catalog.Product]
  /// The SKUs (each carried by one product).
  let skus: Names
  /// The categories.
  let categories: Names
  /// The tags.
  let tags: Names

  /// Indexes a catalog.
  ///
  /// - Parameter catalog: The file's catalog.
  /// - Complexity: O(*n*) in the catalog's size (products, names and their characters).
  init(_ catalog: Catalog) {
    products = catalog.products
    var skus = Names.Builder()
    var categories = Names.Builder()
    var tags = Names.Builder()
    for product in catalog.products {
      skus.add(product.sku)
      // A product that lists a category twice is still one product of it.
      var seen = Set<String>()
      for category in product.categories where seen.insert(category).inserted {
        categories.add(category)
      }
      seen.removeAll(keepingCapacity: true)
      for tag in product.tags where seen.insert(tag).inserted { tags.add(tag) }
    }
    self.skus = skus.names
    self.categories = categories.names
    self.tags = tags.names
  }

  /// The names of one kind.
  ///
  /// - Parameter kind: SKUs, categories or tags.
  /// - Returns: Those names.
  func names(_ kind: ProductNameKind) -> Names {
    switch kind {
    case .sku: return skus
    case .category: return categories
    case .tag: return tags
    }
  }

  /// The names of one kind, each with its product count, in order of first appearance.
  struct Names: Sendable {
    /// How many products carry each name.
    private(set) var counts: [String: Int] = [:]
    /// Each distinct name with its folded forms, in order of first appearance.
    private(set) var entries: [NameSuggestion.Entry] = []

    /// How many products carry `name` (0 when none does).
    ///
    /// - Parameter name: A name, compared exactly.
    /// - Returns: The number of products.
    func count(of name: String) -> Int { counts[name] ?? 0 }

    /// Collects names while the catalog is read.
    struct Builder {
      /// The names so far.
      var names = Names()

      /// Counts one product carrying `name`.
      ///
      /// - Parameter name: The name.
      mutating func add(_ name: String) {
        if let count = names.counts[name] {
          names.counts[name] = count + 1
        } else {
          names.counts[name] = 1
          names.entries.append(NameSuggestion.Entry(name))
        }
      }
    }
  }
}

/// What a selector names a product by: its SKU, a category or a tag.
enum ProductNameKind: Sendable, Hashable, CaseIterable {
  /// `skus`
  case sku
  /// `categories`
  case category
  /// `tags`
  case tag

  /// The selector's key: `skus`, `categories`, `tags`.
  var key: String {
    switch self {
    case .sku: return "skus"
    case .category: return "categories"
    case .tag: return "tags"
    }
  }

  /// The word for one name of this kind: `SKU`, `category`, `tag`.
  var noun: String {
    switch self {
    case .sku: return "SKU"
    case .category: return "category"
    case .tag: return "tag"
    }
  }

  /// The names of this kind a selector lists.
  ///
  /// - Parameter selector: The selector.
  /// - Returns: Its SKUs, categories or tags.
  func names(in selector: ProductSelector) -> [String] {
    switch self {
    case .sku: return selector.skus
    case .category: return selector.categories
    case .tag: return selector.tags
    }
  }
}
