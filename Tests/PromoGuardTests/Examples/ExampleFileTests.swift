import PromoGuard
import Testing

/// The example files load cleanly, and the examples cover every campaign and every status.
@Suite struct ExampleFileTests {
  @Test func everyCampaignFileLoadsWithoutDiagnostics() throws {
    let sources = try ExampleFixtures.campaignSources()
    // bahrain, bath, bedding, budget, bundle, clearance, everyday, gift, japan, loyalty, recovery-vouchers,
    // shipping, sitewide, welcome, welcome-series
    #expect(sources.count == 15)
    for source in sources {
      switch CampaignFileDecoder.decode(source.bytes, path: source.path) {
      case .success(let file):
        #expect(!file.campaigns.isEmpty, "\(source.path) has no campaigns")
        #expect(file.catalog != nil, "\(source.path) has no catalog")
      case .failure(let error):
        Issue.record("\(source.path) does not load:\n\(error)")
      }
    }
    let files = try CampaignLoader.load(sources)
    let ids = files.flatMap { $0.campaigns.map(\.id) }
    #expect(ids.count >= 12)
  }

  @Test func everyCheckoutHasAnExpectedQuote() {
    #expect(ExampleFixtures.checkoutNames.count >= 14)
    #expect(ExampleFixtures.checkoutNames == ExampleFixtures.quoteNames)
  }

  @Test func everyCampaignAppliesInSomeExample() throws {
    let ids = try ExampleFixtures.campaigns().campaignIDs
    let applied = Set(
      try expectedQuotes().flatMap { quote in strings(quote, "applied", "campaign") })
    for id in ids {
      #expect(applied.contains(id), "no example checkout applies \(id)")
    }
  }

  @Test func everyStatusAppearsInSomeExample() throws {
    let statuses = Set(try expectedQuotes().flatMap { quote in strings(quote, "codes", "status") })
    for status in CodeStatus.allStatuses {
      #expect(statuses.contains(status.rawValue), "no example checkout shows \(status)")
    }
  }

  /// The expected quotes, parsed.
  private func expectedQuotes() throws -> [JSONNode] {
    try ExampleFixtures.quoteNames.map { name in
      try JSONReader.parse(
        try ExampleFixtures.bytes(
          of: ExampleFixtures.checkoutDirectory.appendingPathComponent(name + ".quote.json")))
    }
  }

  /// The string `key` of every object in the list `list` of `quote`.
  private func strings(_ quote: JSONNode, _ list: String, _ key: String) -> [String] {
    guard case .object(let object) = quote.value,
      case .array(let elements)? = object.first(list)?.value.value
    else { return [] }
    return elements.compactMap { element in
      guard case .object(let member) = element.value,
        case .string(let text)? = member.first(key)?.value.value
      else { return nil }
      return text
    }
  }
}
