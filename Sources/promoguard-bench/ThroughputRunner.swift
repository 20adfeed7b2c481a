import Dispatch
import PromoGuard
import Synchronization

/// Runs an operation on every core at once with `DispatchQueue.concurrentPerform`.
enum ThroughputRunner {
  /// Runs `operation` `count` times in total, split evenly over `threads` threads.
  ///
  /// Each thread builds its own checkout first, as concurrent requests of a backend each have theirs; what
  /// the threads share is what the operation captures (for the engine, one `CampaignSet`).
  ///
  /// - Parameters:
  ///   - count: The total number of operations.
  ///   - threads: How many threads share them (the first ones take the remainder).
  ///   - checkout: Builds a thread's checkout.
  ///   - operation: The operation; it must be safe to call from several threads at once.
  /// - Returns: The sum of every result.
  static func run(
    _ count: Int, threads: Int, checkout: @Sendable () -> Checkout,
    operation: @Sendable (Checkout) -> Int64
  ) -> Int64 {
    let workers = max(1, threads)
    let total = Atomic<Int64>(0)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      let share = count / workers + (worker < count % workers ? 1 : 0)
      let own = checkout()
      var sum: Int64 = 0
      for _ in 0..<share { sum &+= operation(own) }
      total.add(sum, ordering: .relaxed)
    }
    return total.load(ordering: .relaxed)
  }
}
