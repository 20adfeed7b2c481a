/// Decodes one campaign object: its mechanics, terms, messages and expected findings.
package struct CampaignDecoder {
  /// Where diagnostics go.
  let context: DecodingContext

  /// The keys of a campaign.
  package static let keys =
    ["id", "name"] + RulesDecoder.ruleKeys + ["terms", "messages", "expectFindings"]
  /// The keys of a campaign's terms.
  package static let termsKeys = ["name"] + RulesDecoder.ruleKeys + ["combinable", "text"]
  /// The keys of a message.
  package static let messageKeys = [
    "id", "channel", "audience", "sentAt", "advertises", "code", "link", "recipients",
  ]
  /// The keys of a message's link.
  package static let linkKeys = ["url", "appliesCode"]

  /// The campaign at `node`, or `nil` when anything in it is bad (every problem reported).
  func campaign(_ node: JSONNode, path: String) -> Campaign? {
    guard
      let reader = ObjectReader(
        node, path: path, allowed: Self.keys, what: "a campaign (an object in { })",
        context: context)
    else { return nil }
    let before = context.diagnostics.count
    let warningsBefore = context.warnings.count
    let id = reader.required(
      "id",
      hint: "give the campaign a unique id like \"sept-20\" (lower-case letters, digits, dashes)"
    ).flatMap { campaignID($0, path: reader.path("id")) }
    let name = reader.required("name", hint: "give the name customers see, like \"20% off\"")
      .flatMap { context.nonEmptyString($0, path: reader.path("name"), what: "the campaign name") }
    var locations = [String: FileLocation]()
    for key in Self.keys {
      if let position = reader.keyPosition(key) { locations[key] = context.location(position) }
    }
    let rulesDecoder = RulesDecoder(context: context)
    let mechanics = rulesDecoder.rules(
      reader, defaults: .mechanics, locations: &locations, prefix: "")
    if let mechanics, case .codes(let codes) = mechanics.activation {
      checkCodesDistinct(codes, matching: mechanics.codeMatching, reader: reader)
    }
    var terms: Terms?
    if let termsNode = reader.value("terms"), let mechanics {
      terms = self.terms(
        termsNode, path: reader.path("terms"), campaign: mechanics, locations: &locations)
    }
    let messages = reader.value("messages").flatMap { node in
      mechanics.flatMap { self.messages(node, path: reader.path("messages"), campaign: $0) }
    }
    let expectFindings = reader.value("expectFindings").flatMap {
      self.expectFindings($0, path: reader.path("expectFindings"))
    }
    guard context.diagnostics.count == before, let id, let name, let mechanics else { return nil }
    return Campaign(
      id: id, name: name, mechanics: mechanics, terms: terms, messages: messages ?? [],
      expectFindings: expectFindings ?? [], location: context.location(node.position),
      fieldLocations: locations, warnings: Array(context.warnings[warningsBefore...]))
  }

  private func campaignID(_ node: JSONNode, path: String) -> String? {
    guard let id = context.string(node, path: path, what: "a campaign id like \"sept-20\"") else {
      return nil
    }
    let isValid =
      !id.isEmpty && id.utf8.count <= 100
      && id.utf8.allSatisfy { byte in
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
          || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
      }
    guard isValid else {
      let suggestion = String(
        id.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }.filter(\.isASCII))
      let hint = suggestion.isEmpty ? "" : " (for example \(FoundValue.quoted(suggestion)))"
      context.report(
        "campaign ids use lower-case letters, digits and dashes, at most 100, found \(FoundValue.quoted(id)) — "
          + "rename it\(hint)",
        at: node.position, path: path)
      return nil
    }
    return id
  }

  private func checkCodesDistinct(_ codes: [String], matching: CodeMatching, reader: ObjectReader) {
    var seen = [String: String]()
    seen.reserveCapacity(codes.count)
    for (index, code) in codes.enumerated() {
      let key = matching == .relaxed ? CodeKey.relaxed(code) : CodeKey.exact(code)
      let path = JSONPathText.element(
        JSONPathText.member(reader.path("activation"), "codes"), index)
      let position = reader.value("activation")?.position ?? reader.position
      if key.isEmpty {
        context.report(
          "the code \(FoundValue.quoted(code)) has no letters or digits — customers could not type it",
          at: position, path: path)
        continue
      }
      if let earlier = seen[key] {
        context.report(
          matching == .relaxed
            ? "the codes \(FoundValue.quoted(earlier)) and \(FoundValue.quoted(code)) are the same to checkout (case, spaces, "
              + "dashes and underscores are ignored) — remove one"
            : "the code \(FoundValue.quoted(code)) is listed twice — remove one",
          at: position, path: path)
      }
      seen[key] = code
    }
  }

  private func terms(
    _ node: JSONNode, path: String, campaign: Rules, locations: inout [String: FileLocation]
  ) -> Terms? {
    guard
      let reader = ObjectReader(
        node, path: path, allowed: Self.termsKeys,
        what: "the terms (an object in { } with at least a benefit)", context: context)
    else { return nil }
    let before = context.diagnostics.count
    let name = reader.value("name").flatMap {
      context.nonEmptyString($0, path: reader.path("name"), what: "the name in the terms")
    }
    for key in ["name", "combinable", "text"] {
      if let position = reader.keyPosition(key) {
        locations["terms." + key] = context.location(position)
      }
    }
    let rules = RulesDecoder(context: context).rules(
      reader, defaults: .terms(campaign: campaign), locations: &locations, prefix: "terms.")
    let combinable = reader.value("combinable").flatMap {
      context.bool($0, path: reader.path("combinable"), what: "combinable")
    }
    let text = reader.value("text").flatMap {
      context.string($0, path: reader.path("text"), what: "the published wording")
    }
    guard context.diagnostics.count == before, let promised = rules else { return nil }
    var stated = Set<TermsField>()
    for field in TermsField.allCases where reader.has(field.rawValue) { stated.insert(field) }
    return Terms(
      name: name, rules: promised, combinable: combinable ?? !promised.stacking.exclusive,
      text: text, stated: stated)
  }

  private func messages(_ node: JSONNode, path: String, campaign: Rules) -> [Message]? {
    guard case .array(let elements) = node.value else {
      context.report(
        "expected a list of messages, found \(FoundValue.describe(node))", at: node.position,
        path: path)
      return nil
    }
    guard elements.count <= Self.maximumMessages else {
      context.report(
        "too many messages: \(elements.count), the most accepted is \(Self.maximumMessages)",
        at: node.position, path: path)
      return nil
    }
    let before = context.diagnostics.count
    var messages = [Message]()
    var ids = [String: Int]()
    for (index, element) in elements.enumerated() {
      let messagePath = JSONPathText.element(path, index)
      guard let message = self.message(element, path: messagePath, campaign: campaign) else {
        continue
      }
      if let line = ids[message.id] {
        context.report(
          "the message id \(FoundValue.quoted(message.id)) is already used on line \(line) — give each message "
            + "its own id",
          at: element.position, path: messagePath)
      }
      ids[message.id] = message.location.line
      messages.append(message)
    }
    return context.diagnostics.count == before ? messages : nil
  }

  /// The most messages one campaign may have.
  static let maximumMessages = 10_000

  private func message(_ node: JSONNode, path: String, campaign: Rules) -> Message? {
    guard
      let reader = ObjectReader(
        node, path: path, allowed: Self.messageKeys,
        what:
          "a message like {\"id\": \"sept-email\", \"channel\": \"email\", \"code\": \"SEPT20\"}",
        context: context)
    else { return nil }
    let before = context.diagnostics.count
    let id = reader.required("id", hint: "give the message an id like \"sept-email-1\"").flatMap {
      context.nonEmptyString($0, path: reader.path("id"), what: "the message id")
    }
    let channel = reader.value("channel").flatMap {
      context.nonEmptyString($0, path: reader.path("channel"), what: "the message channel")
    }
    let audience = reader.value("audience").flatMap {
      RulesDecoder(context: context).audience($0, path: reader.path("audience"))
    }
    let sentAt = reader.value("sentAt").flatMap {
      context.timestamp($0, path: reader.path("sentAt"), zone: campaign.zone)?.instant
    }
    let advertises = reader.value("advertises").flatMap {
      BenefitDecoder(context: context).benefit(
        $0, path: reader.path("advertises"), currency: campaign.currency)
    }
    let code = reader.value("code").flatMap {
      context.nonEmptyString($0, path: reader.path("code"), what: "the code shown")
    }
    let link = reader.value("link").flatMap { self.link($0, path: reader.path("link")) }
    var recipients: RecipientList?
    if context.diagnostics.count == before, let recipientsNode = reader.value("recipients") {
      recipients = self.recipients(
        recipientsNode, path: reader.path("recipients"), sentAt: sentAt, zone: campaign.zone)
    }
    guard context.diagnostics.count == before, let id else { return nil }
    return Message(
      id: id, channel: channel ?? "message", audience: audience, sentAt: sentAt,
      advertises: advertises, code: code, link: link, recipients: recipients,
      location: context.location(node.position))
  }

  private func link(_ node: JSONNode, path: String) -> Message.Link? {
    guard
      let reader = ObjectReader(
        node, path: path, allowed: Self.linkKeys,
        what: "a link like {\"url\": \"https://shop.example/?promo=SEPT20\", \"appliesCode\": "
          + "\"SEPT20\"}",
        context: context)
    else { return nil }
    let url = reader.required("url", hint: "give the address the message links to").flatMap {
      context.nonEmptyString($0, path: reader.path("url"), what: "the link's url")
    }
    let code = reader.value("appliesCode").flatMap {
      context.nonEmptyString($0, path: reader.path("appliesCode"), what: "the code the link enters")
    }
    if reader.has("appliesCode") && code == nil { return nil }
    return url.map { Message.Link(url: CodeKey.exact($0), appliesCode: code) }
  }

  private func expectFindings(_ node: JSONNode, path: String) -> [String]? {
    guard
      let names = context.stringList(
        node, path: path, what: "finding kinds", allowEmpty: true)
    else { return nil }
    let known = FindingKind.allCases.map(\.rawValue)
    var isValid = true
    for (index, name) in names.enumerated() where !known.contains(name) {
      isValid = false
      let hint =
        NearestName.suggestion(for: name, among: known).map { " — did you mean \"\($0)\"?" }
        ?? " — the kinds are " + known.joined(separator: ", ")
      let position: SourcePosition
      if case .array(let elements) = node.value, elements.indices.contains(index) {
        position = elements[index].position
      } else {
        position = node.position
      }
      context.report(
        "unknown finding kind \(FoundValue.quoted(name))\(hint)", at: position,
        path: JSONPathText.element(path, index))
    }
    return isValid ? names : nil
  }
}
