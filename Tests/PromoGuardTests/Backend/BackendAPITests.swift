import PromoGuard
import Testing

/// The public API a Swift backend uses at checkout: decoding a checkout from JSON, money from text, and
/// switching over code statuses.
@Suite struct BackendAPITests {
  @Test func aCheckoutDecodesFromJSONBytes() throws {
    let body = #"""
      {"currency": "USD", "lines": [{"sku": "SABLE-THROW", "unitPrice": "149.00", "quantity": 2}],
       "codes": ["SEPT20"], "at": "2026-10-05T14:00:00Z"}
      """#
    let checkout = try Checkout(
      jsonBytes: Array(body.utf8), path: "request body", now: Instant(microsecondsSinceEpoch: 0))
    #expect(checkout.currency == .usd)
    #expect(checkout.lines.map(\.unitPrice) == [Money(minorUnits: 14_900, currency: .usd)])
    #expect(checkout.lines.map(\.quantity) == [2])
    #expect(checkout.codes == ["SEPT20"])
    #expect(checkout.at == Instant(microsecondsSinceEpoch: 1_791_208_800_000_000))
  }

  @Test func aCheckoutWithoutATimeIsPlacedNow() throws {
    let now = Instant(microsecondsSinceEpoch: 1_000_000)
    let checkout = try Checkout(
      jsonBytes: Array(#"{"currency": "EUR", "lines": []}"#.utf8), now: now)
    #expect(checkout.at == now)
  }

  @Test func aBadCheckoutThrowsEveryProblemWithItsPlace() {
    let body = #"{"currency": "USD", "lines": [{"sku": "A", "unitPrice": true}], "coupon": "X"}"#
    #expect {
      try Checkout(
        jsonBytes: Array(body.utf8), path: "request body", now: Instant(microsecondsSinceEpoch: 0))
    } throws: { error in
      guard let error = error as? LoadError else { return false }
      return error.description == """
        request body:1:65: unknown key "coupon" — the keys allowed here are "currency", "lines", \
        "shipping", "customer", "redemptionTotals", "channel", "at", "codes", "link", "budgetSpent", \
        "usedCodes", "$schema"
        request body:1:57: lines[0].unitPrice: expected an amount like "12.50", found true
        """
    }
  }

  @Test func moneyReadsAndWritesDecimalStrings() {
    #expect(
      Money(decimalString: "12.50", currency: .usd) == Money(minorUnits: 1_250, currency: .usd))
    #expect(Money(decimalString: "12.5", currency: .usd)?.decimalString == "12.50")
    #expect(Money(decimalString: "1250", currency: .jpy)?.formatted == "¥1,250")
    #expect(Money(decimalString: "12.505", currency: .usd) == nil)
    #expect(Money(decimalString: "$12.50", currency: .usd) == nil)
    #expect(Money(decimalString: "-1.00", currency: .usd) == nil)
  }

  @Test func codeStatusesAreAClosedEnumWithTheQuoteNames() {
    func isRefusal(_ status: CodeStatus) -> Bool {
      switch status {
      case .applied: false
      case .unknownCode, .notYetActive, .expired, .wrongCurrency, .wrongChannel, .notEligible,
        .customerRequired, .limitReached, .conditionsNotMet, .giftNotInBasket, .nothingToDiscount,
        .notCombinable, .duplicate, .tooManyCodes, .refused:
        true
      }
    }
    // The engine's fourteen refusals, and `refused` from an external checkout that cannot say why.
    #expect(CodeStatus.allCases.filter(isRefusal).count == 15)
    #expect(CodeStatus.allStatuses == Array(CodeStatus.allCases.dropLast()))
    #expect(
      CodeStatus.allCases.map(\.rawValue) == [
        "applied", "unknownCode", "notYetActive", "expired", "wrongCurrency", "wrongChannel",
        "notEligible", "customerRequired", "limitReached", "conditionsNotMet", "giftNotInBasket",
        "nothingToDiscount",
        "notCombinable", "duplicate", "tooManyCodes", "refused",
      ])
    #expect(CodeStatus.allCases == CodeStatus.allCases.sorted())
    #expect(CodeStatus(rawValue: "expired") == .expired)
  }
}
