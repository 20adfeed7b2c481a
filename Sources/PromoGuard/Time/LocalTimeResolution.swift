/// How a wall-clock time in a zone maps to instants: once, never (a spring-forward gap) or twice (a
/// fall-back overlap).
enum LocalTimeResolution: Hashable {
  /// The wall-clock time happened exactly once.
  case unique(Instant)
  /// The wall-clock time never happened: the clocks jumped forward by `gapSeconds` over it. The
  /// instant is the time read with the offset in effect just before the gap.
  case skipped(Instant, gapSeconds: Int)
  /// The wall-clock time happened twice; `earlier` and `later` are the two instants.
  case repeated(earlier: Instant, later: Instant)
}

extension Zone {
  /// How far either side of a wall-clock time to look for offset changes: more than any UTC offset.
  private static let localTimeWindowMicroseconds: Int64 = 2 * 86_400 * 1_000_000

  /// The instants at which the wall clock in this zone reads `localMicroseconds` (microseconds
  /// since 1970-01-01T00:00:00 on the zone's wall clock).
  ///
  /// Solves `instant + offset(instant) = local` using only the zone's UTC offsets: for each stretch
  /// of time with one offset around the wall-clock time, the candidate `local − offset` counts if
  /// it falls inside that stretch. No candidate means the time fell in a gap, read with the offset
  /// before the gap; two mean an overlap. The caller checks the instants are in the supported
  /// range.
  ///
  /// - Parameter local: The wall-clock time; within the years 0001–9999.
  /// - Returns: The one instant, the gap reading, or both instants of an overlap.
  func resolve(localMicroseconds local: Int64) -> LocalTimeResolution {
    let windowStart = Instant(microsecondsSinceEpoch: local - Self.localTimeWindowMicroseconds)
    let windowEnd = Instant(microsecondsSinceEpoch: local + Self.localTimeWindowMicroseconds)
    let starts = [windowStart] + transitions(from: windowStart, to: windowEnd)
    let offsets = starts.map { Int64(utcOffsetSeconds(at: $0)) * 1_000_000 }

    var solutions: [Instant] = []
    for (index, start) in starts.enumerated() {
      let candidate = local - offsets[index]
      let isAfterStart = candidate >= start.microsecondsSinceEpoch
      let isBeforeEnd =
        index + 1 == starts.count || candidate < starts[index + 1].microsecondsSinceEpoch
      if isAfterStart, isBeforeEnd { solutions.append(Instant(microsecondsSinceEpoch: candidate)) }
    }
    if let earlier = solutions.first, let later = solutions.last {
      return earlier == later ? .unique(earlier) : .repeated(earlier: earlier, later: later)
    }
    // No solution: the wall clock jumped over `local` at one of the transitions, from
    // `transition + before` to `transition + after`.
    for index in starts.indices.dropFirst() {
      let before = offsets[index - 1]
      let after = offsets[index]
      let transition = starts[index].microsecondsSinceEpoch
      if transition + before <= local, local < transition + after {
        return .skipped(
          Instant(microsecondsSinceEpoch: local - before),
          gapSeconds: Int((after - before) / 1_000_000))
      }
    }
    // Unreachable when the transitions are complete; fall back to the offset a day before.
    return .unique(Instant(microsecondsSinceEpoch: local - (offsets.first ?? 0)))
  }
}
