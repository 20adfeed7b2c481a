import Foundation

/// Results written from several threads, one slot each.
final class LockedSlots<Value: Sendable>: @unchecked Sendable {
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
