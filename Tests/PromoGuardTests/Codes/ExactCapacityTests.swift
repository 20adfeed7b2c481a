import Testing

@testable import PromoGuard

/// Arrays built by appending give back their unused room before they are kept.
@Suite struct ExactCapacityTests {
  @Test func aGrownArrayIsCopiedWithoutItsUnusedRoom() {
    var numbers = [Int]()
    for number in 0..<1_025 { numbers.append(number) }
    // Doubling from 1,024 to hold the 1,025th element leaves about 1,000 slots unused.
    #expect(numbers.capacity >= 2_000)
    let kept = numbers.withExactCapacity()
    #expect(kept == numbers)
    #expect(kept.capacity < 1_100)
  }

  @Test func packedStringsGiveBackTheirUnusedRoom() {
    var column = PackedStrings()
    for index in 0..<10_000 { column.append("CODE-\(index)") }
    let before = column.residentBytes
    column.shrink()
    // 10,000 codes of 6 to 9 bytes (88,890 in all) and 40,000 bytes of ends.
    #expect(column.residentBytes < before)
    #expect(column.residentBytes < 88_890 + 40_000 + 1_000)
    #expect(column.string(at: 9_999) == "CODE-9999")
  }
}
