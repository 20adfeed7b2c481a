import PromoGuard
import Testing

@Test func versionIsSemantic() {
  #expect(PromoGuardVersion.current.split(separator: ".").count == 3)
}
