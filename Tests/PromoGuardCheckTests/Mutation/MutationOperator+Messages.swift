import PromoGuard

/// Message mistakes: the email-to-code mapping is broken.
extension MutationOperator {
  /// The message operators.
  static let messages: [MutationOperator] = [
    MutationOperator(
      name: "email-without-code", mistake: .messages,
      story: "the launch email says \"20% off\" but shows no code, and its link applies none",
      acceptableKinds: [.unreachable]
    ) { document, index in
      var campaign = document.campaigns[index]
      guard campaign.isCoded,
        let position = campaign.messages.firstIndex(where: { $0["channel"]?.string == "email" })
      else { return false }
      var message = campaign.messages[position]
      message["code"] = nil
      if message["link"] != nil { message.set(["link", "appliesCode"], to: nil) }
      campaign.messages[position] = message
      document.campaigns[index] = campaign
      return true
    },
    MutationOperator(
      name: "code-of-another-campaign", mistake: .messages,
      story:
        "the email shows the code of another campaign in the same file (copied from last week's email)",
      acceptableKinds: [.messageMismatch]
    ) { document, index in
      var campaign = document.campaigns[index]
      guard campaign.isCoded,
        let position = campaign.messages.firstIndex(where: { $0["code"]?.string != nil })
      else { return false }
      let currency = campaign.currencyCode
      let otherCode = "GIFTWRAP-PARTNER"
      let other = JSONValue.object([
        "id": .string("gift-wrap-partner"), "name": .string("Free gift wrap"),
        "currency": .string(currency),
        "activation": .object(["codes": .array([.string(otherCode)])]),
        "benefit": .object([
          "amountOff": .string(MoneyText.amount(minorUnits: 500, currency: currency))
        ]),
      ])
      campaign.messages[position]["code"] = .string(otherCode)
      document.campaigns[index] = campaign
      document.campaigns.append(other)
      return true
    },
    MutationOperator(
      name: "code-typo", mistake: .messages,
      story: "the SMS prints the code with two letters swapped (\"HLOIDAY20\")",
      acceptableKinds: [.unreachable]
    ) { document, index in
      var campaign = document.campaigns[index]
      guard campaign.isCoded,
        let position = campaign.messages.lastIndex(where: { $0["code"]?.string != nil }),
        let code = campaign.messages[position]["code"]?.string
      else { return false }
      var characters = Array(code)
      guard
        let swap = characters.indices.dropFirst().first(where: { position in
          position + 1 < characters.count && characters[position].isLetter
            && characters[position + 1].isLetter
            && characters[position].lowercased() != characters[position + 1].lowercased()
        })
      else { return false }
      characters.swapAt(swap, swap + 1)
      campaign.messages[position]["code"] = .string(String(characters))
      document.campaigns[index] = campaign
      return true
    },
    MutationOperator(
      name: "sent-after-the-end", mistake: .messages,
      story: "the last-call message is scheduled for the day after the campaign ends",
      acceptableKinds: [.messageMismatch]
    ) { document, index in
      var campaign = document.campaigns[index]
      guard let ends = campaign["ends"]?.string,
        let position = campaign.messages.lastIndex(where: { $0["sentAt"] != nil }),
        let late = LocalTime.shifted(ends, days: 1, zone: campaign.zone)
      else { return false }
      campaign.messages[position]["sentAt"] = .string(late)
      document.campaigns[index] = campaign
      return true
    },
    MutationOperator(
      name: "advertises-more", mistake: .messages,
      story: "the email advertises 25% off while the terms give 20%",
      acceptableKinds: [.messageMismatch]
    ) { document, index in
      var campaign = document.campaigns[index]
      guard let position = campaign.messages.firstIndex(where: { _ in true }) else { return false }
      let advertised =
        campaign.messages[position]["advertises"] ?? campaign.value(at: ["terms", "benefit"])
        ?? campaign["benefit"]
      guard let advertised,
        let more = BenefitEdit.raised(advertised, currency: campaign.currencyCode)
      else { return false }
      campaign.messages[position]["advertises"] = more
      document.campaigns[index] = campaign
      return true
    },
  ]
}
