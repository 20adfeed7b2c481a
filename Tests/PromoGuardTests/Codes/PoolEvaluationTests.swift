import PromoGuard
import Testing

/// Pool codes at checkout: the exact status of each with a near miss, hand-worked times, and the O(1) look-up.
@Suite struct PoolEvaluationTests {
  /// 15% off, New York, 1 October to 1 December 2026; codes valid 14 days from their send time.
  static let campaignFile = """
    {"format": "promoguard/1", "campaigns": [
      {"id": "welcome", "name": "Welcome 15", "currency": "USD", "timeZone": "America/New_York",
       "starts": "2026-10-01T00:00:00", "ends": "2026-12-01T00:00:00",
       "activation": {"pool": {"file": "codes.csv", "validFor": "P14D"}},
       "benefit": {"percentOff": 15},
       "messages": [{"id": "welcome-email", "channel": "email", "recipients": {"file": "sends.csv"}}]}
    ]}
    """
  static let codes = """
    code,customer,expires
    WELCOME-7F3K-Q2ZD,,
    WELCOME-9TXM-4HPA,c-4521,
    WELCOME-K2WN-R8JC,,2026-11-15T00:00:00
    WELCOME-P4RS-T6UV,,
    """
  /// P4RS is shown twice: its send time is the earlier row's, 21 October.
  static let sends = """
    customer,code,sentAt
    c-1001,WELCOME-7F3K-Q2ZD,2026-10-20T09:15:00
    c-2002,WELCOME-P4RS-T6UV,2026-10-25T10:00:00
    c-3003,WELCOME-P4RS-T6UV,2026-10-21T10:00:00
    """

  static func campaigns(_ file: String = campaignFile, codes: String = codes) throws -> CampaignSet
  {
    try CampaignSet(sources: [
      CampaignSource(
        path: "welcome.json", bytes: Array(file.utf8),
        companions: ["codes.csv": Array(codes.utf8), "sends.csv": Array(sends.utf8)])
    ])
  }

  static func instant(_ text: String) throws -> Instant {
    try Timestamp.parse(text, in: .utc).get().instant
  }

  /// One $40.00 line: 15% is $6.00 (4,000 × 15 / 100 = 600 cents).
  static func checkout(
    _ code: String, customer: String? = "c-1001", at: String = "2026-10-25T16:00:00Z",
    used: [String] = []
  ) throws -> Checkout {
    var checkout = Checkout(
      currency: .usd,
      lines: [Checkout.Line(sku: "TOWEL", unitPrice: Money(minorUnits: 4_000, currency: .usd))],
      customer: customer.map { Checkout.Customer(id: $0) }, at: try instant(at), codes: [code])
    checkout.usedCodes = used
    return checkout
  }

  static func result(_ checkout: Checkout, in campaigns: CampaignSet) throws -> Quote.CodeResult {
    try #require(try campaigns.evaluate(checkout).codes.first)
  }

  @Test(arguments: [
    "WELCOME-7F3K-Q2ZD", "welcome 7f3k q2zd", " Welcome_7F3K-Q2ZD ", "ＷＥＬＣＯＭＥ７Ｆ３ＫＱ２ＺＤ",
  ])
  func aPoolCodeTypedAnyWayAppliesUnderRelaxedMatching(_ typed: String) throws {
    let campaigns = try Self.campaigns()
    let quote = try campaigns.evaluate(try Self.checkout(typed))
    #expect(quote.codes.first?.status == .applied)
    // 15% of $40.00 = $6.00.
    #expect(quote.discount == Money(minorUnits: 600, currency: .usd))
    #expect(quote.applied.first?.code?.rawValue == "WELCOME-7F3K-Q2ZD")
  }

  @Test func underExactMatchingOnlyTheCodeAsWrittenApplies() throws {
    let file = Self.campaignFile.replacing(
      #""benefit": {"percentOff": 15},"#,
      with: #""benefit": {"percentOff": 15}, "codeMatching": "exact","#)
    let campaigns = try Self.campaigns(file)
    #expect(
      try Self.result(try Self.checkout("WELCOME-7F3K-Q2ZD"), in: campaigns).status == .applied)
    #expect(
      try Self.result(try Self.checkout("welcome-7f3k-q2zd"), in: campaigns).status == .unknownCode)
  }

  @Test func aUsedSingleUseCodeIsLimitReachedAndAnotherUsedCodeIsNot() throws {
    let campaigns = try Self.campaigns()
    let used = try Self.result(
      try Self.checkout("welcome-7f3k-q2zd", used: ["WELCOME-7F3K-Q2ZD"]), in: campaigns)
    #expect(used.status == .limitReached)
    #expect(used.detail.limit?.kind == "singleUse")
    #expect(
      used.message
        == "The code welcome-7f3k-q2zd has already been used; each code can be used once.")
    // Near miss: the ledger lists another code, so this one applies.
    let other = try Self.result(
      try Self.checkout("welcome-7f3k-q2zd", used: ["WELCOME-P4RS-T6UV"]), in: campaigns)
    #expect(other.status == .applied)
  }

  @Test func aCodeUsedOnceIsNotRefusedWhenThePoolIsNotSingleUse() throws {
    let file = Self.campaignFile.replacing(#""validFor": "P14D""#, with: #""singleUse": false"#)
    let campaigns = try Self.campaigns(file)
    let result = try Self.result(
      try Self.checkout("WELCOME-7F3K-Q2ZD", used: ["WELCOME-7F3K-Q2ZD"]), in: campaigns)
    #expect(result.status == .applied)
  }

  @Test func aBoundCodeWorksOnlyForItsCustomerAndNeverNamesThem() throws {
    let campaigns = try Self.campaigns()
    let own = try Self.result(
      try Self.checkout("WELCOME-9TXM-4HPA", customer: "c-4521"), in: campaigns)
    #expect(own.status == .applied)
    let other = try Self.result(
      try Self.checkout("WELCOME-9TXM-4HPA", customer: "c-4522"), in: campaigns)
    #expect(other.status == .notEligible)
    #expect(
      other.message
        == "The code WELCOME-9TXM-4HPA was issued to another customer, so it cannot be used on this account."
    )
    #expect(!other.message.contains("c-4521"))
    let guest = try Self.result(
      try Self.checkout("WELCOME-9TXM-4HPA", customer: nil), in: campaigns)
    #expect(guest.status == .customerRequired)
    #expect(!guest.message.contains("c-4521"))
  }

  @Test func aCodePastItsOwnEndIsExpiredFromThatInstant() throws {
    let campaigns = try Self.campaigns()
    // "2026-11-15T00:00:00" in New York is EST (UTC−5): 05:00Z. The last valid microsecond is just before.
    let last = try Self.result(
      try Self.checkout("WELCOME-K2WN-R8JC", at: "2026-11-15T04:59:59Z"), in: campaigns)
    #expect(last.status == .applied)
    let first = try Self.result(
      try Self.checkout("WELCOME-K2WN-R8JC", at: "2026-11-15T05:00:00Z"), in: campaigns)
    #expect(first.status == .expired)
    #expect(first.detail.ends == (try Self.instant("2026-11-15T05:00:00Z")))
    #expect(first.message.hasPrefix("The code WELCOME-K2WN-R8JC expired on "))
  }

  @Test func aCodePastItsWindowFromTheSendTimeIsExpired() throws {
    let campaigns = try Self.campaigns()
    // Sent 2026-10-20 09:15 EDT; 14 calendar days later is 2026-11-03 09:15 EST = 14:15Z.
    let last = try Self.result(
      try Self.checkout("WELCOME-7F3K-Q2ZD", at: "2026-11-03T14:14:59Z"), in: campaigns)
    #expect(last.status == .applied)
    let first = try Self.result(
      try Self.checkout("WELCOME-7F3K-Q2ZD", at: "2026-11-03T14:15:00Z"), in: campaigns)
    #expect(first.status == .expired)
    #expect(first.detail.ends == (try Self.instant("2026-11-03T14:15:00Z")))
    #expect(first.message.hasPrefix("The code WELCOME-7F3K-Q2ZD was valid for 14 days from "))
  }

  @Test func theWindowCountsFromTheEarliestRowShowingTheCode() throws {
    let campaigns = try Self.campaigns()
    // Rows of 25 and 21 October: from 21 October 10:00 EDT, the end is 4 November 10:00 EST = 15:00Z (from
    // 25 October it would be 8 November).
    let last = try Self.result(
      try Self.checkout("WELCOME-P4RS-T6UV", at: "2026-11-04T14:59:59Z"), in: campaigns)
    #expect(last.status == .applied)
    let first = try Self.result(
      try Self.checkout("WELCOME-P4RS-T6UV", at: "2026-11-04T15:00:00Z"), in: campaigns)
    #expect(first.status == .expired)
  }

  @Test func aCodeNoListShowsHasOnlyTheCampaignsPeriod() throws {
    let campaigns = try Self.campaigns()
    // 9TXM is in no recipients row: no window; the campaign ends 2026-12-01 00:00 EST = 05:00Z.
    let late = try Self.result(
      try Self.checkout("WELCOME-9TXM-4HPA", customer: "c-4521", at: "2026-12-01T04:59:59Z"),
      in: campaigns)
    #expect(late.status == .applied)
    let ended = try Self.result(
      try Self.checkout("WELCOME-9TXM-4HPA", customer: "c-4521", at: "2026-12-01T05:00:00Z"),
      in: campaigns)
    #expect(ended.status == .expired)
    #expect(ended.message.hasPrefix("The offer \"Welcome 15\" ended on "))
  }

  @Test func aMillionCodePoolIsLookedUpDirectly() throws {
    // Codes C0000000 … C0999999, one a line.
    var text = ""
    text.reserveCapacity(9_000_000)
    for number in 0..<1_000_000 {
      let digits = String(number)
      text += "C" + String(repeating: "0", count: 7 - digits.count) + digits + "\n"
    }
    let file = Self.campaignFile.replacing(#", "validFor": "P14D""#, with: "")
    let campaigns = try Self.campaigns(file, codes: text)
    #expect(try Self.result(try Self.checkout("c0999999"), in: campaigns).status == .applied)
    #expect(try Self.result(try Self.checkout("C0500000"), in: campaigns).status == .applied)
    #expect(try Self.result(try Self.checkout("C1000000"), in: campaigns).status == .unknownCode)
  }
}
