package import PromoGuard

/// The campaign window drawn as inline SVG, in the campaign's time zone: the window the checkout runs (and the
/// terms' window when it differs), with a mark at each message's send time labelled by the message id.
///
/// A message sent outside the window is drawn in red. An open start or end runs to the edge of the drawing.
/// Messages without a send time are listed below the drawing.
package enum HTMLTimeline {
  /// The drawing's width in SVG units (it scales to the card's width).
  static let width: Int64 = 640
  /// Margins left and right, so the first and last labels fit.
  static let margin: Int64 = 50
  /// The English month abbreviations, January first.
  static let months = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// The timeline of `campaign`: an `<svg>` element, then a line for unscheduled messages; empty when the
  /// campaign has no start, no end and no scheduled message (it runs always: nothing to draw).
  ///
  /// - Parameter campaign: The campaign.
  /// - Returns: The markup.
  package static func markup(_ campaign: Campaign) -> String {
    let zone = campaign.mechanics.zone
    let window = campaign.mechanics.window
    let termsWindow = campaign.promise.rules.window
    let sent = campaign.messages.compactMap { message in message.sentAt.map { (message, $0) } }
    let instants =
      [window.starts, window.ends, termsWindow.starts, termsWindow.ends].compactMap { $0 }
      + sent.map(\.1)
    let unscheduled = campaign.messages.filter { $0.sentAt == nil }.map(\.id)
    let note =
      unscheduled.isEmpty
      ? ""
      : HTMLMarkup.element(
        "p", [("class", "muted")],
        HTMLMarkup.text("No send time: " + unscheduled.joined(separator: ", ")))
    guard let earliest = instants.min(), let latest = instants.max() else {
      return HTMLMarkup.element(
        "p", [("class", "muted")], HTMLMarkup.text("No start or end: the campaign runs always."))
        + note
    }
    // Whole seconds keep the arithmetic far from Int64's limits (years 0001–9999 are about 3.2e11 s).
    var low = earliest.microsecondsSinceEpoch / 1_000_000
    var high = latest.microsecondsSinceEpoch / 1_000_000
    let span = max(high - low, 86_400)
    low -= span / 10
    high += span / 10
    let scale = Scale(low: low, high: high, left: margin, right: width - margin)

    let showsTerms = termsWindow != window
    let rows = labelRows(sent.map { scale.x($0.1) })
    let barTop: Int64 = 14
    let barHeight: Int64 = showsTerms ? 12 : 18
    let axisY: Int64 = barTop + (showsTerms ? 2 * barHeight + 4 : barHeight) + 10
    let labelsTop = axisY + 22
    let height = rows.max().map { labelsTop + Int64($0 + 1) * 14 + 8 } ?? axisY + 10
    var svg = [String]()
    svg.append(
      bar(
        window, className: "window", y: barTop, height: barHeight, scale: scale,
        title: "Checkout window " + windowText(window, zone: zone)))
    if showsTerms {
      svg.append(
        bar(
          termsWindow, className: "terms-window", y: barTop + barHeight + 4, height: barHeight,
          scale: scale, title: "Terms window " + windowText(termsWindow, zone: zone)))
    }
    svg.append(
      HTMLMarkup.empty(
        "line",
        [
          ("class", "axis"), ("x1", "\(margin)"), ("y1", "\(axisY)"), ("x2", "\(width - margin)"),
          ("y2", "\(axisY)"),
        ]))
    for (instant, anchor) in [(window.starts, "start"), (window.ends, "end")] {
      guard let instant else { continue }
      svg.append(
        HTMLMarkup.element(
          "text",
          [("x", "\(scale.x(instant))"), ("y", "\(barTop - 3)"), ("text-anchor", anchor)],
          HTMLMarkup.text(shortDate(instant, in: zone))))
    }
    for (index, (message, instant)) in sent.enumerated() {
      let x = scale.x(instant)
      let outside = !window.contains(instant)
      let className = outside ? "send outside" : "send"
      let labelY = labelsTop + Int64(rows[index]) * 14
      let title = HTMLMarkup.element(
        "title", [],
        HTMLMarkup.text(
          "\(message.id): sent \(Timestamp.moment(instant, in: zone))"
            + (outside ? " — outside the window" : "")))
      svg.append(
        HTMLMarkup.element(
          "g", [("class", "message")],
          title
            + HTMLMarkup.empty(
              "line",
              [
                ("class", className), ("x1", "\(x)"), ("y1", "\(axisY)"), ("x2", "\(x)"),
                ("y2", "\(labelY - 10)"),
              ])
            + HTMLMarkup.empty(
              "circle",
              [
                ("class", outside ? "dot outside" : "dot"), ("cx", "\(x)"), ("cy", "\(axisY)"),
                ("r", "4"),
              ])
            + HTMLMarkup.element(
              "text", [("x", "\(x)"), ("y", "\(labelY)"), ("text-anchor", "middle")],
              HTMLMarkup.text(message.id))))
    }
    let label =
      "Campaign window in \(zone.identifier)" + (sent.isEmpty ? "" : " with message send times")
    let drawing = HTMLMarkup.element(
      "svg",
      [
        ("class", "timeline"), ("viewBox", "0 0 \(width) \(height)"), ("role", "img"),
        ("aria-label", label),
      ], svg.joined())
    let caption = HTMLMarkup.element(
      "p", [("class", "muted")],
      HTMLMarkup.text("Checkout window: " + windowText(window, zone: zone))
        + (showsTerms
          ? "<br/>" + HTMLMarkup.text("Terms window: " + windowText(termsWindow, zone: zone)) : ""))
    return drawing + caption + note
  }

  /// A window's bar: from its start (or the left edge) to its end (or the right edge).
  private static func bar(
    _ window: Window, className: String, y: Int64, height: Int64, scale: Scale, title: String
  ) -> String {
    let x1 = window.starts.map(scale.x) ?? scale.left
    let x2 = window.ends.map(scale.x) ?? scale.right
    return HTMLMarkup.element(
      "rect",
      [
        ("class", className), ("x", "\(x1)"), ("y", "\(y)"), ("width", "\(max(x2 - x1, 1))"),
        ("height", "\(height)"), ("rx", "3"),
      ], HTMLMarkup.element("title", [], HTMLMarkup.text(title)))
  }

  /// `from 1 September 2026 at 00:00 (America/New_York) until …`, open ends said as such.
  ///
  /// - Parameters:
  ///   - window: The window.
  ///   - zone: The campaign's zone.
  /// - Returns: The text.
  static func windowText(_ window: Window, zone: Zone) -> String {
    let start = window.starts.map { "from " + Timestamp.spoken($0, in: zone) } ?? "no start"
    let end =
      window.ends.map { "until " + Timestamp.spoken($0, in: zone) + " (exclusive)" } ?? "no end"
    return start + " " + end
  }

  /// `1 Sep 2026 00:00`, in the zone.
  ///
  /// - Parameters:
  ///   - instant: The moment.
  ///   - zone: The zone.
  /// - Returns: The short date and time.
  static func shortDate(_ instant: Instant, in zone: Zone) -> String {
    let fields = Timestamp.localFields(of: instant, in: zone)
    let month = (1...12).contains(fields.month) ? months[fields.month - 1] : "\(fields.month)"
    let hour = fields.hour < 10 ? "0\(fields.hour)" : "\(fields.hour)"
    let minute = fields.minute < 10 ? "0\(fields.minute)" : "\(fields.minute)"
    return "\(fields.day) \(month) \(fields.year) \(hour):\(minute)"
  }

  /// A row for each label (0 first), so that labels closer than their width go on different rows.
  ///
  /// - Parameter positions: The labels' x positions, in message order.
  /// - Returns: The row of each label.
  static func labelRows(_ positions: [Int64]) -> [Int] {
    var lastInRow = [Int64]()
    var rows = Array(repeating: 0, count: positions.count)
    for index in positions.indices.sorted(by: { positions[$0] < positions[$1] }) {
      let x = positions[index]
      if let row = lastInRow.firstIndex(where: { x - $0 >= labelSpacing }) {
        lastInRow[row] = x
        rows[index] = row
      } else {
        lastInRow.append(x)
        rows[index] = lastInRow.count - 1
      }
    }
    return rows
  }

  /// The least distance between two labels on the same row.
  static let labelSpacing: Int64 = 90

  /// A linear map from seconds since the epoch to x positions.
  struct Scale {
    /// The earliest second drawn.
    var low: Int64
    /// The latest second drawn.
    var high: Int64
    /// The x of `low`.
    var left: Int64
    /// The x of `high`.
    var right: Int64

    /// The x position of `instant`.
    ///
    /// - Parameter instant: The moment.
    /// - Returns: Its x, clamped to the drawing.
    func x(_ instant: Instant) -> Int64 {
      let seconds = min(max(instant.microsecondsSinceEpoch / 1_000_000, low), high)
      guard high > low else { return left }
      return left + (seconds - low) * (right - left) / (high - low)
    }
  }
}
