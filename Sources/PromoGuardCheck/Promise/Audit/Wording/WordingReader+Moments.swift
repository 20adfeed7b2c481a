extension WordingReader {
  /// The moment written from `start` on (right after a start or end lead), with the index after it, or `nil`
  /// when no day is written there.
  ///
  /// Reads, in any order and with "at", "on", "the", commas between: a weekday ("Sunday"), a date ("13
  /// December 2026", "December 13, 2026", "Dec. 13", "13th of December", "2026-12-13"), a clock time ("23:59",
  /// "11:59pm", "9 a.m.", "noon", "midnight") and a zone ("ET", "New York time"). At most 16 tokens.
  func moment(from start: Int, role: WordingMoment.Role, _ lists: Lists) -> (WordingMoment, Int)? {
    var moment = WordingMoment(role: role)
    var index = start
    var end = start
    let limit = min(tokens.count, start + 16)
    while index < limit {
      let token = tokens[index]
      if moment.zone == nil, let (zone, after) = zone(at: index, lists) {
        moment.zone = zone
        index = after
        end = index
        continue
      }
      if moment.clock == .wholeDay, let after = firstMatch(lists.noon, at: index)?.end {
        moment.clock = .time(hour: 12, minute: 0)
        index = after
        end = index
        continue
      }
      if moment.clock == .wholeDay, let after = firstMatch(lists.midnight, at: index)?.end {
        moment.clock = .midnight
        index = after
        end = index
        continue
      }
      if moment.weekday == nil, let weekday = Self.position(of: token.text, in: phrases.weekdays) {
        moment.weekday = weekday
        index = skipAbbreviationDot(index + 1)
        end = index
        continue
      }
      if moment.month == nil, let month = Self.position(of: token.text, in: phrases.months) {
        moment.month = month
        index = skipAbbreviationDot(index + 1)
        end = index
        if moment.day == nil, index < tokens.count, let (day, after) = dayNumber(at: index),
          clock(at: index, lists) == nil
        {
          moment.day = day
          index = after
          end = index
        }
        continue
      }
      if token.kind == .number {
        if moment.month == nil, let (year, month, day, after) = isoDate(at: index) {
          (moment.year, moment.month, moment.day) = (year, month, day)
          index = after
          end = index
          continue
        }
        if moment.clock == .wholeDay, let (clock, after) = clock(at: index, lists) {
          moment.clock = clock
          index = after
          end = index
          continue
        }
        if moment.year == nil, moment.month != nil, token.text.count == 4,
          let year = Int(token.text)
        {
          moment.year = year
          index += 1
          end = index
          continue
        }
        if moment.day == nil, moment.month == nil, let (day, after) = dayNumber(at: index),
          isMonth(afterDayAt: after)
        {
          moment.day = day
          index = after
          end = index
          continue
        }
        break
      }
      if phrases.momentConnectors.contains(token.text) {
        index += 1
        continue
      }
      break
    }
    guard moment.hasDay else { return nil }
    if let day = moment.day, !(1...31).contains(day) { return nil }
    return (moment, end)
  }

  /// The 1-based position of `word` among lists of names (months, weekdays).
  static func position(of word: String, in names: [[String]]) -> Int? {
    names.firstIndex { $0.contains(word) }.map { $0 + 1 }
  }

  /// The index after a dot that ends an abbreviation right at `index` ("Dec.", "Sun.").
  private func skipAbbreviationDot(_ index: Int) -> Int {
    index < tokens.count && tokens[index].text == "." && !tokens[index].spaceBefore
      ? index + 1 : index
  }

  /// A day of the month at `index` ("13", "13th"), with the index after it.
  private func dayNumber(at index: Int) -> (Int, Int)? {
    let token = tokens[index]
    guard token.kind == .number, token.text.count <= 2, let day = Int(token.text),
      (1...31).contains(day)
    else { return nil }
    let next = index + 1
    if next < tokens.count, !tokens[next].spaceBefore,
      phrases.ordinalSuffixes.contains(tokens[next].text)
    {
      return (day, next + 1)
    }
    return (day, next)
  }

  /// Whether a month name comes at `index`, maybe after "of" ("13th of December").
  private func isMonth(afterDayAt index: Int) -> Bool {
    var position = index
    if position < tokens.count, tokens[position].text == "of" { position += 1 }
    return position < tokens.count
      && Self.position(of: tokens[position].text, in: phrases.months) != nil
  }

  /// A date written `YYYY-MM-DD` at `index`, with the index after it.
  private func isoDate(at index: Int) -> (Int, Int, Int, Int)? {
    guard index + 4 < tokens.count, tokens[index].text.count == 4,
      let year = Int(tokens[index].text), tokens[index + 1].text == "-",
      !tokens[index + 1].spaceBefore, tokens[index + 2].kind == .number,
      !tokens[index + 2].spaceBefore, let month = Int(tokens[index + 2].text),
      tokens[index + 3].text == "-", !tokens[index + 3].spaceBefore,
      tokens[index + 4].kind == .number, !tokens[index + 4].spaceBefore,
      let day = Int(tokens[index + 4].text), (1...12).contains(month), (1...31).contains(day)
    else { return nil }
    return (year, month, day, index + 5)
  }

  /// A clock time at `index` ("23:59", "11:59pm", "11.59 p.m.", "9am"), with the index after it.
  func clock(at index: Int, _ lists: Lists) -> (WordingMoment.Clock, Int)? {
    let token = tokens[index]
    guard token.kind == .number else { return nil }
    var hour: Int
    var minute = 0
    var after = index + 1
    let parts = token.text.split(separator: ".")
    if parts.count == 2, parts[1].count == 2, let whole = Int(parts[0]),
      let fraction = Int(parts[1])
    {
      (hour, minute) = (whole, fraction)
    } else if parts.count == 1, token.text.count <= 2, let whole = Int(token.text) {
      hour = whole
      if after + 1 < tokens.count, tokens[after].text == ":", !tokens[after].spaceBefore,
        tokens[after + 1].kind == .number, tokens[after + 1].text.count == 2,
        let value = Int(tokens[after + 1].text)
      {
        minute = value
        after += 2
      }
    } else {
      return nil
    }
    let hasColon = after > index + 1 || parts.count == 2
    guard (0...59).contains(minute) else { return nil }
    if after < tokens.count, let end = firstMatch(lists.beforeNoon, at: after)?.end {
      guard (1...12).contains(hour) else { return nil }
      return (.time(hour: hour == 12 ? 0 : hour, minute: minute), end)
    }
    if after < tokens.count, let end = firstMatch(lists.afterNoon, at: after)?.end {
      guard (1...12).contains(hour) else { return nil }
      return (.time(hour: hour == 12 ? 12 : hour + 12, minute: minute), end)
    }
    guard hasColon else { return nil }
    if hour == 24, minute == 0 { return (.midnight, after) }
    guard (0...23).contains(hour) else { return nil }
    return (.time(hour: hour, minute: minute), after)
  }
}
