import PromoGuard

extension PromiseDiff {
  /// The benefit: same kind compared value by value, another kind a reduction unless certainly as generous.
  mutating func compareBenefits(_ old: Rules, _ new: Rules) {
    guard old.benefit != new.benefit else { return }
    let (before, after) = (TermsText.phrase(old.benefit), TermsText.phrase(new.benefit))
    if BenefitOrder.isAtLeast(new.benefit, old.benefit) {
      record(.increase, .benefit, "benefit raised from \(before) to \(after)")
    } else if BenefitOrder.isAtLeast(old.benefit, new.benefit) {
      record(.reduction, .benefit, "benefit lowered from \(before) to \(after)")
    } else {
      record(
        .reduction, .benefit,
        "benefit changed from \(before) to \(after), which is not at least as generous for every basket"
      )
    }
  }
}
