import PromoGuard
import Testing

@testable import PromoGuardCheck

/// The oracle's model of pool codes: who may use a code, until when, and how often; each status with its near
/// miss.
@Suite struct PoolOracleTests {
  /// 2026-10-01T09:00:00Z, the send time: 1,790,845,200 s since the epoch.
  static let sent = Instant(microsecondsSinceEpoch: 1_790_845_200 * 1_000_000)

  /// `seconds` after the send.
  static func after(_ seconds: Int64) -> Instant {
    Instant(microsecondsSinceEpoch: (1_790_845_200 + seconds) * 1_000_000)
  }

  /// Fourteen days in UTC: 14 × 86,400 = 1,209,600 s.
  static let window: Int64 = 1_209_600

  /// A pool of three codes: one open, one bound to c-42, one with its own end 7 days after the send
  /// (7 × 86,400 = 604,800 s).
  static func oracle(singleUse: Bool = true) -> PoolOracle {
    PoolOracle(
      codes: [
        .init(code: "WELCOME-7F3K-Q2ZD"),
        .init(code: "WELCOME-9ABC-DEFG", customer: "c-42"),
        .init(code: "WELCOME-SHRT-0007", expires: after(604_800)),
      ],
      sends: [
        ("WELCOME-7F3K-Q2ZD", sent), ("WELCOME-9ABC-DEFG", sent), ("WELCOME-SHRT-0007", sent),
        // A second, later send of the same code: the window counts from the earliest.
        ("WELCOME-7F3K-Q2ZD", after(86_400)),
      ],
      promise: PoolPromise(
        singleUse: singleUse, validFor: PromiseDuration(days: 14), isBound: true),
      matching: .relaxed, zone: .utc)
  }

  @Test func theLastValidSecondIsAcceptedAndTheNextIsExpired() {
    let oracle = Self.oracle()
    #expect(
      oracle.refusal(
        typed: "WELCOME-7F3K-Q2ZD", customer: nil, used: [], at: Self.after(Self.window - 1))
        == nil)
    #expect(
      oracle.refusal(
        typed: "WELCOME-7F3K-Q2ZD", customer: nil, used: [], at: Self.after(Self.window))
        == .expired)
    #expect(oracle.end(of: "welcome 7f3k q2zd") == Self.after(Self.window))
  }

  @Test func aCodesOwnEndComesBeforeItsWindow() {
    let oracle = Self.oracle()
    #expect(
      oracle.refusal(typed: "WELCOME-SHRT-0007", customer: nil, used: [], at: Self.after(604_799))
        == nil)
    #expect(
      oracle.refusal(typed: "WELCOME-SHRT-0007", customer: nil, used: [], at: Self.after(604_800))
        == .expired)
  }

  @Test func aBoundCodeWorksOnlyForItsOwner() {
    let oracle = Self.oracle()
    let at = Self.after(3_600)
    #expect(oracle.refusal(typed: "WELCOME-9ABC-DEFG", customer: "c-42", used: [], at: at) == nil)
    #expect(
      oracle.refusal(typed: "WELCOME-9ABC-DEFG", customer: "c-43", used: [], at: at) == .notEligible
    )
    #expect(
      oracle.refusal(typed: "WELCOME-9ABC-DEFG", customer: nil, used: [], at: at)
        == .customerRequired)
  }

  @Test func aSingleUseCodeIsRefusedOnceUsed() {
    let oracle = Self.oracle()
    let at = Self.after(3_600)
    let key = oracle.key("WELCOME-7F3K-Q2ZD")
    #expect(oracle.refusal(typed: "welcome-7f3k-q2zd", customer: nil, used: [], at: at) == nil)
    #expect(
      oracle.refusal(typed: " welcome 7F3K q2zd ", customer: nil, used: [key], at: at)
        == .limitReached)
    // Another code used does not use this one.
    #expect(
      oracle.refusal(
        typed: "WELCOME-7F3K-Q2ZD", customer: nil, used: [oracle.key("WELCOME-SHRT-0007")], at: at)
        == nil)
    // Without single use, a used code still works.
    #expect(
      Self.oracle(singleUse: false).refusal(
        typed: "WELCOME-7F3K-Q2ZD", customer: nil, used: [key], at: at) == nil)
  }

  @Test func codesOutsideThePoolAreNotItsBusiness() {
    let oracle = Self.oracle()
    #expect(!oracle.contains("WELCOME-0000-0000"))
    #expect(!oracle.contains(""))
    #expect(oracle.contains("Welcome 7f3k-Q2ZD"))
    #expect(oracle.owner(of: "welcome9abcdefg") == "c-42")
  }
}
