import PromoGuard
import Testing

@testable import PromoGuardCheck

/// The guard's mutation suite (issue 9): realistic clean campaigns pass `check`; every planted marketing
/// mistake is caught with an acceptable kind; every meaning-preserving rewrite stays clean.
@Suite struct MutationSuiteTests {
  /// A clean campaign file shows no finding.
  @Test(arguments: CleanCampaigns.all) func aCleanCampaignPassesCheck(_ clean: CleanCampaign) async
  {
    let outcome = await MutationOutcomes.shared.outcome(
      json: clean.json, path: clean.path, companions: clean.companions)
    #expect(outcome.lines.isEmpty, "\(outcome.lines.joined(separator: "\n"))")
  }

  /// The suite's JSON round trip (which every mutant and rewrite goes through) changes no campaign.
  @Test(arguments: CleanCampaigns.all)
  func aCleanCampaignReadsTheSameAfterTheSuitesRoundTrip(_ clean: CleanCampaign) throws {
    let document = try clean.document()
    let original = try CampaignLoader.load([
      MutationCheck.source(json: clean.json, path: clean.path, companions: clean.companions)
    ])
    let roundTrip = try CampaignLoader.load([
      MutationCheck.source(json: document.text(), path: clean.path, companions: document.companions)
    ])
    // The same campaigns, written at other lines.
    let before = original.flatMap(\.campaigns)
    let after = roundTrip.flatMap(\.campaigns)
    #expect(before.map(\.id) == after.map(\.id))
    #expect(before.map(\.mechanics) == after.map(\.mechanics))
    #expect(before.map(\.terms) == after.map(\.terms))
    /// Each campaign's messages, their locations blanked.
    func withoutLocations(_ campaigns: [Campaign]) -> [[Message]] {
      campaigns.map { campaign in
        campaign.messages.map { message in
          var message = message
          message.location = FileLocation(file: "", line: 0, column: 0)
          return message
        }
      }
    }
    #expect(withoutLocations(before) == withoutLocations(after))
  }

  /// A planted mistake shows, on its campaign, a finding of a kind that honestly reports it.
  @Test(arguments: MutationSuite.mutants) func aPlantedMistakeIsCaught(_ mutant: MutantCase) async {
    let outcome = await MutationOutcomes.shared.outcome(
      json: mutant.json, path: mutant.path, companions: mutant.companions)
    let kinds = mutant.acceptableKinds.map(\.rawValue).sorted().joined(separator: " or ")
    #expect(outcome.loadError == nil, "the mutant does not load: \(outcome.loadError ?? "")")
    #expect(
      MutationScore.catches(mutant, outcome),
      """
      \(mutant.story): wants \(kinds) on \(mutant.campaignID); check found \
      \(outcome.lines.isEmpty ? "nothing" : outcome.lines.joined(separator: "\n"))
      """)
  }

  /// A meaning-preserving rewrite shows no finding.
  @Test(arguments: MutationSuite.rewrites) func aRewriteStaysClean(_ rewrite: RewriteCase) async {
    let outcome = await MutationOutcomes.shared.outcome(
      json: rewrite.json, path: rewrite.path, companions: rewrite.companions)
    #expect(
      outcome.lines.isEmpty,
      "\(rewrite.story): check found \(outcome.lines.joined(separator: "\n"))")
  }

  /// No operator or rewrite is dead: each changes at least one clean file, and every case has its own name.
  @Test func everyOperatorAndRewriteAppliesToSomeCleanCampaign() {
    for mutationOperator in MutationOperator.all {
      #expect(
        MutationSuite.mutants.contains { $0.operatorName == mutationOperator.testDescription },
        "\(mutationOperator.testDescription) plants nothing")
    }
    for rewrite in Rewrite.every {
      #expect(
        MutationSuite.rewrites.contains { $0.rewriteName == rewrite.name },
        "\(rewrite.name) rewrites nothing")
    }
    #expect(Set(MutationSuite.mutants.map(\.testDescription)).count == MutationSuite.mutants.count)
  }

  /// Every mutant is caught and no rewrite flagged.
  ///
  /// Prints the score; on failure the message lists each miss and each false alarm with what `check` found.
  @Test func theGuardCatchesEveryMutantAndFlagsNoRewrite() async {
    let score = await MutationScore.compute()
    print(score)
    #expect(
      score.caught == score.mutants.count && score.falseAlarms == 0, "\(score)")
  }
}
