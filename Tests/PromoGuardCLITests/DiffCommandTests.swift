import Testing

@testable import PromoGuardCLI

@Suite struct DiffCommandTests {
  /// A September campaign in New York, with `fields` added (JSON members).
  static func file(_ fields: String) -> String {
    #"""
    {"format": "promoguard/1", "campaigns": [
      {"id": "sept-20", "name": "20% off", "currency": "USD", "timeZone": "America/New_York",
       "starts": "2026-09-01", "ends": "2026-10-01", "activation": {"codes": ["SEPT20"]},
       "benefit": {"percentOff": 20}, \#(fields)}]}
    """#
  }

  static func write(_ text: String) throws -> String {
    let path = "/tmp/promoguard-diff-tests-\(UInt64.random(in: 0...UInt64.max)).json"
    try #require(FileWriter.write(text, to: path), "could not write \(path)")
    return path
  }

  static func paths() throws -> (old: String, new: String) {
    (
      try write(file(#""conditions": {"minSubtotal": "40.00"}"#)),
      try write(file(#""conditions": {"minSubtotal": "50.00"}"#))
    )
  }

  @Test func aReductionOfALiveCampaignExitsOne() throws {
    let (old, new) = try Self.paths()
    let run = CLIRun(["diff", old, new, "--at", "2026-09-15T10:00:00-04:00"])
    // Line 4 of the new file is `   "benefit": {"percentOff": 20}, "conditions": ...`: 3 spaces and
    // `"benefit": {"percentOff": 20}, ` (31 characters) come first, so `"conditions"` is at column 35.
    #expect(run.exitCode == 1)
    #expect(run.standardError == "")
    #expect(
      run.standardOutput == """
        promoguard diff \(old) → \(new), live at 15 September 2026 at 14:00 (UTC)

        sept-20 (\(new)): changed, live — PROMISE REDUCED
          - reduction: minimum spend raised from $40.00 to $50.00 (conditions.minSubtotal) — \(new):4:35

        1 promise reduction in 1 live campaign. Campaigns: 1 changed.

        """)
  }

  @Test func theSameReductionBeforeTheStartIsAChange() throws {
    let (old, new) = try Self.paths()
    // 2026-09-01T03:59:59Z is 23:59:59 on 31 August in New York: not started.
    let run = CLIRun(["diff", old, new, "--at", "2026-09-01T03:59:59"])
    #expect(run.exitCode == 0)
    #expect(
      run.standardOutput.contains(
        "  - reduction (not live: a change): minimum spend raised from $40.00 to $50.00"))
    #expect(
      run.standardOutput.hasSuffix("No live campaign's promise is reduced. Campaigns: 1 changed.\n")
    )
  }

  @Test func theDefaultTimeIsNow() throws {
    let (old, new) = try Self.paths()
    // CLIRun's clock is 1_790_000_000 s after the epoch: 2026-09-21T14:13:20Z, inside September.
    #expect(CLIRun(["diff", old, new]).exitCode == 1)
  }

  @Test func anIncreasePassesAndJSONHasStableKeys() throws {
    let old = try Self.write(Self.file(#""limits": {"perCustomer": 1}"#))
    let new = try Self.write(Self.file(#""limits": {"perCustomer": 2}"#))
    let run = CLIRun(["diff", old, new, "--at", "2026-09-15T10:00:00Z", "--format", "json"])
    // A higher limit is an increase: listed, no finding, exit 0. Line 4, column 35 as above.
    #expect(run.exitCode == 0)
    #expect(
      run.standardOutput == """
        {
          "at": "2026-09-15T10:00:00Z",
          "old": "\(old)",
          "new": "\(new)",
          "fails": false,
          "campaigns": [
            {
              "campaign": "sept-20",
              "status": "changed",
              "live": true,
              "fails": false,
              "oldFile": "\(old)",
              "newFile": "\(new)",
              "changes": [
                {
                  "direction": "increase",
                  "clause": "limits.perCustomer",
                  "summary": "per-customer limit raised from 1 to 2 uses",
                  "location": "\(new):4:35"
                }
              ]
            }
          ],
          "findings": []
        }

        """)
  }

  @Test func badArgumentsAndBadInputExitTwo() throws {
    let (old, new) = try Self.paths()
    let one = CLIRun(["diff", old])
    #expect(one.exitCode == 2)
    #expect(one.standardError.hasPrefix("error: expected two paths, OLD and NEW, found 1\n"))
    let badTime = CLIRun(["diff", old, new, "--at", "tomorrow"])
    #expect(badTime.exitCode == 2)
    #expect(badTime.standardError.hasPrefix("error: --at: "))
    let broken = try Self.write(#"{"format": "promoguard/1", "campaigns": [{"id": "x"}]}"#)
    let badFile = CLIRun(["diff", old, broken])
    #expect(badFile.exitCode == 2)
    #expect(badFile.standardOutput == "")
    #expect(badFile.standardError.contains("missing \"name\""))
  }
}

/// The Waitrose story: the coffee offer for "you and your companion" became one cup per customer mid-campaign.
@Suite struct WaitroseStoryDiffTests {
  @Test func theMidCampaignCutIsAPromiseReduction() {
    // The hot-drink campaign started on 6 January 2014 and has no end: live on 1 March 2014. Its `maxItems`
    // went from 2 (launch.previous.json) to 1 (broken.json), line 39, column 7 (6 spaces of indentation).
    let old = "Fixtures/stories/waitrose/launch.previous.json"
    let new = "Fixtures/stories/waitrose/broken.json"
    let run = CLIRun(["diff", old, new, "--at", "2014-03-01T09:00:00Z"])
    #expect(run.exitCode == 1)
    #expect(run.standardError == "")
    #expect(
      run.standardOutput.contains(
        "story-waitrose-free-hot-drink (\(new)): changed, live — PROMISE REDUCED\n"
          + "  - reduction: item cap lowered from 2 items to 1 item (maxItems) — \(new):39:7\n"))
    #expect(
      run.standardOutput.contains("story-waitrose-free-newspaper (\(new)): unchanged, live\n"))
  }
}
