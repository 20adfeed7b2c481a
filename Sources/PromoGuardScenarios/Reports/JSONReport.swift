/// The JSON report of `promoguard check` (placeholder until step 4).
package enum JSONReport {
  /// Renders a result.
  package static func render(_ result: CheckResult) -> String { "{}" }
}
