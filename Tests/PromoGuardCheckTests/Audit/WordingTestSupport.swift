import PromoGuard
import Testing

@testable import PromoGuardCheck

/// Builds campaigns whose terms carry a published text, for the wording tests.
enum WordingFixture {
  /// A case: a campaign with `text` as its terms' wording.
  ///
  /// - Parameters:
  ///   - text: The published wording.
  ///   - shared: Fields (JSON values) of both the mechanics and the terms, so they do not disagree.
  ///   - campaign: Fields of the campaign only (its zone, period and currency carry over to the terms).
  ///   - terms: Fields of the terms only (`combinable`).
  ///   - name: What the case shows.
  ///   - expected: The findings, `kind: summary`, worked out by hand.
  /// - Returns: The case.
  static func worded(
    _ text: String, _ shared: [(String, String)] = [], campaign: [(String, String)] = [],
    terms: [(String, String)] = [], name: String, expected: [String]
  ) -> AuditCase {
    var termsFields = shared + terms
    if !termsFields.contains(where: { $0.0 == "benefit" }) {
      termsFields.append(("benefit", #"{"percentOff": 20}"#))
    }
    termsFields.append(("text", "\"" + escaped(text) + "\""))
    let body = termsFields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ")
    let object = AuditFixture.campaign(pairs: shared + campaign + [("terms", "{\(body)}")])
    return AuditCase(name: name, campaigns: [object], expected: expected)
  }

  /// `text` as the inside of a JSON string.
  static func escaped(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      default: result.append(character)
      }
    }
    return result
  }

  /// The campaign fields of a December 2026 offer in New York: 1 December to the end of Sunday 13 December.
  static let newYorkDecember: [(String, String)] = [
    ("timeZone", #""America/New_York""#), ("starts", #""2026-12-01T00:00:00""#),
    ("ends", #""2026-12-14T00:00:00""#),
  ]
}
