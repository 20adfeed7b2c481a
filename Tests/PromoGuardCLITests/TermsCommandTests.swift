import Testing

@testable import PromoGuardCLI

@Suite struct TermsCommandTests {
  static let campaigns = #"""
    {"format": "promoguard/1", "campaigns": [
      {"id": "ten-off", "name": "$10 off orders over $50", "currency": "USD",
       "activation": {"codes": ["TEN"]}, "conditions": {"minSubtotal": "50.00"},
       "benefit": {"amountOff": "10.00"}},
      {"id": "auto-ship", "name": "Free shipping", "currency": "USD",
       "activation": {"automatic": true}, "benefit": {"shipping": {"percentOff": 100}}}]}
    """#

  static func campaignFile() throws -> String {
    let path = "/tmp/promoguard-terms-tests-\(UInt64.random(in: 0...UInt64.max)).json"
    try #require(FileWriter.write(Self.campaigns, to: path), "could not write the campaign file")
    return path
  }

  @Test func printsEveryCampaignSortedByIDUnderAHeader() throws {
    let path = try Self.campaignFile()
    let run = CLIRun(["terms", path])
    // Sorted by file, then id: auto-ship before ten-off.
    #expect(run.exitCode == 0)
    #expect(run.standardError == "")
    #expect(
      run.standardOutput == """
        == \(path): auto-ship ==
        Free shipping
        - Free shipping.
        - Open to all customers.
        - Valid with no end date.
        - Can be combined with other offers.
        - Applied automatically at checkout; no code needed.

        == \(path): ten-off ==
        $10 off orders over $50
        - $10.00 off your order.
        - Requires a minimum spend of $50.00, before discounts.
        - Open to all customers.
        - Valid with no end date.
        - Can be combined with other offers.
        - To redeem, enter the code TEN at checkout.

        """)
  }

  @Test func printsOneCampaignAsJSON() throws {
    let path = try Self.campaignFile()
    let run = CLIRun(["terms", path, "--only", "auto-ship", "--format", "json"])
    #expect(run.exitCode == 0)
    #expect(
      run.standardOutput == """
        [
          {
            "campaign": "auto-ship",
            "file": "\(path)",
            "text": "Free shipping\\n- Free shipping.\\n- Open to all customers.\\n- Valid with no end date.\\n\
        - Can be combined with other offers.\\n- Applied automatically at checkout; no code needed."
          }
        ]

        """)
  }

  @Test func anUnknownIDIsBadInputWithANearMiss() throws {
    let path = try Self.campaignFile()
    let run = CLIRun(["terms", path, "--only", "ten-of"])
    #expect(run.exitCode == 2)
    #expect(run.standardOutput == "")
    #expect(
      run.standardError
        == "error: --only ten-of: no campaign has this id (did you mean 'ten-off'?)\n")
  }

  @Test func aMissingFileOrPathIsBadInput() {
    let missing = CLIRun(["terms", "/tmp/promoguard-no-such-file.json"])
    #expect(missing.exitCode == 2)
    #expect(
      missing.standardError
        == "error: /tmp/promoguard-no-such-file.json: no such file or directory\n")
    let none = CLIRun(["terms"])
    #expect(none.exitCode == 2)
    #expect(
      none.standardError.hasPrefix("error: missing PATH: name the campaign files or directories\n"))
  }

  @Test func anUnknownFormatIsAUsageError() throws {
    let path = try Self.campaignFile()
    let run = CLIRun(["terms", path, "--format", "yaml"])
    #expect(run.exitCode == 2)
    #expect(run.standardError.hasPrefix("error: unknown format 'yaml': use text or json\n"))
  }
}
