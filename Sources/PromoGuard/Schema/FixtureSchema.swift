/// The one description of the campaign file and checkout formats that the JSON Schemas are built from.
///
/// Every object a decoder reads is listed here with its keys, the kind of each value, a description and
/// examples. `promoguard schema` renders it as JSON Schema (draft 2020-12); `Docs/schema/` holds the same
/// text; the schema tests hold it to the decoders' own lists of keys and to what they accept.
package enum FixtureSchema {
  /// The JSON Schema of a campaign file.
  package static let campaignFile = SchemaDocument(
    name: "campaign",
    title: "PromoGuard campaign file (promoguard/1)",
    description:
      "A campaign file: its campaigns (mechanics, terms, messages) and the catalog the pre-launch "
      + "checks build baskets from. Reference: Docs/FixtureFormat.md.",
    root: "campaignFile",
    objects: [
      campaignFileObject, campaign, terms, activation, audience, conditions, maxItems, target,
      selector, benefit, reward, tier, gift, limits, stacking, message, link, pool, poolColumns,
      recipients, recipientColumns, catalog, product,
    ])

  /// The JSON Schema of a checkout, the input of `promoguard evaluate`.
  package static let checkout = SchemaDocument(
    name: "checkout",
    title: "PromoGuard checkout",
    description:
      "One basket at one moment: its lines, customer, codes, channel and time — the input of "
      + "`promoguard evaluate` and `promoguard explain`. Reference: Docs/FixtureFormat.md#checkout.",
    root: "checkout",
    objects: [checkoutObject, line, customer])

  /// Every document, in the order `promoguard schema --help` lists them.
  package static let documents = [campaignFile, checkout]

  // MARK: - Shared values

  private static func schemaKey(_ fileName: String) -> SchemaProperty {
    SchemaProperty(
      "$schema", .text,
      "The JSON Schema of this file, for editors that complete and check as you type; promoguard "
        + "ignores it.",
      examples: ["\"../Docs/schema/\(fileName)\""])
  }

  private static let idList = SchemaValue.list(of: .nonEmptyText, allowsEmpty: true)

  // MARK: - Campaign file

  private static let campaignFileObject = SchemaObject(
    "campaignFile", "A campaign file: the format, the campaigns and an optional catalog.",
    required: ["format", "campaigns"],
    properties: [
      schemaKey("campaign.schema.json"),
      SchemaProperty(
        "format", .oneOf(["promoguard/1"]), "The version of this format.",
        examples: [#""promoguard/1""#]),
      SchemaProperty(
        "campaigns", .list(of: .object("campaign"), allowsEmpty: true),
        "The campaigns. Ids are unique and codes must not collide across every file loaded together.",
        examples: [
          #"[{"id": "sept-20", "name": "20% off", "currency": "USD", "activation": {"codes": ["SEPT20"]}, "benefit": {"percentOff": 20}}]"#
        ]
      ),
      SchemaProperty(
        "catalog", .object("catalog"),
        "The products the pre-launch checks build baskets from (the shop's whole assortment).",
        examples: [#"{"products": [{"sku": "SABLE-THROW", "price": "149.00"}]}"#]),
    ])

  /// The mechanics vocabulary, shared by a campaign and its terms.
  private static let rules: [SchemaProperty] = [
    SchemaProperty(
      "currency", .currency,
      "The ISO 4217 code of every amount in the campaign; a checkout in another currency gets "
        + "wrongCurrency.",
      examples: [#""USD""#, #""EUR""#, #""JPY""#]),
    SchemaProperty(
      "timeZone", .timeZone,
      "The IANA zone that starts, ends and message sentAt are written in when they have no offset "
        + "(default UTC; daylight saving aware).",
      examples: [#""America/New_York""#, #""Europe/London""#, #""UTC""#]),
    SchemaProperty(
      "starts", .timestamp,
      "The first moment the campaign works (included). Absent: always started.",
      examples: [#""2026-10-01T00:00:00""#, #""2026-10-01""#, #""2026-10-01T00:00:00-04:00""#]),
    SchemaProperty(
      "ends", .timestamp,
      "The first moment the campaign no longer works (excluded); later than starts. Absent: never "
        + "ends.",
      examples: [#""2026-10-15""#, #""2026-10-15T00:00:00""#]),
    SchemaProperty(
      "activation", .object("activation"),
      "How customers get the discount: codes they type, or automatically.",
      examples: [#"{"codes": ["SEPT20"]}"#, #"{"automatic": true}"#]),
    SchemaProperty(
      "codeMatching", .oneOf(["relaxed", "exact"]),
      "How typed codes are compared: relaxed (default: case, spaces, dashes and underscores "
        + "ignored) or exact.",
      examples: [#""relaxed""#, #""exact""#]),
    SchemaProperty(
      "audience", .object("audience"),
      "Who may use it: customers in any of the segments, or listed by id. Absent: everyone.",
      examples: [#"{"segments": ["vip"]}"#, #"{"customers": ["c-1042"]}"#]),
    SchemaProperty(
      "channels", .list(of: .nonEmptyText, allowsEmpty: false),
      "Where the order may be placed, compared exactly with the checkout's channel. Absent: "
        + "everywhere.",
      examples: [#"["web", "app"]"#]),
    SchemaProperty(
      "conditions", .object("conditions"),
      "What the basket or customer must meet, measured at original prices on the target lines (or "
        + "the whole basket with scope order).",
      examples: [
        #"{"minSubtotal": "75.00"}"#, #"{"firstOrder": true}"#,
        #"{"minSubtotal": "50.00", "scope": "order"}"#, #"{"maxSubtotal": "200.00"}"#,
      ]),
    SchemaProperty(
      "target", .object("target"),
      "Which lines are discounted and counted for conditions. Absent: every line.",
      examples: [#"{"include": {"categories": ["towels"]}}"#]),
    SchemaProperty(
      "benefit", benefitValue,
      "What it takes off: exactly one kind of discount, or a list of one line benefit and one "
        + "shipping benefit (one code, each rounded once, maxDiscount capping their sum, lines first).",
      examples: [
        #"{"percentOff": 20}"#, #"{"amountOff": "10.00"}"#,
        #"{"fixedPrice": "25.00", "quantity": 3}"#, #"{"buy": 2, "get": 1}"#,
        #"{"shipping": {"percentOff": 100}}"#, #"{"amountOffEach": "5.00"}"#,
        #"{"gift": {"skus": ["TOTE-BAG"], "quantity": 1}}"#,
        #"[{"percentOff": 20}, {"shipping": {"percentOff": 100}}]"#,
      ]),
    SchemaProperty(
      "maxDiscount", .money, "The most this campaign takes off one order (above 0).",
      examples: [#""30.00""#]),
    SchemaProperty(
      "maxItems", .anyOf([.integer(1...1_000_000_000), .object("maxItems")]),
      "Only this many target units priced above zero are discounted: the cheapest ones (a number), "
        + "or those pick chooses.",
      examples: ["2", #"{"count": 2, "pick": "mostExpensive"}"#]),
    SchemaProperty(
      "limits", .object("limits"), "How often it may be redeemed. Absent: unlimited.",
      examples: [#"{"perCustomer": 1}"#, #"{"total": 1000}"#, #"{"budget": "5000.00"}"#]),
    SchemaProperty(
      "stacking", .object("stacking"),
      "Whether it combines with other offers, and in which order (default not exclusive, "
        + "priority 0).",
      examples: [#"{"exclusive": true, "priority": 5}"#]),
    SchemaProperty(
      "rounding", .oneOf(["halfUp", "halfEven", "down"]),
      "How the exact discount is rounded to the minor unit, once per campaign and order (default "
        + "halfUp).",
      examples: [#""halfUp""#, #""down""#]),
  ]

  private static let campaign = SchemaObject(
    "campaign",
    "A campaign: its mechanics (what checkout does), its terms (the promise) and its messages.",
    required: ["id", "name", "currency", "activation", "benefit"],
    properties: [
      SchemaProperty(
        "id", .campaignID,
        "A unique name for machines: lower-case letters, digits and dashes, at most 100 "
          + "characters; unique across all files.",
        examples: [#""sept-20""#, #""welcome-15""#]),
      SchemaProperty(
        "name", .nonEmptyText, "What customers and agents see.",
        examples: [#""20% off your entire order""#]),
    ] + rules + [
      SchemaProperty(
        "terms", .object("terms"),
        "The published promise, in the same vocabulary as the mechanics. Absent: the mechanics are "
          + "the promise.",
        examples: [#"{"text": "20% off everything.", "benefit": {"percentOff": 20}}"#]),
      SchemaProperty(
        "messages", .list(of: .object("message"), allowsEmpty: true),
        "The emails, SMS, posts and pages that advertise the campaign.",
        examples: [#"[{"id": "sept-email", "channel": "email", "code": "SEPT20"}]"#]),
      SchemaProperty(
        "expectFindings",
        .list(of: .oneOf(FindingKind.allCases.map(\.rawValue)), allowsEmpty: true),
        "Finding kinds the pre-launch check is known to report for this campaign (teaching stories "
          + "and acknowledged issues).",
        examples: [#"["termsDrift"]"#]),
    ])

  private static let terms = SchemaObject(
    "terms",
    "The promise as published. A restriction the terms do not state is not promised; omitted "
      + "period, time zone, currency, activation and rounding are the campaign's.",
    required: ["benefit"],
    properties: [
      SchemaProperty(
        "name", .nonEmptyText, "The offer's name as published.", examples: [#""20% off""#])
    ] + rules + [
      SchemaProperty(
        "combinable", .boolean,
        "Whether the terms say it combines with other offers (default true, or false with "
          + "\"stacking\": {\"exclusive\": true}).",
        examples: ["false"]),
      SchemaProperty(
        "text", .text, "The published wording.",
        examples: [#""15% off your first order, up to $30.00 off.""#]),
    ])

  private static let activation = SchemaObject(
    "activation", "How customers get the discount: exactly one of codes, pool or automatic.",
    exactlyOneOf: ["codes", "pool", "automatic"],
    properties: [
      SchemaProperty(
        "codes", .list(of: .nonEmptyText, allowsEmpty: false),
        "The codes customers type: at most 64 characters each, with a letter or digit.",
        examples: [#"["SEPT20"]"#, #"["SORRY10", "APOLOGY10"]"#]),
      SchemaProperty(
        "automatic", .alwaysTrue, "Applies to every eligible order without a code.",
        examples: ["true"]),
      SchemaProperty(
        "pool", .object("pool"),
        "Unique codes read from a CSV file next to the campaign file (one code per customer or email).",
        examples: [#"{"file": "codes/sample.csv", "columns": {"code": "coupon_code"}}"#]),
    ])

  private static let pool = SchemaObject(
    "pool",
    "A pool of codes in a CSV (or one-code-per-line) file: column code, optional customer and expires.",
    required: ["file"],
    properties: [
      SchemaProperty(
        "file", .nonEmptyText, "The file, relative to the campaign file.",
        examples: [#""codes/sample.csv""#]),
      SchemaProperty(
        "singleUse", .boolean, "Each code redeems once, across all customers (default true).",
        examples: ["true", "false"]),
      SchemaProperty(
        "validFor", .nonEmptyText,
        "An ISO 8601 duration counted from the recipient's send time (days in the campaign's zone; "
          + "months and years refused).",
        examples: [#""P14D""#, #""PT48H""#]),
      SchemaProperty(
        "columns", .object("poolColumns"), "The file's column names, when the export uses others.",
        examples: [#"{"code": "coupon_code", "customer": "external_id", "expires": "valid_until"}"#]
      ),
    ])

  private static let poolColumns = SchemaObject(
    "poolColumns", "The column names of a pool file (defaults: code, customer, expires).",
    properties: [
      SchemaProperty(
        "code", .nonEmptyText, "The column with the codes.", examples: [#""coupon_code""#]),
      SchemaProperty(
        "customer", .nonEmptyText, "The column binding a code to a customer id.",
        examples: [#""external_id""#]),
      SchemaProperty(
        "expires", .nonEmptyText,
        "The column with each code's own end (an instant, or a local time in the campaign's zone).",
        examples: [#""valid_until""#]),
    ])

  private static let recipients = SchemaObject(
    "recipients",
    "The list the email platform sent: one row a recipient, with customer and/or email, the code shown "
      + "and the send time.",
    required: ["file"],
    properties: [
      SchemaProperty(
        "file", .nonEmptyText, "The file, relative to the campaign file.",
        examples: [#""sends/sample.csv""#]),
      SchemaProperty(
        "columns", .object("recipientColumns"),
        "The file's column names, when the export uses others.",
        examples: [
          #"{"customer": "external_id", "email": "Email", "code": "coupon", "sentAt": "send_time"}"#
        ]),
    ])

  private static let recipientColumns = SchemaObject(
    "recipientColumns",
    "The column names of a recipients file (defaults: customer, email, code, sentAt).",
    properties: [
      SchemaProperty(
        "customer", .nonEmptyText, "The column with the customer id.", examples: [#""external_id""#]
      ),
      SchemaProperty(
        "email", .nonEmptyText, "The column with the email address.", examples: [#""Email""#]),
      SchemaProperty(
        "code", .nonEmptyText, "The column with the code shown.", examples: [#""coupon""#]),
      SchemaProperty(
        "sentAt", .nonEmptyText,
        "The column with the row's send time (else the message's sentAt).",
        examples: [#""send_time""#]),
    ])

  private static let audience = SchemaObject(
    "audience",
    "Who may use it (or receives a message): a customer listed in customers or in any of segments.",
    properties: [
      SchemaProperty(
        "segments", idList, "Customers in any of these segments, compared exactly.",
        examples: [#"["email-subscribers"]"#, #"["vip"]"#]),
      SchemaProperty(
        "customers", idList, "These customer ids (customer-bound codes, recovery vouchers).",
        examples: [#"["c-1042"]"#]),
    ])

  private static let conditions = SchemaObject(
    "conditions",
    "What the basket or customer must meet, measured on the target lines (or the whole basket).",
    properties: [
      SchemaProperty(
        "minSubtotal", .money, "The target lines must add up to at least this.",
        examples: [#""75.00""#]),
      SchemaProperty(
        "minQuantity", .integer(0...1_000_000_000), "At least this many target units.",
        examples: ["3"]),
      SchemaProperty(
        "firstOrder", .boolean,
        "Only for a signed-in customer with no earlier order (orderCount 0).", examples: ["true"]),
      SchemaProperty(
        "maxSubtotal", .money,
        "The offer holds only up to this subtotal (included; above 0, not below minSubtotal).",
        examples: [#""200.00""#]),
      SchemaProperty(
        "scope", .oneOf(["target", "order"]),
        "Where minSubtotal, minQuantity, maxSubtotal and tiers are measured: target (default) or "
          + "order (the whole basket; only target lines are discounted).",
        examples: [#""order""#]),
    ])

  private static let maxItems = SchemaObject(
    "maxItems", "How many target units are discounted, and which.", required: ["count"],
    properties: [
      SchemaProperty(
        "count", .integer(1...1_000_000_000),
        "At most this many units priced above zero are discounted.", examples: ["2"]),
      SchemaProperty(
        "pick", .oneOf(["cheapest", "mostExpensive"]),
        "Which units the cap takes (default cheapest).", examples: [#""mostExpensive""#]),
    ])

  private static let target = SchemaObject(
    "target", "Which lines are targets: included (or all) and not excluded.",
    properties: [
      SchemaProperty(
        "include", .object("selector"), "Lines named here are targets. Absent: every line.",
        examples: [#"{"categories": ["bedding"]}"#]),
      SchemaProperty(
        "exclude", .object("selector"), "Lines named here are never targets.",
        examples: [#"{"tags": ["clearance"]}"#]),
    ])

  private static let selector = SchemaObject(
    "selector",
    "Products named by SKU, category or tag (any of them); names are compared exactly.",
    properties: [
      SchemaProperty("skus", idList, "Product SKUs.", examples: [#"["GIFT-CARD-50"]"#]),
      SchemaProperty("categories", idList, "Product categories.", examples: [#"["towels"]"#]),
      SchemaProperty("tags", idList, "Product tags.", examples: [#"["clearance"]"#]),
    ])

  /// A benefit object, or a list of a line benefit and a shipping benefit.
  private static let benefitValue = SchemaValue.anyOf([
    .object("benefit"), .list(of: .object("benefit"), allowsEmpty: false),
  ])

  private static let benefit = SchemaObject(
    "benefit",
    "Exactly one kind of discount: percentOff; amountOff; amountOffEach; fixedPrice (with "
      + "quantity); buy and get (with percentOff); tiers; shipping; or gift.",
    dependentRequired: [
      ("quantity", ["fixedPrice"]), ("buy", ["get"]), ("get", ["buy"]),
    ],
    properties: [
      SchemaProperty(
        "percentOff", .percentage,
        "Percent off each target line (more than 0, at most 100); with buy/get, the percent off "
          + "the free units (default 100).",
        examples: ["20", #""12.5""#]),
      SchemaProperty(
        "amountOff", .money,
        "An amount off the target lines together, shared in proportion to their prices.",
        examples: [#""10.00""#]),
      SchemaProperty(
        "fixedPrice", .money, "Every complete group of quantity target units costs this.",
        examples: [#""25.00""#]),
      SchemaProperty(
        "quantity", .integer(1...1_000_000_000),
        "The units in a fixedPrice group (default 1).", examples: ["3"]),
      SchemaProperty(
        "buy", .integer(1...1_000_000_000),
        "Units paid for in each group of buy + get (most expensive first).", examples: ["2"]),
      SchemaProperty(
        "get", .integer(1...1_000_000_000),
        "The cheapest units of each group that get percentOff (free by default).",
        examples: ["1"]),
      SchemaProperty(
        "tiers", .list(of: .object("tier"), allowsEmpty: false),
        "The highest tier reached applies; from the smallest minSubtotal (or minQuantity) up, every "
          + "tier using the same one.",
        examples: [
          #"[{"minSubtotal": "150.00", "percentOff": 10}, {"minSubtotal": "300.00", "percentOff": 15}]"#,
          #"[{"minQuantity": 3, "percentOff": 10}, {"minQuantity": 5, "percentOff": 20}]"#,
        ]),
      SchemaProperty(
        "shipping", .object("reward"), "A discount on the shipping charge.",
        examples: [#"{"percentOff": 100}"#, #"{"amountOff": "5.00"}"#]),
      SchemaProperty(
        "amountOffEach", .money,
        "An amount off every target unit (with maxItems, every chosen unit), never below zero.",
        examples: [#""5.00""#]),
      SchemaProperty(
        "gift", .object("gift"),
        "Gift with purchase: up to quantity units of these SKUs in the basket become free.",
        examples: [#"{"skus": ["TOTE-BAG"], "quantity": 1}"#]),
    ])

  private static let gift = SchemaObject(
    "gift",
    "A gift with purchase: the listed SKUs' units in the basket, up to quantity, are free; a "
      + "qualifying basket without one is told which SKU to add.",
    required: ["skus"],
    properties: [
      SchemaProperty(
        "skus", .list(of: .nonEmptyText, allowsEmpty: false),
        "The SKUs that count as the gift, taken in this order, each once.",
        examples: [#"["TOTE-BAG"]"#]),
      SchemaProperty(
        "quantity", .integer(1...1_000_000_000), "Gift units free per order (default 1).",
        examples: ["1"]),
    ])

  private static let reward = SchemaObject(
    "reward", "A percentage or an amount off (exactly one).",
    exactlyOneOf: ["percentOff", "amountOff"],
    properties: [
      SchemaProperty(
        "percentOff", .percentage, "Percent off (more than 0, at most 100).",
        examples: ["100", #""12.5""#]),
      SchemaProperty(
        "amountOff", .money, "An amount off (above 0).", examples: [#""5.00""#]),
    ])

  private static let tier = SchemaObject(
    "tier",
    "A tier: from minSubtotal or minQuantity (exactly one), a percentage or an amount off (exactly "
      + "one).",
    exactlyOneOf: ["percentOff", "amountOff"], alsoExactlyOneOf: ["minSubtotal", "minQuantity"],
    properties: [
      SchemaProperty(
        "minSubtotal", .money, "The subtotal from which this tier applies.",
        examples: [#""150.00""#]),
      SchemaProperty(
        "minQuantity", .integer(1...1_000_000_000),
        "The number of units from which this tier applies.", examples: ["3"]),
      SchemaProperty(
        "percentOff", .percentage, "Percent off the target lines.", examples: ["10"]),
      SchemaProperty(
        "amountOff", .money, "An amount off the target lines.", examples: [#""10.00""#]),
    ])

  private static let limits = SchemaObject(
    "limits", "How often the campaign may be redeemed.",
    properties: [
      SchemaProperty(
        "total", .integer(0...Int64.max), "Redemptions allowed across all customers.",
        examples: ["1000"]),
      SchemaProperty(
        "perCustomer", .integer(0...Int64.max),
        "Redemptions allowed per customer; needs a signed-in customer.", examples: ["1"]),
      SchemaProperty(
        "budget", .money,
        "The most the campaign gives away across all orders, lines and shipping together (above "
          + "0); the order that reaches it gets what is left.",
        examples: [#""5000.00""#]),
    ])

  private static let stacking = SchemaObject(
    "stacking", "Whether the campaign combines with other offers, and in which order.",
    properties: [
      SchemaProperty(
        "exclusive", .boolean,
        "Does not combine: the customer gets this offer alone or the combinable ones together, "
          + "whichever saves more (default false).",
        examples: ["true"]),
      SchemaProperty(
        "priority", .integer(-1_000_000_000...1_000_000_000),
        "Combinable offers apply highest priority first; ties go by id (default 0).",
        examples: ["10"]),
    ])

  private static let message = SchemaObject(
    "message", "One email, SMS, push notification, post or page that advertises the campaign.",
    required: ["id"],
    properties: [
      SchemaProperty(
        "id", .nonEmptyText, "Unique within the campaign.", examples: [#""sept-email-1""#]),
      SchemaProperty(
        "channel", .nonEmptyText, "The medium (free text; not the checkout channel).",
        examples: [#""email""#, #""sms""#, #""landing""#]),
      SchemaProperty(
        "audience", .object("audience"), "Who receives it. Absent: everyone.",
        examples: [#"{"segments": ["email-subscribers"]}"#]),
      SchemaProperty(
        "sentAt", .timestamp,
        "When it goes out, in the campaign's timeZone unless it has an offset.",
        examples: [#""2026-10-01T08:00:00""#]),
      SchemaProperty(
        "advertises", benefitValue,
        "What it says customers get; must not be more than the terms.",
        examples: [#"{"percentOff": 20}"#]),
      SchemaProperty(
        "code", .nullable(.nonEmptyText), "The code shown in the message, or null for none.",
        examples: [#""SEPT20""#, "null"]),
      SchemaProperty(
        "link", .object("link"), "The link the message carries.",
        examples: [#"{"url": "https://shop.example/?promo=SEPT20", "appliesCode": "SEPT20"}"#]),
      SchemaProperty(
        "recipients", .object("recipients"),
        "The list the platform sent it to, one row a recipient with the code shown.",
        examples: [#"{"file": "sends/sample.csv", "columns": {"customer": "external_id"}}"#]),
    ])

  private static let link = SchemaObject(
    "link", "A link in a message, which may enter a code.",
    required: ["url"],
    properties: [
      SchemaProperty(
        "url", .nonEmptyText,
        "The address; a checkout whose link is exactly this gets the code entered.",
        examples: [#""https://shop.example/throws?promo=SEPT20""#]),
      SchemaProperty(
        "appliesCode", .nullable(.nonEmptyText),
        "The code the link enters, or null when it enters none.", examples: [#""SEPT20""#]),
    ])

  private static let catalog = SchemaObject(
    "catalog", "The products the pre-launch checks build baskets from.",
    required: ["products"],
    properties: [
      SchemaProperty(
        "products", .list(of: .object("product"), allowsEmpty: true),
        "The products, at most 100,000.",
        examples: [#"[{"sku": "SHEET-Q", "price": "89.00"}]"#])
    ])

  private static let product = SchemaObject(
    "product", "A product of the catalog.",
    required: ["sku", "price"],
    properties: [
      SchemaProperty(
        "sku", .nonEmptyText, "The product's SKU, unique in the catalog.",
        examples: [#""SHEET-Q""#]),
      SchemaProperty(
        "name", .text, "What customers see (default the SKU).",
        examples: [#""Percale sheet set, queen""#]),
      SchemaProperty(
        "categories", idList, "Categories, matched by targets.", examples: [#"["bedding"]"#]),
      SchemaProperty("tags", idList, "Tags, matched by targets.", examples: [#"["clearance"]"#]),
      SchemaProperty(
        "price", .money,
        "The price of one unit, read in the currency of the campaign being checked.",
        examples: [#""89.00""#, #""1650""#]),
    ])

  // MARK: - Checkout

  private static let checkoutObject = SchemaObject(
    "checkout", "One basket at one moment.",
    required: ["currency", "lines"],
    properties: [
      schemaKey("checkout.schema.json"),
      SchemaProperty(
        "currency", .currency, "The order's currency (ISO 4217).", examples: [#""USD""#]),
      SchemaProperty(
        "lines", .list(of: .object("line"), allowsEmpty: true), "The basket, at most 10,000 lines.",
        examples: [#"[{"sku": "SABLE-THROW", "unitPrice": "149.00", "quantity": 1}]"#]),
      SchemaProperty(
        "shipping", .money, "The shipping charge before discounts (default 0).",
        examples: [#""9.95""#]),
      SchemaProperty(
        "customer", .object("customer"), "The signed-in customer. Absent: a guest.",
        examples: [#"{"id": "c-42", "segments": ["email-subscribers"], "orderCount": 3}"#]),
      SchemaProperty(
        "redemptionTotals", .counts, "Redemptions so far, all customers, by campaign id.",
        examples: [#"{"sept-20": 812}"#]),
      SchemaProperty(
        "budgetSpent", .amounts,
        "Discounts given so far by campaign id, in the checkout's currency (for limits.budget).",
        examples: [#"{"autumn-10": "4993.50"}"#]),
      SchemaProperty(
        "channel", .nonEmptyText, "Where the order is placed, compared with campaigns' channels.",
        examples: [#""web""#]),
      SchemaProperty(
        "at", .timestamp,
        "When the order is placed; without an offset it is UTC. Absent: now (give it in files).",
        examples: [#""2026-10-05T14:00:00-04:00""#]),
      SchemaProperty(
        "codes", .list(of: .text, allowsEmpty: true),
        "The codes as typed, in order; at most 100 (only the first 10 count).",
        examples: [#"["sept20 "]"#]),
      SchemaProperty(
        "link", .text, "The link the customer arrived by.",
        examples: [#""https://fabulous-furs.example/throws?promo=SEPT20""#]),
      SchemaProperty(
        "usedCodes", .list(of: .text, allowsEmpty: true),
        "Pool codes the shop's ledger records as already redeemed; a single-use pool code listed here is "
          + "limitReached. At most 100.",
        examples: [#"["WELCOME-7F3K-Q2ZD"]"#]),
    ])

  private static let line = SchemaObject(
    "line", "One line of the basket.",
    required: ["sku", "unitPrice"],
    properties: [
      SchemaProperty("sku", .nonEmptyText, "The product's SKU.", examples: [#""SABLE-THROW""#]),
      SchemaProperty("name", .text, "The product's name.", examples: [#""Sable throw""#]),
      SchemaProperty("categories", idList, "Its categories.", examples: [#"["throws"]"#]),
      SchemaProperty("tags", idList, "Its tags.", examples: [#"["clearance"]"#]),
      SchemaProperty(
        "unitPrice", .money, "The price of one unit in the checkout's currency, 0 or more.",
        examples: [#""149.00""#]),
      SchemaProperty(
        "quantity", .integer(1...1_000_000), "How many units (default 1).", examples: ["1"]),
    ])

  private static let customer = SchemaObject(
    "customer", "The signed-in customer.",
    properties: [
      SchemaProperty(
        "id", .nonEmptyText, "The customer's id, for customer-bound codes.",
        examples: [#""c-42""#]),
      SchemaProperty(
        "segments", idList, "The customer's segments.", examples: [#"["email-subscribers"]"#]),
      SchemaProperty(
        "orderCount", .integer(0...Int64.max), "Orders placed before this one (0: first order).",
        examples: ["3"]),
      SchemaProperty(
        "redemptions", .counts, "This customer's redemptions so far, by campaign id.",
        examples: [#"{"sept-20": 0}"#]),
    ])
}
