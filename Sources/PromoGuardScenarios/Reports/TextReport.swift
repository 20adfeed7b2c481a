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
      if !report.isReachTested { out += "  " + reachNotTested + "\n" }
      for finding in report.findings {
        out += findingText(finding, inventedProducts: !report.isReachTested, result: result)
      }
      for kind in report.missingExpected {
        out +=
          "  missing: \(kind.rawValue) is listed in expectFindings but was not found — the problem may be "
          + "fixed (remove it from expectFindings) or the check no longer sees it\n"
      }
    }
    if result.reports.isEmpty { out += "No campaign to check.\n" }
    let failing = result.reports.filter { !$0.passes }.count
    let files = Set(result.reports.map(\.file)).count
    out += "\n"
    if result.stoppedByTimeLimit {
      out +=
        "Time limit reached: generation stopped early; the counts cover the scenarios that ran.\n"
    }
    out +=
      "\(result.reports.count) campaign\(result.reports.count == 1 ? "" : "s") in \(files) "
      + "file\(files == 1 ? "" : "s"): \(result.reports.count - failing) pass, \(failing) fail; "
      + "\(result.totalScenarios) scenarios in \(seconds(result.duration)) s. Seed \(result.seed).\n"
    return out
  }

  /// `PASS id (file): N scenarios` or `FAIL ...`.
  ///
  /// - Parameter report: The campaign's report.
  /// - Returns: The verdict line.
  package static func verdict(_ report: CampaignReport) -> String {
    "\(report.passes ? "PASS" : "FAIL") \(report.campaignID) (\(report.file)): \(report.scenarios) scenarios"
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

  private static func reproduce(file: String, campaignID: String, result: CheckResult) -> String {
    var command = "promoguard check \(file) --seed \(result.seed) --only \(campaignID)"
    if result.scenariosPerCampaign != CheckConfiguration.defaultScenarios {
      command += " --scenarios \(result.scenariosPerCampaign)"
    }
    return command
  }

  private static func findingText(
    _ finding: Finding, inventedProducts: Bool, result: CheckResult
  ) -> String {
    let expected = finding.isExpected ? " (expected)" : ""
    let count =
      finding.example == nil ? "" : " in \(finding.count) scenario\(finding.count == 1 ? "" : "s")"
    var out = "  \(finding.kind.rawValue)\(expected)\(count): \(finding.summary)\n"
    if let location = finding.location { out += "    at \(location)\n" }
    if let example = finding.example {
      out += "    Promised: \(example.promised)\n"
      out += "    Checkout did: \(example.actual)\n"
      out +=
        "    Smallest checkout (\(example.shrinkSteps) shrinking step\(example.shrinkSteps == 1 ? "" : "s")):\n"
      for line in CheckoutSummary.lines(example.checkout, inventedProducts: inventedProducts) {
        out += "      \(line)\n"
      }
      out +=
        "    Reproduce: \(reproduce(file: finding.file, campaignID: finding.campaignID, result: result))\n"
    }
    return out
  }

  private static func seconds(_ duration: Duration) -> String {
    let milliseconds =
      duration.components.seconds * 1_000 + duration.components.attoseconds / 1_000_000_000_000_000
    return
      "\(milliseconds / 1_000).\(String(repeating: "0", count: 3 - String(milliseconds % 1_000).count))\(milliseconds % 1_000)"
  }
}
