import Foundation
import PromoGuard
import Testing

/// The README's library snippet, through the public API only (no `@testable`), with the values its comments
/// promise.
@Suite struct ReadmeExampleTests {
  @Test func theSnippetQuotesTheDuvet() throws {
    let path = ExampleFixtures.directory.appendingPathComponent("bedding.json").path
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    let campaigns = try CampaignSet(sources: [CampaignSource(path: path, bytes: bytes)])

    let duvet = Checkout.Line(
      sku: "DUVET-Q", categories: ["bedding", "duvets"],
      unitPrice: Money(minorUnits: 14_900, currency: .usd), quantity: 1)
    // 1_791_223_200 s is 2026-10-05T18:00Z, 14:00 in New York.
    let checkout = Checkout(
      currency: .usd, lines: [duvet], channel: "web",
      at: Instant(Date(timeIntervalSince1970: 1_791_223_200)), codes: ["bedding20"])
    let quote = try campaigns.evaluate(checkout)

    // bedding-20 runs 1–15 October 2026 in New York: 20% of $149.00 = $29.80; $149.00 − $29.80 = $119.20.
    let code = try #require(quote.codes.first)
    #expect(code.status == .applied)
    #expect(code.message == "20% off bedding: you save $29.80")
    #expect(quote.total.formatted == "$119.20")
  }

  @Test func theJSONSnippetQuotesTheCart() throws {
    let path = ExampleFixtures.directory.appendingPathComponent("bedding.json").path
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    let campaigns = try CampaignSet(sources: [CampaignSource(path: path, bytes: bytes)])

    let body = Array(
      #"{"currency": "USD", "lines": [{"sku": "DUVET-Q", "categories": ["bedding"], "unitPrice": "149.00"}], "channel": "web", "at": "2026-10-05T14:00:00-04:00", "codes": ["bedding20"]}"#
        .utf8)
    let cart = try Checkout(jsonBytes: body, path: "request body", now: Instant(Date()))
    let quote = try campaigns.evaluate(cart)
    var printed = [String]()
    for code in quote.codes {
      switch code.status {
      case .applied: printed.append("saved \(code.message)")
      case .conditionsNotMet: printed.append("hint \(code.message)")
      default: printed.append("refused \(code.status) \(code.message)")
      }
    }
    #expect(printed == ["saved 20% off bedding: you save $29.80"])
  }

  @Test func theJSONSnippetReportsABadCartAsALoadError() {
    let body = Array(#"{"currency": "USD", "lines": [{"sku": "DUVET-Q", "unitPrice": true}]}"#.utf8)
    #expect(throws: LoadError.self) {
      try Checkout(jsonBytes: body, path: "request body", now: Instant(Date()))
    }
  }
}
