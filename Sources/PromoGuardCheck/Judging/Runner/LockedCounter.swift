import Foundation

/// A thread-safe counter.
final class LockedCounter: @unchecked Sendable {
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
