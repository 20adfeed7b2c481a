import Testing

@testable import PromoGuardCLI

@Suite struct EvaluateCommandTests {
  static let campaigns = """
    {"format": "promoguard/1", "campaigns": [
      {"id": "ten-off", "name": "$10 off orders over $50", "currency": "USD",
       "activation": {"codes": ["TEN"]}, "conditions": {"minSubtotal": "50.00"},
       "benefit": {"amountOff": "10.00"}}]}
    """

  /// Writes the campaigns to a temporary file and returns its path.
  static func campaignFile() throws -> String {
    let path = "/tmp/promoguard-cli-tests-\(UInt64.random(in: 0...UInt64.max)).json"
    try #require(
      FileWriter.write(Self.campaigns, to: path), "could not write the temporary campaign file")
    return path
  }

  @Test func printsTheQuoteForACheckoutOnStandardInput() throws {
    let path = try Self.campaignFile()
    let run = CLIRun(
      ["evaluate", "--campaigns", path, "--checkout", "-", "--compact"],
      standardInput: """
        {"currency": "USD", "lines": [{"sku": "A", "unitPrice": "30.00", "quantity": 2}],
         "at": "2026-01-01T00:00:00Z", "codes": ["ten"]}
        """)
    // 2 × 30.00 = 60.00 ≥ 50.00, so $10.00 off: total 50.00.
    #expect(run.exitCode == 0)
    #expect(run.standardError == "")
    #expect(
      run.standardOutput
        == #"{"currency":"USD","subtotal":"60.00","discount":"10.00","shipping":"0.00","#
        + #""shippingDiscount":"0.00","total":"50.00","lines":[{"sku":"A","quantity":2,"#
        + #""unitPrice":"30.00","subtotal":"60.00","discount":"10.00","total":"50.00"}],"#
        + #""applied":[{"campaign":"ten-off","code":"TEN","discount":"10.00","#
        + #""shippingDiscount":"0.00"}],"codes":[{"entered":"ten","campaign":"ten-off","#
        + #""status":"applied","message":"$10 off orders over $50: you save $10.00"}]}"# + "\n")
  }

  @Test func explainsARefusedCodeWithWhatToDo() throws {
    let path = try Self.campaignFile()
    let run = CLIRun(
      ["explain", "--campaigns", path, "--checkout", "-"],
      standardInput: """
        {"currency": "USD", "lines": [{"sku": "A", "unitPrice": "42.00"}],
         "at": "2026-01-01T00:00:00Z", "codes": ["TEN"]}
        """)
    // 42.00 < 50.00: 8.00 missing.
    #expect(run.exitCode == 0)
    #expect(
      run.standardOutput.contains(
        """
          1. "TEN" — conditionsNotMet: To use "$10 off orders over $50": spend at least $50.00 on \
        eligible items (the basket has $42.00 — add $8.00 of eligible items).
             What to do: change the basket as the message says, then enter the code again.
        """))
  }

  @Test func reportsABadCampaignFileWithItsLineAndACaret() throws {
    let path = "/tmp/promoguard-cli-tests-bad-\(UInt64.random(in: 0...UInt64.max)).json"
    try #require(
      FileWriter.write(
        """
        {"format": "promoguard/1", "campaigns": [
          {"id": "x", "name": "X", "currency": "USD", "activation": {"automatic": true},
           "benefit": {"percentof": 20}}]}
        """, to: path))
    let run = CLIRun(["evaluate", "--campaigns", path, "--checkout", "-"], standardInput: "{}")
    // Line 3 is `   "benefit": {"percentof": 20}}]}`: the key's quote is column 16 (3 spaces, 11 characters
    // of `"benefit":`, a space, `{`). The quoted line is indented by 2, so the caret has 2 + 15 spaces.
    #expect(run.exitCode == 2)
    #expect(run.standardOutput == "")
    #expect(
      run.standardError == """
        \(path):3:16: campaigns[0].benefit: unknown key "percentof" — did you mean "percentOff"?
             "benefit": {"percentof": 20}}]}
                         ^
        1 problem found; nothing was run.

        """)
  }

  @Test func namesAMissingCheckoutOption() {
    let run = CLIRun(["evaluate", "--campaigns", "x.json"])
    #expect(run.exitCode == 2)
    #expect(
      run.standardError == """
        error: missing --checkout: name the checkout file, or - for standard input
        usage: promoguard evaluate --campaigns PATH... (--checkout FILE|- [--compact] | --stream)
        See 'promoguard evaluate --help'.

        """)
  }

  @Test func suggestsTheNearestCommand() {
    let run = CLIRun(["evaluat"])
    #expect(run.exitCode == 2)
    #expect(
      run.standardError.hasPrefix("error: unknown command 'evaluat' (did you mean 'evaluate'?)"))
  }

  @Test func helpAndVersionGoToStandardOutputWithExitZero() {
    let help = CLIRun(["evaluate", "--help"])
    #expect(help.exitCode == 0)
    #expect(help.standardOutput.hasPrefix("OVERVIEW: Quote one checkout against campaign files"))
    let version = CLIRun(["--version"])
    #expect(version.exitCode == 0)
    #expect(version.standardOutput.hasPrefix("promoguard "))
  }
}
