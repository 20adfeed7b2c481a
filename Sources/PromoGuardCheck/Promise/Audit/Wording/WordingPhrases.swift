import PromoGuard

/// The phrases of one language that the wording reader looks for, one list per fact a published text states.
///
/// The reader knows no words of its own: every phrase comes from a table like this one, so another language is
/// another table (see `WordingPhrases+English.swift`). A phrase is written as text and compared token by token
/// in lower case; `#` in a phrase stands for a whole number, as digits ("3", "1,000") or as a word from
/// ``numberWords``.
struct WordingPhrases: Sendable {
  /// A phrase with what it means.
  struct Entry<Meaning: Sendable>: Sendable {
    /// The phrase.
    var phrase: String
    /// What it means.
    var meaning: Meaning

    /// Creates an entry.
    init(_ phrase: String, _ meaning: Meaning) {
      self.phrase = phrase
      self.meaning = meaning
    }
  }

  // MARK: Numbers

  /// Whole numbers written as words ("one", "two").
  var numberWords: [String: Int64]

  // MARK: Start and end

  /// Words right before when the offer starts ("from", "starts").
  var startLeads: [String]
  /// Words right before the last moment or day of the offer, which is included ("until", "ends", "through").
  var endLeads: [String]
  /// Words just before a start or end lead that make the moment something other than the offer's ("delivery
  /// from 2 January", "returns until 31 January").
  var otherSubjects: Set<String>
  /// Month names and abbreviations, January first.
  var months: [[String]]
  /// Weekday names and abbreviations, Monday first.
  var weekdays: [[String]]
  /// Endings of ordinal day numbers ("13th").
  var ordinalSuffixes: [String]
  /// Small words that may come between the parts of a moment ("at", "on", ",").
  var momentConnectors: [String]
  /// Twelve o'clock in the day.
  var noon: [String]
  /// The end of a day ("until 14 October at midnight").
  var midnight: [String]
  /// Morning hours after a clock time ("am").
  var beforeNoon: [String]
  /// Afternoon hours after a clock time ("pm").
  var afterNoon: [String]
  /// Names of time zones.
  var zones: [Entry<WordingZone>]

  // MARK: Money

  /// Currency symbols and prefixes written right before an amount ("$", "£", "US$").
  var currencySymbols: [Entry<WordingCurrency>]
  /// Words right before an amount that make it a cap on the discount ("up to", "maximum discount of").
  var capLeads: [String]
  /// Words right before an amount that make it a minimum spend ("spend", "orders over").
  var minimumSpendLeads: [String]
  /// Words right before an amount that make it a maximum spend ("orders up to"); read before `capLeads`.
  var maximumSpendLeads: [String]
  /// Words right after an amount that make it an amount off each unit ("$5 off each", "$5 off every pair").
  var amountOffEachTrails: [String]
  /// Words that make a spend or quantity count anything in the order ("on anything").
  var wholeOrderSpends: [String]
  /// A discount from a number of items; `#` is the number ("buy # save", "buy # or more").
  var quantitySteps: [String]
  /// Words right after an amount that make it an amount off ("$10 off").
  var amountOffTrails: [String]
  /// Words right before a percentage that make it a ceiling ("up to 50% off").
  var percentageCeilingLeads: [String]
  /// Signs and words right after a number that make it a percentage ("%", "percent").
  var percentSigns: [String]
  /// Words right after a percentage that make it something other than a discount ("5% of proceeds").
  var percentageNotDiscountAfter: Set<String>
  /// Words shortly before a percentage that make it a rate, not a discount ("VAT at 20%").
  var percentageNotDiscountBefore: Set<String>
  /// Minimum quantities; `#` is the number of items ("at least # items").
  var minimumQuantities: [String]

  // MARK: Limits

  /// Limits per customer ("# uses per customer").
  ///
  /// `#` is the number of uses; a phrase without `#` means one.
  var perCustomerLimits: [String]
  /// Limits on all redemptions together ("first # customers").
  ///
  /// A phrase without `#` means one.
  var totalLimits: [String]

  // MARK: Products

  /// Words right before products the offer excludes ("excluding", "not valid on").
  var exclusionLeads: [String]
  /// Words right after products the offer excludes ("excluded", "are excluded").
  var exclusionTrails: [String]
  /// Words that end an exclusion list early ("when", "with").
  var exclusionStops: Set<String>
  /// Words between the items of a list ("and", "or", ",").
  var listSeparators: Set<String>
  /// Words before or around a product name that are not part of it ("all", "the", "items").
  var productFillers: Set<String>
  /// Words after an exclusion lead that are not products ("excluding VAT", "excluding delivery").
  var notProducts: Set<String>
  /// Phrases saying the offer covers every product ("sitewide", "your entire order").
  var everything: [String]

  // MARK: Combining, customers, channels

  /// Phrases saying the offer does not combine with other offers.
  var notCombinable: [String]
  /// Phrases saying the offer combines with other offers.
  var combinable: [String]
  /// Words for offers, quoted with a combining phrase they end ("not valid with any other offer").
  var offerNouns: Set<String>
  /// Phrases saying only a customer's first order qualifies.
  var firstOrder: [String]
  /// Phrases limiting the offer to one channel ("app only"); the meaning is the channel.
  var channelOnly: [Entry<String>]
  /// Phrases naming a channel where the offer can be used ("online", "in our app").
  var channelMentions: [Entry<String>]
  /// Words around a channel in a mention that are not its name ("or" in "online or").
  var channelConnectors: Set<String>
  /// Words that, just before a channel, deny it ("not in store").
  var negations: Set<String>
  /// Words right before a zone abbreviation written apart from a moment that make it a zone ("times are
  /// ET"); elsewhere an abbreviation may be something else ("Hartford, CT").
  var zoneAbbreviationLeads: Set<String>

  // MARK: Kinds of offer (issue 11)

  /// Phrases promising free shipping ("free shipping", "free delivery").
  var freeShipping: [String] = []
  /// Phrases saying the offer lasts while a budget does ("while the promotion budget lasts").
  var budget: [String] = []
  /// Phrases promising a gift with purchase ("free gift", "gift with purchase").
  var gift: [String] = []
  // MARK: Unique codes (issue 10)

  /// Phrases saying each code can be used once ("one use per code", "single use").
  var codeSingleUse: [String] = []
  /// Phrases saying a code can be used again and again ("use as often as you like").
  var codeReusable: [String] = []
  /// Phrases giving a code's life after the email; `#` is the number, the meaning one unit ("valid for #
  /// days from the email": one day).
  var codeValidFor: [Entry<PromiseDuration>] = []
  /// Phrases saying a code is for its recipient only ("your personal code", "can only be used by you").
  var codePersonal: [String] = []
  /// Phrases inviting the recipient to pass the code on ("share with a friend").
  var codeShareable: [String] = []

  /// Words just before one of those phrases that make it another offer's ("combined with our free delivery
  /// offer").
  var otherOfferLeads: Set<String> = []
}

/// A time zone the wording names, with the zones it may mean.
///
/// "EST" means UTC-5 to the letter, but many people write it for New York time all year; the reader accepts
/// either (a false alarm teaches people to ignore the audit).
struct WordingZone: Sendable, Hashable {
  /// One meaning of a zone name.
  enum Reading: Sendable, Hashable {
    /// An IANA zone, with its daylight saving time.
    case zone(String)
    /// A fixed offset from UTC, in seconds.
    case offset(Int)
  }

  /// The name as a summary writes it ("New York time", "ET").
  var name: String
  /// What the name may mean, the most likely first.
  var readings: [Reading]
}

/// The currency a symbol before an amount names.
enum WordingCurrency: Sendable, Hashable {
  /// One currency ("£", "US$").
  case code(String)
  /// Any dollar: a bare "$" is written for US, Canadian, Australian and other dollars.
  case anyDollar
  /// Yen or yuan: "¥" is written for both.
  case yenOrYuan

  /// Whether an amount written this way may be in `currency`.
  func names(_ currency: Currency) -> Bool {
    switch self {
    case .code(let code): return code == currency.code
    case .anyDollar: return currency.name.lowercased().contains("dollar")
    case .yenOrYuan: return ["JPY", "CNY"].contains(currency.code)
    }
  }
}
