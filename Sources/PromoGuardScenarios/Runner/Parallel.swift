import Foundation

/// Runs work on several threads and keeps the results in input order.
enum Parallel {
  /// `elements.map(transform)`, spread over `threads` threads; the results are in the order of `elements`.
  static func map<Element: Sendable, Result: Sendable>(
    _ elements: [Element], threads: Int, _ transform: @Sendable (Element) -> Result
  ) -> [Result] {
    let slots = ResultSlots<Result>(count: elements.count)
    let next = Counter()
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

/// A thread-safe counter.
final class Counter: @unchecked Sendable {
  // Safe: `value` is only read and written while `lock` is held.
  private let lock = NSLock()
  private var value = 0

  /// Adds one and returns the new value.
  func increment() -> Int {
    lock.lock()
    defer { lock.unlock() }
    value += 1
    return value
  }
}

/// Results written from several threads, one slot each.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
  // Safe: `slots` is only read and written while `lock` is held.
  private let lock = NSLock()
  private var slots: [Value?]

  init(count: Int) {
    slots = [Value?](repeating: nil, count: count)
  }

  func set(_ index: Int, _ value: Value) {
    lock.lock()
    defer { lock.unlock() }
    if slots.indices.contains(index) { slots[index] = value }
  }

  /// The values, in order; a slot never set is left out (every slot is set before this is called).
  func values() -> [Value] {
    lock.lock()
    defer { lock.unlock() }
    return slots.compactMap { $0 }
  }
}
