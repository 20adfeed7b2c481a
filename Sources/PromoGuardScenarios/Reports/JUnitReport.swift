/// The JUnit XML report of `promoguard check` (`--format junit`), for CI report readers.
///
/// One `<testsuite>` per file, one `<testcase>` per campaign (`classname` the file, `name` the campaign id), and
/// a `<failure>` per unexpected finding and per expected finding that was not found; expected findings that were
/// found are listed in the test case's `<system-out>`. A campaign whose file has no catalog carries a test-case
/// property `reach` saying reach was not tested.
///
/// ```xml
/// <testsuites name="promoguard check" tests="2" failures="1" errors="0">
///   <testsuite name="Fixtures/planted/leak.json" tests="1" failures="1" errors="0" skipped="0">
///     <testcase classname="Fixtures/planted/leak.json" name="planted-leak">
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
      + "errors=\"0\">\n"
    for file in files {
      let reports = result.reports.filter { $0.file == file }
      let failures = reports.filter { !$0.passes }.count
      xml +=
        "  <testsuite name=\"\(attribute(file))\" tests=\"\(reports.count)\" failures=\"\(failures)\" "
        + "errors=\"0\" skipped=\"0\">\n"
      xml += "    <properties>\n"
      xml += "      <property name=\"seed\" value=\"\(result.seed)\"/>\n"
      xml +=
        "      <property name=\"scenariosPerCampaign\" value=\"\(result.scenariosPerCampaign)\"/>\n"
      if let shard = result.shard {
        xml += "      <property name=\"shard\" value=\"\(shard)\"/>\n"
      }
      xml += "    </properties>\n"
      for report in reports { xml += testCase(report, result: result) }
      xml += "  </testsuite>\n"
    }
    xml += "</testsuites>\n"
    return xml
  }

  private static func testCase(_ report: CampaignReport, result: CheckResult) -> String {
    var xml =
      "    <testcase classname=\"\(attribute(report.file))\" name=\"\(attribute(report.campaignID))\">\n"
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
      if finding.example != nil { body += "Scenarios: \(finding.count)\n" }
      if let location = finding.location { body += "At: \(location)\n" }
      if let example = finding.example {
        body +=
          "Promised: \(example.promised)\nCheckout did: \(example.actual)\nSmallest checkout:\n"
        let lines = CheckoutSummary.lines(
          example.checkout, inventedProducts: !report.isReachTested)
        for line in lines { body += "  \(line)\n" }
        body += "Reproduce: \(TextReport.reproduce(report, result: result))\n"
      }
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
    var out = "\(report.scenarios) scenarios, seed \(result.seed)\n"
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
