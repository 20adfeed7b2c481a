extension WordingPhrases {
  /// The English phrases.
  static let english = WordingPhrases(
    numberWords: [
      "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
      "nine": 9, "ten": 10, "twelve": 12, "twenty": 20, "fifty": 50, "hundred": 100,
    ],
    startLeads: [
      "from", "starts", "starts on", "starts at", "starting", "starting on", "starting at",
      "begins",
      "begins on", "begins at", "beginning", "valid from", "available from", "runs from",
      "opens", "opens on", "opens at",
    ],
    endLeads: [
      "until", "till", "to", "through", "thru", "ends", "ends on", "ends at", "ending",
      "ending on", "ending at", "expires", "expires on", "expires at", "valid until", "valid to",
      "valid through", "valid till", "no later than", "up to and including", "closes",
      "closes on", "closes at", "-", "–",
    ],
    otherSubjects: [
      "delivery", "deliveries", "delivered", "dispatch", "dispatched", "ship", "ships", "shipping",
      "shipped", "arrive", "arrives", "arrival", "return", "returns", "returned", "refund",
      "refunds", "exchange", "exchanges", "printed", "published", "registered", "collection",
      "collect", "opening", "hours", "support", "draw", "winner", "winners",
    ],
    months: [
      ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"],
      ["june", "jun"], ["july", "jul"], ["august", "aug"], ["september", "sept", "sep"],
      ["october", "oct"], ["november", "nov"], ["december", "dec"],
    ],
    weekdays: [
      ["monday", "mon"], ["tuesday", "tue", "tues"], ["wednesday", "wed"],
      ["thursday", "thu", "thur", "thurs"], ["friday", "fri"], ["saturday", "sat"],
      ["sunday", "sun"],
    ],
    ordinalSuffixes: ["st", "nd", "rd", "th"],
    momentConnectors: ["at", "on", "the", "of", ",", "(", ")", "."],
    noon: ["noon", "midday", "12 noon"],
    midnight: ["midnight", "12 midnight"],
    beforeNoon: ["am", "a.m", "a.m."],
    afterNoon: ["pm", "p.m", "p.m."],
    zones: [
      Entry(
        "new york time", WordingZone(name: "New York time", readings: [.zone("America/New_York")])),
      Entry(
        "eastern time", WordingZone(name: "Eastern time", readings: [.zone("America/New_York")])),
      Entry("et", WordingZone(name: "ET", readings: [.zone("America/New_York")])),
      Entry(
        "est", WordingZone(name: "EST", readings: [.offset(-18_000), .zone("America/New_York")])),
      Entry(
        "edt", WordingZone(name: "EDT", readings: [.offset(-14_400), .zone("America/New_York")])),
      Entry(
        "central time", WordingZone(name: "Central time", readings: [.zone("America/Chicago")])),
      Entry("ct", WordingZone(name: "CT", readings: [.zone("America/Chicago")])),
      Entry(
        "cst", WordingZone(name: "CST", readings: [.offset(-21_600), .zone("America/Chicago")])),
      Entry(
        "cdt", WordingZone(name: "CDT", readings: [.offset(-18_000), .zone("America/Chicago")])),
      Entry(
        "pacific time", WordingZone(name: "Pacific time", readings: [.zone("America/Los_Angeles")])),
      Entry("pt", WordingZone(name: "PT", readings: [.zone("America/Los_Angeles")])),
      Entry(
        "pst", WordingZone(name: "PST", readings: [.offset(-28_800), .zone("America/Los_Angeles")])),
      Entry(
        "pdt", WordingZone(name: "PDT", readings: [.offset(-25_200), .zone("America/Los_Angeles")])),
      Entry(
        "los angeles time",
        WordingZone(name: "Los Angeles time", readings: [.zone("America/Los_Angeles")])),
      Entry(
        "toronto time", WordingZone(name: "Toronto time", readings: [.zone("America/Toronto")])),
      Entry("uk time", WordingZone(name: "UK time", readings: [.zone("Europe/London")])),
      Entry("london time", WordingZone(name: "London time", readings: [.zone("Europe/London")])),
      Entry("gmt", WordingZone(name: "GMT", readings: [.offset(0), .zone("Europe/London")])),
      Entry("bst", WordingZone(name: "BST", readings: [.offset(3_600), .zone("Europe/London")])),
      Entry("cet", WordingZone(name: "CET", readings: [.offset(3_600), .zone("Europe/Paris")])),
      Entry("cest", WordingZone(name: "CEST", readings: [.offset(7_200), .zone("Europe/Paris")])),
      Entry("paris time", WordingZone(name: "Paris time", readings: [.zone("Europe/Paris")])),
      Entry("berlin time", WordingZone(name: "Berlin time", readings: [.zone("Europe/Berlin")])),
      Entry("japan time", WordingZone(name: "Japan time", readings: [.zone("Asia/Tokyo")])),
      Entry("tokyo time", WordingZone(name: "Tokyo time", readings: [.zone("Asia/Tokyo")])),
      Entry("jst", WordingZone(name: "JST", readings: [.offset(32_400)])),
      Entry(
        "aedt", WordingZone(name: "AEDT", readings: [.offset(39_600), .zone("Australia/Sydney")])),
      Entry(
        "aest", WordingZone(name: "AEST", readings: [.offset(36_000), .zone("Australia/Sydney")])),
      Entry("sydney time", WordingZone(name: "Sydney time", readings: [.zone("Australia/Sydney")])),
      Entry("utc", WordingZone(name: "UTC", readings: [.offset(0)])),
    ],
    currencySymbols: [
      Entry("us$", .code("USD")), Entry("a$", .code("AUD")), Entry("au$", .code("AUD")),
      Entry("c$", .code("CAD")), Entry("ca$", .code("CAD")), Entry("nz$", .code("NZD")),
      Entry("hk$", .code("HKD")), Entry("s$", .code("SGD")), Entry("$", .anyDollar),
      Entry("£", .code("GBP")), Entry("€", .code("EUR")), Entry("¥", .yenOrYuan),
      Entry("₹", .code("INR")),
    ],
    capLeads: [
      "up to", "maximum", "max", "max.", "at most", "capped at", "no more than", "maximum of",
      "maximum discount of", "max discount of", "a maximum of", "save up to",
      "maximum discount", "discount capped at", "limited to",
    ],
    minimumSpendLeads: [
      "spend", "spend at least", "spend over", "spend more than", "spends", "spending",
      "minimum spend of", "minimum spend", "minimum order of", "minimum order value of",
      "minimum purchase of", "a minimum of", "orders over", "orders of", "orders above",
      "orders of at least", "order over", "order of", "order above", "purchases over",
      "purchases of", "purchase over", "purchase of", "baskets over", "basket over",
      "minimum basket of", "min. spend", "min spend", "min. order", "min order", "minimum order",
      "min. order of", "min order of", "min. spend of", "min spend of", "minimum purchase",
      "order comes to", "order totals", "orders totalling", "orders totaling",
    ],
    maximumSpendLeads: [
      "orders up to", "orders of up to", "order up to", "order of up to", "baskets up to",
      "basket up to", "purchases up to", "purchase up to", "spend up to", "spending up to",
      "orders totalling up to", "orders totaling up to", "maximum spend of", "maximum spend",
      "max. spend", "max spend", "maximum order value of", "maximum order of",
    ],
    amountOffEachTrails: [
      "off each", "off every item", "off every pair", "off every unit", "off every product",
      "off per item", "off per unit", "off per pair",
    ],
    wholeOrderSpends: [
      "on anything", "on any item", "on any items", "on any product", "on any products",
      "across your order", "across your whole order", "across the whole order",
      "across your entire order", "on your whole order", "on the whole order",
    ],
    quantitySteps: [
      "buy # save", "buy # and save", "buy # or more", "buy # items save", "buy # items and save",
      "buy # items or more", "buy # , save", "buy # items , save",
    ],
    amountOffTrails: ["off"],
    percentageCeilingLeads: ["up to", "save up to"],
    percentSigns: ["%", "percent", "per cent"],
    percentageNotDiscountAfter: ["of", "apr", "vat", "tax"],
    percentageNotDiscountBefore: ["vat", "tax", "apr", "rate", "rates"],
    minimumQuantities: ["at least", "minimum of", "a minimum of", "min.", "min"].flatMap { lead in
      ["items", "units", "products", "pieces"].map { "\(lead) # \($0)" }
    },
    perCustomerLimits: [
      "once per customer", "one use per customer", "limit one per customer",
      "limit # per customer", "limit of # per customer", "# use per customer",
      "# uses per customer", "# per customer", "# time per customer", "# times per customer",
      "# redemption per customer", "# redemptions per customer", "once per person",
      "# per person", "one use per person", "once per account", "# use per account",
      "# uses per account", "single use per customer", "limited to # per customer",
      "maximum # per customer", "max # per customer", "once per household",
    ],
    totalLimits: [
      "limited to # redemptions", "limited to # uses", "limited to # orders",
      "limited to the first # customers", "limited to the first # orders",
      "the first # orders", "first # customers", "first # redemptions", "first # shoppers",
      "first # buyers", "limited to # customers", "maximum of # redemptions",
      "# redemptions in total", "# redemptions only", "# uses in total",
    ],
    exclusionLeads: [
      "excluding", "excludes", "exclude", "except", "except for", "not valid on",
      "not valid for", "does not apply to", "doesn't apply to", "not applicable to",
      "cannot be used on", "can't be used on", "not available on", "with the exception of",
      "exclusions:", "exclusions apply:",
    ],
    exclusionTrails: [
      "excluded", "are excluded", "is excluded", "are not included", "is not included",
      "do not qualify", "does not qualify", "are exempt", "is exempt",
    ],
    exclusionStops: [
      "when", "with", "if", "from", "until", "till", "through", "for", "on", "in", "at", "by",
      "while", "where", "which", "that", "to", "under", "over", "above", "per", "within",
      "cannot", "can't", "not", "is", "are", "be", "as", "otherwise", "stated", "noted",
      "unless", "during", "after", "before",
    ],
    listSeparators: ["and", "or", ",", "&", "/", "nor"],
    productFillers: [
      "all", "any", "the", "our", "some", "selected", "select", "of", "item", "items", "product",
      "products", "goods", "lines", "line", "merchandise", "purchases", "purchase", "a", "an",
      "only", "also", "just", "other", "already", "currently", "tagged", "labelled", "labeled",
      "marked",
    ],
    notProducts: [
      "vat", "tax", "taxes", "delivery", "shipping", "postage", "p&p", "fees", "fee", "charges",
      "charge", "duties", "duty", "tips", "tip", "gratuity", "service", "order", "orders",
      "previous", "past", "prior", "existing", "weekend", "weekends", "holiday", "holidays",
      "returns", "refunds", "exchanges", "cash", "adjustments", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays",
      "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "website", "websites", "site",
      "web", "online", "app", "apps", "store", "stores", "in-store", "shop", "shops", "phone",
    ],
    everything: [
      "everything", "sitewide", "site-wide", "storewide", "store-wide", "entire order",
      "entire purchase", "entire basket", "whole order", "whole basket", "anything in the shop",
      "anything in the store", "everything in store",
    ],
    notCombinable: [
      "cannot be combined", "can't be combined", "can not be combined", "may not be combined",
      "not to be combined", "not combinable", "not valid with any other", "not valid with other",
      "not valid in conjunction with", "cannot be used with other", "cannot be used with any other",
      "can't be used with other", "cannot be used in conjunction with", "not stackable",
      "does not combine", "doesn't combine", "will not combine", "no other offers",
      "cannot be stacked",
    ],
    combinable: [
      "can be combined", "may be combined", "combines with", "combinable with",
      "can be used with other", "can be used with any other", "valid with other offers",
      "valid with any other", "can be used in conjunction with", "stackable", "stacks with",
      "can be stacked",
    ],
    offerNouns: [
      "offer", "offers", "promotion", "promotions", "discount", "discounts", "code", "codes",
      "voucher", "vouchers", "coupon", "coupons", "deal", "deals",
    ],
    firstOrder: [
      "first order only", "new customers only", "your first order", "on first orders",
      "first-time customers", "first time customers", "first-time buyers", "first time buyers",
      "your first purchase", "first purchase only", "new customers", "first-order",
    ],
    channelOnly: [
      Entry("app only", "app"), Entry("in-app only", "app"), Entry("only in the app", "app"),
      Entry("only in our app", "app"), Entry("in the app only", "app"),
      Entry("in our app only", "app"), Entry("app-only", "app"),
      Entry("online only", "web"), Entry("only online", "web"), Entry("online-only", "web"),
      Entry("in store only", "store"), Entry("in-store only", "store"),
      Entry("in stores only", "store"), Entry("only in store", "store"),
      Entry("only in stores", "store"), Entry("only in-store", "store"),
      Entry("in-store-only", "store"), Entry("in our stores only", "store"),
      Entry("by phone only", "phone"), Entry("only by phone", "phone"),
      Entry("phone orders only", "phone"),
    ],
    channelMentions: [
      Entry("use online", "web"), Entry("redeem online", "web"), Entry("valid online", "web"),
      Entry("available online", "web"), Entry("online or", "web"), Entry("or online", "web"),
      Entry("online and in", "web"), Entry("and online", "web"), Entry("on our website", "web"),
      Entry("on the website", "web"),
      Entry("in the app", "app"), Entry("in our app", "app"), Entry("in-app", "app"),
      Entry("in store", "store"), Entry("in stores", "store"), Entry("in-store", "store"),
      Entry("in our stores", "store"), Entry("by phone", "phone"),
      Entry("over the phone", "phone"),
    ],
    channelConnectors: ["or", "and", "use", "redeem", "valid", "available"],
    negations: ["not", "no", "never", "nor", "except", "excluding", "but"],
    zoneAbbreviationLeads: ["in", "are", "is", "times", "time", "(", ":", "all"],
    freeShipping: [
      "free shipping", "free delivery", "free postage", "shipping is free", "delivery is free",
      "free standard shipping", "free standard delivery", "ships free",
    ],
    budget: [
      "while the promotion budget lasts", "while the budget lasts", "while budget lasts",
      "while the promotional budget lasts", "while funds last", "until the budget runs out",
      "while the promotion budget of", "until the promotion budget is used up",
    ],
    gift: [
      "free gift", "gift with purchase", "free tote", "free tote bag", "free sample",
      "comes with a free", "get a free", "receive a free", "with a free",
    ],
    codeSingleUse: [
      "one use per code", "single use", "single-use", "one-time use", "one time use",
      "can be used once", "can only be used once", "can be used only once", "valid for one use",
      "use once", "one-time code", "each code can be used once", "each code works once",
    ],
    codeReusable: [
      "use as often as you like", "use it as often as you like", "as often as you like",
      "as many times as you like", "unlimited uses", "multi-use", "reusable",
      "use it again and again",
    ],
    codeValidFor: [
      Entry("valid for # days", PromiseDuration(days: 1)),
      Entry("valid # days", PromiseDuration(days: 1)),
      Entry("expires # days after", PromiseDuration(days: 1)),
      Entry("within # days of", PromiseDuration(days: 1)),
      Entry("# days from the email", PromiseDuration(days: 1)),
      Entry("# days from receipt", PromiseDuration(days: 1)),
      Entry("# days from sending", PromiseDuration(days: 1)),
      Entry("valid for # weeks", PromiseDuration(days: 7)),
      Entry("valid # weeks", PromiseDuration(days: 7)),
      Entry("# weeks from the email", PromiseDuration(days: 7)),
      Entry("# weeks from receipt", PromiseDuration(days: 7)),
      Entry("valid for # hours", PromiseDuration(days: 0, seconds: 3_600)),
      Entry("# hours from the email", PromiseDuration(days: 0, seconds: 3_600)),
      Entry("# hours from receipt", PromiseDuration(days: 0, seconds: 3_600)),
    ],
    codePersonal: [
      "your personal code", "your unique code", "your own code", "personal code",
      "can only be used by you", "only you can use", "only they can use it", "issued to you",
      "issued to one customer", "not transferable", "non-transferable",
    ],
    codeShareable: [
      "share with a friend", "share it with a friend", "share with friends",
      "share it with friends",
      "share your code", "pass it on", "forward it to a friend", "give it to a friend",
    ],
    otherOfferLeads: [
      "our", "other", "separate", "combined", "combines", "combine", "combinable", "stacks",
      "alongside",
    ]
  )
}
