import PromoGuard
import Testing

@testable import PromoGuardCheck

/// Customer ids from a bound pool or a recipient list are personal data: the example checkouts of a pool
/// campaign's findings show them masked (`c-1001` → `c-1***`) unless `--show-recipients` is given, in the static
/// audit and in `check`'s scenario findings alike.
@Suite struct PoolPersonalDataTests {
  /// The clean pool file with the welcome pool cut to 7 days while its terms promise 14: a `termsDrift` from the
  /// audit and `rejectedEligible` scenarios, each shown with a recipient's checkout.
  static func sevenDayFile() throws -> CampaignFile {
    try PoolHarnessTests.file { document in
      document.campaigns[0].set(["activation", "pool", "validFor"], to: .string("P7D"))
    }
  }

  /// The customer ids of the example checkouts of `welcome-unique`'s findings.
  static func exampleCustomers(_ findings: [Finding]) -> [String] {
    findings.filter { $0.campaignID == "welcome-unique" }.compactMap {
      $0.example?.checkout.customer?.id
    }
  }

  @Test func theAuditMasksTheWitnessCustomer() throws {
    let file = try Self.sevenDayFile()
    let masked = Self.exampleCustomers(StaticAudit.findings(files: [file]))
    let shown = Self.exampleCustomers(StaticAudit.findings(files: [file], showRecipients: true))
    #expect(!masked.isEmpty)
    // "c-1001" and every other id of the file are 6 characters: the first 3 kept, then "***".
    #expect(masked.allSatisfy { $0.hasSuffix("***") && $0.count == 6 })
    #expect(shown.allSatisfy { !$0.contains("*") })
    #expect(shown.map { String($0.prefix(3)) + "***" } == masked)
  }

  @Test func checkMasksTheScenarioCustomers() throws {
    let file = try Self.sevenDayFile()
    var configuration = CheckConfiguration(scenarios: 400, seed: 1)
    let masked = CheckRun.run(files: [file], configuration: configuration).reports
      .flatMap(\.findings)
    configuration.showRecipients = true
    let shown = CheckRun.run(files: [file], configuration: configuration).reports.flatMap(
      \.findings)
    #expect(masked.contains { $0.kind == .rejectedEligible })
    #expect(Self.exampleCustomers(masked).allSatisfy { $0.hasSuffix("***") })
    #expect(Self.exampleCustomers(shown).contains { $0.hasPrefix("c-1") && !$0.contains("*") })
  }

  @Test func onlyCampaignsWithRecipientsOrBoundCodesCarryPersonalData() throws {
    let file = try PoolHarnessTests.file()
    // welcome-unique has a recipient list; recovery-10 binds its codes to customers (a `customer` column).
    #expect(file.campaigns.allSatisfy { $0.carriesPersonalData })
    let plain = Campaign(
      id: "plain", name: "Plain", mechanics: file.campaigns[0].mechanics, terms: nil, messages: [],
      location: file.campaigns[0].location)
    var codes = plain
    codes.mechanics.activation = .codes(["SEPT20"])
    #expect(!codes.carriesPersonalData)
  }

  @Test func maskingTwiceChangesNothing() {
    let finding = Finding(
      kind: .leak, campaignID: "c", file: "f.json", summary: "s",
      example: FindingExample(
        checkout: PoolHarnessTests.checkout("WLC-7F3KQ2ZD", customer: "c-1001", at: 0),
        promised: "15% off: $13.35", actual: "applied $13.35", told: nil, seed: 1, shrinkSteps: 0))
    #expect(finding.withCustomerMasked.example?.checkout.customer?.id == "c-1***")
    #expect(finding.withCustomerMasked.withCustomerMasked == finding.withCustomerMasked)
  }
}
