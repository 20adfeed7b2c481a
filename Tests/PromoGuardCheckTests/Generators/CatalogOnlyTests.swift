import Foundation
import PromoGuard
import Testing

@testable import PromoGuardCheck

/// With a catalog, generated baskets use the catalog's products only; without one, invented products are
/// marked as invented in reports.
@Suite struct CatalogOnlyTests {
  /// Every line of every checkout a scenario reaches (its final checkout and each step of a journey).
  static func lines(of scenario: Scenario) -> [Checkout.Line] {
    var lines = scenario.checkout.lines
    if case .journey(let journey) = scenario.shape {
      lines += journey.start.lines
      for step in journey.steps {
        if case .addLine(let line) = step { lines.append(line) }
      }
    }
    return lines
  }

  /// Checks that every product of `campaign`'s profile and every line of its first `count` scenarios is a
  /// catalog product, carrying exactly the catalog's categories and tags.
  static func expectCatalogOnly(
    _ campaign: Campaign, in file: CampaignFile, count: Int,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let catalog = try #require(file.catalog, sourceLocation: sourceLocation)
    var products = [String: Catalog.Product]()
    for product in catalog.products { products[product.sku] = product }
    let profile = CampaignProfile(campaign: campaign, file: file)
    for product in profile.products {
      let known = products[product.sku]
      #expect(
        known?.categories == product.categories && known?.tags == product.tags,
        "\(campaign.id): \(product.sku) is not the catalog's", sourceLocation: sourceLocation)
      #expect(!product.isInvented, sourceLocation: sourceLocation)
    }
    let generator = ScenarioGenerator(profile: profile, seed: 7)
    var outside = Set<String>()
    for index in 0..<count {
      for line in Self.lines(of: generator.scenario(at: index)) {
        let known = products[line.sku]
        if known?.categories != line.categories || known?.tags != line.tags {
          outside.insert(line.sku)
        }
      }
    }
    #expect(outside.isEmpty, "\(campaign.id): \(outside.sorted())", sourceLocation: sourceLocation)
  }

  @Test(arguments: ["examples", "stories", "planted"])
  func shippedFixturesGetBasketsOfTheirCatalogOnly(_ folder: String) throws {
    var checked = 0
    for path in FixtureFiles.paths(under: folder) {
      for file in try FixtureFiles.file(at: path) where file.catalog != nil {
        for campaign in file.campaigns {
          try Self.expectCatalogOnly(campaign, in: file, count: 300)
          checked += 1
        }
      }
    }
    #expect(checked > 0)
  }

  static let shopCampaigns: [String] = [
    // Both sides misspelt: no target product at all.
    AuditFixture.campaign([
      "id": #""misspelt""#,
      "target": #"{"include": {"categories": ["Socks"]}, "exclude": {"tags": ["Clearance"]}}"#,
      "terms":
        #"{"benefit": {"percentOff": 20}, "target": {"include": {"categories": ["Socks"]}}}"#,
    ]),
    // Every included product excluded, with thresholds that need many units.
    AuditFixture.campaign([
      "id": #""excluded""#, "activation": #"{"codes": ["EXCLUDED-BUY2GET1"]}"#,
      "target": #"{"include": {"categories": ["socks"]}, "exclude": {"categories": ["socks"]}}"#,
      "benefit": #"{"buy": 2, "get": 1}"#, "conditions": #"{"minSubtotal": "30.00"}"#,
    ]),
    // A real target whose terms name a tag the shop does not have.
    AuditFixture.campaign([
      "id": #""mixed""#, "activation": #"{"automatic": true}"#,
      "target": #"{"include": {"categories": ["socks", "hats"]}, "exclude": {"tags": ["wool"]}}"#,
      "terms":
        #"{"benefit": {"percentOff": 20}, "target": {"exclude": {"tags": ["woollen"]}}}"#,
    ]),
  ]

  @Test func misspeltAndEmptyTargetsGetCatalogBasketsWithoutCrashing() throws {
    let files = try ReachFixture.files(Self.shopCampaigns)
    let file = try #require(files.first)
    for campaign in file.campaigns {
      try Self.expectCatalogOnly(campaign, in: file, count: 600)
    }
    let misspelt = try #require(file.campaigns.first { $0.id == "misspelt" })
    let profile = CampaignProfile(campaign: misspelt, file: file)
    // "Socks" names no product, so neither side has a target product.
    #expect(profile.bothTargets.isEmpty)
    #expect(profile.promiseOnlyTargets.isEmpty)
    #expect(profile.mechanicsOnlyTargets.isEmpty)
    #expect(profile.products.count == 10)
  }

  @Test func anEmptyCatalogGivesEmptyBaskets() throws {
    let text = """
      {"format": "promoguard/1", "campaigns": [\(AuditFixture.campaign([:]))],
       "catalog": {"products": []}}
      """
    let files = try CampaignLoader.load([CampaignSource(path: "e.json", bytes: Array(text.utf8))])
    let file = try #require(files.first)
    let campaign = try #require(file.campaigns.first)
    let generator = ScenarioGenerator(
      profile: CampaignProfile(campaign: campaign, file: file), seed: 3)
    #expect(generator.profile.products.isEmpty)
    for index in 0..<400 {
      #expect(Self.lines(of: generator.scenario(at: index)).isEmpty)
    }
    let findings = StaticAudit.findings(files: files)
    #expect(
      findings.map(\.summary) == [
        "nobody can get the discount: the catalog has no products, so no basket holds anything to "
          + "discount"
      ])
  }

  @Test func withoutACatalogEveryProductIsInventedAndMarked() throws {
    let files = try ReachFixture.files(
      [AuditFixture.campaign(["target": #"{"include": {"categories": ["socks"]}}"#])],
      withCatalog: false)
    let file = try #require(files.first)
    let campaign = try #require(file.campaigns.first)
    let profile = CampaignProfile(campaign: campaign, file: file)
    #expect(!profile.products.isEmpty)
    #expect(profile.products.allSatisfy { $0.isInvented })
    #expect(profile.products.map(\.sku).contains("GEN-CAT-socks"))
  }

  @Test func inventedProductsAreShownAsInvented() {
    func line(_ sku: String, _ categories: [String], _ tags: [String]) -> Checkout.Line {
      Checkout.Line(
        sku: sku, name: sku.lowercased(), categories: categories, tags: tags,
        unitPrice: Money(minorUnits: 400, currency: .usd), quantity: 1)
    }
    let checkout = Checkout(
      currency: .usd,
      lines: [
        line("GEN-CAT-socks", ["socks"], []), line("GEN-TAG-wool", [], ["wool"]),
        line("GEN-MIX-socks-sale", ["socks", "sale"], []), line("SABLE", [], []),
      ],
      shipping: Money(minorUnits: 0, currency: .usd), customer: nil, channel: "web",
      at: Instant(microsecondsSinceEpoch: 0), codes: [])
    let shown = CheckoutSummary.lines(checkout, catalog: .absent)
    #expect(
      Array(shown.dropFirst(3).prefix(4)) == [
        "1 × an item in category socks (invented: the file has no catalog) at $4.00",
        "1 × an item tagged #wool (invented: the file has no catalog) at $4.00",
        "1 × an item in categories socks and sale (invented: the file has no catalog) at $4.00",
        "1 × an item with SKU SABLE (invented: the file has no catalog) at $4.00",
      ])
    #expect(
      CheckoutSummary.lines(checkout, catalog: .skus(["SABLE"])).dropFirst(6).first
        == "1 × sable (SABLE) at $4.00")
  }

  @Test func checkSaysReachWasNotTestedInEveryFormat() throws {
    // The mechanics leave out 20% for the tag "sale" the terms do not exclude: findings with examples.
    let files = try ReachFixture.files(
      [
        AuditFixture.campaign([
          "activation": #"{"automatic": true}"#,
          "target": #"{"include": {"categories": ["socks"]}, "exclude": {"tags": ["sale"]}}"#,
          "terms":
            #"{"benefit": {"percentOff": 20}, "target": {"include": {"categories": ["socks"]}}}"#,
        ])
      ], withCatalog: false)
    let result = CheckRun.run(
      files: files, configuration: CheckConfiguration(scenarios: 100, seed: 1, threads: 1))
    let report = try #require(result.reports.first)
    #expect(!report.isReachTested)
    let text = TextReport.render(result)
    #expect(text.contains("\n  " + TextReport.reachNotTested + "\n"))
    // The harness's example baskets are of invented products, and say so.
    #expect(report.findings.contains { $0.example != nil })
    #expect(text.contains("(invented: the file has no catalog) at "))
    #expect(JSONReport.render(result).contains(#""reachTested": false"#))
    let junit = JUnitReport.render(result)
    #expect(junit.contains(#"<property name="reach" value="reach not tested: the file has no "#))
  }
}
