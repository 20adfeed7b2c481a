import Testing

@testable import PromoGuard

/// The sentences the terms of a pool campaign print: how to redeem, single use, the window, the binding.
@Suite struct PoolTermsTextTests {
  @Test func aSingleUseFourteenDayPool() {
    #expect(
      TermsText.poolLines(
        singleUse: true, validFor: ISODuration(days: 14, seconds: 0, text: "P14D"), isBound: false)
        == [
          "Use the code sent to you.", "One use per code.", "Valid for 14 days from the email.",
        ])
  }

  @Test func aBoundReusablePoolWithoutWindow() {
    #expect(
      TermsText.poolLines(singleUse: false, validFor: nil, isBound: true)
        == [
          "Use the code sent to you.", "Each code can be used as often as you like.",
          "Issued to one customer: only they can use it.",
        ])
  }
}
