import PromoGuard

/// The performance floor: the least code that computes the benchmark's discount, with none of the engine's
/// generality.
///
/// The measured campaign takes 20% off the lines in one category; this function adds up those lines in integer
/// cents and rounds the 20% half up, once, exactly as the engine must. It does no code look-up, no eligibility,
/// no allocation to lines and builds no quote, so no evaluation can be faster: every case is reported as a
/// ratio to it.
enum FloorDiscount {
  /// The discount in minor units: 20% of the eligible lines' amounts, rounded half up.
  ///
  /// - Parameters:
  ///   - checkout: The checkout the engine evaluates.
  ///   - category: The category the campaign targets.
  /// - Returns: The discount in minor units; amounts in the benchmark are far from overflowing.
  static func discount(_ checkout: Checkout, category: String) -> Int64 {
    var eligible: Int64 = 0
    for line in checkout.lines where line.categories.contains(category) {
      eligible += line.unitPrice.minorUnits * line.quantity
    }
    // 20% = eligible × 20 / 100; adding 50 before the division rounds a non-negative half up.
    return (eligible * 20 + 50) / 100
  }
}
