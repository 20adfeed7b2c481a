import Foundation

/// Reading and editing one campaign of a file the way a marketing team edits it.
extension JSONValue {
  /// The campaign's id.
  var campaignID: String { self["id"]?.string ?? "" }

  /// The campaign's currency.
  var currencyCode: String { self["currency"]?.string ?? "" }

  /// The zone its times without an offset are written in.
  var zone: String { self["timeZone"]?.string ?? "UTC" }

  /// The codes customers type (empty for an automatic campaign).
  var codes: [String] { value(at: ["activation", "codes"])?.strings ?? [] }

  /// Whether customers need a code.
  var isCoded: Bool { !codes.isEmpty }

  /// The published wording, or `nil`.
  var termsText: String? { value(at: ["terms", "text"])?.string }

  /// The messages, in file order.
  var messages: [JSONValue] {
    get { self["messages"]?.array ?? [] }
    set { self["messages"] = newValue.isEmpty ? nil : .array(newValue) }
  }

  /// Whether the promise says the campaign combines with other offers (Terms.md: `combinable`, else not
  /// exclusive).
  var promiseCombines: Bool {
    guard let terms = self["terms"] else {
      return value(at: ["stacking", "exclusive"])?.bool != true
    }
    if let combinable = terms["combinable"]?.bool { return combinable }
    return terms.value(at: ["stacking", "exclusive"])?.bool != true
  }

  /// Edits the published wording, when there is one.
  ///
  /// - Parameter edit: The edit.
  mutating func editText(_ edit: (String) -> String) {
    guard let text = termsText else { return }
    set(["terms", "text"], to: .string(edit(text)))
  }

  /// Writes the campaign's period and zone into its terms where the terms leave them to the campaign (no change
  /// in meaning), so the mechanics' period can then change on its own.
  mutating func stateTermsPeriod() {
    guard self["terms"] != nil else { return }
    for key in ["timeZone", "starts", "ends"] where value(at: ["terms", key]) == nil {
      if let value = self[key] { set(["terms", key], to: value) }
    }
  }

  /// Replaces a clause in the mechanics and, where the terms state the same value, in the terms too.
  ///
  /// - Parameters:
  ///   - path: The clause's keys from the campaign.
  ///   - value: The new value (`nil` removes it).
  mutating func replaceInMechanicsAndTerms(_ path: [String], with value: JSONValue?) {
    let old = self.value(at: path)
    if self.value(at: ["terms"] + path) == old, self["terms"] != nil {
      set(["terms"] + path, to: value)
    }
    set(path, to: value)
  }

  /// Removes an object member when it has become empty (`{}`), at a path of keys.
  ///
  /// - Parameter path: The keys from here.
  mutating func pruneEmpty(_ path: [String]) {
    if let object = value(at: path)?.object, object.isEmpty { set(path, to: nil) }
  }

  /// A moment of the campaign (`starts`, `ends`) as written, read in its zone.
  ///
  /// - Parameter key: `starts` or `ends`.
  /// - Returns: The moment, or `nil` when the campaign leaves it open.
  func moment(_ key: String) -> Date? {
    self[key]?.string.flatMap { LocalTime.date($0, zone: zone) }
  }
}
