extension ResolvedTimestamp {
  /// A warning for a local time that daylight saving made special, saying which moment was used; `nil`
  /// for a time with an offset or one that happened exactly once.
  ///
  /// ```swift
  /// // "2024-03-10T02:30" in America/New_York:
  /// // "2024-03-10T02:30" in America/New_York did not exist: the clocks jumped forward 1 hour over it,
  /// // so 2024-03-10T03:30:00-04:00 (2024-03-10T07:30:00Z) was used — write the time with an offset …
  /// ```
  ///
  /// - Parameters:
  ///   - text: The timestamp as written (cut to 40 characters in the message).
  ///   - zone: The zone it was read in.
  /// - Returns: The warning, or `nil`.
  package func localTimeNote(written text: String, in zone: Zone) -> String? {
    let quoted = "\"\(WrittenTimestamp.abbreviated(text))\" in \(zone.identifier)"
    let used = "\(Timestamp.iso8601(instant, in: zone)) (\(Timestamp.iso8601(instant, in: .utc)))"
    let advice = "write the time with an offset to say which moment you mean"
    switch resolution {
    case .offsetGiven, .local:
      return nil
    case .skippedByDSTGap(let seconds):
      return
        "\(quoted) did not exist: the clocks jumped forward \(Self.duration(seconds)) over it, "
        + "so \(used) was used — \(advice)"
    case .ambiguousTookEarlier:
      var other = ""
      if case .success(let written) = WrittenTimestamp.read(text),
        case .repeated(_, let later) = zone.resolve(
          localMicroseconds: written.localSecondsSinceEpoch * 1_000_000 + written.microsecond)
      {
        other = ", not the later \(Timestamp.iso8601(later, in: zone))"
      }
      return "\(quoted) happened twice: the clocks went back over it, so the earlier moment, "
        + "\(used), was used\(other) — \(advice)"
    }
  }

  /// `1 hour`, `30 minutes`, `1 hour 30 minutes`.
  private static func duration(_ seconds: Int) -> String {
    let hours = seconds / 3_600
    let minutes = seconds % 3_600 / 60
    var parts = [String]()
    if hours > 0 { parts.append(hours == 1 ? "1 hour" : "\(hours) hours") }
    if minutes > 0 || hours == 0 { parts.append(minutes == 1 ? "1 minute" : "\(minutes) minutes") }
    return parts.joined(separator: " ")
  }
}
