/// Reading and writing timestamps: exact parsing of what campaign files say, and formatting for
/// machines and for people.
///
/// A timestamp with an offset (`2006-09-15T10:00:00-04:00`, `…Z`) names one instant. Without an
/// offset it is a wall-clock time in a zone, converted with the zone's UTC offsets
/// (`TimeZone.secondsFromGMT(for:)`), never with `Calendar`'s defaults. Daylight saving makes two
/// kinds of wall-clock time special:
///
/// - **Spring forward (gap).** A local time that did not exist is read with the offset in effect
///   just before the gap, which lands it as far after the gap's start as it was written:
///   `2024-03-10T02:30` in America/New_York is `03:30` EDT, `2024-03-10T07:30:00Z`;
///   `2024-03-31T01:30` in Europe/London is `02:30` BST, `2024-03-31T01:30:00Z`.
/// - **Fall back (overlap).** A local time that happened twice is the earlier of the two:
///   `2024-11-03T01:30` in America/New_York is `01:30` EDT, `2024-11-03T05:30:00Z`;
///   `2024-10-27T01:30` in Europe/London is `01:30` BST, `2024-10-27T00:30:00Z`.
///
/// ``ResolvedTimestamp/resolution`` says which rule, if any, applied.
package enum Timestamp {
  /// Parses a timestamp as campaign and checkout files write it, resolving a local time in `zone`.
  ///
  /// Accepts `YYYY-MM-DDTHH:MM[:SS[.fraction]][Z|±HH:MM]`, with a space allowed instead of the `T`
  /// and up to nine fraction digits (truncated to microseconds), or a date alone, `YYYY-MM-DD`,
  /// meaning local midnight at the start of that day. Without an offset the time is local to
  /// `zone`, with the daylight saving rules in ``Timestamp``. Offsets of `±HH:MM:SS`, which
  /// ``iso8601(_:in:)`` writes for local mean time (before standard time), are accepted too.
  ///
  /// ```swift
  /// Timestamp.parse("2024-03-10T02:30", in: newYork)
  /// // .success: 2024-03-10T07:30:00Z, .skippedByDSTGap(seconds: 3600), isDateOnly false
  /// Timestamp.parse("2023-02-29", in: .utc)
  /// // .failure: "2023 is not a leap year, so there is no 29 February"
  /// ```
  ///
  /// Errors, checked in reading order, say what is wrong in words: a wrong shape (`expected a date
  /// and time like "2026-09-01T00:00:00" or "2026-09-01T00:00:00-04:00", found "09/01/2026"`), a
  /// year outside 0001–9999, a month, day, hour, minute or second out of range (`there is no 31
  /// September`, `hours run 00–23, found 24`), more than nine fraction digits, an offset beyond
  /// ±18:00, or a time whose instant falls outside 0001-01-01T00:00:00Z to
  /// 9999-12-31T23:59:59.999999Z.
  ///
  /// - Parameters:
  ///   - text: The timestamp as written; no surrounding spaces.
  ///   - zone: The zone of a time written without an offset.
  /// - Returns: The instant and how it was resolved, or an error whose message says what to fix.
  package static func parse(_ text: String, in zone: Zone) -> Result<
    ResolvedTimestamp, TimestampError
  > {
    let written: WrittenTimestamp
    switch WrittenTimestamp.read(text) {
    case .success(let value): written = value
    case .failure(let error): return .failure(error)
    }
    // At most 9999 years of seconds: far inside Int64 microseconds.
    let local = written.localSecondsSinceEpoch * 1_000_000 + written.microsecond

    let resolved: ResolvedTimestamp
    var description = "\"\(text)\""
    if let offset = written.offsetSeconds {
      resolved = ResolvedTimestamp(
        instant: Instant(microsecondsSinceEpoch: local - Int64(offset) * 1_000_000),
        resolution: .offsetGiven, isDateOnly: false)
    } else {
      description += " in \(zone.identifier)"
      switch zone.resolve(localMicroseconds: local) {
      case .unique(let instant):
        resolved = ResolvedTimestamp(
          instant: instant, resolution: .local, isDateOnly: written.isDateOnly)
      case .skipped(let instant, let gapSeconds):
        resolved = ResolvedTimestamp(
          instant: instant, resolution: .skippedByDSTGap(seconds: gapSeconds),
          isDateOnly: written.isDateOnly)
      case .repeated(let earlier, _):
        resolved = ResolvedTimestamp(
          instant: earlier, resolution: .ambiguousTookEarlier, isDateOnly: written.isDateOnly)
      }
    }
    if resolved.instant < Instant.earliestSupported {
      return .failure(
        TimestampError(
          message:
            "\(description) is before \(Instant.earliestSupported), the earliest supported time"
        ))
    }
    if resolved.instant > Instant.latestSupported {
      return .failure(
        TimestampError(
          message: "\(description) is after \(Instant.latestSupported), the latest supported time"))
    }
    return .success(resolved)
  }
}
