/// Many short strings stored back to back in one UTF-8 buffer with 32-bit ends: about 4 bytes a string beyond
/// its own bytes, and two allocations however many strings there are.
///
/// Used by ``CodePool`` and ``RecipientList`` for columns of millions of values. An empty string stands for a
/// missing value.
package struct PackedStrings: Sendable, Hashable {
  /// The strings' bytes, back to back.
  package private(set) var bytes: [UInt8] = []
  /// `ends[i]` is one past the last byte of string `i`.
  package private(set) var ends: [UInt32] = []

  /// Creates an empty column.
  package init() {}

  /// The number of strings.
  package var count: Int { ends.count }

  /// Appends a string given as bytes.
  ///
  /// - Parameter value: UTF-8 bytes; the caller keeps the total under 4 GiB (companion files are at most 1 GiB).
  package mutating func append(_ value: UnsafeBufferPointer<UInt8>) {
    bytes.append(contentsOf: value)
    ends.append(UInt32(truncatingIfNeeded: bytes.count))
  }

  /// Appends a string.
  package mutating func append(_ value: String) {
    bytes.append(contentsOf: value.utf8)
    ends.append(UInt32(truncatingIfNeeded: bytes.count))
  }

  /// Gives back unused capacity once every string is appended.
  package mutating func shrink() {
    bytes = bytes.withExactCapacity()
    ends = ends.withExactCapacity()
  }

  /// The byte range of string `index`.
  package func range(at index: Int) -> Range<Int> {
    let start = index == 0 ? 0 : Int(ends[index - 1])
    return start..<Int(ends[index])
  }

  /// String `index`.
  package func string(at index: Int) -> String {
    String(decoding: bytes[range(at: index)], as: UTF8.self)
  }

  /// String `index`, or `nil` when it is empty.
  package func value(at index: Int) -> String? {
    let range = range(at: index)
    return range.isEmpty ? nil : String(decoding: bytes[range], as: UTF8.self)
  }

  /// Calls `body` with the bytes of string `index`.
  package func withBytes<Result>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result)
    -> Result
  {
    let range = range(at: index)
    return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
  }

  /// The resident bytes of the column's storage (capacity, not count).
  package var residentBytes: Int { bytes.capacity + ends.capacity * 4 }
}
