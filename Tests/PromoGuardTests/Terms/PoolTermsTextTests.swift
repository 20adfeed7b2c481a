import Testing

@testable import PromoGuard

/// The sentences the terms of a pool campaign print: how to redeem, single use, the window, the binding.
@Suite struct PoolTermsTextTests {
  @Test func aSingleUseFourteenDayPool() {
    #expect(
      TermsText.poolLines(singleUse: true, validForDays: 14, validForSeconds: 0, isBound: false)
        == [
          "Use the code sent to you.", "One use per code.", "Valid for 14 days from the email.",
        ])
  }

  @Test func aBoundReusablePoolWithoutWindow() {
    #expect(
      TermsText.poolLines(singleUse: false, validForDays: nil, validForSeconds: 0, isBound: true)
        == [
          "Use the code sent to you.", "Each code can be used as often as you like.",
          "Issued to one customer: only they can use it.",
        ])
  }

  /// The life of a code in words: days first, then hours, minutes and seconds.
  @Test(arguments: [
    (Int64(1), Int64(0), "1 day"),
    // 48 × 3,600 = 172,800 s.
    (0, 172_800, "48 hours"),
    // 12 × 3,600 = 43,200 s.
    (1, 43_200, "1 day and 12 hours"),
    // 90 min = 1 h 30 min = 5,400 s.
    (0, 5_400, "1 hour and 30 minutes"),
    (0, 0, "0 days"),
  ])
  func lifeInWords(days: Int64, seconds: Int64, expected: String) {
    #expect(TermsText.lifeText(days: days, seconds: seconds) == expected)
  }
}
