extension Array {
  /// A copy with room for its elements and no more (up to the allocator's rounding), for arrays built by
  /// appending and then kept for long: growth by doubling leaves up to half the buffer unused.
  ///
  /// `Array(self)` would not do: it shares this array's buffer, unused capacity included.
  func withExactCapacity() -> [Element] {
    guard capacity > count else { return self }
    var copy = [Element]()
    copy.reserveCapacity(count)
    copy.append(contentsOf: self)
    return copy
  }
}
