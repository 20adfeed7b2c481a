/// Order statistics of a set of timing samples.
struct Statistics: Sendable {
  /// The samples in nanoseconds, sorted ascending; never empty.
  let sorted: [Double]

  /// Sorts the samples.
  ///
  /// - Parameter samples: Timings in nanoseconds; an empty list counts as one zero sample.
  init(_ samples: [Double]) {
    self.sorted = samples.isEmpty ? [0] : samples.sorted()
  }

  /// The median: the middle sample, or the mean of the two middle samples of an even count.
  var median: Double {
    let middle = sorted.count / 2
    if sorted.count % 2 == 1 { return sorted[middle] }
    return (sorted[middle - 1] + sorted[middle]) / 2
  }

  /// The 99th percentile by nearest rank: the smallest sample at or above 99% of the samples.
  var p99: Double {
    percentile(99)
  }

  /// A percentile by nearest rank.
  ///
  /// - Parameter percent: From 1 to 100.
  /// - Returns: The sample at rank ⌈percent × count / 100⌉.
  func percentile(_ percent: Int) -> Double {
    let rank = (percent * sorted.count + 99) / 100
    return sorted[min(max(rank, 1), sorted.count) - 1]
  }
}
