import PromoGuard

/// The text report of `promoguard check`: a verdict line per campaign, each finding with its evidence and the
/// command that reproduces it, then totals and the seed.
package enum TextReport {
  /// Renders a result.
  ///
  /// - Parameter result: The result of the run.
  /// - Returns: The report, ending with a newline.
  package static func render(_ result: CheckResult) -> String {
    var out =
      "promoguard check — seed \(result.seed), \(result.scenariosPerCampaign) scenarios per campaign"
    if let shard = result.shard { out += ", shard \(shard)" }
    out += "\n\n"
    for report in result.reports {
      out += verdict(report) + "\n"
      if report.isUntested { out += "  \(untestedText(report, result: result))\n" }
      if !report.isReachTested { out += "  " + reachNotTested + "\n" }
      for finding in report.findings {
        out += findingText(finding, report: report, result: result)
      }
      for kind in report.missingExpected {
        out +=
          "  missing: \(kind.rawValue) is listed in expectFindings but was not found — the problem may be "
          + "fixed (remove it from expectFindings) or the check no longer sees it\n"
      }
      for kind in report.unconfirmedExpected {
        out +=
          "  unconfirmed: \(kind.rawValue) is listed in expectFindings and was not found in the scenarios "
          + "that ran — the campaign was not tested enough to know whether the problem is still there\n"
      }
    }
    if result.reports.isEmpty { out += "No campaign to check.\n" }
    let failing = result.count(.fail)
    let untested = result.count(.untested)
    let files = Set(result.reports.map(\.file)).count
    out += "\n"
    if result.stoppedByTimeLimit {
      out +=
        "Time limit reached: generation stopped early; the counts cover the scenarios that ran.\n"
    }
    if untested > 0 {
      out +=
        "Not finished: \(untested) campaign\(untested == 1 ? "" : "s") untested — not every boundary "
        + "scenario ran, so \(untested == 1 ? "it is" : "they are") not reported as passing.\n"
    }
    out +=
      "\(result.reports.count) campaign\(result.reports.count == 1 ? "" : "s") in \(files) "
      + "file\(files == 1 ? "" : "s"): \(result.count(.pass)) pass, \(failing) fail"
      + (untested > 0 ? ", \(untested) untested" : "") + "; "
      + "\(result.totalScenarios) scenarios in \(seconds(result.duration)) s. Seed \(result.seed).\n"
    for line in notes(result) { out += line + "\n" }
    return out
  }

  /// What the report says about the checkout under test when it is not the engine, and about a fixed moment:
  /// which command, how many requests, which checks were possible, which moment.
  ///
  /// - Parameter result: The run.
  /// - Returns: The lines, empty for the engine at each scenario's own time.
  package static func notes(_ result: CheckResult) -> [String] {
    var lines = [String]()
    if let external = result.externalCheckout {
      lines.append(
        "Checkout under test: \"\(external.command)\" (external, every campaign of the files active at "
          + "once); \(external.requests) requests answered, up to \(external.window) in flight per process."
      )
      if external.refusedCodeResults > 0 {
        lines.append(
          "Checks possible: \(ExternalCheckoutSummary.checksPossible); \(external.refusedCodeResults) code "
            + "results said only \"refused\", so wrongReason was not checked for them.")
      } else {
        lines.append(
          "Checks possible: all — \(ExternalCheckoutSummary.checksPossible) and reasons (every code "
            + "result named its status).")
      }
    }
    if let moment = result.fixedMoment { lines.append(moment.note) }
    return lines
  }

  /// `PASS id (file): N scenarios`, `FAIL ...` or `UNTESTED ...`.
  ///
  /// - Parameter report: The campaign's report.
  /// - Returns: The verdict line.
  package static func verdict(_ report: CampaignReport) -> String {
    "\(report.outcome.rawValue.uppercased()) \(report.campaignID) (\(report.file)): "
      + "\(report.scenarios) scenarios"
  }

  /// Why a campaign is untested, and what to do about it.
  ///
  /// - Parameters:
  ///   - report: The campaign's report.
  ///   - result: The run.
  /// - Returns: One line, starting with `untested:`.
  package static func untestedText(_ report: CampaignReport, result: CheckResult) -> String {
    let remedy =
      result.scenariosPerCampaign < report.boundaryScenarios
      ? "run at least \(report.boundaryScenarios) scenarios (--scenarios \(report.boundaryScenarios))"
      : "the time limit stopped it: allow more time (--time-limit) or check fewer campaigns per runner "
        + "(--shard)"
    return
      "untested: only \(report.boundaryScenariosRun) of its \(report.boundaryScenarios) boundary "
      + "scenarios ran, so it cannot pass; \(remedy)"
  }

  /// The note for a campaign whose file has no catalog.
  package static let reachNotTested =
    "reach not tested: the file has no catalog, so the baskets were made of invented products — "
    + "add a \"catalog\" of the shop's products to check that a real basket can get the discount"

  /// The command that reproduces a campaign's findings.
  ///
  /// - Parameters:
  ///   - report: The campaign's report.
  ///   - result: The run.
  /// - Returns: The command line.
  package static func reproduce(_ report: CampaignReport, result: CheckResult) -> String {
    reproduce(file: report.file, campaignID: report.campaignID, result: result)
  }

  /// The command that reproduces the findings of `campaignID`: the person's own invocation with
  /// `--seed S --only ID` when the run knows it, else `promoguard check FILE --seed S --only ID`.
  ///
  /// - Parameters:
  ///   - file: The campaign's file.
  ///   - campaignID: The campaign.
  ///   - result: The run.
  /// - Returns: The command line.
  package static func reproduce(file: String, campaignID: String, result: CheckResult) -> String {
    if let invocation = result.invocation {
      return invocation.reproduce(campaignID: campaignID, seed: result.seed)
    }
    var command = "promoguard check \(file) --seed \(result.seed) --only \(campaignID)"
    if result.scenariosPerCampaign != CheckConfiguration.defaultScenarios {
      command += " --scenarios \(result.scenariosPerCampaign)"
    }
    return command
  }

  private static func findingText(_ finding: Finding, report: CampaignReport, result: CheckResult)
    -> String
  {
    let expected = finding.isExpected ? " (expected)" : ""
    let count = FindingText.countPhrase(finding)
    var out = "  \(finding.kind.rawValue)\(expected)\(count): \(finding.summary)\n"
    if let location = finding.location { out += "    at \(location)\n" }
    let lines = FindingText.lines(
      finding, zone: report.zone, catalog: report.catalog,
      reproduce: reproduce(file: finding.file, campaignID: finding.campaignID, result: result))
    for line in lines { out += "    \(line)\n" }
    return out
  }

  /// Seconds with three decimals: `1.005`.
  ///
  /// - Parameter duration: The duration.
  /// - Returns: The text.
  package static func seconds(_ duration: Duration) -> String {
    let milliseconds = max(
      0,
      duration.components.seconds * 1_000 + duration.components.attoseconds
        / 1_000_000_000_000_000)
    let fraction = String(milliseconds % 1_000)
    return
      "\(milliseconds / 1_000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
  }
}
