import PromoGuard
import Testing

/// Hostile bytes for the campaign and checkout decoders: each is a `LoadError` with diagnostics, never a crash.
@Suite struct HostileInputTests {
  struct HostileCase: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: [UInt8]
    var testDescription: String { name }
  }

  static func text(_ name: String, _ text: String) -> HostileCase {
    HostileCase(name: name, bytes: Array(text.utf8))
  }

  static func campaign(_ benefit: String) -> String {
    "{\"format\": \"promoguard/1\", \"campaigns\": [{\"id\": \"a\", \"name\": \"A\", \"currency\": \"USD\", "
      + "\"activation\": {\"codes\": [\"A1\"]}, \"benefit\": \(benefit)}]}"
  }

  static let cases: [HostileCase] = [
    HostileCase(name: "empty", bytes: []),
    text("white space only", " \n\t "),
    text("a list", "[]"),
    text("null", "null"),
    text("a string", "\"promoguard/1\""),
    text("deeply nested lists", String(repeating: "[", count: 100_000)),
    text("deeply nested objects", String(repeating: "{\"a\": ", count: 50_000)),
    text("unclosed object", "{"),
    HostileCase(name: "invalid UTF-8", bytes: [0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x3A, 0x31, 0x7D]),
    HostileCase(name: "NUL bytes", bytes: [0x7B, 0x00, 0x7D]),
    text("lone surrogate escape", "{\"format\": \"\\uD800\", \"campaigns\": []}"),
    text("huge exponent amount", campaign("{\"amountOff\": 1e999999999}")),
    text("huge integer amount", campaign("{\"amountOff\": 123456789012345678901234567890}")),
    text("huge percentage", campaign("{\"percentOff\": 1e400}")),
    text("zero percentage", campaign("{\"percentOff\": 0}")),
    text("percentage above 100", campaign("{\"percentOff\": \"100.0001\"}")),
    text("huge group", campaign("{\"buy\": 99999999999999999999, \"get\": 1}")),
    text("negative group", campaign("{\"fixedPrice\": \"1.00\", \"quantity\": -3}")),
    text("NaN", campaign("{\"percentOff\": NaN}")),
    text(
      "code without letters",
      "{\"format\": \"promoguard/1\", \"campaigns\": [{\"id\": \"a\", \"name\": \"A\", "
        + "\"currency\": \"USD\", \"activation\": {\"codes\": [\"- _ -\"]}, \"benefit\": {\"percentOff\": 5}}]}"
    ),
  ]

  @Test(arguments: cases) func campaignFileIsALoadError(_ hostile: HostileCase) {
    do {
      let set = try CampaignSet(sources: [
        CampaignSource(path: "hostile.json", bytes: hostile.bytes)
      ])
      Issue.record("loaded \(set.campaignIDs)")
    } catch {
      #expect(!error.diagnostics.isEmpty)
      #expect(
        error.diagnostics.allSatisfy { $0.file == "hostile.json" && $0.line >= 1 && $0.column >= 1 }
      )
    }
  }

  static let checkoutCases: [HostileCase] =
    cases.prefix(11)
    + [
      text(
        "huge quantity",
        "{\"currency\": \"USD\", \"lines\": [{\"sku\": \"A\", \"unitPrice\": \"1.00\", \"quantity\": 1e30}]}"
      ),
      text(
        "huge price",
        "{\"currency\": \"USD\", \"lines\": [{\"sku\": \"A\", \"unitPrice\": \"1e300\"}]}"),
      text(
        "negative price",
        "{\"currency\": \"USD\", \"lines\": [{\"sku\": \"A\", \"unitPrice\": \"-1.00\"}]}"),
      text(
        "101 codes",
        "{\"currency\": \"USD\", \"lines\": [], \"codes\": ["
          + Array(repeating: "\"A\"", count: 101).joined(separator: ",") + "]}"),
      text("customer as a list", "{\"currency\": \"USD\", \"lines\": [], \"customer\": []}"),
      text(
        "negative redemption count",
        "{\"currency\": \"USD\", \"lines\": [], \"redemptionTotals\": {\"a\": -1}}"),
    ]

  @Test(arguments: checkoutCases) func checkoutIsALoadError(_ hostile: HostileCase) {
    switch CheckoutDecoder.decode(hostile.bytes, path: "hostile.json", now: EngineFixture.noon) {
    case .success(let checkout): Issue.record("decoded \(checkout)")
    case .failure(let error): #expect(!error.diagnostics.isEmpty)
    }
  }
}
