import PromoGuard
import Testing

@testable import PromoGuardCheck

/// Builds campaign files from small JSON fragments and runs the audit on them.
enum AuditFixture {
  /// The fields every test campaign has unless a case replaces them.
  static let defaults: KeyValuePairs<String, String> = [
    "id": #""c1""#,
    "name": #""Test offer""#,
    "currency": #""USD""#,
    "activation": #"{"codes": ["TESTCODE-ALPHA"]}"#,
    "benefit": #"{"percentOff": 20}"#,
  ]

  /// A campaign object: the defaults, with `fields` replacing or adding keys (values are JSON).
  static func campaign(_ fields: KeyValuePairs<String, String>) -> String {
    campaign(pairs: fields.map { ($0.key, $0.value) })
  }

  /// A campaign object: the defaults, with `pairs` replacing or adding keys (values are JSON).
  static func campaign(pairs fields: [(String, String)]) -> String {
    var members = [(String, String)]()
    for (key, value) in defaults where !fields.contains(where: { $0.0 == key }) {
      members.append((key, value))
    }
    for (key, value) in fields { members.append((key, value)) }
    return "{" + members.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
  }

  /// The decoded file `test.json` holding `campaigns`.
  static func files(_ campaigns: [String]) throws -> [CampaignFile] {
    let text =
      #"{"format": "promoguard/1", "campaigns": ["# + campaigns.joined(separator: ", ") + "]}"
    do {
      return try CampaignLoader.load([CampaignSource(path: "test.json", bytes: Array(text.utf8))])
    } catch {
      Issue.record("the test campaigns do not load: \(error.diagnostics.map(\.message))")
      throw error
    }
  }

  /// The audit's findings on `campaigns`, each as `kind: summary`.
  static func findings(_ campaigns: [String]) throws -> [String] {
    StaticAudit.findings(files: try files(campaigns)).map { "\($0.kind.rawValue): \($0.summary)" }
  }

  /// The audit's findings on `campaigns` for one campaign, each as `kind: summary`.
  static func findings(_ campaigns: [String], of id: String) throws -> [String] {
    StaticAudit.findings(files: try files(campaigns)).filter { $0.campaignID == id }.map {
      "\($0.kind.rawValue): \($0.summary)"
    }
  }
}

/// One audit rule case: campaigns, and the findings expected (worked out from the rule by hand).
struct AuditCase: Sendable, CustomTestStringConvertible {
  /// What the case shows.
  var name: String
  /// The campaign objects.
  var campaigns: [String]
  /// Only this campaign's findings are compared (`nil`: every campaign's).
  var campaignID: String? = nil
  /// `kind: summary` of each finding, in order.
  var expected: [String]

  var testDescription: String { name }

  /// The findings the audit reports for the case.
  func actual() throws -> [String] {
    if let campaignID { return try AuditFixture.findings(campaigns, of: campaignID) }
    return try AuditFixture.findings(campaigns)
  }
}
