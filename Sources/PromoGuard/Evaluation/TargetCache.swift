/// The target lines of each distinct target met in one evaluation, computed once per checkout.
///
/// Targets are numbered at load (`CompiledCampaign.targetNumber`: equal targets share a number), so every
/// campaign after the first with the same target — the usual case for automatic campaigns: a handful of
/// categories, or every product — reads the lines found for the first instead of matching every line's SKU,
/// categories and tags again. The first target is held inline and later ones in arrays, so an evaluation with
/// one campaign allocates nothing for it.
struct TargetCache {
  /// The first target's number and lines.
  private var first: (number: Int, lines: TargetLines)?
  /// Later targets' numbers, in the order met.
  private var numbers: [Int] = []
  /// Their lines, parallel to `numbers`.
  private var lines: [TargetLines] = []
  /// Where each later target is in `numbers`, once there are many (a scan is cheaper below that).
  private var positions: [Int: Int] = [:]

  /// Targets past which look-ups hash instead of scanning.
  private static let scanLimit = 16

  /// The lines of `campaign`'s target in `checkout`, found once per distinct target.
  ///
  /// - Parameters:
  ///   - campaign: The campaign.
  ///   - checkout: The checkout of this evaluation (always the same one).
  ///   - basket: Its original amounts (always the same ones).
  /// - Returns: The target lines.
  mutating func lines(
    of campaign: CompiledCampaign, in checkout: Checkout, basket: BasketState
  ) -> TargetLines {
    let number = campaign.targetNumber
    if let first, first.number == number { return first.lines }
    if numbers.count <= Self.scanLimit {
      for index in numbers.indices where numbers[index] == number { return lines[index] }
    } else if let index = positions[number] {
      return lines[index]
    }
    let found = TargetLines(campaign.rules.target, in: checkout, basket: basket)
    if first == nil {
      first = (number, found)
      return found
    }
    if numbers.count == Self.scanLimit {
      for (index, earlier) in numbers.enumerated() { positions[earlier] = index }
    }
    if numbers.count >= Self.scanLimit { positions[number] = numbers.count }
    numbers.append(number)
    lines.append(found)
    return found
  }
}
