extension Zone {
  /// The spacing, in seconds, at which ``transitions(from:to:)`` samples the offset before
  /// narrowing in.
  ///
  /// A change of offset that is undone within one step (A → B → A in less than a day) would be
  /// missed. The IANA database has none: sampling every zone hourly from 1800 to 2100 finds the
  /// same 46 700 transitions as daily sampling, and no two transitions of one zone less than a week
  /// apart.
  static let transitionSamplingStepSeconds: Int64 = 86_400

  /// The instants in `[from, to)` where the zone's UTC offset changes, in order: daylight-saving
  /// starts and ends, and changes of standard time.
  ///
  /// Each instant is the first moment of the new offset: for New York in 2024 they are
  /// `2024-03-10T07:00:00Z` (02:00 EST becomes 03:00 EDT) and `2024-11-03T06:00:00Z` (02:00 EDT
  /// becomes 01:00 EST). The range is clipped to the supported years 0001–9999; an empty or
  /// reversed range has no transitions.
  ///
  /// The offset is sampled once a day and each change narrowed to the second by bisection (the
  /// database's transitions fall on whole seconds).
  ///
  /// - Parameters:
  ///   - from: The first instant of the range (inclusive).
  ///   - to: The end of the range (exclusive).
  /// - Returns: The transition instants, earliest first.
  /// - Complexity: O(*d* + *t* log 86 400) offset look-ups for *d* days and *t* transitions in the
  ///   range.
  package func transitions(from: Instant, to: Instant) -> [Instant] {
    if identifier == "UTC" { return [] }
    let lower = max(from, Instant.earliestSupported).microsecondsSinceEpoch
    // One past the latest supported instant still fits in Int64.
    let upper = min(to.microsecondsSinceEpoch, Instant.latestSupported.microsecondsSinceEpoch + 1)
    guard lower < upper else { return [] }

    // Work on whole seconds: a transition at second `s` is in range when lower <= s·10⁶ < upper,
    // that is when `s` is in (floor((lower − 1) / 10⁶), floor((upper − 1) / 10⁶)].
    var cursor = CivilCalendar.floorDivision(lower - 1, by: 1_000_000).quotient
    let last = CivilCalendar.floorDivision(upper - 1, by: 1_000_000).quotient
    var offset = offsetSeconds(atSecond: cursor)
    var result: [Instant] = []
    while cursor < last {
      let next = min(cursor + Self.transitionSamplingStepSeconds, last)
      let nextOffset = offsetSeconds(atSecond: next)
      guard nextOffset != offset else {
        cursor = next
        continue
      }
      // Invariant: the offset at `low` is `offset`, the offset at `high` is not.
      var low = cursor
      var high = next
      var highOffset = nextOffset
      while high - low > 1 {
        let middle = low + (high - low) / 2
        let middleOffset = offsetSeconds(atSecond: middle)
        if middleOffset == offset {
          low = middle
        } else {
          high = middle
          highOffset = middleOffset
        }
      }
      result.append(Instant(microsecondsSinceEpoch: high * 1_000_000))
      cursor = high
      offset = highOffset
    }
    return result
  }

  /// The UTC offset at a whole second since the epoch (within the supported years, ±1 s).
  private func offsetSeconds(atSecond second: Int64) -> Int {
    utcOffsetSeconds(at: Instant(microsecondsSinceEpoch: second * 1_000_000))
  }
}
