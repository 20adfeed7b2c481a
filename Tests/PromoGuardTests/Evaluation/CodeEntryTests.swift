import PromoGuard
import Testing

/// How entered codes are matched and counted: relaxed and exact matching, duplicates, the ten-code limit and
/// codes entered by a message link (Evaluation.md §3).
@Suite struct CodeEntryTests {
  static let campaigns = [
    "{\"id\": \"sept-20\", \"name\": \"September\", \"currency\": \"USD\", "
      + "\"activation\": {\"codes\": [\"SEPT20\", \"FALL20\"]}, \"benefit\": {\"percentOff\": 20}, "
      + "\"messages\": [{\"id\": \"email\", \"channel\": \"email\", \"code\": null, "
      + "\"link\": {\"url\": \"https://shop.example/?promo=SEPT20\", \"appliesCode\": \"SEPT20\"}}, "
      + "{\"id\": \"sms\", \"channel\": \"sms\", \"code\": null, "
      + "\"link\": {\"url\": \"https://shop.example/plain\", \"appliesCode\": null}}]}",
    "{\"id\": \"exact\", \"name\": \"Exact\", \"currency\": \"USD\", \"codeMatching\": \"exact\", "
      + "\"activation\": {\"codes\": [\"Exact-1\"]}, \"benefit\": {\"amountOff\": \"1.00\"}}",
    EngineFixture.campaign(
      "big", name: "Big spender", code: "BIG",
      "\"benefit\": {\"percentOff\": 10}, \"conditions\": {\"minSubtotal\": \"500.00\"}"),
    EngineFixture.campaign(
      "old", name: "Old", code: "OLD", "\"benefit\": {\"percentOff\": 10}, \"ends\": \"2020-01-01\""
    ),
  ]

  static let basket = [LineSpec(sku: "A", price: 10_000)]

  static func quote(codes: [String], link: String? = nil) throws -> Quote {
    try EngineFixture.set(campaigns).evaluate(
      EngineFixture.checkout(basket, codes: codes, link: link))
  }

  struct MatchCase: Sendable, CustomTestStringConvertible {
    var typed: String
    var campaign: String?
    var testDescription: String { "\(typed.debugDescription) → \(campaign ?? "unknown")" }
  }

  static let matches: [MatchCase] = [
    MatchCase(typed: "SEPT20", campaign: "sept-20"),
    MatchCase(typed: "sept-20", campaign: "sept-20"),
    MatchCase(typed: " SEPT20\n", campaign: "sept-20"),
    MatchCase(typed: "ＳＥＰＴ２０", campaign: "sept-20"),
    MatchCase(typed: "Sept_20", campaign: "sept-20"),
    MatchCase(typed: "S E P T 2 0", campaign: "sept-20"),
    MatchCase(typed: "sept\u{2212}20", campaign: "sept-20"),
    MatchCase(typed: "sept\u{2013}20", campaign: "sept-20"),
    MatchCase(typed: "SEPT\u{200B}20", campaign: "sept-20"),
    MatchCase(typed: "SEPT2O", campaign: nil),
    MatchCase(typed: "SEPT200", campaign: nil),
    MatchCase(typed: "Exact-1", campaign: "exact"),
    MatchCase(typed: "  Exact-1\t", campaign: "exact"),
    MatchCase(typed: "exact-1", campaign: nil),
    MatchCase(typed: "Exact1", campaign: nil),
    MatchCase(typed: "Exact_1", campaign: nil),
    MatchCase(typed: "", campaign: nil),
  ]

  @Test(arguments: matches) func matching(_ match: MatchCase) throws {
    let quote = try Self.quote(codes: [match.typed])
    let code = try #require(quote.codes.first)
    #expect(code.entered.rawValue == match.typed)
    #expect(code.campaignID?.rawValue == match.campaign)
    #expect(code.status == (match.campaign == nil ? .unknownCode : .applied))
  }

  /// "ＳEPT20" and "SEPT20" have the same NFKC form, so with any character added they must match the same
  /// campaign (or none): relaxed matching is defined on the NFKC form.
  struct ExtraScalar: Sendable, CustomTestStringConvertible {
    var scalar: Unicode.Scalar
    var testDescription: String { "U+" + String(scalar.value, radix: 16, uppercase: true) }
  }

  @Test(arguments: [0x0, 0x7F, 0x1F, 0xAD].compactMap(Unicode.Scalar.init).map(ExtraScalar.init))
  func fullWidthAndASCIIAgree(_ extra: ExtraScalar) throws {
    let ascii = try #require(try Self.quote(codes: ["SEPT20\(extra.scalar)"]).codes.first)
    let fullWidth = try #require(
      try Self.quote(codes: ["\u{FF33}EPT20\(extra.scalar)"]).codes.first)
    #expect(ascii.campaignID == fullWidth.campaignID)
    #expect(ascii.status == fullWidth.status)
  }

  @Test func emptyCodeMessage() throws {
    #expect(try Self.quote(codes: ["  "]).codes.first?.message == "No code was entered.")
  }

  @Test func sameCodeTwice() throws {
    let quote = try Self.quote(codes: ["SEPT20", "sept-20"])
    #expect(quote.codes.map(\.status) == [.applied, .duplicate])
    let repeated = try #require(quote.codes.last)
    #expect(repeated.detail.reasons == [.duplicate])
    #expect(repeated.detail.duplicateOf == 0)
    #expect(
      repeated.message
        == "\"September\" was already entered (as \"SEPT20\"); each offer applies once per order.")
    // 20% of 100.00 once, not twice.
    #expect(quote.discount.minorUnits == 2_000)
    #expect(quote.applied.count == 1)
  }

  @Test func twoCodesOfOneCampaign() throws {
    let quote = try Self.quote(codes: ["FALL20", "SEPT20"])
    #expect(quote.codes.map(\.status) == [.applied, .duplicate])
    #expect(quote.codes.map(\.campaignID) == ["sept-20", "sept-20"])
    #expect(quote.applied.first?.code == "FALL20")
  }

  @Test func duplicateOfARefusedCode() throws {
    // The first entry fails its condition; the repeat shows the same first reason, and lists duplicate too.
    let quote = try Self.quote(codes: ["BIG", "big"])
    #expect(quote.codes.map(\.status) == [.conditionsNotMet, .conditionsNotMet])
    #expect(quote.codes.last?.detail.reasons == [.conditionsNotMet, .duplicate])
  }

  @Test func codeAndLinkEnterTheSameCampaign() throws {
    let quote = try Self.quote(codes: ["sept20"], link: "https://shop.example/?promo=SEPT20")
    #expect(quote.codes.map(\.entered) == ["sept20", "SEPT20"])
    #expect(quote.codes.map(\.via) == [.typed, .link])
    #expect(quote.codes.map(\.status) == [.applied, .duplicate])
    #expect(quote.discount.minorUnits == 2_000)
  }

  @Test func linkEntersItsCode() throws {
    // Surrounding white space is trimmed from the link.
    let quote = try Self.quote(codes: [], link: " https://shop.example/?promo=SEPT20\n")
    let code = try #require(quote.codes.first)
    #expect(quote.codes.count == 1)
    #expect(code.via == .link)
    #expect(code.entered == "SEPT20")
    #expect(code.status == .applied)
    #expect(quote.applied.first?.code == "SEPT20")
  }

  @Test(arguments: [
    "https://shop.example/plain", "https://shop.example/?promo=SEPT21",
    "https://shop.example/?PROMO=SEPT20",
  ])
  func linksThatEnterNothing(_ link: String) throws {
    let quote = try Self.quote(codes: [], link: link)
    #expect(quote.codes.isEmpty)
    #expect(quote.discount.minorUnits == 0)
  }

  static let tenUnknown = (1...10).map { "NOPE\($0)" }

  @Test func eleventhCodeIsTooMany() throws {
    let quote = try Self.quote(codes: Self.tenUnknown + ["SEPT20"])
    #expect(quote.codes.count == 11)
    #expect(quote.codes.prefix(10).allSatisfy { $0.status == .unknownCode })
    let last = try #require(quote.codes.last)
    #expect(last.status == .tooManyCodes)
    #expect(last.detail.reasons == [.tooManyCodes])
    #expect(last.detail.position == 11)
    #expect(last.detail.maximumCodes == 10)
    #expect(
      last.message
        == "Only 10 codes can be used on one order; this was code number 11, so it was not applied."
    )
    #expect(quote.discount.minorUnits == 0)
    #expect(quote.applied.isEmpty)
  }

  @Test func eleventhUnknownCodeStaysUnknown() throws {
    let quote = try Self.quote(codes: Self.tenUnknown + ["NOPE11"])
    #expect(quote.codes.last?.status == .unknownCode)
    #expect(quote.codes.last?.detail.reasons == [.unknownCode])
  }

  @Test func eleventhExpiredCodeIsExpired() throws {
    let quote = try Self.quote(codes: Self.tenUnknown + ["OLD"])
    #expect(quote.codes.last?.status == .expired)
    #expect(quote.codes.last?.detail.reasons == [.expired, .tooManyCodes])
  }

  @Test func eleventhRepeatIsDuplicate() throws {
    // duplicate comes before tooManyCodes in the status order.
    let quote = try Self.quote(codes: Array(repeating: "SEPT20", count: 11))
    #expect(quote.codes.first?.status == .applied)
    #expect(quote.codes.dropFirst().allSatisfy { $0.status == .duplicate })
    #expect(quote.codes.last?.detail.reasons == [.duplicate, .tooManyCodes])
    #expect(quote.discount.minorUnits == 2_000)
  }

  @Test func tenthCodeCounts() throws {
    let quote = try Self.quote(codes: Array(Self.tenUnknown.prefix(9)) + ["SEPT20"])
    #expect(quote.codes.last?.status == .applied)
  }

  @Test func linkAfterTenCodesIsTooMany() throws {
    let quote = try Self.quote(codes: Self.tenUnknown, link: "https://shop.example/?promo=SEPT20")
    let last = try #require(quote.codes.last)
    #expect(last.via == .link)
    #expect(last.status == .tooManyCodes)
  }
}
