import Testing

@testable import PromoGuardScenarios

@Test func harnessModuleLinks() {
  #expect(String(describing: Scenarios.self) == "Scenarios")
}
