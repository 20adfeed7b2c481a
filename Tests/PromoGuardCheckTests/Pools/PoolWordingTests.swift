import PromoGuard
import Testing

@testable import PromoGuardCheck

/// The wording of unique codes ("one use per code", "valid for 14 days from the email", "your personal
/// code") read from the published text and compared with the pool's structured facts.
@Suite struct PoolWordingTests {
  /// A text and the code facts read from it.
  struct Reading: Sendable, CustomTestStringConvertible {
    var text: String
    var facts: [WordingFact]
    var testDescription: String { text }
  }

  static let readings: [Reading] = [
    Reading(
      text: "Use the code sent to you. One use per code. Valid for 14 days from the email.",
      facts: [
        .codeUse(singleUse: true, phrase: "One use per code"),
        .codeValidFor(PromiseDuration(days: 14), phrase: "Valid for 14 days"),
      ]),
    Reading(
      text: "Your personal code can only be used by you, 2 weeks from receipt.",
      facts: [
        .codeOwner(personal: true, phrase: "Your personal code"),
        .codeOwner(personal: true, phrase: "can only be used by you"),
        .codeValidFor(PromiseDuration(days: 14), phrase: "2 weeks from receipt"),
      ]),
    Reading(
      text: "Use it as often as you like and share with a friend!",
      facts: [
        .codeUse(singleUse: false, phrase: "Use it as often as you like"),
        .codeOwner(personal: false, phrase: "share with a friend"),
      ]),
    Reading(
      text: "Single-use code, valid for 48 hours.",
      facts: [
        .codeUse(singleUse: true, phrase: "Single-use"),
        // 48 × 3,600 = 172,800 s.
        .codeValidFor(PromiseDuration(days: 0, seconds: 172_800), phrase: "valid for 48 hours"),
      ]),
    // "One use per customer" is a per-customer limit, not single use of a code.
    Reading(text: "One use per customer.", facts: []),
  ]

  @Test(arguments: readings)
  func readsCodeFacts(_ reading: Reading) {
    let facts = WordingReader(text: reading.text).facts().filter {
      switch $0 {
      case .codeUse, .codeValidFor, .codeOwner: true
      default: false
      }
    }
    #expect(facts == reading.facts)
  }

  /// Single use, 14 days, open codes.
  static let welcome = PoolPromise(
    singleUse: true, validFor: PromiseDuration(days: 14), isBound: false)

  @Test func agreeingWordingIsNoFinding() {
    for fact in WordingReader(
      text: "One use per code. Valid for 14 days from the email. Valid 2 weeks."
    ).facts() {
      #expect(TermsTextAudit.codeSummary(fact, pool: Self.welcome) == nil)
    }
  }

  @Test func aLongerPromisedLifeIsReported() {
    let fact = WordingFact.codeValidFor(PromiseDuration(days: 14), phrase: "valid for 14 days")
    var pool = Self.welcome
    pool.validFor = PromiseDuration(days: 7)
    #expect(
      TermsTextAudit.codeSummary(fact, pool: pool)
        == "the published wording says \"valid for 14 days\" (terms.text), but the structured "
        + "terms give each recipient 7 days from the send (terms.activation.pool.validFor P7D)")
    pool.validFor = nil
    #expect(
      TermsTextAudit.codeSummary(fact, pool: pool)
        == "the published wording says \"valid for 14 days\" (terms.text), but the structured "
        + "terms give no per-recipient window (terms.activation.pool.validFor)")
  }

  @Test func reuseAgainstSingleUseAndBack() {
    #expect(
      TermsTextAudit.codeSummary(
        .codeUse(singleUse: false, phrase: "use as often as you like"), pool: Self.welcome)
        == "the published wording says \"use as often as you like\" (terms.text), but the "
        + "structured terms make each code single use (terms.activation.pool.singleUse)")
    var reusable = Self.welcome
    reusable.singleUse = false
    #expect(
      TermsTextAudit.codeSummary(
        .codeUse(singleUse: true, phrase: "one use per code"), pool: reusable)
        == "the published wording says \"one use per code\" (terms.text), but the structured "
        + "terms let each code be used again and again (terms.activation.pool.singleUse: false)")
  }

  @Test func sharingABoundCodeIsReported() {
    var bound = Self.welcome
    bound.isBound = true
    #expect(
      TermsTextAudit.codeSummary(
        .codeOwner(personal: false, phrase: "share with a friend"), pool: bound)
        == "the published wording says \"share with a friend\" (terms.text), but the structured "
        + "terms issue each code to one customer, so a friend it is shared with is refused (the "
        + "pool's customer column)")
    #expect(
      TermsTextAudit.codeSummary(
        .codeOwner(personal: true, phrase: "your personal code"), pool: bound)
        == nil)
  }

  @Test func withoutAPoolCodeWordingIsNotCompared() {
    #expect(
      TermsTextAudit.codeSummary(
        .codeValidFor(PromiseDuration(days: 14), phrase: "valid for 14 days"), pool: nil) == nil)
  }
}
