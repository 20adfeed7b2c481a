import PromoGuard

/// The JUnit XML report of `promoguard check` (`--format junit`), for CI report readers.
///
/// One `<testsuite>` per file, one `<testcase>` per campaign (`classname` the file, `name` the campaign id), and
/// a `<failure>` per unexpected finding and per expected finding that was not found; a campaign that ran fewer
/// scenarios than its boundary set gets a `<failure type="untested">` (never a pass or a skip). Expected
/// findings that were found are listed in the test case's `<system-out>`. Every `<testsuites>`, `<testsuite>`
/// and `<testcase>` has a `time` in seconds. A campaign whose
/// file has no catalog carries a test-case property `reach` saying reach was not tested. With `--evaluator` or
/// `--at`, each suite's properties say which checkout was tested and which checks were possible
/// (``checkoutProperties(_:)``).
///
/// ```xml
/// <testsuites name="promoguard check" tests="2" failures="1" errors="0" time="1.005">
///   <testsuite name="Fixtures/planted/leak.json" tests="1" failures="1" errors="0" skipped="0" time="0.420">
///     <testcase classname="Fixtures/planted/leak.json" name="planted-leak" time="0.420">
///       <failure type="leak" message="leak: ...">...</failure>
/// ```
package enum JUnitReport {
  /// Renders a result.
  ///
  /// - Parameter result: The result of the run.
  /// - Returns: The XML document, ending with a newline.
  package static func render(_ result: CheckResult) -> String {
    var files = [String]()
    for report in result.reports where !files.contains(report.file) { files.append(report.file) }
    let failing = result.reports.filter { !$0.passes }.count
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml +=
      "<testsuites name=\"promoguard check\" tests=\"\(result.reports.count)\" failures=\"\(failing)\" "
      + "errors=\"0\" time=\"\(TextReport.seconds(result.duration))\">\n"
    for file in files {
      let reports = result.reports.filter { $0.file == file }
      let failures = reports.filter { !$0.passes }.count
      let time = reports.reduce(Duration.zero) { $0 + $1.duration }
      xml +=
        "  <testsuite name=\"\(attribute(file))\" tests=\"\(reports.count)\" failures=\"\(failures)\" "
        + "errors=\"0\" skipped=\"0\" time=\"\(TextReport.seconds(time))\">\n"
      xml += "    <properties>\n"
      xml += "      <property name=\"seed\" value=\"\(result.seed)\"/>\n"
      xml +=
        "      <property name=\"scenariosPerCampaign\" value=\"\(result.scenariosPerCampaign)\"/>\n"
      if let shard = result.shard {
        xml += "      <property name=\"shard\" value=\"\(shard)\"/>\n"
      }
      for (name, value) in checkoutProperties(result) {
        xml += "      <property name=\"\(name)\" value=\"\(attribute(value))\"/>\n"
      }
      xml += "    </properties>\n"
      for report in reports { xml += testCase(report, result: result) }
      xml += "  </testsuite>\n"
    }
    xml += "</testsuites>\n"
    return xml
  }

  /// The suite properties about an external checkout under test and a fixed moment: `evaluator`,
  /// `evaluatorWindow`, `evaluatorRequests`, `refusedCodeResults`, `checksSkipped` (`none` or finding kinds),
  /// `fixedMoment` and `fixedMomentIsNow`.
  ///
  /// - Parameter result: The run.
  /// - Returns: The names and values, in order; empty for the engine at each scenario's own time.
  static func checkoutProperties(_ result: CheckResult) -> [(String, String)] {
    var properties = [(String, String)]()
    if let external = result.externalCheckout {
      let skipped = external.checksSkipped.map(\.rawValue)
      properties += [
        ("evaluator", external.command), ("evaluatorWindow", String(external.window)),
        ("evaluatorRequests", String(external.requests)),
        ("refusedCodeResults", String(external.refusedCodeResults)),
        ("checksSkipped", skipped.isEmpty ? "none" : skipped.joined(separator: ",")),
      ]
    }
    if let moment = result.fixedMoment {
      properties += [
        ("fixedMoment", moment.instant.description), ("fixedMomentIsNow", String(moment.isNow)),
      ]
    }
    return properties
  }

  /// The report of a run that could not start because its input did not load (exit code 2): one test case
  /// with an `<error>` carrying the diagnostics, so CI shows why instead of an empty or stale report.
  ///
  /// - Parameters:
  ///   - paths: The paths given to `check`.
  ///   - diagnostic: The diagnostics printed on standard error.
  /// - Returns: The XML document, ending with a newline.
  package static func renderLoadFailure(paths: [String], diagnostic: String) -> String {
    let firstLine =
      diagnostic.split(separator: "\n").first.map(String.init) ?? "the input did not load"
    let name = "load " + paths.joined(separator: " ")
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml +=
      "<testsuites name=\"promoguard check\" tests=\"1\" failures=\"0\" errors=\"1\" time=\"0.000\">\n"
    xml +=
      "  <testsuite name=\"promoguard check\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\" "
      + "time=\"0.000\">\n"
    xml +=
      "    <testcase classname=\"promoguard check\" name=\"\(attribute(name))\" time=\"0.000\">\n"
    xml +=
      "      <error type=\"badInput\" message=\"\(attribute(firstLine))\">\(text(diagnostic))</error>\n"
    xml += "    </testcase>\n"
    xml += "  </testsuite>\n"
    xml += "</testsuites>\n"
    return xml
  }

  private static func testCase(_ report: CampaignReport, result: CheckResult) -> String {
    var xml =
      "    <testcase classname=\"\(attribute(report.file))\" name=\"\(attribute(report.campaignID))\" "
      + "time=\"\(TextReport.seconds(report.duration))\">\n"
    if !report.isReachTested {
      xml += "      <properties>\n"
      xml +=
        "        <property name=\"reach\" value=\"\(attribute(TextReport.reachNotTested))\"/>\n"
      xml += "      </properties>\n"
    }
    var expected = [String]()
    for finding in report.findings {
      let headline = "\(finding.kind.rawValue): \(finding.summary)"
      if finding.isExpected {
        expected.append("expected \(headline) (\(finding.count))")
        continue
      }
      var body = headline + "\n"
      if finding.recipients == nil, finding.example != nil {
        body += "Scenarios: \(finding.count)\n"
      }
      if let location = finding.location { body += "At: \(location)\n" }
      let lines = FindingText.lines(
        finding, zone: report.zone, catalog: report.catalog,
        reproduce: TextReport.reproduce(
          file: finding.file, campaignID: finding.campaignID, result: result))
      for line in lines { body += line + "\n" }
      xml +=
        "      <failure type=\"\(finding.kind.rawValue)\" message=\"\(attribute(headline))\">"
        + text(body) + "</failure>\n"
    }
    for kind in report.missingExpected {
      let message = "\(kind.rawValue) is listed in expectFindings but was not found"
      xml +=
        "      <failure type=\"missingExpected\" message=\"\(attribute(message))\">\(text(message))"
        + "</failure>\n"
    }
    if report.isUntested {
      let message = TextReport.untestedText(report, result: result)
      var body = message + "\n"
      for kind in report.unconfirmedExpected {
        body +=
          "\(kind.rawValue) is listed in expectFindings and was not found in the scenarios that ran: not "
          + "tested enough to know whether it is still there\n"
      }
      xml +=
        "      <failure type=\"untested\" message=\"\(attribute(message))\">\(text(body))</failure>\n"
    }
    var out =
      "\(report.scenarios) scenarios (\(report.boundaryScenariosRun) of \(report.boundaryScenarios) boundary "
      + "scenarios), seed \(result.seed)\n"
    if !report.isReachTested { out += TextReport.reachNotTested + "\n" }
    for line in expected { out += line + "\n" }
    xml += "      <system-out>\(text(out))</system-out>\n"
    xml += "    </testcase>\n"
    return xml
  }

  /// Text escaped for an XML attribute value (new lines kept as character references).
  ///
  /// - Parameter value: The text.
  /// - Returns: The escaped text.
  package static func attribute(_ value: String) -> String {
    escaped(value, inAttribute: true)
  }

  /// Text escaped for XML character data.
  ///
  /// - Parameter value: The text.
  /// - Returns: The escaped text.
  package static func text(_ value: String) -> String {
    escaped(value, inAttribute: false)
  }

  /// Escapes markup characters; characters XML 1.0 does not allow (control characters other than tab, line
  /// feed and carriage return, and U+FFFE, U+FFFF) become U+FFFD.
  private static func escaped(_ value: String, inAttribute: Bool) -> String {
    var result = ""
    result.reserveCapacity(value.utf8.count)
    for scalar in value.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += inAttribute ? "&quot;" : "\""
      case "\n": result += inAttribute ? "&#10;" : "\n"
      case "\r": result += "&#13;"
      case "\t": result += inAttribute ? "&#9;" : "\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
          result += "\u{FFFD}"
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }
}
