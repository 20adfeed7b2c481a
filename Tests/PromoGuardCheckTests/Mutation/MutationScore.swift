import PromoGuard

/// The guard's score on the mutation suite: how many planted mistakes it catches with an acceptable kind, and
/// how many meaning-preserving rewrites it flags.
struct MutationScore: Sendable, CustomStringConvertible {
  /// One mutant's verdict.
  struct MutantVerdict: Sendable {
    /// The mutant.
    var mutant: MutantCase
    /// Whether a finding of an acceptable kind, not expected by the file, is about the mutated campaign.
    var caught: Bool
    /// What `check` found instead (all unexpected findings of the file), when not caught.
    var found: [String]
  }

  /// One rewrite's verdict.
  struct RewriteVerdict: Sendable {
    /// The rewrite.
    var rewrite: RewriteCase
    /// The unexpected findings (a false alarm when not empty).
    var found: [String]
  }

  /// Every mutant's verdict.
  var mutants: [MutantVerdict]
  /// Every rewrite's verdict.
  var rewrites: [RewriteVerdict]

  /// Whether a mutant's outcome catches it.
  ///
  /// - Parameters:
  ///   - mutant: The mutant.
  ///   - outcome: What `check` found in its file.
  /// - Returns: `true` when the mutated campaign shows a finding of an acceptable kind.
  static func catches(_ mutant: MutantCase, _ outcome: MutationCheck.Outcome) -> Bool {
    outcome.loadError == nil
      && outcome.findings(of: mutant.campaignID).contains {
        mutant.acceptableKinds.contains($0.kind)
      }
  }

  /// Runs (or reuses) every case of the suite and scores them.
  ///
  /// - Returns: The score.
  static func compute() async -> MutationScore {
    var mutants = [MutantVerdict]()
    for mutant in MutationSuite.mutants {
      let outcome = await MutationOutcomes.shared.outcome(
        json: mutant.json, path: mutant.path, companions: mutant.companions)
      let caught = catches(mutant, outcome)
      mutants.append(
        MutantVerdict(mutant: mutant, caught: caught, found: caught ? [] : outcome.lines))
    }
    var rewrites = [RewriteVerdict]()
    for rewrite in MutationSuite.rewrites {
      let outcome = await MutationOutcomes.shared.outcome(
        json: rewrite.json, path: rewrite.path, companions: rewrite.companions)
      rewrites.append(RewriteVerdict(rewrite: rewrite, found: outcome.lines))
    }
    return MutationScore(mutants: mutants, rewrites: rewrites)
  }

  /// Mutants caught.
  var caught: Int { mutants.filter(\.caught).count }

  /// Rewrites flagged.
  var falseAlarms: Int { rewrites.filter { !$0.found.isEmpty }.count }

  /// The score by family, then the misses and the false alarms, one per line.
  var description: String {
    var lines = [
      "mutants caught: \(caught)/\(mutants.count); rewrites flagged: \(falseAlarms)/\(rewrites.count)"
    ]
    for mistake in MistakeClass.allCases {
      let family = mutants.filter { $0.mutant.operatorName.hasPrefix(mistake.rawValue + ".") }
      guard !family.isEmpty else { continue }
      lines.append("  \(mistake.rawValue): \(family.filter(\.caught).count)/\(family.count)")
    }
    for verdict in mutants where !verdict.caught {
      let kinds = verdict.mutant.acceptableKinds.map(\.rawValue).sorted().joined(separator: "|")
      lines.append("MISSED \(verdict.mutant.testDescription) (wants \(kinds))")
      lines += verdict.found.map { "    found \($0)" }
      if verdict.found.isEmpty { lines.append("    found nothing") }
    }
    for verdict in rewrites where !verdict.found.isEmpty {
      lines.append("FALSE ALARM \(verdict.rewrite.testDescription)")
      lines += verdict.found.map { "    found \($0)" }
    }
    return lines.joined(separator: "\n")
  }
}
