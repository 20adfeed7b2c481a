import PromoGuard

print("promoguard-bench \(PromoGuardVersion.current)")
