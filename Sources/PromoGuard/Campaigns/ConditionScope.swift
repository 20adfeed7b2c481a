/// Where a campaign's spend and quantity conditions are measured.
package enum ConditionScope: String, Sendable, Hashable, CaseIterable {
  /// On the target lines (the default): "spend $50 on shoes".
  case target
  /// On the whole basket, while only the target lines are discounted: "spend $50 on anything, get 20% off
  /// shoes".
  case order
}
