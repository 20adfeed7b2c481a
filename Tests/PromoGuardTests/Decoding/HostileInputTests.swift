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

  /// Random mutations of a valid campaign file and checkout: each decodes or fails with diagnostics, and every
  /// checkout that decodes is quoted or refused with an `EvaluationError`; nothing crashes.
  @Test func mutatedInputsNeverCrash() throws {
    let campaigns = Array(
      EngineFixture.file([
        EngineFixture.campaign(
          "sept-20", code: "SEPT20",
          "\"timeZone\": \"America/New_York\", \"starts\": \"2026-09-01\", \"benefit\": {\"tiers\": "
            + "[{\"minSubtotal\": \"50.00\", \"percentOff\": 10}]}, \"maxItems\": 3, "
            + "\"target\": {\"include\": {\"categories\": [\"throws\"]}}"),
        EngineFixture.campaign(
          "b2g1", code: "B2G1", "\"benefit\": {\"buy\": 2, \"get\": 1}, \"limits\": {\"total\": 5}"),
      ]).utf8)
    let checkout = Array(
      (#"{"currency": "USD", "lines": [{"sku": "A", "categories": ["throws"], "unitPrice": "49.99", "#
        + #""quantity": 3}], "shipping": "5.00", "customer": {"id": "c", "orderCount": 0}, "#
        + #""at": "2026-09-15T10:00:00-04:00", "codes": ["SEPT20", "b2g1"]}"#).utf8)
    let set = try CampaignSet(sources: [CampaignSource(path: "valid.json", bytes: campaigns)])
    let alphabet = Array("{}[]\",:0123456789.-eE \\\nnulltruefalse".utf8) + [0xFF, 0x00, 0xC3]
    var generator = SplitMixGenerator(seed: 42)
    func mutated(_ bytes: [UInt8]) -> [UInt8] {
      var copy = bytes
      for _ in 0..<Int.random(in: 1...2, using: &generator) {
        guard !copy.isEmpty else { break }
        let index = Int.random(in: 0..<copy.count, using: &generator)
        let byte = alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]
        switch Int.random(in: 0..<3, using: &generator) {
        case 0: copy[index] = byte
        case 1: copy.remove(at: index)
        default: copy.insert(byte, at: index)
        }
      }
      return copy
    }
    var quoted = 0
    for _ in 0..<1_500 {
      _ = try? CampaignSet(sources: [CampaignSource(path: "m.json", bytes: mutated(campaigns))])
      if case .success(let decoded) = CheckoutDecoder.decode(
        mutated(checkout), path: "c.json", now: EngineFixture.noon),
        (try? set.evaluate(decoded)) != nil
      {
        quoted += 1
      }
    }
    // Some mutations still leave a valid checkout, so the loop exercises the engine, not only the reader.
    #expect(quoted > 20)
  }
}
