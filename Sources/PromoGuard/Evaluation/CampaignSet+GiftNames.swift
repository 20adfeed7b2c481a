extension CampaignSet {
  /// Product names by SKU from every loaded catalog (the first file that names a SKU wins).
  static func productNames(_ files: [CampaignFile]) -> [String: String] {
    var names = [String: String]()
    for file in files {
      for product in file.catalog?.products ?? [] where names[product.sku] == nil {
        names[product.sku] = product.name
      }
    }
    return names
  }

  /// The names of a gift's SKUs, for messages that say what to add.
  static func giftNames(_ benefit: Benefit, _ productNames: [String: String]) -> [String: String] {
    guard let gift = benefit.gift else { return [:] }
    var names = [String: String]()
    for sku in gift.skus { names[sku] = productNames[sku] }
    return names
  }
}
