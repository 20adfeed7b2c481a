import PromoGuard

extension TermsTextAudit {
  /// The disagreements between the starts, ends and zones the wording states and the structured terms, as
  /// summaries.
  ///
  /// A day without a time is included whole ("until 13 December" runs to the end of 13 December); a clock
  /// time is included to the end of its minute ("until 23:59" agrees with an end at 23:59, 23:59:59 or
  /// midnight). A moment is read in the zone written with it, else the one zone the wording names elsewhere
  /// (apart from a moment or with another one), else the terms' zone; moments are compared as instants, so the same moment in another zone agrees.
  static func momentSummaries(_ facts: [WordingFact], rules: Rules) -> [String] {
    var standaloneZones = [WordingZone]()
    for case .zone(let zone) in facts where !standaloneZones.contains(zone) {
      standaloneZones.append(zone)
    }
    // The one zone the wording names, apart from a moment or with one ("until 23:59 New York time"): the zone
    // a reader applies to the moments written without one ("from Friday 27 November").
    var namedZones = standaloneZones
    for case .moment(let moment) in facts {
      if let zone = moment.zone, !namedZones.contains(zone) { namedZones.append(zone) }
    }
    let textZone = namedZones.count == 1 ? namedZones.first : nil
    var textZoneUsed = false
    var summaries = [String]()
    for case .moment(let moment) in facts {
      if moment.zone == nil, textZone != nil { textZoneUsed = true }
      summaries += momentSummaries(moment, textZone: moment.zone == nil ? textZone : nil, rules)
    }
    if !textZoneUsed {
      for zone in standaloneZones {
        if let summary = zoneSummary(zone, rules) { summaries.append(summary) }
      }
    }
    return summaries
  }

  /// The disagreements of one start or end.
  private static func momentSummaries(
    _ moment: WordingMoment, textZone: WordingZone?, _ rules: Rules
  ) -> [String] {
    let named = moment.zone ?? textZone
    let readings = named.map(WordingClock.Reading.readings) ?? [.zone(rules.zone)]
    guard let primary = readings.first else { return [] }
    let boundary = moment.role == .end ? rules.window.ends : rules.window.starts
    let anchor = boundary ?? rules.window.ends ?? rules.window.starts
    let day = resolvedDay(moment, near: anchor, in: primary)
    let verb = moment.role == .end ? "ends" : "starts"
    let written = describe(moment, day: day, zone: named, weekday: moment.month == nil)
    guard let boundary else {
      let key = moment.role == .end ? "no end (terms.ends)" : "no start (terms.starts)"
      return [
        "the published wording says the offer \(verb) on \(written) (terms.text) but the structured "
          + "terms state \(key)"
      ]
    }
    guard let day else { return [] }
    func agrees(on day: WordingClock.Day) -> Bool {
      readings.contains { reading in
        guard let limit = textLimit(moment, day: day, in: reading),
          let earliest = limit.adding(seconds: -60)
        else { return false }
        return earliest <= boundary && boundary <= limit
      }
    }
    var summaries = [String]()
    if let weekday = moment.weekday, moment.month != nil, let actual = day.weekday,
      actual != weekday
    {
      summaries.append(
        "the published wording says \(WordingClock.weekdayNames[weekday - 1]) \(day.spoken) "
          + "(terms.text), but \(day.spoken) is a \(WordingClock.weekdayNames[actual - 1]): "
          + "customers may read either day")
      // A customer who goes by the weekday reads the nearest day with that name; when that reading agrees
      // with the terms, the contradiction in the wording is the one finding.
      let shifts = [-1, 1, -2, 2, -3, 3]
      if let other = shifts.lazy.compactMap({ day.adding(days: $0) }).first(where: {
        $0.weekday == weekday
      }), agrees(on: other) {
        return summaries
      }
    }
    guard !agrees(on: day) else { return summaries }
    if moment.role == .end, !moment.hasClockTime,
      WordingClock.instant(day, hour: 0, minute: 0, in: primary) == boundary
    {
      let zoneName = named?.name ?? WordingClock.name(of: rules.zone)
      summaries.append(
        "the published wording says the offer runs until "
          + describe(moment, day: day, zone: named, weekday: true)
          + " (terms.text), but the structured terms end at 00:00 on \(day.spoken) \(zoneName) "
          + "(terms.ends): customers on the last advertised day are refused")
      return summaries
    }
    let field = moment.role == .end ? "end" : "start"
    // In the wording's own zone, the structured moment is easier to set against what it says.
    var inWordingZone = ""
    if let named, primary.offset(at: boundary) != rules.zone.utcOffsetSeconds(at: boundary) {
      inWordingZone =
        ", which is \(WordingClock.Day(of: boundary, in: primary).spoken) at "
        + "\(WordingClock.clockText(boundary, in: primary)) \(named.name)"
    }
    summaries.append(
      "the published wording says the offer \(verb) on \(written) (terms.text) but the structured "
        + "terms \(field) \(AuditPhrases.time(boundary, in: rules.zone)) (terms.\(verb))"
        + inWordingZone)
    return summaries
  }

  /// The day the wording means: its date, with the year nearest the structured boundary when omitted, or
  /// the day of its weekday nearest the boundary when only a weekday is written.
  private static func resolvedDay(
    _ moment: WordingMoment, near anchor: Instant?, in reading: WordingClock.Reading
  ) -> WordingClock.Day? {
    if let month = moment.month, let date = moment.day {
      if let year = moment.year { return WordingClock.Day(year: year, month: month, day: date) }
      guard let anchor else { return nil }
      let nearest = WordingClock.Day(of: anchor, in: reading).year
      // Both instants are within years 1...9999, so the difference cannot overflow.
      return [nearest - 1, nearest, nearest + 1].compactMap { year -> (WordingClock.Day, UInt64)? in
        let day = WordingClock.Day(year: year, month: month, day: date)
        guard let limit = textLimit(moment, day: day, in: reading) else { return nil }
        return (day, (limit.microsecondsSinceEpoch - anchor.microsecondsSinceEpoch).magnitude)
      }.min { $0.1 < $1.1 }?.0
    }
    guard let weekday = moment.weekday, let anchor else { return nil }
    let last = moment.role == .end ? anchor.adding(seconds: -1) ?? anchor : anchor
    let base = WordingClock.Day(of: last, in: reading)
    for shift in [0, -1, 1, -2, 2, -3, 3] {
      if let day = base.adding(days: shift), day.weekday == weekday { return day }
    }
    return nil
  }

  /// The first instant after what the wording includes, for an end; the first instant it includes, for a
  /// start.
  private static func textLimit(
    _ moment: WordingMoment, day: WordingClock.Day, in reading: WordingClock.Reading
  ) -> Instant? {
    switch (moment.role, moment.clock) {
    case (.end, .wholeDay), (.end, .midnight):
      return day.adding(days: 1).flatMap {
        WordingClock.instant($0, hour: 0, minute: 0, in: reading)
      }
    case (.end, .time(let hour, let minute)):
      return WordingClock.instant(day, hour: hour, minute: minute, in: reading)?.adding(seconds: 60)
    case (.start, .wholeDay), (.start, .midnight):
      return WordingClock.instant(day, hour: 0, minute: 0, in: reading)
    case (.start, .time(let hour, let minute)):
      return WordingClock.instant(day, hour: hour, minute: minute, in: reading)
    }
  }

  /// A moment as the wording writes it: "Sunday 13 December 2026 at 23:59 ET".
  private static func describe(
    _ moment: WordingMoment, day: WordingClock.Day?, zone: WordingZone?, weekday: Bool
  ) -> String {
    var parts = [String]()
    if weekday, let written = moment.weekday {
      parts.append(WordingClock.weekdayNames[written - 1])
    }
    if let day, moment.month != nil || moment.weekday != nil {
      parts.append(day.spoken)
    } else if let month = moment.month, let date = moment.day {
      parts.append("\(date) \(WordingClock.monthNames[month - 1])")
    }
    switch moment.clock {
    case .wholeDay: break
    case .midnight: parts.append("at midnight")
    case .time(let hour, let minute):
      let text = (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
      parts.append("at \(text)")
    }
    if let zone { parts.append(zone.name) }
    return parts.joined(separator: " ")
  }

  /// The disagreement of a zone the wording names apart from any moment with the terms' zone: a finding
  /// when none of the zone's readings has the terms' offset at the start and the end.
  private static func zoneSummary(_ zone: WordingZone, _ rules: Rules) -> String? {
    let moments = [rules.window.starts, rules.window.ends].compactMap { $0 }
    let readings = WordingClock.Reading.readings(of: zone)
    guard let primary = readings.first, !moments.isEmpty else { return nil }
    let agrees = readings.contains { reading in
      moments.allSatisfy { reading.offset(at: $0) == rules.zone.utcOffsetSeconds(at: $0) }
    }
    guard !agrees,
      let moment = moments.first(where: {
        primary.offset(at: $0) != rules.zone.utcOffsetSeconds(at: $0)
      })
    else { return nil }
    let difference = Int64(rules.zone.utcOffsetSeconds(at: moment) - primary.offset(at: moment))
    let direction = difference > 0 ? "ahead of" : "behind"
    let when = moment == rules.window.ends ? "ends" : "starts"
    return "the published wording gives its times in \(zone.name) (terms.text), but the structured "
      + "terms run on \(WordingClock.name(of: rules.zone)) (terms.timeZone), "
      + "\(WordingClock.duration(seconds: difference)) \(direction) \(zone.name) when the offer "
      + "\(when) (\(AuditPhrases.time(moment, in: rules.zone))): the advertised times are not the "
      + "real ones"
  }
}
