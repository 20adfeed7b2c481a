/// Uninitialised working memory for one step of an evaluation, on the stack when it is small.
///
/// Up to ``stackBytes`` bytes come from `withUnsafeTemporaryAllocation`, which the compiler places on the stack
/// without asking the allocator; above that the memory is allocated and freed around the call, so a large
/// basket never asks the runtime whether the stack has room (a check that can cost more than the allocation).
enum Scratch {
  /// The most bytes taken from the stack: `withUnsafeTemporaryAllocation` stays on the stack without a run-time
  /// check up to this size.
  static let stackBytes = 1_024

  /// Calls `body` with uninitialised memory for `count` values of `T`.
  ///
  /// - Parameters:
  ///   - type: The element type.
  ///   - count: How many elements, ≥ 0.
  ///   - body: Uses the memory; it must leave every element it initialised deinitialised.
  /// - Returns: What `body` returns.
  @inline(__always)
  static func with<T, R>(
    _ type: T.Type, count: Int, _ body: (UnsafeMutableBufferPointer<T>) -> R
  ) -> R {
    if count * MemoryLayout<T>.stride <= stackBytes {
      return withUnsafeTemporaryAllocation(of: T.self, capacity: count, body)
    }
    let memory = UnsafeMutableBufferPointer<T>.allocate(capacity: count)
    defer { memory.deallocate() }
    return body(memory)
  }
}
