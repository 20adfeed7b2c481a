/// An email, SMS, post or landing page that advertises a campaign: the email-to-code mapping.
package struct Message: Sendable, Hashable {
  /// Unique within its campaign.
  package var id: String
  /// The medium, free text such as `email`, `sms`, `post` or `landing`.
  package var channel: String
  /// Who receives it; `nil` means everyone.
  package var audience: Audience?
  /// When it is sent, if known.
  package var sentAt: Instant?
  /// What it advertises; `nil` means it advertises the terms as they are.
  package var advertises: Benefit?
  /// The code it shows, or `nil` when it shows none.
  package var code: String?
  /// The link it carries, if any.
  package var link: Link?
  /// The list the platform sent it to (one row a recipient, with the code each was shown), if given.
  package var recipients: RecipientList?
  /// Where it is written.
  package var location: FileLocation

  /// A link in a message, which may enter a code when followed.
  package struct Link: Sendable, Hashable {
    /// The URL; a checkout whose `link` equals it gets `appliesCode` entered.
    package var url: String
    /// The code the link enters, or `nil`.
    package var appliesCode: String?

    /// Creates a link.
    package init(url: String, appliesCode: String?) {
      self.url = url
      self.appliesCode = appliesCode
    }
  }

  /// Creates a message.
  package init(
    id: String, channel: String, audience: Audience?, sentAt: Instant?, advertises: Benefit?,
    code: String?, link: Link?, recipients: RecipientList? = nil, location: FileLocation
  ) {
    self.id = id
    self.channel = channel
    self.audience = audience
    self.sentAt = sentAt
    self.advertises = advertises
    self.code = code
    self.link = link
    self.recipients = recipients
    self.location = location
  }
}
