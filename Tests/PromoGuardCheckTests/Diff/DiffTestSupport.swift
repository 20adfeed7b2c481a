import PromoGuard

/// Builds campaign files for the diff tests from a few JSON fields.
enum DiffFixture {
  /// A campaign `c` in USD with code CODE and 20% off, with `fields` (JSON members, without braces) added or
  /// replacing the activation or benefit.
  static func campaignJSON(_ fields: String, id: String = "c") -> String {
    var members = [#""id": "\#(id)""#, #""name": "C""#, #""currency": "USD""#]
    // Only the campaign's own fields count, not those inside its terms.
    let own = fields.components(separatedBy: #""terms""#).first ?? fields
    if !own.contains(#""activation""#) { members.append(#""activation": {"codes": ["CODE"]}"#) }
    if !own.contains(#""benefit""#) { members.append(#""benefit": {"percentOff": 20}"#) }
    if !fields.isEmpty { members.append(fields) }
    return "{" + members.joined(separator: ", ") + "}"
  }

  /// A decoded file holding `campaigns` (JSON objects).
  static func file(_ campaigns: [String], path: String) throws -> CampaignFile {
    let json =
      #"{"format": "promoguard/1", "campaigns": ["# + campaigns.joined(separator: ",\n") + "]}"
    let files = try CampaignLoader.load([CampaignSource(path: path, bytes: Array(json.utf8))])
    guard let file = files.first else { throw LoadError(diagnostics: []) }
    return file
  }

  /// The one campaign with `fields`.
  static func campaign(_ fields: String, path: String) throws -> Campaign {
    let file = try self.file([campaignJSON(fields)], path: path)
    guard let campaign = file.campaigns.first else { throw LoadError(diagnostics: []) }
    return campaign
  }
}
