package import PromoGuard

/// The JSON report of `promoguard check` (`--format json`): keys in a fixed order, no timing, so the same run
/// gives the same bytes.
///
/// ```json
/// {"format": "promoguard-check/1", "seed": 1, "scenariosPerCampaign": 2000, "shard": null,
///  "stoppedByTimeLimit": false, "passes": false,
///  "totals": {"campaigns": 2, "passed": 1, "failed": 1, "untested": 0, "scenarios": 4000},
///  "evaluator": null, "fixedMoment": null,
///  "campaigns": [{"id": "sept-20", "name": "...", "file": "...", "verdict": "fail", "scenarios": 2000,
///                 "boundaryScenarios": 61, "boundaryScenariosRun": 61, "missingExpected": [],
///                 "unconfirmedExpected": [], "findings": [{"kind": "shortfall", ...}], "reachTested": true,
///                 "reproduce": "..."}]}
/// ```
///
/// `verdict` is `pass`, `fail` or `untested` (fewer than `boundaryScenarios` boundary scenarios ran).
/// `evaluator` describes an external checkout under test (`--evaluator`: `command`, `window`, `timeoutSeconds`,
/// `requests`, `refusedCodeResults`, `checksSkipped`) and `fixedMoment` the moment of `--at` (`at`, and `now`
/// when it was `--at now`); each is `null` otherwise.
package enum JSONReport {
  /// Renders a result as pretty-printed JSON.
  ///
  /// - Parameter result: The result of the run.
  /// - Returns: The JSON text, without a trailing newline.
  package static func render(_ result: CheckResult) -> String {
    output(result).rendered(.pretty)
  }

  /// The result as an ordered JSON value.
  ///
  /// - Parameter result: The result of the run.
  /// - Returns: The JSON value.
  package static func output(_ result: CheckResult) -> JSONOutput {
    return .object([
      JSONField(key: "format", value: .string("promoguard-check/1")),
      JSONField(key: "seed", value: .number(String(result.seed))),
      JSONField(key: "scenariosPerCampaign", value: .number(String(result.scenariosPerCampaign))),
      JSONField(key: "shard", value: result.shard.map { .string($0.description) } ?? .null),
      JSONField(key: "stoppedByTimeLimit", value: .bool(result.stoppedByTimeLimit)),
      JSONField(key: "passes", value: .bool(result.passes)),
      JSONField(
        key: "totals",
        value: .object([
          JSONField(key: "campaigns", value: .number(String(result.reports.count))),
          JSONField(key: "passed", value: .number(String(result.count(.pass)))),
          JSONField(key: "failed", value: .number(String(result.count(.fail)))),
          JSONField(key: "untested", value: .number(String(result.count(.untested)))),
          JSONField(key: "scenarios", value: .number(String(result.totalScenarios))),
        ])),
      JSONField(key: "evaluator", value: result.externalCheckout.map(evaluator) ?? .null),
      JSONField(
        key: "fixedMoment",
        value: result.fixedMoment.map { moment in
          .object([
            JSONField(key: "at", value: .string(moment.instant.description)),
            JSONField(key: "now", value: .bool(moment.isNow)),
          ])
        } ?? .null),
      JSONField(
        key: "campaigns", value: .array(result.reports.map { campaign($0, result: result) })),
    ])
  }

  /// The external checkout under test: `command`, `window`, `timeoutSeconds`, `requests`,
  /// `refusedCodeResults`, `checksSkipped` (finding kinds not checked for some answers).
  private static func evaluator(_ external: ExternalCheckoutSummary) -> JSONOutput {
    .object([
      JSONField(key: "command", value: .string(external.command)),
      JSONField(key: "window", value: .number(String(external.window))),
      JSONField(key: "timeoutSeconds", value: .number(TextReport.seconds(external.timeout))),
      JSONField(key: "requests", value: .number(String(external.requests))),
      JSONField(key: "refusedCodeResults", value: .number(String(external.refusedCodeResults))),
      JSONField(
        key: "checksSkipped", value: .array(external.checksSkipped.map { .string($0.rawValue) })),
    ])
  }

  private static func campaign(_ report: CampaignReport, result: CheckResult) -> JSONOutput {
    .object([
      JSONField(key: "id", value: .string(report.campaignID)),
      JSONField(key: "name", value: .string(report.campaignName)),
      JSONField(key: "file", value: .string(report.file)),
      JSONField(key: "verdict", value: .string(report.outcome.rawValue)),
      JSONField(key: "scenarios", value: .number(String(report.scenarios))),
      JSONField(key: "boundaryScenarios", value: .number(String(report.boundaryScenarios))),
      JSONField(key: "boundaryScenariosRun", value: .number(String(report.boundaryScenariosRun))),
      JSONField(
        key: "missingExpected", value: .array(report.missingExpected.map { .string($0.rawValue) })),
      JSONField(
        key: "unconfirmedExpected",
        value: .array(report.unconfirmedExpected.map { .string($0.rawValue) })),
      JSONField(
        key: "findings",
        value: .array(report.findings.map { finding($0, report: report, result: result) })),
      JSONField(key: "reachTested", value: .bool(report.isReachTested)),
      JSONField(key: "reproduce", value: .string(TextReport.reproduce(report, result: result))),
    ])
  }

  /// A finding as JSON, the same shape `promoguard lint` writes: see `Finding.jsonOutput(in:)`.
  ///
  /// - Parameters:
  ///   - finding: The finding.
  ///   - report: The campaign's report (its zone and catalog).
  ///   - result: The run.
  /// - Returns: The JSON value.
  package static func finding(_ finding: Finding, report: CampaignReport, result: CheckResult)
    -> JSONOutput
  {
    finding.jsonOutput(in: report)
  }
}
