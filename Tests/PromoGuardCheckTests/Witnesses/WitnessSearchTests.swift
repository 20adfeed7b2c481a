import PromoGuard
import Testing

@testable import PromoGuardCheck

/// A mechanics mutant (or a message flaw) that the audit must report with a witness.
struct WitnessMutantCase: Sendable, CustomTestStringConvertible {
  /// What the case shows.
  var name: String
  /// The campaign objects of the file.
  var campaigns: [String]
  /// The expected finding's kind.
  var kind: FindingKind
  /// The start of the expected finding's summary.
  var summary: String
  /// What the witness is promised (worked out by hand).
  var promised: String
  /// What checkout does with the witness (worked out by hand).
  var actual: String
  /// What the witness checkout must be, in words.
  var shape: String
  /// Whether the witness checkout is what `shape` says.
  var isWitness: @Sendable (Checkout) -> Bool
  /// The file's catalog, if it has one.
  var catalog: String? = nil

  /// The case's name.
  var testDescription: String { name }
}

/// A rewrite that keeps the meaning of the mechanics or the message: no finding.
struct WitnessRewriteCase: Sendable, CustomTestStringConvertible {
  /// What the case shows.
  var name: String
  /// The campaign objects of the file.
  var campaigns: [String]
  /// The catalog, if the file has one.
  var catalog: String? = nil
  /// Whether `check` is also run (it needs the catalog-only generators for catalog cases).
  var runsCheck = true

  /// The case's name.
  var testDescription: String { name }
}

@Suite struct WitnessSearchTests {
  /// The default campaign with `mechanics` fields and these terms.
  static func withTerms(_ terms: String, _ mechanics: [(String, String)] = []) -> [String] {
    [WitnessFixture.campaign(mechanics + [("terms", terms)])]
  }

  /// Another coded campaign: $5.00 off with OTHERCODE-BETA.
  static let other = AuditFixture.campaign([
    "id": #""other""#, "name": #""Other offer""#,
    "activation": #"{"codes": ["OTHERCODE-BETA"]}"#, "benefit": #"{"amountOff": "5.00"}"#,
  ])

  /// The default campaign with one message (and `mechanics` fields), beside the campaign `other`.
  static func withMessage(_ message: String, _ mechanics: [(String, String)] = []) -> [String] {
    [other, WitnessFixture.campaign(mechanics + [("messages", "[\(message)]")])]
  }

  /// Terms that promise 20% off and nothing else.
  static let twenty = #"{"benefit": {"percentOff": 20}}"#
  /// A window of September 2026 (UTC).
  static let september = [("starts", #""2026-09-01""#), ("ends", #""2026-10-01""#)]
  /// The value of a checkout's lines.
  static let subtotal = WitnessFixture.subtotal

  // Every witness below is the first boundary scenario that shows the finding, shrunk: one generated product
  // (GEN-OTHER-A at $30.00, GEN-OTHER-B at $40.00) unless the case needs more.
  static let mutants: [WitnessMutantCase] = [
    WitnessMutantCase(
      name: "a minimum spend added",
      campaigns: withTerms(twenty, [("conditions", #"{"minSubtotal": "50.00"}"#)]),
      kind: .termsDrift, summary: "the mechanics require a minimum spend of $50.00",
      // $40.00 is below $50.00 and above the terms' none: 20% of $40.00 is $8.00.
      promised: "20% off the eligible items: $8.00",
      actual: "refused TESTCODE-ALPHA: conditionsNotMet", shape: "a subtotal under $50.00",
      isWitness: { subtotal($0) < 5_000 && subtotal($0) == 4_000 }),
    WitnessMutantCase(
      name: "an exclusion added",
      campaigns: withTerms(twenty, [("target", #"{"exclude": {"categories": ["sale"]}}"#)]),
      kind: .termsDrift, summary: "the mechanics exclude the category \"sale\"",
      promised: "20% off the eligible items: $6.00",
      actual: "refused TESTCODE-ALPHA: nothingToDiscount",
      shape: "only products of the category sale",
      isWitness: { $0.lines.allSatisfy { $0.categories.contains("sale") } && subtotal($0) == 3_000 }
    ),
    WitnessMutantCase(
      name: "a target narrowed to one catalog category",
      campaigns: withTerms(twenty, [("target", #"{"include": {"categories": ["shoes"]}}"#)]),
      kind: .termsDrift, summary: "the mechanics discount only the category \"shoes\"",
      // The catalog's hat (not a shoe), rounded by shrinking to $20.00: 20% is $4.00, and checkout has
      // nothing to discount.
      promised: "20% off the eligible items: $4.00",
      actual: "refused TESTCODE-ALPHA: nothingToDiscount", shape: "a catalog product outside shoes",
      isWitness: { $0.lines.map(\.sku) == ["HAT-1"] }, catalog: WitnessFixture.catalog),
    WitnessMutantCase(
      name: "a lower percentage",
      campaigns: withTerms(twenty, [("benefit", #"{"percentOff": 15}"#)]),
      kind: .termsDrift, summary: "the mechanics give 15% off (benefit), less than",
      // 20% of $30.00 is $6.00; 15% is $4.50.
      promised: "20% off the eligible items: $6.00", actual: "applied $4.50", shape: "$30.00",
      isWitness: { subtotal($0) == 3_000 }),
    WitnessMutantCase(
      name: "a lower amount",
      campaigns: withTerms(
        #"{"benefit": {"amountOff": "10.00"}}"#, [("benefit", #"{"amountOff": "5.00"}"#)]),
      kind: .termsDrift, summary: "the mechanics give $5.00 off (benefit), less than",
      promised: "$10.00 off the eligible items: $10.00", actual: "applied $5.00",
      shape: "at least $10.00", isWitness: { subtotal($0) >= 1_000 }),
    WitnessMutantCase(
      name: "a cap added", campaigns: withTerms(twenty, [("maxDiscount", #""20.00""#)]),
      kind: .termsDrift, summary: "the mechanics cap the discount at $20.00",
      // Four $30.00 lines: 20% of $120.00 is $24.00, capped at $20.00.
      promised: "20% off the eligible items: $24.00", actual: "applied $20.00",
      shape: "over $100.00, where 20% passes the cap", isWitness: { subtotal($0) == 12_000 }),
    WitnessMutantCase(
      name: "a cap lowered",
      campaigns: withTerms(
        #"{"benefit": {"percentOff": 20}, "maxDiscount": "30.00"}"#, [("maxDiscount", #""20.00""#)]),
      kind: .termsDrift,
      summary: "the mechanics cap the discount at $20.00 (maxDiscount), stricter",
      // $130.00: 20% is $26.00, under the terms' $30.00 cap and over the mechanics' $20.00.
      promised: "20% off the eligible items: $26.00", actual: "applied $20.00",
      shape: "between $100.00 and $150.00", isWitness: { subtotal($0) == 13_000 }),
    WitnessMutantCase(
      name: "fewer discounted items",
      campaigns: withTerms(#"{"benefit": {"percentOff": 20}, "maxItems": 3}"#, [("maxItems", "2")]),
      kind: .termsDrift, summary: "the mechanics discount at most 2 items",
      // Three $30.00 units: 20% of three is $18.00, of two $12.00.
      promised: "20% off the eligible items: $18.00", actual: "applied $12.00",
      shape: "three units", isWitness: { $0.lines.reduce(0) { $0 + $1.quantity } == 3 }),
    WitnessMutantCase(
      name: "an earlier end",
      campaigns: withTerms(#"{"benefit": {"percentOff": 20}, "ends": "2026-10-15"}"#, september),
      kind: .termsDrift, summary: "the mechanics end 1 October 2026",
      promised: "20% off the eligible items: $6.00", actual: "refused TESTCODE-ALPHA: expired",
      shape: "at the mechanics' end, before the terms'",
      isWitness: { $0.at.microsecondsSinceEpoch == 1_790_812_800_000_000 }),
    WitnessMutantCase(
      name: "a later start",
      campaigns: withTerms(
        #"{"benefit": {"percentOff": 20}, "starts": "2026-09-01"}"#,
        [("starts", #""2026-09-03""#), ("ends", #""2026-10-01""#)]),
      kind: .termsDrift, summary: "the mechanics start 3 September 2026",
      promised: "20% off the eligible items: $6.00", actual: "refused TESTCODE-ALPHA: notYetActive",
      shape: "the last microsecond before the mechanics' start",
      isWitness: { $0.at.microsecondsSinceEpoch == 1_788_393_600_000_000 - 1 }),
    WitnessMutantCase(
      name: "a channel restricted", campaigns: withTerms(twenty, [("channels", #"["web"]"#)]),
      kind: .termsDrift, summary: "the mechanics allow only the channels \"web\"",
      promised: "20% off the eligible items: $8.00", actual: "refused TESTCODE-ALPHA: wrongChannel",
      shape: "the app", isWitness: { $0.channel == "app" }),
    WitnessMutantCase(
      name: "an audience restricted",
      campaigns: withTerms(twenty, [("audience", #"{"segments": ["vip"]}"#)]),
      kind: .termsDrift, summary: "the mechanics admit only the segment \"vip\"",
      promised: "20% off the eligible items: $6.00", actual: "refused TESTCODE-ALPHA: notEligible",
      shape: "a customer outside vip",
      isWitness: { $0.customer.map { !$0.segments.contains("vip") } ?? false }),
    WitnessMutantCase(
      name: "a first order added",
      campaigns: withTerms(twenty, [("conditions", #"{"firstOrder": true}"#)]),
      kind: .termsDrift, summary: "the mechanics require a first order",
      // A guest: the terms ask for no sign-in, the first-order rule does.
      promised: "20% off the eligible items: $6.00",
      actual: "refused TESTCODE-ALPHA: customerRequired", shape: "a guest",
      isWitness: { $0.customer == nil }),
    WitnessMutantCase(
      name: "another currency",
      campaigns: withTerms(#"{"benefit": {"percentOff": 20}, "currency": "EUR"}"#),
      kind: .termsDrift, summary: "the mechanics take USD (currency)",
      promised: "20% off the eligible items: €8.00",
      actual: "refused TESTCODE-ALPHA: wrongCurrency",
      shape: "in euros", isWitness: { $0.currency == .eur }),
    WitnessMutantCase(
      name: "a lower per-customer limit",
      campaigns: withTerms(
        #"{"benefit": {"percentOff": 20}, "limits": {"perCustomer": 2}}"#,
        [("limits", #"{"perCustomer": 1}"#)]),
      kind: .termsDrift, summary: "the mechanics allow 1 redemption per customer",
      promised: "20% off the eligible items: $6.00", actual: "refused TESTCODE-ALPHA: limitReached",
      shape: "a customer who redeemed once",
      isWitness: { $0.customer?.redemptions["c1"] == 1 }),
    WitnessMutantCase(
      name: "a lower total limit",
      campaigns: withTerms(
        #"{"benefit": {"percentOff": 20}, "limits": {"total": 1000}}"#,
        [("limits", #"{"total": 500}"#)]),
      kind: .termsDrift, summary: "the mechanics allow 500 redemptions in total",
      promised: "20% off the eligible items: $6.00", actual: "refused TESTCODE-ALPHA: limitReached",
      shape: "500 redemptions so far", isWitness: { $0.redemptionTotals["c1"] == 500 }),
    WitnessMutantCase(
      name: "exclusive while the terms combine (no other campaign: another offer stands in)",
      campaigns: withTerms(twenty, [("stacking", #"{"exclusive": true}"#)]),
      kind: .termsDrift, summary: "the mechanics make the campaign exclusive",
      // $30.00: c1 gives $6.00, the stand-in 10% gives $3.00; exclusive c1 wins and the other is dropped.
      promised:
        "both, because the terms say the offer combines: 20% off the eligible items: $6.00; c1 alone "
        + "$6.00, \"promoguard-another-offer\" alone $3.00",
      actual: "applied $6.00; \"promoguard-another-offer\" not applied", shape: "$30.00",
      isWitness: { subtotal($0) == 3_000 }),
    WitnessMutantCase(
      name: "leak: a higher percentage",
      campaigns: withTerms(twenty, [("benefit", #"{"percentOff": 25}"#)]),
      kind: .leak, summary: "the mechanics give 25% off (benefit), more than",
      promised: "20% off the eligible items: $6.00", actual: "applied $7.50", shape: "$30.00",
      isWitness: { subtotal($0) == 3_000 }),
    WitnessMutantCase(
      name: "leak: everyone admitted where the terms restrict",
      campaigns: withTerms(#"{"benefit": {"percentOff": 20}, "audience": {"segments": ["vip"]}}"#),
      kind: .leak, summary: "the mechanics admit everyone (audience)",
      promised: "nothing: the terms are for signed-in customers", actual: "applied $6.00",
      shape: "a guest", isWitness: { $0.customer == nil }),
    WitnessMutantCase(
      name: "leak: combining where the terms say it does not",
      campaigns: withTerms(#"{"benefit": {"percentOff": 20}, "combinable": false}"#),
      kind: .leak, summary: "the mechanics let the campaign combine",
      // $30.00, both at priority 0, so by id: c1 first ($6.00), then 10% of the $24.00 left ($2.40): $8.40 in
      // all, more than the better of the two alone ($6.00).
      promised:
        "the better of the two, because the terms say the offer does not combine: c1 alone $6.00, "
        + "\"promoguard-another-offer\" alone $3.00",
      actual: "applied $6.00; also applied: \"promoguard-another-offer\" $2.40", shape: "$30.00",
      isWitness: { subtotal($0) == 3_000 }),
    WitnessMutantCase(
      name: "message: no code and no link for a coded campaign",
      campaigns: withMessage(#"{"id": "m1", "channel": "email"}"#),
      kind: .unreachable, summary: "the message shows no code and carries no link",
      promised: "the message offers 20% off the eligible items: $6.00",
      actual: "nothing, and no reason shown", shape: "no code, no link",
      isWitness: { $0.codes.isEmpty && $0.link == nil }),
    WitnessMutantCase(
      name: "message: the code of another campaign",
      campaigns: withMessage(#"{"id": "m1", "channel": "email", "code": "OTHERCODE-BETA"}"#),
      kind: .messageMismatch,
      summary: "the message shows \"OTHERCODE-BETA\", a code of the campaign",
      promised: "the message offers 20% off the eligible items: $6.00",
      actual: "nothing, and no reason shown; also applied: \"other\" $5.00",
      shape: "the other campaign's code", isWitness: { $0.codes == ["OTHERCODE-BETA"] }),
    WitnessMutantCase(
      name: "message: an unknown code",
      campaigns: withMessage(#"{"id": "m1", "channel": "email", "code": "TESTCODE-ALPHAX"}"#),
      kind: .unreachable,
      summary: "the message shows \"TESTCODE-ALPHAX\", a code checkout does not know",
      promised: "the message offers 20% off the eligible items: $6.00",
      actual: "refused TESTCODE-ALPHAX: unknownCode", shape: "the code the message shows",
      isWitness: { $0.codes == ["TESTCODE-ALPHAX"] }),
    WitnessMutantCase(
      name: "message: sent after the end",
      campaigns: withMessage(
        #"{"id": "m1", "channel": "email", "code": "TESTCODE-ALPHA", "sentAt": "2026-10-02T09:00:00Z"}"#,
        september),
      kind: .messageMismatch, summary: "the message is sent 2 October 2026 at 09:00 (UTC), when",
      promised: "the message offers 20% off the eligible items: $6.00",
      actual: "refused TESTCODE-ALPHA: expired", shape: "when the message is sent",
      isWitness: { $0.at.microsecondsSinceEpoch == 1_790_931_600_000_000 }),
    WitnessMutantCase(
      name: "message: sent before the start",
      campaigns: withMessage(
        #"{"id": "m1", "channel": "email", "code": "TESTCODE-ALPHA", "sentAt": "2026-08-31T09:00:00Z"}"#,
        september),
      kind: .messageMismatch, summary: "the message is sent 31 August 2026 at 09:00 (UTC), before",
      promised: "the message offers 20% off the eligible items: $6.00",
      actual: "refused TESTCODE-ALPHA: notYetActive", shape: "when the message is sent",
      isWitness: { $0.at.microsecondsSinceEpoch == 1_788_166_800_000_000 }),
    WitnessMutantCase(
      name: "message: advertises more than the terms",
      campaigns: withMessage(
        #"{"id": "m1", "channel": "email", "code": "TESTCODE-ALPHA", "advertises": {"percentOff": 30}}"#
      ),
      kind: .messageMismatch, summary: "the message advertises 30% off, more than",
      // 30% of $30.00 is $9.00; checkout gives 20%, $6.00.
      promised: "the message offers 30% off the eligible items: $9.00", actual: "applied $6.00",
      shape: "$30.00", isWitness: { subtotal($0) == 3_000 }),
    WitnessMutantCase(
      name: "message: an audience wider than the campaign's",
      campaigns: withMessage(
        #"{"id": "m1", "channel": "email", "code": "TESTCODE-ALPHA", "audience": {"segments": ["vip", "newsletter"]}}"#,
        [("audience", #"{"segments": ["vip"]}"#)]),
      kind: .messageMismatch, summary: "the message goes to the segment \"newsletter\"",
      promised: "the message offers 20% off the eligible items: $6.00",
      actual: "refused TESTCODE-ALPHA: notEligible", shape: "a newsletter reader",
      isWitness: { $0.customer?.segments == ["newsletter"] }),
  ]

  @Test(arguments: mutants) func reportsTheMutantWithAWitness(_ mutant: WitnessMutantCase) throws {
    let files = try WitnessFixture.files(mutant.campaigns, catalog: mutant.catalog)
    let findings = StaticAudit.findings(files: files).filter {
      $0.campaignID == "c1"
    }
    #expect(findings.count == 1)
    let finding = try #require(findings.first)
    #expect(finding.kind == mutant.kind)
    #expect(finding.summary.hasPrefix(mutant.summary), "\(finding.summary)")
    let example = try #require(finding.example, "no witness")
    #expect(example.promised == mutant.promised)
    #expect(example.actual == mutant.actual)
    #expect(example.seed == WitnessSearch.seed)
    #expect(example.shrinkSteps <= WitnessSearch.shrinkSteps)
    #expect(
      mutant.isWitness(example.checkout),
      "the witness is not \(mutant.shape): \(CheckoutSummary.lines(example.checkout))")
  }

  /// Rewrites that keep the meaning.
  static let rewrites: [WitnessRewriteCase] = [
    WitnessRewriteCase(
      name: "a single tier in the mechanics for a minimum spend and a percentage in the terms",
      campaigns: withTerms(
        #"{"benefit": {"percentOff": 15}, "conditions": {"minSubtotal": "100.00"}}"#,
        [("benefit", #"{"tiers": [{"minSubtotal": "100.00", "percentOff": 15}]}"#)])),
    WitnessRewriteCase(
      name: "a minimum spend and a percentage in the mechanics for a single tier in the terms",
      campaigns: withTerms(
        #"{"benefit": {"tiers": [{"minSubtotal": "100.00", "percentOff": 15}]}}"#,
        [
          ("benefit", #"{"percentOff": 15}"#),
          ("conditions", #"{"minSubtotal": "100.00"}"#),
        ])),
    WitnessRewriteCase(
      name: "the same start and end written with an offset",
      campaigns: withTerms(
        #"{"benefit": {"percentOff": 20}, "starts": "2026-08-31T20:00:00-04:00", "ends": "2026-09-30T20:00:00-04:00"}"#,
        september)),
    WitnessRewriteCase(
      name: "the same start and end written in another zone",
      campaigns: withTerms(
        #"{"benefit": {"percentOff": 20}, "timeZone": "Asia/Tokyo", "starts": "2026-09-01T09:00:00", "ends": "2026-10-01T09:00:00"}"#,
        september)),
    WitnessRewriteCase(
      name: "codes that differ only in case, spaces, dashes and underscores",
      campaigns: withTerms(
        #"{"benefit": {"percentOff": 20}, "activation": {"codes": ["TESTCODE_ALPHA"]}}"#,
        [("activation", #"{"codes": ["testcode alpha"]}"#)])),
    WitnessRewriteCase(
      name: "defaults restated",
      campaigns: withTerms(
        #"{"benefit": {"percentOff": 20}, "combinable": true, "rounding": "halfUp", "codeMatching": "relaxed", "stacking": {"exclusive": false, "priority": 0}}"#,
        [
          ("stacking", #"{"exclusive": false, "priority": 0}"#), ("rounding", #""halfUp""#),
          ("codeMatching", #""relaxed""#),
        ])),
    WitnessRewriteCase(
      name: "every catalog category included where the terms name no target",
      campaigns: withTerms(
        twenty, [("target", #"{"include": {"categories": ["shoes", "hats"]}}"#)]),
      catalog: WitnessFixture.catalog),
    WitnessRewriteCase(
      name: "no target where the terms include every catalog category",
      campaigns: withTerms(
        #"{"benefit": {"percentOff": 20}, "target": {"include": {"categories": ["shoes", "sale"]}}}"#
      ),
      catalog: WitnessFixture.catalog),
    WitnessRewriteCase(
      name: "a message with the code in lower case under relaxed matching, advertising the promise",
      campaigns: withMessage(
        #"{"id": "m1", "channel": "email", "code": "testcode alpha", "advertises": {"percentOff": 20}}"#
      )
    ),
  ]

  @Test(arguments: rewrites) func aRewriteThatKeepsTheMeaningIsClean(_ rewrite: WitnessRewriteCase)
    throws
  {
    let files = try WitnessFixture.files(rewrite.campaigns, catalog: rewrite.catalog)
    let findings = StaticAudit.findings(files: files)
    #expect(findings.map { "\($0.kind.rawValue): \($0.summary)" } == [])
    guard rewrite.runsCheck else { return }
    let result = CheckRun.run(
      files: files, configuration: CheckConfiguration(scenarios: 400, seed: 1, threads: 1))
    #expect(result.reports.flatMap(\.findings).map { "\($0.kind.rawValue): \($0.summary)" } == [])
  }
}
