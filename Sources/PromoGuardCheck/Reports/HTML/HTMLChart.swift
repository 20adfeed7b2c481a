import PromoGuard

/// A ``DiscountCurve`` drawn as inline SVG: the discount the terms promise (dashed) and the discount checkout
/// gives (solid) over the basket's subtotal, with the witness basket marked.
package enum HTMLChart {
  /// The drawing's width in SVG units (it scales to the card's width).
  static let width: Int64 = 640
  /// The drawing's height in SVG units.
  static let height: Int64 = 240
  /// The plot area's edges.
  static let (left, right, top, bottom): (Int64, Int64, Int64, Int64) = (70, 620, 30, 200)

  /// The chart of `curve`, a `<figure>` with an `<svg>` and a caption.
  ///
  /// - Parameter curve: The points.
  /// - Returns: The markup.
  package static func markup(_ curve: DiscountCurve) -> String {
    let maxX = max(curve.points.map(\.subtotal).max() ?? 1, 1)
    let maxY = max(curve.points.map { max($0.promised, $0.given) }.max() ?? 1, 1)
    func x(_ value: Int64) -> Int64 { left + value * (right - left) / maxX }
    func y(_ value: Int64) -> Int64 { bottom - value * (bottom - top) / maxY }
    func money(_ minorUnits: Int64) -> String {
      Money(minorUnits: minorUnits, currency: curve.currency).formatted
    }
    func polyline(_ className: String, _ value: (DiscountCurve.Point) -> Int64) -> String {
      let points = curve.points.map { "\(x($0.subtotal)),\(y(value($0)))" }.joined(separator: " ")
      return HTMLMarkup.empty("polyline", [("class", className), ("points", points)])
    }
    var svg = [String]()
    for fraction: Int64 in [0, 1, 2] {
      let value = maxY * fraction / 2
      svg.append(
        HTMLMarkup.empty(
          "line",
          [
            ("class", fraction == 0 ? "axis" : "grid"), ("x1", "\(left)"), ("y1", "\(y(value))"),
            ("x2", "\(right)"), ("y2", "\(y(value))"),
          ]))
      svg.append(
        HTMLMarkup.element(
          "text", [("x", "\(left - 6)"), ("y", "\(y(value) + 4)"), ("text-anchor", "end")],
          HTMLMarkup.text(money(value))))
    }
    for fraction: Int64 in [0, 1, 2] {
      let value = maxX * fraction / 2
      svg.append(
        HTMLMarkup.element(
          "text",
          [("x", "\(x(value))"), ("y", "\(bottom + 16)"), ("text-anchor", "middle")],
          HTMLMarkup.text(money(value))))
    }
    svg.append(
      HTMLMarkup.element(
        "text",
        [("x", "\((left + right) / 2)"), ("y", "\(bottom + 34)"), ("text-anchor", "middle")],
        "Basket subtotal"))
    svg.append(polyline("promised", \.promised))
    svg.append(polyline("given", \.given))
    let witnessX = x(curve.witness.subtotal)
    svg.append(
      HTMLMarkup.empty(
        "line",
        [
          ("class", "witness"), ("x1", "\(witnessX)"), ("y1", "\(top)"), ("x2", "\(witnessX)"),
          ("y2", "\(bottom)"),
        ]))
    svg.append(
      HTMLMarkup.empty(
        "circle",
        [
          ("class", "dot"), ("cx", "\(witnessX)"), ("cy", "\(y(curve.witness.promised))"),
          ("r", "4"), ("fill", "#2457c5"),
        ]))
    svg.append(
      HTMLMarkup.empty(
        "circle",
        [
          ("class", "dot"), ("cx", "\(witnessX)"), ("cy", "\(y(curve.witness.given))"), ("r", "4"),
          ("fill", "#c4320a"),
        ]))
    svg.append(
      HTMLMarkup.element(
        "text", [("x", "\(witnessX + 6)"), ("y", "\(top + 10)")],
        HTMLMarkup.text("witness \(money(curve.witness.subtotal))")))
    svg.append(legend())
    let label =
      "Discount promised and given over the basket subtotal; at the witness "
      + "\(money(curve.witness.subtotal)) the terms promise \(money(curve.witness.promised)) and "
      + "checkout gives \(money(curve.witness.given))"
    let drawing = HTMLMarkup.element(
      "svg",
      [
        ("class", "chart"), ("viewBox", "0 0 \(width) \(height)"), ("role", "img"),
        ("aria-label", label),
      ], svg.joined())
    let caption = HTMLMarkup.element(
      "figcaption", [("class", "muted")],
      HTMLMarkup.text(
        label + ". The witness basket scaled to \(curve.points.count - 1) other subtotals; "
          + "checkout with this campaign alone."))
    return HTMLMarkup.element("figure", [("class", "curve")], drawing + caption)
  }

  /// The legend: a dashed line for the promise, a solid one for checkout.
  private static func legend() -> String {
    var parts = [String]()
    for (index, (className, label)) in [("promised", "terms promise"), ("given", "checkout gave")]
      .enumerated()
    {
      let x = left + Int64(index) * 150
      parts.append(
        HTMLMarkup.empty(
          "line",
          [("class", className), ("x1", "\(x)"), ("y1", "12"), ("x2", "\(x + 28)"), ("y2", "12")]))
      parts.append(
        HTMLMarkup.element("text", [("x", "\(x + 34)"), ("y", "16")], HTMLMarkup.text(label)))
    }
    return parts.joined()
  }
}
