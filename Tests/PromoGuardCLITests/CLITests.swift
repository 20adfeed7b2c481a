import PromoGuardCLI
import Testing

@Test func runReturnsZero() {
  #expect(CommandLineTool.run([]) == 0)
}
