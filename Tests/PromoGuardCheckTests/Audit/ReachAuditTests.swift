import PromoGuard
import Testing

@testable import PromoGuardCheck

/// A small shop and campaign files over it, for the reach audit.
enum ReachFixture {
  /// The shop: three socks, a gift card, a hat, a belt, two scarves, a free gift wrap and a one-cent sticker.
  static let catalog = """
    {"products": [
      {"sku": "SOCK-RED", "categories": ["socks"], "tags": ["wool"], "price": "4.00"},
      {"sku": "SOCK-BLUE", "categories": ["socks"], "price": "5.00"},
      {"sku": "SOCK-GREY", "categories": ["socks"], "tags": ["clearance"], "price": "3.00"},
      {"sku": "CARD-25", "categories": ["gift cards"], "price": "25.00"},
      {"sku": "HAT-1", "categories": ["hats"], "tags": ["wool"], "price": "12.00"},
      {"sku": "BELT-1", "categories": ["accessories"], "price": "20.00"},
      {"sku": "SCARF-A", "categories": ["scarves"], "price": "10.00"},
      {"sku": "SCARF-B", "categories": ["scarves"], "price": "8.00"},
      {"sku": "GIFT-WRAP", "categories": ["wrapping"], "price": "0.00"},
      {"sku": "STICKER", "categories": ["stickers"], "price": "0.01"}
    ]}
    """

  /// The decoded file `shop.json` holding `campaigns` and, when `withCatalog`, the shop's catalog.
  static func files(_ campaigns: [String], withCatalog: Bool = true) throws -> [CampaignFile] {
    let catalogMember = withCatalog ? ", \"catalog\": " + catalog : ""
    let text =
      #"{"format": "promoguard/1", "campaigns": ["# + campaigns.joined(separator: ", ") + "]"
      + catalogMember + "}"
    do {
      return try CampaignLoader.load([CampaignSource(path: "shop.json", bytes: Array(text.utf8))])
    } catch {
      Issue.record("the test campaigns do not load: \(error.diagnostics.map(\.message))")
      throw error
    }
  }

  /// Whether a finding comes from the reach audit (the other rules' findings are tested elsewhere).
  static func isReach(_ finding: Finding) -> Bool {
    finding.summary.hasPrefix("target.") || finding.summary.hasPrefix("terms.target.")
      || finding.summary.hasPrefix("nobody can get the discount")
  }

}

/// One reach case: mechanics fields (and terms) over the shop, and the reach findings worked out by hand.
struct ReachCase: Sendable, CustomTestStringConvertible {
  /// What the case shows.
  var name: String
  /// Campaign fields replacing the defaults (20% off with code TESTCODE-ALPHA in USD); values are JSON.
  var fields: [(String, String)]
  /// `kind: summary` of each reach finding, in order.
  var expected: [String]

  var testDescription: String { name }

  /// A case.
  init(_ name: String, _ fields: [(String, String)], expected: [String]) {
    self.name = name
    self.fields = fields
    self.expected = expected
  }

  /// The reach findings the audit reports.
  func actual() throws -> [String] {
    let campaign = AuditFixture.campaign(pairs: fields)
    return StaticAudit.findings(files: try ReachFixture.files([campaign]))
      .filter(ReachFixture.isReach).map { "\($0.kind.rawValue): \($0.summary)" }
  }
}

@Suite struct ReachAuditTests {
  /// A campaign including `categories` (JSON list) and, to keep the campaign reachable, the category "hats".
  static func including(_ categories: String) -> [(String, String)] {
    [("target", #"{"include": {"categories": ["hats", "# + categories.dropFirst() + "}}")]
  }

  static let names: [ReachCase] = [
    ReachCase(
      "exact name: clean", [("target", #"{"include": {"categories": ["socks"]}}"#)], expected: []),
    ReachCase(
      "a name in another case, alone: the name and the campaign",
      [("target", #"{"include": {"categories": ["Socks"]}}"#)],
      expected: [
        #"unreachable: target.include.categories: "Socks" matches no product in the catalog — the "#
          + #"catalog has "socks" (3 products); checkout discounts no product by this name"#,
        #"unreachable: nobody can get the discount: no product in the catalog carries the category "#
          + #""Socks" (target.include), so no basket holds anything to discount"#,
      ]),
    ReachCase(
      "a singular for a plural, beside a real name: the name only", including(#"["sock"]"#),
      expected: [
        #"unreachable: target.include.categories: "sock" matches no product in the catalog — the "#
          + #"catalog has "socks" (3 products); checkout discounts no product by this name"#
      ]),
    ReachCase(
      "a hyphen for a space", including(#"["gift-cards"]"#),
      expected: [
        #"unreachable: target.include.categories: "gift-cards" matches no product in the catalog "#
          + #"— the catalog has "gift cards" (1 product); checkout discounts no product by this name"#
      ]),
    ReachCase(
      "a swap of two letters: distance 1", including(#"["sokcs"]"#),
      expected: [
        #"unreachable: target.include.categories: "sokcs" matches no product in the catalog — the "#
          + #"catalog has "socks" (3 products); checkout discounts no product by this name"#
      ]),
    ReachCase(
      "two letters missing: distance 2", including(#"["acesories"]"#),
      expected: [
        #"unreachable: target.include.categories: "acesories" matches no product in the catalog — "#
          + #"the catalog has "accessories" (1 product); checkout discounts no product by this name"#
      ]),
    ReachCase(
      "nothing close: no suggestion", including(#"["furniture"]"#),
      expected: [
        #"unreachable: target.include.categories: "furniture" matches no product in the catalog — "#
          + #"no category in the catalog is close; checkout discounts no product by this name"#
      ]),
    ReachCase(
      "a SKU written as a category", including(#"["SOCK-RED"]"#),
      expected: [
        #"unreachable: target.include.categories: "SOCK-RED" matches no product in the catalog — "#
          + #"the catalog has it as a SKU (1 product): list it under skus; checkout discounts no "#
          + #"product by this name"#
      ]),
    ReachCase(
      "a misspelt exclusion leaks",
      [("target", #"{"include": {"categories": ["socks"]}, "exclude": {"tags": ["Clearance"]}}"#)],
      expected: [
        #"leak: target.exclude.tags: "Clearance" matches no product in the catalog — the catalog "#
          + #"has "clearance" (1 product); the exclusion keeps nothing out, so checkout discounts "#
          + #"what it was meant to exclude"#
      ]),
    ReachCase(
      "the terms misspell a name the mechanics get right",
      [
        ("target", #"{"include": {"categories": ["socks"]}}"#),
        (
          "terms",
          #"{"benefit": {"percentOff": 20}, "target": {"include": {"categories": ["Socks"]}}}"#
        ),
      ],
      expected: [
        #"unreachable: terms.target.include.categories: "Socks" matches no product in the "#
          + #"catalog — the catalog has "socks" (3 products); the terms promise the discount on no "#
          + #"product by this name"#
      ]),
    ReachCase(
      "both sides misspelt the same way: the terms agree, the shop does not",
      [
        ("target", #"{"include": {"categories": ["Socks"]}}"#),
        (
          "terms",
          #"{"benefit": {"percentOff": 20}, "target": {"include": {"categories": ["Socks"]}}}"#
        ),
      ],
      expected: [
        #"unreachable: target.include.categories: "Socks" matches no product in the catalog — the "#
          + #"catalog has "socks" (3 products); checkout discounts no product by this name"#,
        #"unreachable: terms.target.include.categories: "Socks" matches no product in the "#
          + #"catalog — the catalog has "socks" (3 products); the terms promise the discount on no "#
          + #"product by this name"#,
        #"unreachable: nobody can get the discount: no product in the catalog carries the category "#
          + #""Socks" (target.include), so no basket holds anything to discount"#,
      ]),
  ]

  @Test(arguments: names)
  func aNameNoCatalogProductCarriesIsAFindingWithTheNearestRealNames(_ c: ReachCase) throws {
    #expect(try c.actual() == c.expected)
  }

  static let campaigns: [ReachCase] = [
    ReachCase(
      "3 for $25.00 with 2 products: one line holds 3 of SCARF-A ($30.00), so it is reachable",
      [
        ("target", #"{"include": {"categories": ["scarves"]}}"#),
        ("benefit", #"{"fixedPrice": "25.00", "quantity": 3}"#),
      ],
      expected: []),
    ReachCase(
      "3 for $25.00 when the campaign discounts at most 2 items",
      [
        ("target", #"{"include": {"categories": ["scarves"]}}"#),
        ("benefit", #"{"fixedPrice": "25.00", "quantity": 3}"#), ("maxItems", "2"),
      ],
      expected: [
        #"unreachable: nobody can get the discount: 3 for $25.00 (benefit) needs 3 of the offer's "#
          + #"items in one order, but the campaign discounts at most 2 items (maxItems) — the "#
          + #"catalog's matching products are "SCARF-A" ($10.00) and "SCARF-B" ($8.00)"#
      ]),
    ReachCase(
      "buy 2 get 1 free when the campaign discounts at most 2 items",
      [
        ("target", #"{"include": {"categories": ["scarves"]}}"#),
        ("benefit", #"{"buy": 2, "get": 1}"#), ("maxItems", "2"),
      ],
      expected: [
        #"unreachable: nobody can get the discount: buy 2 get 1 free (benefit) needs 3 of the "#
          + #"offer's items in one order, but the campaign discounts at most 2 items (maxItems) — "#
          + #"the catalog's matching products are "SCARF-A" ($10.00) and "SCARF-B" ($8.00)"#
      ]),
    ReachCase(
      "3 for $30.00 when the dearest scarf is $10.00: never a saving",
      [
        ("target", #"{"include": {"categories": ["scarves"]}}"#),
        ("benefit", #"{"fixedPrice": "30.00", "quantity": 3}"#),
      ],
      expected: [
        #"unreachable: nobody can get the discount: 3 for $30.00 (benefit) is never a saving: the "#
          + #"offer's items cost at most $10.00 each, so 3 of them come to at most $30.00, no more "#
          + #"than the fixed price — the catalog's matching products are "SCARF-A" ($10.00) and "#
          + #""SCARF-B" ($8.00)"#
      ]),
    ReachCase(
      "near miss: 3 for $29.99 saves a cent on three SCARF-A",
      [
        ("target", #"{"include": {"categories": ["scarves"]}}"#),
        ("benefit", #"{"fixedPrice": "29.99", "quantity": 3}"#),
      ],
      expected: []),
    ReachCase(
      // 10,000 lines × 1,000,000 units × $0.01 = $100,000,000.00.
      "a minimum spend above what one-cent stickers can reach",
      [
        ("target", #"{"include": {"categories": ["stickers"]}}"#),
        ("conditions", #"{"minSubtotal": "100000000.01"}"#),
      ],
      expected: [
        #"unreachable: nobody can get the discount: it needs a spend of $100,000,000.01 on the "#
          + #"offer's items (conditions.minSubtotal), but one checkout holds at most "#
          + #"10,000,000,000 units (10,000 lines of 1,000,000), so they come to at most "#
          + #"$100,000,000.00 at $0.01 each — the catalog's matching products are "STICKER" ($0.01)"#
      ]),
    ReachCase(
      // Within checkout's limits, but 50 stickers come to $0.50: no shopper buys ten billion stickers.
      "a minimum spend exactly at checkout's limits is still out of plausible reach",
      [
        ("target", #"{"include": {"categories": ["stickers"]}}"#),
        ("conditions", #"{"minSubtotal": "100000000.00"}"#),
      ],
      expected: [
        #"unreachable: nobody can get the discount: it needs a spend of $100,000,000.00 on the "#
          + #"offer's items (conditions.minSubtotal), more than 50 of the dearest of them at $0.01 "#
          + #"each ($0.50): a customer who buys 50 still does not qualify — check the amount (a lost "#
          + #"decimal point?), or list unreachable in expectFindings for a wholesale offer — the "#
          + #"catalog's matching products are "STICKER" ($0.01)"#
      ]),
    ReachCase(
      // The dearest sock is $5.00: 50 of them come to $250.00, one cent short of the minimum.
      "a minimum spend with a lost decimal point",
      [
        ("target", #"{"include": {"categories": ["socks"]}}"#),
        ("conditions", #"{"minSubtotal": "250.01"}"#),
      ],
      expected: [
        #"unreachable: nobody can get the discount: it needs a spend of $250.01 on the offer's "#
          + #"items (conditions.minSubtotal), more than 50 of the dearest of them at $5.00 each "#
          + #"($250.00): a customer who buys 50 still does not qualify — check the amount (a lost "#
          + #"decimal point?), or list unreachable in expectFindings for a wholesale offer — the "#
          + #"catalog's matching products are "SOCK-BLUE" ($5.00), "SOCK-RED" ($4.00) and "#
          + #""SOCK-GREY" ($3.00)"#
      ]),
    ReachCase(
      "near miss: a minimum spend that 50 of the dearest product reach",
      [
        ("target", #"{"include": {"categories": ["socks"]}}"#),
        ("conditions", #"{"minSubtotal": "250.00"}"#),
      ],
      expected: []),
    ReachCase(
      "a lowest tier above reach",
      [
        ("target", #"{"include": {"categories": ["stickers"]}}"#),
        ("benefit", #"{"tiers": [{"minSubtotal": "200000000.00", "percentOff": 10}]}"#),
      ],
      expected: [
        #"unreachable: nobody can get the discount: it needs a spend of $200,000,000.00 on the "#
          + #"offer's items for its lowest tier (benefit), but one checkout holds at most "#
          + #"10,000,000,000 units (10,000 lines of 1,000,000), so they come to at most "#
          + #"$100,000,000.00 at $0.01 each — the catalog's matching products are "STICKER" ($0.01)"#
      ]),
    ReachCase(
      "only free products: nothing to take off",
      [("target", #"{"include": {"categories": ["wrapping"]}}"#)],
      expected: [
        #"unreachable: nobody can get the discount: every product it discounts costs $0.00, so "#
          + #"there is nothing to take off — the catalog's matching products are "GIFT-WRAP" "#
          + #"($0.00)"#
      ]),
    ReachCase(
      "near miss: free shipping on free products still saves the shipping",
      [
        ("target", #"{"include": {"categories": ["wrapping"]}}"#),
        ("benefit", #"{"shipping": {"percentOff": 100}}"#),
      ],
      expected: []),
    ReachCase(
      "every included product is excluded",
      [
        ("target", #"{"include": {"categories": ["socks"]}, "exclude": {"categories": ["socks"]}}"#)
      ],
      expected: [
        #"unreachable: nobody can get the discount: every product the target includes (3 "#
          + #"products) is also excluded by the category "socks" (target.exclude), so no basket "#
          + #"holds anything to discount"#
      ]),
    ReachCase(
      "near miss: real names, a minimum quantity and a minimum spend real baskets reach",
      [
        ("target", #"{"include": {"categories": ["socks"]}, "exclude": {"tags": ["clearance"]}}"#),
        ("conditions", #"{"minSubtotal": "50.00", "minQuantity": 12}"#),
      ],
      expected: []),
  ]

  @Test(arguments: campaigns)
  func aCampaignNoCatalogBasketCanSatisfyIsUnreachable(_ c: ReachCase) throws {
    #expect(try c.actual() == c.expected)
  }

  @Test func aCheckoutThatTakesOneOfEachProductCannotMakeAGroupOfThreeFromTwoProducts() throws {
    // A hypothetical checkout of at most 2 lines of 1 unit: 2 units, fewer than the group of 3.
    let files = try ReachFixture.files([
      AuditFixture.campaign([
        "target": #"{"include": {"categories": ["scarves"]}}"#,
        "benefit": #"{"fixedPrice": "25.00", "quantity": 3}"#,
      ])
    ])
    let file = try #require(files.first)
    let campaign = try #require(file.campaigns.first)
    let catalog = try #require(file.catalog)
    let audit = ReachAudit(
      audited: AuditedCampaign(campaign: campaign, file: file.path, order: 0),
      catalog: CatalogIndex(catalog),
      limits: ReachAudit.Limits(maximumLines: 2, maximumQuantity: 1))
    #expect(
      audit.findings().map(\.summary) == [
        #"nobody can get the discount: 3 for $25.00 (benefit) needs 3 of the offer's items in one "#
          + #"order, but one checkout holds at most 2 units (2 lines of 1) — the catalog's matching "#
          + #"products are "SCARF-A" ($10.00) and "SCARF-B" ($8.00)"#
      ])
  }

  @Test func aNameFindingPointsAtTheNameItself() throws {
    let text = #"""
      {"format": "promoguard/1", "campaigns": [
      {"id": "c1", "name": "Socks", "currency": "USD", "activation": {"automatic": true},
       "target": {"include": {"categories": ["hats",
                                             "Socks"]}},
       "benefit": {"percentOff": 10}}],
       "catalog": {"products": [{"sku": "S", "categories": ["socks"], "price": "1.00"},
                                {"sku": "H", "categories": ["hats"], "price": "1.00"}]}}
      """#
    let files = try CampaignLoader.load([
      CampaignSource(path: "shop.json", bytes: Array(text.utf8))
    ])
    let findings = StaticAudit.findings(files: files)
    #expect(findings.map(\.kind) == [.unreachable])
    #expect(findings.first?.location?.description == "shop.json:4:40")
  }

  @Test func withoutACatalogReachIsNotAuditedButReportedAsNotTested() throws {
    let files = try ReachFixture.files(
      [AuditFixture.campaign(["target": #"{"include": {"categories": ["Socks"]}}"#])],
      withCatalog: false)
    let findings = StaticAudit.findings(files: files)
    #expect(findings.filter(ReachFixture.isReach).isEmpty)
    let reports = StaticAudit.reports(files: files, findings: findings)
    #expect(reports.map(\.isReachTested) == [false])
    #expect(reports.map(\.passes) == [true])
  }

  @Test func checkReportsACampaignWhoseTargetNoCatalogProductCarriesAsFailing() throws {
    let files = try ReachFixture.files([
      AuditFixture.campaign([
        "target": #"{"include": {"categories": ["Socks"]}}"#,
        "terms":
          #"{"benefit": {"percentOff": 20}, "target": {"include": {"categories": ["Socks"]}}}"#,
      ])
    ])
    let result = CheckRun.run(
      files: files, configuration: CheckConfiguration(scenarios: 200, seed: 1, threads: 1))
    let report = try #require(result.reports.first)
    #expect(!report.passes)
    #expect(report.isReachTested)
    // Only the audit's three reach findings: promise and checkout agree on every generated basket.
    #expect(report.findings.map(\.kind) == [.unreachable, .unreachable, .unreachable])
    #expect(report.findings.allSatisfy { $0.example == nil })
  }
}

/// The ranking of near names and the bounded edit distance.
@Suite struct NameSuggestionTests {
  static func names(_ list: [String]) -> CatalogIndex.Names {
    var builder = CatalogIndex.Names.Builder()
    for name in list { builder.add(name) }
    return builder.names
  }

  @Test func caseBeatsSeparatorsBeatsPluralBeatsEdits() {
    // "Gift Card" differs from "gift card" in case only; from "gift-card" in case and a separator; from
    // "gift cards" by a plural; from "gift carp" by one edit.
    let names = Self.names(["gift carp", "gift cards", "gift-card", "gift card"])
    #expect(NameSuggestion.nearest(to: "Gift Card", among: names).map(\.name) == ["gift card"])
    #expect(
      NameSuggestion.nearest(to: "GiftCard", among: names).map(\.name) == [
        "gift-card", "gift card",
      ])
    #expect(NameSuggestion.nearest(to: "giftcards", among: names).map(\.name) == ["gift cards"])
  }

  @Test func theMostUsedComeFirstAndAtMostThreeAreGiven() {
    let names = Self.names(["hat", "Hat", "HAT", "haT", "HAt", "HAt"])
    // "hAT" equals all five in case; "HAt" is carried by two products.
    #expect(
      NameSuggestion.nearest(to: "hAT", among: names).map(\.name) == ["HAt", "hat", "Hat"])
  }

  @Test func pluralsWithSEsAndIes() {
    #expect(NameSuggestion.isPlural("socks", of: "sock"))
    #expect(NameSuggestion.isPlural("boxes", of: "box"))
    #expect(NameSuggestion.isPlural("accessories", of: "accessory"))
    #expect(!NameSuggestion.isPlural("sock", of: "socks"))
    #expect(!NameSuggestion.isPlural("stocks", of: "sock"))
  }

  @Test func theBandedDistanceAgreesWithTheFullOneWithinTheLimit() {
    let words = [
      "socks", "sokcs", "sock", "scoks", "ksocs", "", "s", "accessories", "acesories",
      "acessories", "gift cards", "giftcards", "abcdef", "badcfe", "xyz",
    ]
    for a in words {
      for b in words {
        let full = NearestName.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars))
        for limit in 1...2 {
          var scratch = NameSuggestion.DistanceScratch(width: a.unicodeScalars.count + 1)
          let banded = NameSuggestion.distance(
            Array(a.unicodeScalars), Array(b.unicodeScalars), limit: limit, scratch: &scratch)
          #expect(banded == (full <= limit ? full : nil), "\(a) / \(b) within \(limit)")
        }
      }
    }
  }

  @Test func longNamesAreComparedWithoutEdits() {
    let long = String(repeating: "a", count: 65)
    let names = Self.names([long + "b", long.uppercased()])
    // Case still counts; one edit on a name over 64 characters does not.
    #expect(NameSuggestion.nearest(to: long, among: names).map(\.name) == [long.uppercased()])
    #expect(NameSuggestion.nearest(to: long + "c", among: Self.names([long + "b"])).isEmpty)
  }
}
