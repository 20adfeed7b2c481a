/// Decodes a file's `catalog`: `{"products": [{"sku", "name", "categories", "tags", "price"}]}`.
package struct CatalogDecoder {
  /// Where diagnostics go.
  let context: DecodingContext

  /// The keys of a catalog.
  package static let keys = ["products"]
  /// The keys of a product.
  package static let productKeys = ["sku", "name", "categories", "tags", "price"]

  /// The most products one catalog may have.
  static let maximumProducts = 100_000

  /// The catalog at `node`, or `nil` when anything in it is bad.
  func catalog(_ node: JSONNode, path: String) -> Catalog? {
    guard
      let reader = ObjectReader(
        node, path: path, allowed: Self.keys,
        what: "a catalog like {\"products\": [{\"sku\": \"A\", \"price\": \"10.00\"}]}",
        context: context),
      let productsNode = reader.required("products", hint: "list the products")
    else { return nil }
    guard case .array(let elements) = productsNode.value else {
      context.report(
        "expected a list of products, found \(FoundValue.describe(productsNode))",
        at: productsNode.position, path: reader.path("products"))
      return nil
    }
    guard elements.count <= Self.maximumProducts else {
      context.report(
        "too many products: \(elements.count), the most accepted is \(Self.maximumProducts)",
        at: productsNode.position, path: reader.path("products"))
      return nil
    }
    let before = context.diagnostics.count
    var products = [Catalog.Product]()
    var lines = [String: Int]()
    for (index, element) in elements.enumerated() {
      let productPath = JSONPathText.element(reader.path("products"), index)
      guard let product = self.product(element, path: productPath) else { continue }
      if let line = lines[product.sku] {
        context.report(
          "the SKU \(FoundValue.quoted(product.sku)) is already in the catalog on line \(line) — give each "
            + "product its own SKU",
          at: element.position, path: productPath)
      }
      lines[product.sku] = element.position.line
      products.append(product)
    }
    return context.diagnostics.count == before ? Catalog(products: products) : nil
  }

  private func product(_ node: JSONNode, path: String) -> Catalog.Product? {
    guard
      let reader = ObjectReader(
        node, path: path, allowed: Self.productKeys,
        what: "a product like {\"sku\": \"SABLE-THROW\", \"price\": \"149.00\"}", context: context)
    else { return nil }
    let before = context.diagnostics.count
    let sku = reader.required("sku", hint: "give the product's SKU").flatMap {
      context.nonEmptyString($0, path: reader.path("sku"), what: "the SKU")
    }
    let name = reader.value("name").flatMap {
      context.string($0, path: reader.path("name"), what: "the product name")
    }
    let categories = reader.value("categories").flatMap {
      context.stringList($0, path: reader.path("categories"), what: "categories", allowEmpty: true)
    }
    let tags = reader.value("tags").flatMap {
      context.stringList($0, path: reader.path("tags"), what: "tags", allowEmpty: true)
    }
    let price = reader.required("price", hint: "give the product's price, like \"149.00\"")
      .flatMap { context.decimalAmount($0, path: reader.path("price")) }
    guard context.diagnostics.count == before, let sku, let price else { return nil }
    return Catalog.Product(
      sku: sku, name: name ?? sku, categories: categories ?? [], tags: tags ?? [], price: price)
  }
}
