/// The cases of the mutation suite: every applicable (clean file × operator) mutant and every applicable
/// (clean file × rewrite).
enum MutationSuite {
  /// Each clean file with each operator that applies to it.
  static let mutants: [MutantCase] = CleanCampaigns.all.flatMap { clean in
    MutationOperator.all.compactMap { $0.mutant(of: clean) }
  }

  /// Each clean file with each rewrite that changes something in it.
  static let rewrites: [RewriteCase] = CleanCampaigns.all.flatMap { clean in
    Rewrite.every.compactMap { $0.rewritten(clean) }
  }
}
