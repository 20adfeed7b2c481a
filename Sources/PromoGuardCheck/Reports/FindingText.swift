package import PromoGuard

/// The evidence of a finding, as a customer-service lead reads it: the message the customer followed, the
/// customer's checkout (basket with catalog names and prices, the moment in the campaign's zone and in UTC),
/// what the terms promised, what checkout did and what it said, and the command that shows it again.
///
/// The same for every finding with an example, from the audit or from generated checkouts.
package enum FindingText {
  /// The lines below a finding's headline, without indentation (details of the checkout indented by two).
  ///
  /// ```
  /// Message: sept-email
  /// Smallest checkout (2 shrinking steps):
  ///   at Sunday 13 December 2026, 23:30 New York time (2026-12-14T04:30:00Z)
  ///   channel web, currency USD
  ///   guest (not signed in)
  ///   1 × Sable throw (SABLE-THROW, throws) at $149.00
  ///   codes: "SEPT20"
  /// Promised: 20% off your entire order: $29.80
  /// Checkout did: refused SEPT20: expired
  /// Checkout said: SEPT20: expired — "The offer \"20% off\" ended on …"
  /// Reproduce: swift run promoguard check Fixtures --seed 1 --only sept-20
  /// ```
  ///
  /// - Parameters:
  ///   - finding: The finding.
  ///   - zone: The campaign's time zone.
  ///   - catalog: What is known of the file's catalog.
  ///   - reproduce: The command that reproduces it, or `nil` to leave it out.
  /// - Returns: The lines; none for a finding without a message or an example.
  package static func lines(
    _ finding: Finding, zone: Zone, catalog: WitnessCatalog, reproduce: String?
  ) -> [String] {
    var lines = [String]()
    if let message = finding.messageID { lines.append("Message: \(message)") }
    if let recipients = finding.recipients { lines += recipients.lines }
    guard let example = finding.example else { return lines }
    return lines + exampleLines(example, zone: zone, catalog: catalog, reproduce: reproduce)
  }

  /// The lines of a finding's example alone: the smallest checkout, what was promised, what checkout did and
  /// said, and the command that reproduces it.
  ///
  /// - Parameters:
  ///   - example: The example.
  ///   - zone: The campaign's time zone.
  ///   - catalog: What is known of the file's catalog.
  ///   - reproduce: The command that reproduces it, or `nil` to leave it out.
  /// - Returns: The lines, without indentation (details of the checkout indented by two).
  package static func exampleLines(
    _ example: FindingExample, zone: Zone, catalog: WitnessCatalog, reproduce: String?
  ) -> [String] {
    let steps = example.shrinkSteps
    var lines = ["Smallest checkout (\(steps) shrinking step\(steps == 1 ? "" : "s")):"]
    lines += CheckoutSummary.lines(example.checkout, zone: zone, catalog: catalog).map { "  " + $0 }
    lines.append("Promised: \(example.promised)")
    lines.append("Checkout did: \(example.actual)")
    lines.append("Checkout said: \(example.told ?? "nothing (no status, no message)")")
    if let reproduce { lines.append("Reproduce: \(reproduce)") }
    return lines
  }

  /// How much of the campaign a finding was seen on, after its headline: ` for 12 recipients` for a finding
  /// over a recipient list, ` in 3 scenarios` for one with an example, else nothing (a finding of the files).
  ///
  /// - Parameter finding: The finding.
  /// - Returns: The phrase, with its leading space, or `""`.
  package static func countPhrase(_ finding: Finding) -> String {
    if let recipients = finding.recipients {
      return " for \(recipients.total) recipient\(recipients.total == 1 ? "" : "s")"
    }
    guard finding.example != nil else { return "" }
    return " in \(finding.count) scenario\(finding.count == 1 ? "" : "s")"
  }
}
