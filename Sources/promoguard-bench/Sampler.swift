/// Times a prepared case with `ContinuousClock`: one untimed warm-up, then the samples.
enum Sampler {
  /// Measures a case.
  ///
  /// - Parameters:
  ///   - prepared: The case, set up.
  ///   - samples: How many timed samples, at least 1.
  /// - Returns: The time per operation of every sample, in nanoseconds.
  /// - Throws: `BenchError` when an operation fails or returns something else than it did in set-up.
  static func measure(_ prepared: PreparedCase, samples: Int) throws(BenchError) -> Statistics {
    let batch = max(1, prepared.benchCase.batch)
    let clock = ContinuousClock()
    var checksum = try prepared.run(batch)
    var timings = [Double]()
    timings.reserveCapacity(samples)
    for _ in 0..<max(1, samples) {
      let start = clock.now
      checksum &+= try prepared.run(batch)
      let elapsed = start.duration(to: clock.now)
      timings.append(nanoseconds(elapsed) / Double(batch))
    }
    let operations = Int64(batch) * Int64(max(1, samples) + 1)
    guard checksum == operations &* prepared.expectedResult else {
      throw BenchError(
        "\(prepared.benchCase.name): \(operations) operations returned \(checksum) in total, not "
          + "\(operations) × \(prepared.expectedResult): an operation failed or changed its result")
    }
    return Statistics(timings)
  }

  /// Runs a case `iterations` times after one warm-up, untimed, for `valgrind --tool=callgrind`.
  ///
  /// - Parameters:
  ///   - prepared: The case, set up.
  ///   - iterations: How many operations after the warm-up; 0 measures the set-up alone.
  /// - Returns: The checksum of the operations after the warm-up.
  /// - Throws: `BenchError` when an operation fails.
  static func iterate(_ prepared: PreparedCase, iterations: Int) throws(BenchError) -> Int64 {
    _ = try prepared.run(1)
    return iterations > 0 ? try prepared.run(iterations) : 0
  }

  /// A duration in nanoseconds.
  ///
  /// - Parameter duration: The duration.
  /// - Returns: Its length in nanoseconds.
  static func nanoseconds(_ duration: Duration) -> Double {
    let (seconds, attoseconds) = duration.components
    return Double(seconds) * 1e9 + Double(attoseconds) / 1e9
  }
}
