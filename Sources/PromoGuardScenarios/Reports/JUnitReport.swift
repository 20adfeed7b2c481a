/// The JUnit report of `promoguard check` (placeholder until step 4).
package enum JUnitReport {
  /// Renders a result.
  package static func render(_ result: CheckResult) -> String { "" }
}
