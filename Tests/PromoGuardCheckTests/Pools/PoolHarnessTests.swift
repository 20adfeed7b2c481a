import PromoGuard
import Testing

@testable import PromoGuardCheck

/// Pool campaigns in the harness: the terms' facts, the oracle's judgement of each play, the recipients drawn,
/// terms against mechanics and `diff` (the clean file of the mutation suite, `welcome-pool`).
@Suite struct PoolHarnessTests {
  /// The clean pool file, loaded with its companion files.
  static func file(editing edit: (inout CampaignDocument) -> Void = { _ in }) throws -> CampaignFile
  {
    let clean = CleanCampaigns.welcomePool
    var document = try clean.document()
    edit(&document)
    let files = try CampaignLoader.load([
      MutationCheck.source(json: document.text(), path: clean.path, companions: document.companions)
    ])
    return try #require(files.first)
  }

  /// A campaign of the clean file.
  static func campaign(_ id: String) throws -> Campaign {
    try #require(try file().campaigns.first { $0.id == id })
  }

  /// `seconds` since the epoch.
  static func instant(_ seconds: Int64) -> Instant {
    Instant(microsecondsSinceEpoch: seconds * 1_000_000)
  }

  /// One merino jumper ($89.00) with `code` typed.
  static func checkout(_ code: String, customer: String?, at seconds: Int64) -> Checkout {
    Checkout(
      currency: .usd,
      lines: [
        Checkout.Line(
          sku: "MERINO-CREW", name: "Merino crew jumper", categories: ["knitwear"],
          unitPrice: Money(minorUnits: 8_900, currency: .usd), quantity: 1)
      ],
      shipping: Money(minorUnits: 0, currency: .usd),
      customer: customer.map { Checkout.Customer(id: $0, segments: [], orderCount: 2) },
      at: instant(seconds), codes: [code])
  }

  @Test func theTermsStateThePoolsFacts() throws {
    let welcome = TermsText(campaign: try Self.campaign("welcome-unique")).lines
    #expect(
      Array(welcome.suffix(3)) == [
        "- Use the code sent to you.", "- One use per code.", "- Valid for 14 days from the email.",
      ])
    let recovery = TermsText(campaign: try Self.campaign("recovery-10")).lines
    #expect(recovery.last == "- Issued to one customer: only they can use it.")
    #expect(recovery.contains("- Valid for 30 days from the email."))
  }

  /// c-1001 got WLC-7F3KQ2ZD on 20 October at 09:15 EDT (13:15Z); 14 calendar days in New York, across the
  /// end of summer time on 1 November, end on 3 November at 09:15 EST, 14:15Z (1,793,715,300 s).
  @Test func theWindowEndsFourteenCalendarDaysAfterTheEmail() throws {
    let oracle = PromiseOracle(campaign: try Self.campaign("welcome-unique"))
    // 15% of $89.00 = 8,900 × 15 / 100 = 1,335 minor units.
    #expect(
      oracle.judge(Self.checkout(" wlc 7f3kq2zd ", customer: "c-1001", at: 1_793_715_299))
        .entitledAmount == 1_335)
    guard
      case .refused(let reason, _) = oracle.judge(
        Self.checkout("WLC-7F3KQ2ZD", customer: "c-1001", at: 1_793_715_300))
    else {
      Issue.record("the first second after the window is accepted")
      return
    }
    #expect(reason == .expired)
    // Anyone may use an open code (a friend's, a leaked one): the promise binds no one.
    #expect(
      oracle.judge(Self.checkout("WLC-7F3KQ2ZD", customer: nil, at: 1_792_505_700))
        .entitledAmount == 1_335)
  }

  /// RCV-8QX4KD2M is issued to c-20417 (sent 12 October at 10:00 EDT, 14:00Z; 1 hour later is
  /// 1,791,817,200 s).
  @Test func aBoundCodeIsPromisedToItsOwnerOnly() throws {
    let oracle = PromiseOracle(campaign: try Self.campaign("recovery-10"))
    // $10.00 off $89.00 = 1,000 minor units.
    #expect(
      oracle.judge(Self.checkout("RCV-8QX4KD2M", customer: "c-20417", at: 1_791_817_200))
        .entitledAmount == 1_000)
    for (customer, status) in [("c-20418", CodeStatus.notEligible), (nil, .customerRequired)] {
      guard
        case .refused(let reason, _) = oracle.judge(
          Self.checkout("RCV-8QX4KD2M", customer: customer, at: 1_791_817_200))
      else {
        Issue.record("\(customer ?? "a guest") is entitled to c-20417's voucher")
        continue
      }
      #expect(reason == status)
    }
  }

  /// Rows drawn (0-based): the first send (row 0, c-1001), the last (row 8, c-1009, the first of the two sent
  /// on 17 November), then rows 10 × 1/4 = 2, 10 × 2/4 = 5 and 10 × 3/4 = 7; the first play is c-1001's own
  /// code an hour after its send (14:15Z on 20 October, 1,792,505,700 s).
  @Test func recipientsAreDrawnBoundaryRowsFirst() throws {
    let campaign = try Self.campaign("welcome-unique")
    let pool = try #require(campaign.mechanics.activation.pool)
    let rows = CampaignProfile.drawnRows(campaign, pool: pool).map(\.row)
    #expect(rows == [0, 8, 2, 5, 7])
    let profile = CampaignProfile(campaign: campaign, file: try Self.file())
    let first = try #require(profile.poolPlays.first)
    #expect(first.typed == "WLC-7F3KQ2ZD")
    #expect(first.customer?.id == "c-1001")
    #expect(first.at == Self.instant(1_792_505_700))
    let stories = Set(profile.poolPlays.map(\.story))
    #expect(stories.contains("the recipient's own code at the last valid second"))
    #expect(stories.contains("a second use of the code"))
    #expect(profile.poolPlays.contains { $0.at == Self.instant(1_793_715_299) })
    #expect(profile.poolPlays.contains { $0.at == Self.instant(1_793_715_300) })
  }

  @Test func aShorterWindowInTheMechanicsIsTermsDrift() throws {
    let file = try Self.file { document in
      document.campaigns[0].set(["activation", "pool", "validFor"], to: .string("P7D"))
    }
    let findings = StaticAudit.findings(files: [file]).filter { $0.campaignID == "welcome-unique" }
      .map { "\($0.kind.rawValue): \($0.summary)" }
    #expect(
      findings.contains(
        "termsDrift: the mechanics end each code 7 days from the send (activation.pool.validFor P7D) "
          + "while the terms promise 14 days from the send (terms.activation.pool.validFor P14D)"))
  }
}
