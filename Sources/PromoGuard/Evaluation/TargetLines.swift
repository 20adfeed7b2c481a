/// The lines a campaign targets in one checkout, with their original subtotal and units.
struct TargetLines {
  /// Indices of the target lines, ascending.
  var indices: [Int]
  /// Σ original amount of the target lines.
  var subtotal: Int64
  /// Σ units of the target lines.
  var quantity: Int64
  /// Σ units of the target lines priced above zero: the units a `maxItems` cap counts.
  var pricedQuantity: Int64
  /// For a gift with purchase: the gift units taken, (line, units), in the order taken.
  var giftTaken: [(line: Int, units: Int64)] = []

  /// The target lines of `checkout` for `target`.
  ///
  /// - Parameters:
  ///   - target: The campaign's target.
  ///   - checkout: The checkout.
  ///   - basket: Its amounts.
  ///
  /// Every parameter is borrowed: an initialiser takes its arguments owned by default, which copied the
  /// checkout (retaining each of its strings and arrays) and the basket on every call.
  init(_ target: borrowing Target, in checkout: borrowing Checkout, basket: borrowing BasketState) {
    (indices, subtotal, quantity, pricedQuantity) = Self.match(
      target, lines: checkout.lines, amounts: basket.original, units: basket.quantities)
  }

  /// The target lines and their sums: a function rather than the initialiser's body, so that `target` is
  /// borrowed by the closures below without a copy (a `borrowing` parameter cannot be captured).
  private static func match(
    _ target: Target, lines: [Checkout.Line], amounts: [Int64], units: [Int64]
  ) -> (indices: [Int], subtotal: Int64, quantity: Int64, pricedQuantity: Int64) {
    var indices = [Int]()
    var subtotal: Int64 = 0
    var quantity: Int64 = 0
    var pricedQuantity: Int64 = 0
    let everything = target.isEverything
    indices.reserveCapacity(lines.count)
    // Read in place through buffers: binding each line would copy it (and retain its strings and arrays),
    // and the arrays' subscripts check bounds on every read (the three have one entry per line).
    lines.withUnsafeBufferPointer { lines in
      amounts.withUnsafeBufferPointer { amounts in
        units.withUnsafeBufferPointer { units in
          for index in lines.indices
          where everything
            || target.contains(
              sku: lines[index].sku, categories: lines[index].categories, tags: lines[index].tags)
          {
            indices.append(index)
            // Both sums are bounded by the basket's, which were checked for overflow.
            subtotal &+= amounts[index]
            quantity &+= units[index]
            if amounts[index] > 0 { pricedQuantity &+= units[index] }
          }
        }
      }
    }
    return (indices, subtotal, quantity, pricedQuantity)
  }
}
