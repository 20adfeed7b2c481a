/// Decodes the bytes of one campaign file.
package enum CampaignFileDecoder {
  /// The keys of the file's top-level object; `$schema` names a JSON Schema for editors and is ignored.
  package static let keys = ["format", "campaigns", "catalog", "$schema"]

  /// The file's campaigns and catalog, or every problem found in it.
  ///
  /// - Parameters:
  ///   - bytes: The file's contents.
  ///   - path: The path shown in diagnostics.
  ///   - companions: The pool and recipient files supplied in memory, or `nil` to read them next to `path`.
  /// - Returns: The decoded file, or the diagnostics.
  package static func decode(
    _ bytes: [UInt8], path: String, companions: [String: [UInt8]]? = nil
  ) -> Result<CampaignFile, LoadError> {
    let context = DecodingContext(file: path)
    context.companions = CompanionFiles(campaignPath: path, inMemory: companions)
    guard let root = context.parse(bytes) else {
      return .failure(LoadError(diagnostics: context.finishedDiagnostics()))
    }
    guard
      let reader = ObjectReader(
        root, path: "", allowed: keys,
        what: "a campaign file: {\"format\": \"promoguard/1\", \"campaigns\": [...]}",
        context: context)
    else { return .failure(LoadError(diagnostics: context.finishedDiagnostics())) }
    if let formatNode = reader.required(
      "format", hint: "add \"format\": \"promoguard/1\" at the top of the file")
    {
      if let format = context.string(formatNode, path: "format", what: "\"promoguard/1\""),
        format != CampaignFile.format
      {
        context.report(
          "expected \"\(CampaignFile.format)\", found \(FoundValue.quoted(format)) — this version of promoguard "
            + "reads \(CampaignFile.format) files",
          at: formatNode.position, path: "format")
      }
    }
    if let schemaNode = reader.value("$schema") {
      _ = context.string(schemaNode, path: "$schema", what: "the address of a JSON Schema")
    }
    var campaigns = [Campaign]()
    if let campaignsNode = reader.required(
      "campaigns", hint: "add \"campaigns\": [ ... ] with the file's campaigns")
    {
      if case .array(let elements) = campaignsNode.value {
        if elements.count > CampaignLoader.maximumCampaigns {
          context.report(
            "too many campaigns in one file: \(elements.count), the most accepted is "
              + "\(CampaignLoader.maximumCampaigns) — split them across files",
            at: campaignsNode.position, path: "campaigns")
        } else {
          let decoder = CampaignDecoder(context: context)
          for (index, element) in elements.enumerated() {
            if let campaign = decoder.campaign(
              element, path: JSONPathText.element("campaigns", index))
            {
              campaigns.append(campaign)
            }
          }
        }
      } else {
        context.report(
          "expected a list of campaigns in [ ], found \(FoundValue.describe(campaignsNode))",
          at: campaignsNode.position, path: "campaigns")
      }
    }
    let catalog = reader.value("catalog").flatMap {
      CatalogDecoder(context: context).catalog($0, path: "catalog")
    }
    guard context.diagnostics.isEmpty else {
      return .failure(LoadError(diagnostics: context.finishedDiagnostics()))
    }
    return .success(CampaignFile(path: path, campaigns: campaigns, catalog: catalog))
  }
}
