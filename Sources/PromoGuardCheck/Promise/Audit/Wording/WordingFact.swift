import PromoGuard

/// One fact the published wording states, read by ``WordingReader`` and compared with the structured terms by
/// ``TermsTextAudit``.
enum WordingFact: Sendable, Hashable {
  /// A percentage off ("20% off", "save 20%"); a ceiling when written "up to 20%".
  case percentage(Percentage, isCeiling: Bool)
  /// A minimum number of items ("at least 3 items").
  case minimumQuantity(Int64)
  /// An amount the words around it attribute ("$10 off", "up to $30", "orders over $50"): its digits, the
  /// currency written with it and what it is.
  case amount(digits: String, currency: WordingCurrency, meaning: AmountMeaning)

  /// What an amount in the wording is.
  enum AmountMeaning: Sendable, Hashable {
    /// "$10 off".
    case amountOff
    /// "spend $50", "orders over $50", "minimum spend of $50".
    case minimumSpend
    /// "up to $30 off", "a maximum discount of $30".
    case cap
    /// "orders up to $200", "maximum spend of $200".
    case maximumSpend
    /// "$5 off each", "$5 off every pair".
    case amountOffEach
  }
  /// When the offer starts or ends ("until Sunday 13 December 2026 at 23:59").
  case moment(WordingMoment)
  /// A time zone named apart from any moment ("all times are UK time").
  case zone(WordingZone)
  /// An amount written in a currency ("£80.00"): the currency and the amount as written.
  case currency(WordingCurrency, written: String)
  /// A limit of uses per customer ("once per customer"), with the phrase as written.
  case perCustomerLimit(Int64, phrase: String)
  /// A limit of redemptions in total ("first 1,000 orders"), with the phrase as written.
  case totalLimit(Int64, phrase: String)
  /// Products the wording excludes ("excluding gift cards"): the product's name without filler words
  /// ("gift cards") and the words as written ("all gift cards").
  case exclusion(name: String, written: String)
  /// A claim that the offer covers every product ("sitewide", "your entire order").
  case everything(phrase: String)
  /// A spend or quantity that counts anything in the order ("spend $50 on anything"), with the phrase.
  case wholeOrderSpend(phrase: String)
  /// A discount from a number of items ("buy 3 save 10%", "buy 5 or more"), with the phrase.
  case quantityStep(Int64, phrase: String)
  /// Whether the offer combines with other offers, with the phrase as written.
  case combinable(Bool, phrase: String)
  /// Only a customer's first order qualifies, with the phrase as written.
  case firstOrder(phrase: String)
  /// The offer can be used only in one channel (`web`, `app`, `store`, `phone`).
  case channelOnly(String, phrase: String)
  /// The offer can be used in a channel (`web`, `app`, `store`, `phone`).
  case channelMention(String, phrase: String)
  /// The offer promises free shipping, with the phrase as written.
  case freeShipping(phrase: String)
  /// The offer lasts while a promotion budget does, with the phrase as written.
  case budget(phrase: String)
  /// The offer promises a gift with purchase, with the phrase as written.
  case gift(phrase: String)
  /// How often one code may be used: once ("one use per code", `true`) or again and again ("use as often as
  /// you like", `false`), with the phrase as written (issue 10).
  case codeUse(singleUse: Bool, phrase: String)
  /// How long a recipient's code works after the email ("valid for 14 days from the email"), with the phrase.
  case codeValidFor(PromiseDuration, phrase: String)
  /// Whom a code is for: its recipient only ("your personal code", `true`) or anyone they pass it to ("share
  /// with a friend", `false`), with the phrase as written.
  case codeOwner(personal: Bool, phrase: String)
}

/// A start or end the wording states: a day (by date, weekday or both), maybe a clock time, maybe a zone.
struct WordingMoment: Sendable, Hashable {
  /// Whether the moment is when the offer starts or when it ends.
  enum Role: Sendable, Hashable {
    /// "from", "starts".
    case start
    /// "until", "ends", "through": the day or minute named is included.
    case end
  }

  /// What time of the day the wording gives.
  enum Clock: Sendable, Hashable {
    /// No time: the whole day.
    case wholeDay
    /// Midnight: the end of the day for an end, its start for a start.
    case midnight
    /// A clock time, 24-hour.
    case time(hour: Int, minute: Int)
  }

  /// Start or end.
  var role: Role
  /// The year, when written.
  var year: Int?
  /// The month, 1 to 12, when a date is written.
  var month: Int?
  /// The day of the month, when a date is written.
  var day: Int?
  /// The weekday, 1 (Monday) to 7, when written.
  var weekday: Int?
  /// The time of day.
  var clock: Clock = .wholeDay
  /// The zone named with the moment.
  var zone: WordingZone?

  /// Whether a clock time is written (not a whole day, not midnight).
  var hasClockTime: Bool {
    if case .time = clock { return true }
    return false
  }

  /// Whether a day is known (a date, or at least a weekday).
  var hasDay: Bool { (month != nil && day != nil) || weekday != nil }
}
