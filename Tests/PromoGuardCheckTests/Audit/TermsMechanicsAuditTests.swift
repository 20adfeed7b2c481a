import PromoGuard
import Testing

@testable import PromoGuardCheck

@Suite struct TermsMechanicsAuditTests {
  /// Mechanics fields plus terms; the default mechanics are 20% off with code TESTCODE-ALPHA in USD.
  static func withTerms(
    _ terms: String, _ fields: KeyValuePairs<String, String> = [:], name: String,
    expected: [String]
  ) -> AuditCase {
    var all = [(String, String)]()
    for (key, value) in fields { all.append((key, value)) }
    all.append(("terms", terms))
    let campaign = AuditFixture.campaign(pairs: all)
    return AuditCase(name: name, campaigns: [campaign], expected: expected)
  }

  static let cases: [AuditCase] = [
    withTerms(
      #"{"benefit": {"percentOff": 20}}"#, ["conditions": #"{"minSubtotal": "50.00"}"#],
      name: "a minimum spend the terms do not state",
      expected: [
        "termsDrift: the mechanics require a minimum spend of $50.00 (conditions.minSubtotal) that "
          + "the terms do not state"
      ]),
    withTerms(
      #"{"benefit": {"percentOff": 20}, "conditions": {"minSubtotal": "40.00"}}"#,
      ["conditions": #"{"minSubtotal": "50.00"}"#],
      name: "a higher minimum spend",
      expected: [
        "termsDrift: the mechanics require a minimum spend of $50.00 (conditions.minSubtotal), "
          + "stricter than the terms, which require a minimum spend of $40.00 "
          + "(terms.conditions.minSubtotal)"
      ]),
    withTerms(
      #"{"benefit": {"percentOff": 20}, "conditions": {"minSubtotal": "40.00"}}"#,
      ["conditions": #"{"minSubtotal": "30.00"}"#],
      name: "a lower minimum spend leaks",
      expected: [
        "leak: the mechanics require a minimum spend of $30.00 (conditions.minSubtotal), more "
          + "generous than the terms, which require a minimum spend of $40.00 "
          + "(terms.conditions.minSubtotal)"
      ]),
    withTerms(
      #"{"benefit": {"percentOff": 20}, "conditions": {"minSubtotal": "40.00"}}"#,
      name: "no minimum spend where the terms state one leaks",
      expected: [
        "leak: the mechanics have no minimum spend (conditions.minSubtotal) while the terms require "
          + "a minimum spend of $40.00 (terms.conditions.minSubtotal)"
      ]),
    withTerms(
      #"{"benefit": {"percentOff": 20}, "conditions": {"minSubtotal": "40.00"}}"#,
      ["conditions": #"{"minSubtotal": "40.00"}"#],
      name: "near miss: the same minimum spend", expected: []),
    withTerms(
      #"{"benefit": {"percentOff": 20}}"#, ["conditions": #"{"minQuantity": 3}"#],
      name: "a minimum quantity the terms do not state",
      expected: [
        "termsDrift: the mechanics require at least 3 items (conditions.minQuantity) that the terms "
          + "do not state"
      ]),
    withTerms(
      #"{"benefit": {"percentOff": 20}}"#, ["conditions": #"{"firstOrder": true}"#],
      name: "a first order the terms do not state",
      expected: [
        "termsDrift: the mechanics require a first order (conditions.firstOrder) that the terms do "
          + "not state"
      ]),
    withTerms(
      #"{"benefit": {"percentOff": 20}}"#, ["target": #"{"exclude": {"categories": ["sale"]}}"#],
      name: "an extra exclusion",
      expected: [
        "termsDrift: the mechanics exclude the category \"sale\" (target.exclude), an exclusion the "
          + "terms do not state"
      ]),
    withTerms(
      #"{"benefit": {"percentOff": 20}, "target": {"include": {"categories": ["throws", "pillows"]}}}"#,
      ["target": #"{"include": {"categories": ["throws"]}}"#],
      name: "a narrower target",
      expected: [
        "termsDrift: the mechanics leave out the category \"pillows\" (target.include) that the terms "
          + "include (terms.target.include)"
      ]),
    withTerms(
      #"{"benefit": {"percentOff": 20}, "target": {"include": {"categories": ["throws"]}}}"#,
      ["target": #"{"include": {"categories": ["throws"]}}"#],
      name: "near miss: the same target", expected: []),
    withTerms(
      #"{"benefit": {"percentOff": 20}}"#, ["audience": #"{"segments": ["vip"]}"#],
      name: "an audience the terms do not state",
      expected: [
        "termsDrift: the mechanics admit only the segment \"vip\" (audience), a restriction the "
          + "terms do not state"
      ]),
    withTerms(
      #"{"benefit": {"percentOff": 20}, "audience": {"segments": ["vip"]}}"#,
      name: "no audience where the terms have one leaks",
      expected: [
        "leak: the mechanics admit everyone (audience) while the terms are for the segment \"vip\" "
          + "only (terms.audience)"
      ]),
    withTerms(
      #"{"benefit": {"percentOff": 20}, "audience": {"segments": ["vip", "staff"]}}"#,
      ["audience": #"{"segments": ["staff", "vip"]}"#],
      name: "near miss: the same segments in another order", expected: []),
    withTerms(
      #"{"benefit": {"percentOff": 20}}"#, ["channels": #"["web"]"#],
      name: "channels the terms do not state",
      expected: [
        "termsDrift: the mechanics allow only the channels \"web\" (channels) while the terms allow "
          + "every channel"
      ]),
    withTerms(
      #"{"benefit": {"percentOff": 20}, "ends": "2026-10-15"}"#,
      ["starts": #""2026-09-01""#, "ends": #""2026-10-01""#],
      name: "a shorter window",
      expected: [
        "termsDrift: the mechanics end 1 October 2026 at 00:00 (UTC) (ends), earlier than the "
          + "terms' 15 October 2026 at 00:00 (UTC) (terms.ends)"
      ]),
    // 2026-09-30T20:00:00-04:00 is 2026-10-01T00:00:00Z: the same instant written in another offset.
    withTerms(
      #"{"benefit": {"percentOff": 20}, "ends": "2026-09-30T20:00:00-04:00"}"#,
      ["starts": #""2026-09-01""#, "ends": #""2026-10-01""#],
      name: "near miss: the same end written with another offset", expected: []),
    withTerms(
      #"{"benefit": {"percentOff": 20}}"#, ["benefit": #"{"percentOff": 15}"#],
      name: "a lower benefit",
      expected: [
        "termsDrift: the mechanics give 15% off (benefit), less than the 20% off the terms promise "
          + "(terms.benefit)"
      ]),
    withTerms(
      #"{"benefit": {"percentOff": 20}}"#, ["benefit": #"{"percentOff": 25}"#],
      name: "a higher benefit leaks",
      expected: [
        "leak: the mechanics give 25% off (benefit), more than the 20% off the terms promise "
          + "(terms.benefit)"
      ]),
    withTerms(
      #"{"benefit": {"percentOff": 20}}"#, ["benefit": #"{"amountOff": "10.00"}"#],
      name: "a benefit of another kind",
      expected: [
        "termsDrift: the mechanics give $10.00 off (benefit), a different benefit from the 20% off "
          + "the terms promise (terms.benefit): some baskets get less than promised"
      ]),
    withTerms(
      #"{"benefit": {"percentOff": 20}}"#, ["maxDiscount": #""20.00""#],
      name: "a cap the terms do not state",
      expected: [
        "termsDrift: the mechanics cap the discount at $20.00 (maxDiscount), a limit the terms do "
          + "not state"
      ]),
    withTerms(
      #"{"benefit": {"percentOff": 20}, "maxItems": 3}"#, ["maxItems": "2"],
      name: "fewer discounted items",
      expected: [
        "termsDrift: the mechanics discount at most 2 items (maxItems), stricter than the terms, "
          + "which discount at most 3 items (terms.maxItems)"
      ]),
    withTerms(
      #"{"benefit": {"percentOff": 20}, "limits": {"perCustomer": 2}}"#,
      ["limits": #"{"perCustomer": 1}"#],
      name: "a lower per-customer limit",
      expected: [
        "termsDrift: the mechanics allow 1 redemption per customer (limits.perCustomer), stricter "
          + "than the terms, which allow 2 redemptions per customer (terms.limits.perCustomer)"
      ]),
    withTerms(
      #"{"benefit": {"percentOff": 20}, "limits": {"total": 500}}"#,
      ["limits": #"{"total": 1000}"#],
      name: "a higher total limit leaks",
      expected: [
        "leak: the mechanics allow 1000 redemptions in total (limits.total), more generous than the "
          + "terms, which allow 500 redemptions in total (terms.limits.total)"
      ]),
    withTerms(
      #"{"benefit": {"percentOff": 20}}"#, ["codeMatching": #""exact""#],
      name: "exact code matching the terms do not state",
      expected: [
        "termsDrift: the mechanics match codes exactly (codeMatching), refusing a code typed in "
          + "lower case or with spaces or dashes, while the terms do not say codes must be typed "
          + "exactly (terms.codeMatching)"
      ]),
    withTerms(
      #"{"benefit": {"percentOff": 20}, "codeMatching": "exact"}"#, ["codeMatching": #""exact""#],
      name: "near miss: exact matching the terms state", expected: []),
    withTerms(
      #"{"benefit": {"percentOff": 20}, "activation": {"automatic": true}}"#,
      name: "a code where the terms promise automatic",
      expected: [
        "termsDrift: the mechanics need one of the codes \"TESTCODE-ALPHA\" (activation) while the "
          + "terms promise the discount automatically (terms.activation)"
      ]),
    withTerms(
      #"{"benefit": {"percentOff": 20}}"#, ["stacking": #"{"exclusive": true}"#],
      name: "exclusive where the terms say nothing (combinable)",
      expected: [
        "termsDrift: the mechanics make the campaign exclusive (stacking.exclusive) while the terms "
          + "do not say it is exclusive, so it combines with other offers (terms.combinable)"
      ]),
    withTerms(
      #"{"benefit": {"percentOff": 20}, "combinable": false}"#,
      ["stacking": #"{"exclusive": true}"#],
      name: "near miss: exclusive where the terms say not combinable", expected: []),
    withTerms(
      #"{"benefit": {"percentOff": 20}, "currency": "EUR", "conditions": {"minSubtotal": "40.00"}}"#,
      ["conditions": #"{"minSubtotal": "50.00"}"#],
      name: "another currency (and minimum spends in two currencies left alone)",
      expected: [
        "termsDrift: the mechanics take USD (currency) while the terms promise EUR (terms.currency): "
          + "checkouts in EUR are refused"
      ]),
    withTerms(
      #"{"benefit": {"percentOff": 20}, "starts": "2026-09-01"}"#, ["starts": #""2026-09-03""#],
      name: "a later start",
      expected: [
        "termsDrift: the mechanics start 3 September 2026 at 00:00 (UTC) (starts), later than the "
          + "terms' 1 September 2026 at 00:00 (UTC) (terms.starts)"
      ]),
    withTerms(
      #"{"benefit": {"percentOff": 20}, "starts": "2026-09-03"}"#, ["starts": #""2026-09-01""#],
      name: "an earlier start leaks",
      expected: [
        "leak: the mechanics start 1 September 2026 at 00:00 (UTC) (starts), earlier than the "
          + "terms' 3 September 2026 at 00:00 (UTC) (terms.starts)"
      ]),
    withTerms(
      #"{"benefit": {"percentOff": 20}, "activation": {"codes": ["TESTCODE-ALPHA", "TESTCODE-OMEGA"]}}"#,
      ["activation": #"{"codes": ["testcode alpha", "TESTCODE-DELTA"]}"#],
      name: "a promised code checkout does not accept, and an extra one",
      expected: [
        // Kind order (DESIGN.md): leak before termsDrift.
        "leak: checkout also accepts the code \"TESTCODE-DELTA\" (activation.codes) that the terms "
          + "do not give (terms.activation)",
        "termsDrift: the terms give the code \"TESTCODE-OMEGA\" (terms.activation) that checkout "
          + "does not accept (activation.codes)",
      ]),
    withTerms(
      #"{"benefit": {"percentOff": 20}, "activation": {"codes": ["TESTCODE-ALPHA"]}}"#,
      ["activation": #"{"automatic": true}"#],
      name: "automatic where the terms require a code leaks",
      expected: [
        "leak: the mechanics apply automatically (activation) while the terms require one of the "
          + "codes \"TESTCODE-ALPHA\" (terms.activation)"
      ]),
    withTerms(
      #"{"benefit": {"percentOff": 20}, "audience": {"segments": ["vip", "staff"]}}"#,
      ["audience": #"{"segments": ["vip", "press"]}"#],
      name: "a segment left out and a segment added",
      expected: [
        // Kind order (DESIGN.md): leak before termsDrift.
        "leak: the mechanics also admit the segment \"press\" (audience), whom the terms do not "
          + "(terms.audience)",
        "termsDrift: the mechanics leave out the segment \"staff\" (audience), whom the terms admit "
          + "(terms.audience)",
      ]),
    withTerms(
      #"{"benefit": {"percentOff": 20}, "audience": {"customers": ["c-1", "c-2"]}}"#,
      ["audience": #"{"customers": ["c-1"]}"#],
      name: "a listed customer left out",
      expected: [
        "termsDrift: the mechanics leave out the customer \"c-2\" (audience), whom the terms admit "
          + "(terms.audience)"
      ]),
    withTerms(
      #"{"benefit": {"percentOff": 20}, "audience": {"customers": ["c-1", "c-2"]}}"#,
      ["audience": #"{"segments": ["vip"], "customers": ["c-1"]}"#],
      name: "near miss: a listed customer who may be in the mechanics' segment",
      expected: [
        "leak: the mechanics also admit the segment \"vip\" (audience), whom the terms do not "
          + "(terms.audience)"
      ]),
    withTerms(
      #"{"benefit": {"percentOff": 20}, "channels": ["web", "app"]}"#,
      ["channels": #"["web", "store"]"#],
      name: "a channel left out and a channel added",
      expected: [
        // Kind order (DESIGN.md): leak before termsDrift.
        "leak: the mechanics also allow the channel \"store\" (channels) that the terms do not "
          + "(terms.channels)",
        "termsDrift: the mechanics leave out the channel \"app\" (channels) that the terms allow "
          + "(terms.channels)",
      ]),
    withTerms(
      #"{"benefit": {"percentOff": 20}, "channels": ["web"]}"#,
      name: "every channel where the terms name one leaks",
      expected: [
        "leak: the mechanics allow every channel (channels) while the terms allow only \"web\" "
          + "(terms.channels)"
      ]),
    withTerms(
      #"{"benefit": {"percentOff": 20}, "conditions": {"firstOrder": true}}"#,
      name: "any order where the terms say first order leaks",
      expected: [
        "leak: the mechanics accept any order (conditions.firstOrder) while the terms promise the "
          + "discount on a first order only (terms.conditions.firstOrder)"
      ]),
    withTerms(
      #"{"benefit": {"percentOff": 20}, "target": {"include": {"categories": ["throws"]}}}"#,
      name: "every product where the terms name some leaks",
      expected: [
        "leak: the mechanics discount every product (target.include) while the terms cover only the "
          + "category \"throws\" (terms.target.include)"
      ]),
    withTerms(
      #"{"benefit": {"percentOff": 20}, "target": {"exclude": {"skus": ["GIFT-CARD"], "tags": ["sale"]}}}"#,
      ["target": #"{"exclude": {"tags": ["sale"]}}"#],
      name: "a dropped exclusion leaks",
      expected: [
        "leak: the mechanics do not exclude the SKU \"GIFT-CARD\" (target.exclude), which the "
          + "terms exclude (terms.target.exclude)"
      ]),
    withTerms(
      #"{"benefit": {"percentOff": 20}, "maxDiscount": "30.00"}"#,
      name: "no cap where the terms cap leaks",
      expected: [
        "leak: the mechanics have no cap on the discount (maxDiscount) while the terms cap the "
          + "discount at $30.00 (terms.maxDiscount)"
      ]),
    withTerms(
      #"{"benefit": {"percentOff": 20}, "combinable": false}"#,
      name: "combining where the terms say it does not leaks",
      expected: [
        "leak: the mechanics let the campaign combine with other offers (stacking.exclusive) while "
          + "the terms say it does not combine (terms.combinable)"
      ]),
    withTerms(
      #"{"benefit": {"percentOff": 20}, "combinable": true}"#,
      ["stacking": #"{"exclusive": true}"#],
      name: "exclusive where the terms say combinable",
      expected: [
        "termsDrift: the mechanics make the campaign exclusive (stacking.exclusive) while the terms "
          + "say it combines with other offers (terms.combinable)"
      ]),
    AuditCase(
      name: "near miss: no terms, so the promise is the mechanics",
      campaigns: [
        AuditFixture.campaign([
          "conditions": #"{"minSubtotal": "50.00"}"#, "stacking": #"{"exclusive": true}"#,
        ])
      ], expected: []),
  ]

  @Test(arguments: cases) func reportsEachClauseOnBothSides(_ auditCase: AuditCase) throws {
    #expect(try auditCase.actual() == auditCase.expected)
  }

  @Test func pointsAtTheMechanicsClause() throws {
    let files = try AuditFixture.files([
      AuditFixture.campaign([
        "conditions": #"{"minSubtotal": "50.00"}"#, "terms": #"{"benefit": {"percentOff": 20}}"#,
      ])
    ])
    let finding = try #require(StaticAudit.findings(files: files).first)
    // The whole file is written on one line; the finding points at the mechanics' "conditions" key.
    let campaign = try #require(files.first?.campaigns.first)
    #expect(finding.location == campaign.fieldLocations["conditions"])
    #expect(finding.location?.line == 1)
    #expect(finding.campaignID == "c1")
    #expect(finding.file == "test.json")
    #expect(finding.messageID == nil)
  }
}
