internal import PromoGuard

/// The scenario harness: the promise oracle, generators, comparison, shrinking and reports.
package enum Scenarios {}
