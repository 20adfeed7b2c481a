import PromoGuard
import Testing

@testable import PromoGuardCheck

/// The published wording's currencies, caps, limits, exclusions, combining, first order, channels and minimum
/// spends against the structured terms.
@Suite struct WordingFactsTests {
  /// A case whose mechanics and terms share `shared`.
  static func worded(
    _ text: String, _ shared: [(String, String)] = [], campaign: [(String, String)] = [],
    terms: [(String, String)] = [], name: String, expected: [String] = []
  ) -> AuditCase {
    WordingFixture.worded(
      text, shared, campaign: campaign, terms: terms, name: name, expected: expected)
  }

  /// Ten dollars off.
  static let tenOff = ("benefit", #"{"amountOff": "10.00"}"#)

  /// Amounts in a currency.
  static let currencies: [AuditCase] = [
    worded(
      "Dinner for two, up to £80.00; wine from £20.", campaign: [("currency", #""EUR""#)],
      name: "pounds in a euro campaign, one finding for the currency",
      expected: [
        "termsDrift: the published wording states an amount in British pounds (\"£80.00\") "
          + "(terms.text), but the structured terms are in euros (terms.currency)"
      ]),
    worded(
      "20% off, 10 USD off your delivery.", campaign: [("currency", #""EUR""#)],
      name: "a code after the amount",
      expected: [
        "termsDrift: the published wording states an amount in US dollars (\"10 USD\") "
          + "(terms.text), but the structured terms are in euros (terms.currency)"
      ]),
    worded(
      "$15 off your order.", [tenOff], campaign: [("currency", #""CAD""#)],
      name: "a bare dollar amount is read in Canadian dollars",
      expected: [
        "termsDrift: the published wording says CAD 15.00 off (terms.text) but the structured "
          + "terms give CAD 10.00 off (terms.benefit)"
      ]),
    worded(
      "$10 off your order.", [tenOff], campaign: [("currency", #""CAD""#)],
      name: "$ with CAD agrees"),
    worded(
      "€10 off your order.", [tenOff], campaign: [("currency", #""EUR""#)], name: "€ with EUR"),
    worded(
      "15% off when you spend ¥5,000 or more.",
      [("benefit", #"{"percentOff": 15}"#), ("conditions", #"{"minSubtotal": "5000"}"#)],
      campaign: [("currency", #""JPY""#)], name: "¥ with JPY"),
    worded(
      "15% off when you spend ¥500 or more.",
      [("benefit", #"{"percentOff": 15}"#), ("conditions", #"{"minSubtotal": "500.00"}"#)],
      campaign: [("currency", #""CNY""#)], name: "¥ with CNY"),
    worded(
      "US$10 off your order.", [tenOff], campaign: [("currency", #""CAD""#)],
      name: "US dollars in a Canadian campaign",
      expected: [
        "termsDrift: the published wording states an amount in US dollars (\"US$10\") "
          + "(terms.text), but the structured terms are in Canadian dollars (terms.currency)"
      ]),
    worded("20% off everything.", campaign: [("currency", #""EUR""#)], name: "silent: no amount"),
  ]

  /// Caps on the discount, in money and in percent.
  static let caps: [AuditCase] = [
    worded(
      "20% off, maximum discount of $25.", [("maxDiscount", #""30.00""#)],
      name: "a maximum discount the terms do not give",
      expected: [
        "termsDrift: the published wording caps the discount at $25.00 (terms.text) but the "
          + "structured terms cap it at $30.00 (terms.maxDiscount)"
      ]),
    worded("20% off, save up to $30.", [("maxDiscount", #""30.00""#)], name: "save up to the cap"),
    worded(
      "Up to 50% off.", name: "a percentage ceiling above the terms'",
      expected: [
        "termsDrift: the published wording says up to 50% off (terms.text) but the structured "
          + "terms give at most 20% off (terms.benefit)"
      ]),
    worded(
      "Up to 50% off.",
      [
        (
          "benefit",
          #"{"tiers": [{"minSubtotal": "100.00", "percentOff": 10}, {"minSubtotal": "200.00", "percentOff": 50}]}"#
        )
      ], name: "a percentage ceiling that is the highest tier"),
    worded("20% off.", [("maxDiscount", #""30.00""#)], name: "silent: no cap stated"),
  ]

  /// Limits per customer and in total.
  static let limits: [AuditCase] = [
    worded(
      "20% off. Limit one per customer.", name: "once per customer where the terms set no limit",
      expected: [
        "termsDrift: the published wording says \"Limit one per customer\" (terms.text), but the "
          + "structured terms set no limit per customer (terms.limits)"
      ]),
    worded(
      "20% off. One use per customer.", [("limits", #"{"perCustomer": 1}"#)],
      name: "one use per customer agrees"),
    worded(
      "20% off, 2 uses per customer.", [("limits", #"{"perCustomer": 1}"#)],
      name: "two uses where the terms allow one",
      expected: [
        "termsDrift: the published wording says \"2 uses per customer\" (terms.text), but the "
          + "structured terms allow one use per customer (terms.limits.perCustomer)"
      ]),
    worded(
      "20% off for the first 1,000 orders.", [("limits", #"{"total": 1000}"#)],
      name: "the first 1,000 orders agrees"),
    worded(
      "20% off for the first 500 customers.", [("limits", #"{"total": 1000}"#)],
      name: "the first 500 customers where the terms allow 1,000",
      expected: [
        "termsDrift: the published wording says \"first 500 customers\" (terms.text), but the "
          + "structured terms allow 1,000 redemptions in total (terms.limits.total)"
      ]),
    worded(
      "20% off, limited to 200 redemptions.", name: "a total limit the terms do not set",
      expected: [
        "termsDrift: the published wording says \"limited to 200 redemptions\" (terms.text), but "
          + "the structured terms set no limit on redemptions in total (terms.limits)"
      ]),
    worded(
      "20% off; we give $5 per customer to charity.", [("limits", #"{"perCustomer": 1}"#)],
      name: "silent: an amount per customer is no limit"),
  ]

  /// Excluded products and claims of every product.
  static let exclusions: [AuditCase] = [
    worded(
      "20% off, excluding sale items.", [("target", #"{"exclude": {"tags": ["sale"]}}"#)],
      name: "excluding sale items agrees with the tag sale"),
    worded(
      "20% off. Gift cards excluded.",
      [("target", #"{"exclude": {"categories": ["gift-cards"]}}"#)],
      name: "gift cards agrees with the category gift-cards"),
    worded(
      "20% off. Not valid on gift cards or clearance.",
      [("target", #"{"exclude": {"categories": ["gift-cards"]}}"#)],
      name: "an exclusion the terms do not make",
      expected: [
        "termsDrift: the published wording excludes \"clearance\" (terms.text), but the "
          + "structured terms exclude only the category \"gift-cards\" (terms.target.exclude): "
          + "customers are told those products get no discount"
      ]),
    worded(
      "20% off, excluding sale items.", name: "an exclusion where the terms exclude nothing",
      expected: [
        "termsDrift: the published wording excludes \"sale items\" (terms.text), but the "
          + "structured terms exclude nothing (terms.target): customers are told those products "
          + "get no discount"
      ]),
    worded(
      "20% off sitewide.", [("target", #"{"include": {"categories": ["bedding"]}}"#)],
      name: "sitewide where the terms cover one category",
      expected: [
        "termsDrift: the published wording says the offer covers \"sitewide\" (terms.text), but "
          + "the structured terms cover only the category \"bedding\" (terms.target.include)"
      ]),
    worded(
      "20% off your entire order.", [("target", #"{"exclude": {"categories": ["gift-cards"]}}"#)],
      name: "your entire order where the terms exclude gift cards",
      expected: [
        "termsDrift: the published wording says the offer covers \"entire order\" (terms.text), "
          + "but the structured terms exclude the category \"gift-cards\" (terms.target.exclude), "
          + "which the wording does not mention"
      ]),
    worded(
      "20% off your entire order. Gift cards are excluded.",
      [("target", #"{"exclude": {"categories": ["gift-cards"]}}"#)],
      name: "the entire order with the exclusion stated"),
    worded(
      "20% off everything in bedding.", [("target", #"{"include": {"categories": ["bedding"]}}"#)],
      name: "everything narrowed by the words after it"),
    worded(
      "20% off. Prices exclude VAT.", [("target", #"{"include": {"categories": ["bedding"]}}"#)],
      name: "silent: tax is not a product"),
  ]

  /// Combining with other offers.
  static let combining: [AuditCase] = [
    worded(
      "20% off. Cannot be combined with other offers.",
      campaign: [("stacking", #"{"exclusive": true}"#)], terms: [("combinable", "false")],
      name: "not combinable agrees"),
    worded(
      "20% off. Cannot be combined with other offers.", name: "not combinable where terms combine",
      expected: [
        "termsDrift: the published wording says \"Cannot be combined\" (terms.text), but the "
          + "structured terms let the offer combine with other offers (terms.combinable)"
      ]),
    worded(
      "20% off. Not valid with any other offer.", name: "not valid with any other offer",
      expected: [
        "termsDrift: the published wording says \"Not valid with any other offer\" (terms.text), "
          + "but the structured terms let the offer combine with other offers (terms.combinable)"
      ]),
    worded(
      "20% off. Can be combined with other offers.",
      campaign: [("stacking", #"{"exclusive": true}"#)], terms: [("combinable", "false")],
      name: "combinable where the terms say it does not combine",
      expected: [
        "termsDrift: the published wording says \"Can be combined\" (terms.text), but the "
          + "structured terms say it does not combine with other offers (terms.combinable)"
      ]),
    worded(
      "20% off.", campaign: [("stacking", #"{"exclusive": true}"#)],
      terms: [("combinable", "false")], name: "silent: combining not stated"),
  ]

  /// First orders and channels.
  static let customersAndChannels: [AuditCase] = [
    worded(
      "15% off your first order.",
      [("benefit", #"{"percentOff": 15}"#), ("conditions", #"{"firstOrder": true}"#)],
      name: "your first order agrees"),
    worded(
      "20% off. New customers only.", name: "new customers only where any order qualifies",
      expected: [
        "termsDrift: the published wording says \"New customers only\" (terms.text), but the "
          + "structured terms do not require a first order (terms.conditions.firstOrder)"
      ]),
    worded(
      "20% off for the first 1,000 orders.", [("limits", #"{"total": 1000}"#)],
      name: "silent: the first 1,000 orders is not a first order"),
    worded("20% off, app only.", [("channels", #"["app"]"#)], name: "app only agrees"),
    worded(
      "20% off. App only.", [("channels", #"["web", "app"]"#)],
      name: "app only where the terms allow the web too",
      expected: [
        "termsDrift: the published wording says \"App only\" (terms.text), but the structured "
          + "terms allow \"web\", \"app\" (terms.channels)"
      ]),
    worded(
      "20% off. In-store only.", name: "in-store only where the terms allow every channel",
      expected: [
        "termsDrift: the published wording says \"In-store only\" (terms.text), but the "
          + "structured terms allow every channel (terms.channels)"
      ]),
    worded(
      "20% off online or in our app.", [("channels", #"["web", "app"]"#)],
      name: "online or in our app agrees"),
    worded(
      "20% off, also in store.", [("channels", #"["web"]"#)],
      name: "a channel the terms do not allow",
      expected: [
        "termsDrift: the published wording says the offer can be used \"in store\" (terms.text), "
          + "but the structured terms allow only \"web\" (terms.channels)"
      ]),
    worded("20% off.", [("channels", #"["store"]"#)], name: "silent: no channel named"),
    worded(
      "20% off in the app. App only: not valid on the website or in store.",
      [("channels", #"["app"]"#)],
      name: "channels denied in a list are neither excluded products nor channels the offer allows"),
  ]

  /// Minimum spends, tiers included.
  static let minimumSpends: [AuditCase] = [
    worded(
      "15% off when you spend $100.",
      [("benefit", #"{"tiers": [{"minSubtotal": "100.00", "percentOff": 15}]}"#)],
      name: "a single tier's minimum is the minimum spend"),
    worded(
      "20% off, min. order $60.", [("conditions", #"{"minSubtotal": "50.00"}"#)],
      name: "min. order above the terms' minimum",
      expected: [
        "termsDrift: the published wording states a minimum spend of $60.00 (terms.text) but the "
          + "structured terms state a minimum spend of $50.00 (terms.conditions.minSubtotal)"
      ]),
    worded(
      "20% off on orders of $50 or more.", name: "a minimum spend the terms do not state",
      expected: [
        "termsDrift: the published wording states a minimum spend of $50.00 (terms.text) but the "
          + "structured terms state no minimum spend (terms.conditions)"
      ]),
    worded(
      "20% off.", [("conditions", #"{"minSubtotal": "50.00"}"#)],
      name: "silent: no minimum spend stated"),
  ]

  /// The welcome offer's whole terms, every fact stated and agreeing.
  static let welcomeFields: [(String, String)] = [
    ("benefit", #"{"percentOff": 15}"#),
    ("conditions", #"{"firstOrder": true, "minSubtotal": "50.00"}"#),
    ("maxDiscount", #""30.00""#), ("limits", #"{"perCustomer": 1}"#),
    ("target", #"{"exclude": {"categories": ["gift-cards"]}}"#), ("channels", #"["web", "app"]"#),
  ]

  /// Whole texts and phrases that look like facts but are not.
  static let nearMisses: [AuditCase] = [
    worded(
      "Welcome offer: 15% off your first order, up to $30.00 off. Once per customer; sign in to "
        + "use it. Gift cards are excluded. Valid from 1 December 2026 until 31 December 2026 at "
        + "11:59pm ET. Cannot be combined with any other offer. Available online and in our app, "
        + "not in stores. Minimum spend $50. Promoter: Acme Inc., 1 Main St, Hartford, CT 06103. "
        + "Prices include VAT at 20%; excluding delivery charges. Offer ends midnight Thursday "
        + "31 December 2026 New York time.",
      welcomeFields,
      campaign: [
        ("timeZone", #""America/New_York""#), ("starts", #""2026-12-01T00:00:00""#),
        ("ends", #""2027-01-01T00:00:00""#), ("stacking", #"{"exclusive": true}"#),
      ], terms: [("combinable", "false")], name: "a whole published text that agrees"),
    worded(
      "Shop online at example.com. Offer valid in store only, not online.",
      [("channels", #"["store"]"#)], name: "a channel named to deny it, and a shop's address"),
    worded(
      "Excludes items tagged clearance. Can be combined with other offers. Valid from 1 October "
        + "2026 at 00:00 (America/New_York) until 14 October 2026 at 23:59:59 (America/New_York).",
      [("target", #"{"exclude": {"tags": ["clearance"]}}"#)],
      campaign: [
        ("timeZone", #""America/New_York""#), ("starts", #""2026-10-01T00:00:00""#),
        ("ends", #""2026-10-15T00:00:00""#),
      ], name: "the text `promoguard terms` generates"),
    worded(
      "20% off everything except as stated, excluding previous purchases and weekends.",
      name: "exclusions that are not products"),
    worded(
      "20% off online or in our app.", [("channels", #"["store"]"#)],
      name: "channels the terms do not allow, quoted in the wording's words",
      expected: [
        "termsDrift: the published wording says the offer can be used \"online\" (terms.text), "
          + "but the structured terms allow only \"store\" (terms.channels)",
        "termsDrift: the published wording says the offer can be used \"in our app\" "
          + "(terms.text), but the structured terms allow only \"store\" (terms.channels)",
      ]),
  ]

  @Test(arguments: nearMisses) func readsWholeTextsConservatively(_ auditCase: AuditCase) throws {
    #expect(try auditCase.actual() == auditCase.expected)
  }

  @Test(arguments: currencies + caps) func comparesCurrenciesAndCaps(_ auditCase: AuditCase) throws
  {
    #expect(try auditCase.actual() == auditCase.expected)
  }

  @Test(arguments: limits) func comparesLimits(_ auditCase: AuditCase) throws {
    #expect(try auditCase.actual() == auditCase.expected)
  }

  @Test(arguments: exclusions) func comparesExclusions(_ auditCase: AuditCase) throws {
    #expect(try auditCase.actual() == auditCase.expected)
  }

  @Test(arguments: combining + customersAndChannels)
  func comparesCombiningCustomersAndChannels(_ auditCase: AuditCase) throws {
    #expect(try auditCase.actual() == auditCase.expected)
  }

  @Test(arguments: minimumSpends) func comparesMinimumSpends(_ auditCase: AuditCase) throws {
    #expect(try auditCase.actual() == auditCase.expected)
  }

  @Test func readsOnlyTheFirst64KiB() throws {
    // 70,000 bytes of one long word, then a contradicting sentence after the first 65,536 bytes.
    let text = "20% off. " + String(repeating: "x", count: 70_000) + " Take 25% off."
    #expect(try WordingFixture.worded(text, name: "long", expected: []).actual() == [])
  }

  @Test func readsALongTextInLinearTime() throws {
    // About 30 KiB of attributed facts, each agreeing: a reading quadratic in the length would take many
    // minutes; a linear one takes a few seconds even in a debug build on a busy machine.
    let sentence = "$10 off until 13 December 2026, once per customer, excluding sale items. "
    let text = String(repeating: sentence, count: 30_000 / sentence.utf8.count)
    let auditCase = WordingFixture.worded(
      text,
      [
        Self.tenOff, ("limits", #"{"perCustomer": 1}"#),
        ("target", #"{"exclude": {"tags": ["sale"]}}"#),
      ],
      campaign: [("ends", #""2026-12-14""#)], name: "long", expected: [])
    let clock = ContinuousClock()
    let start = clock.now
    #expect(try auditCase.actual() == [])
    #expect(clock.now - start < .seconds(60))
  }
}
