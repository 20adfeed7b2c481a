import Foundation

/// A validated IANA time zone, such as `America/New_York`.
///
/// The zone's rules (its UTC offsets and daylight-saving transitions) come from Foundation's
/// `TimeZone`, which reads the IANA time zone database. Two zones are equal when their identifiers
/// are.
///
/// ```swift
/// guard let zone = Zone(identifier: "America/New_York") else { ... }
/// zone.utcOffsetSeconds(at: instant)  // -14_400 in summer, -18_000 in winter
/// ```
package struct Zone: Sendable, Hashable, CustomStringConvertible {
  /// The IANA identifier, such as `"America/New_York"`, `"UTC"` or `"GMT"`.
  package let identifier: String

  /// Foundation's rules for the zone.
  private let timeZone: TimeZone

  /// Coordinated Universal Time: offset zero, no transitions.
  package static let utc = Zone(validIdentifier: "UTC", timeZone: TimeZone(secondsFromGMT: 0))

  /// The identifiers ``init(identifier:)`` accepts: Foundation's known identifiers, `UTC` and
  /// `GMT`, and ``missingGeographicIdentifiers`` where Foundation resolves them.
  static let knownIdentifiers: Set<String> = Set(TimeZone.knownTimeZoneIdentifiers)
    .union(["UTC", "GMT"])
    .union(missingGeographicIdentifiers.filter { TimeZone(identifier: $0) != nil })

  /// Current IANA zone names that Foundation's list leaves out on some platforms although it has
  /// their rules: on Linux (ICU's list) it has the old `Asia/Calcutta` but not `Asia/Kolkata`, the
  /// name the IANA database now gives India's zone.
  static let missingGeographicIdentifiers = ["Asia/Kolkata"]

  /// Creates the zone named `identifier`, if it is a known IANA identifier.
  ///
  /// Accepts identifiers in `TimeZone.knownTimeZoneIdentifiers` plus `"UTC"` and `"GMT"` (and
  /// `"Asia/Kolkata"`, which Foundation's list omits on Linux), spelled exactly (case matters):
  /// `"America/New_York"` is a zone, `"america/new_york"` and `"EST"` are not. Use
  /// ``suggestion(for:)`` to help the person who wrote a rejected identifier.
  ///
  /// - Parameter identifier: An IANA time zone identifier.
  package init?(identifier: String) {
    if identifier == "UTC" {
      self = .utc
      return
    }
    guard Self.knownIdentifiers.contains(identifier),
      let timeZone = TimeZone(identifier: identifier)
    else { return nil }
    self.init(validIdentifier: identifier, timeZone: timeZone)
  }

  /// Creates a zone from an identifier already checked and its rules.
  private init(validIdentifier: String, timeZone: TimeZone?) {
    self.identifier = validIdentifier
    self.timeZone = timeZone ?? TimeZone.gmt
  }

  /// The identifier, such as `America/New_York`.
  package var description: String { identifier }

  /// Whether two zones have the same identifier.
  ///
  /// - Parameters:
  ///   - lhs: A zone.
  ///   - rhs: Another zone.
  /// - Returns: `true` when the identifiers are equal.
  package static func == (lhs: Zone, rhs: Zone) -> Bool {
    lhs.identifier == rhs.identifier
  }

  /// Hashes the identifier.
  ///
  /// - Parameter hasher: The hasher to feed.
  package func hash(into hasher: inout Hasher) {
    hasher.combine(identifier)
  }

  /// The zone's offset from UTC at `instant`, in seconds east of Greenwich.
  ///
  /// `-14_400` for New York in summer (UTC−04:00), `37_800` for Lord Howe Island in winter
  /// (UTC+10:30). Before standard time, zones report local mean time, which can include seconds
  /// (New York: −17 762).
  ///
  /// - Parameter instant: The moment to ask about.
  /// - Returns: Seconds to add to UTC to get the local wall-clock time.
  package func utcOffsetSeconds(at instant: Instant) -> Int {
    if identifier == "UTC" { return 0 }
    return timeZone.secondsFromGMT(for: instant.date)
  }
}
