/// The figures of one measured case.
struct CaseResult: Sendable {
  /// The case.
  let benchCase: BenchCase
  /// The number of timed samples.
  let samples: Int
  /// The timings, in nanoseconds per operation.
  let statistics: Statistics
  /// Median time per operation divided by the median of the case's floor, when the floor was measured.
  let floorRatio: Double?

  /// Operations per second at the median: on one thread, or on every core for the all-core cases.
  var perSecond: Double {
    statistics.median > 0 ? 1e9 / statistics.median : 0
  }
}
