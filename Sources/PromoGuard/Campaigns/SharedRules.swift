/// A campaign's mechanics, held once in memory and shared by the decoded ``Campaign`` and the compiled campaign
/// the engine evaluates.
///
/// `Rules` is a large value (window, benefit, conditions, target, limits, …); a loaded set kept it twice per
/// campaign, once in its file and once compiled. Both now point at one immutable instance.
package final class SharedRules: Sendable, Hashable {
  /// The mechanics.
  package let rules: Rules

  /// Holds `rules`.
  ///
  /// - Parameter rules: The mechanics.
  package init(_ rules: Rules) {
    self.rules = rules
  }

  /// Equal when the mechanics are equal, wherever they are held.
  package static func == (left: SharedRules, right: SharedRules) -> Bool {
    left === right || left.rules == right.rules
  }

  /// Hashes the mechanics.
  package func hash(into hasher: inout Hasher) {
    hasher.combine(rules)
  }
}
