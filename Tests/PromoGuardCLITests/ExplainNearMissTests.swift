import Testing

@testable import PromoGuardCLI

/// The near-miss example of Docs/CLI.md and Docs/Evaluation.md, run as the docs run it.
@Suite struct ExplainNearMissTests {
  static let arguments = [
    "--campaigns", "Docs/examples/autumn-sale.json",
    "--checkout", "Docs/examples/close-to-two-offers.checkout.json",
  ]

  @Test func explainSaysWhichAutomaticOffersAreCloseNearestFirst() {
    // Bedding: 42.00 of 50.00 → 8.00 missing (8/50 = 0.16). Pillows: 2 units, a group of 2 + 1 = 3 → 1 missing
    // (1/3). Free shipping: 66.00 of 150.00 → 84.00 missing, more than half: not listed.
    let run = CLIRun(["explain"] + Self.arguments)
    #expect(run.exitCode == 0)
    #expect(
      run.standardOutput.contains(
        """
        No offer applied.

        Offers not reached:
          10% off bedding when you spend $50 (bedding-10-auto): Spend $8.00 more on items in the category \
        bedding for 10% off.
          Pillows: 3 for 2 (pillows-3-for-2): Add 1 more item in the category pillows for buy 2, get 1 free.

        Lines:
        """))
    #expect(!run.standardOutput.contains("free-shipping-150"))
  }

  @Test func evaluateListsTheSameNearMissesInTheQuote() {
    let run = CLIRun(["evaluate", "--compact"] + Self.arguments)
    #expect(run.exitCode == 0)
    #expect(
      run.standardOutput.contains(
        #""nearMisses":[{"campaign":"bedding-10-auto","condition":"minSubtotal","required":"50.00","#
          + #""actual":"42.00","missing":"8.00","#))
    #expect(
      run.standardOutput.contains(
        #"{"campaign":"pillows-3-for-2","condition":"groupSize","required":3,"actual":2,"missing":1,"#
      ))
  }
}
