import Foundation

/// Runs work on several threads and keeps the results in input order.
enum ParallelMap {
  /// `elements.map(transform)`, spread over `threads` threads; the results are in the order of `elements`.
  static func map<Element: Sendable, Result: Sendable>(
    _ elements: [Element], threads: Int, _ transform: @Sendable (Element) -> Result
  ) -> [Result] {
    let slots = LockedSlots<Result>(count: elements.count)
    let next = LockedCounter()
    let workers = max(1, min(threads, elements.count))
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      while true {
        let index = next.increment() - 1
        guard index < elements.count else { return }
        slots.set(index, transform(elements[index]))
      }
    }
    return slots.values()
  }
}
