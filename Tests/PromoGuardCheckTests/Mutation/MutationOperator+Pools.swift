import Foundation

/// Unique-code mistakes: the pool's mechanics break what the terms say of the codes (issue 10).
extension MutationOperator {
  /// The pool operators.
  static let pools: [MutationOperator] = [
    MutationOperator(
      name: "pool-window-shorter", mistake: .pools,
      story:
        "the terms say \"valid for 14 days from the email\" but the pool is configured for 7 days (P7D)",
      acceptableKinds: [.termsDrift, .rejectedEligible]
    ) { document, index in
      var campaign = document.campaigns[index]
      guard let written = campaign.value(at: ["activation", "pool", "validFor"])?.string,
        let days = Int(written.dropFirst().dropLast()), written.hasSuffix("D"), days > 1
      else { return false }
      campaign.set(["activation", "pool", "validFor"], to: .string("P\(days / 2)D"))
      document.campaigns[index] = campaign
      return true
    },
    MutationOperator(
      name: "pool-single-use-off", mistake: .pools,
      story:
        "the terms say \"one use per code\" but the pool was exported with single use switched off, so "
        + "a code posted on a coupon site works again and again",
      acceptableKinds: [.leak]
    ) { document, index in
      var campaign = document.campaigns[index]
      guard campaign.value(at: ["activation", "pool"]) != nil,
        campaign.value(at: ["activation", "pool", "singleUse"])?.bool != false
      else { return false }
      campaign.set(["activation", "pool", "singleUse"], to: .bool(false))
      document.campaigns[index] = campaign
      return true
    },
    MutationOperator(
      name: "pool-single-use-unstated", mistake: .pools,
      story:
        "the terms' pool says codes can be used again (singleUse false) while checkout refuses a "
        + "second use",
      acceptableKinds: [.termsDrift, .rejectedEligible]
    ) { document, index in
      var campaign = document.campaigns[index]
      guard campaign.value(at: ["terms", "activation", "pool"]) != nil,
        campaign.value(at: ["activation", "pool", "singleUse"])?.bool != false
      else { return false }
      campaign.set(["terms", "activation", "pool", "singleUse"], to: .bool(false))
      campaign.editText {
        $0.replacingOccurrences(of: "One use per code.", with: "Use it as often as you like.")
      }
      document.campaigns[index] = campaign
      return true
    },
    MutationOperator(
      name: "bound-code-shared", mistake: .pools,
      story:
        "the recovery email says \"share with a friend\" but each voucher is issued to one customer",
      acceptableKinds: [.termsDrift, .messageMismatch]
    ) { document, index in
      var campaign = document.campaigns[index]
      guard let file = campaign.value(at: ["activation", "pool", "file"])?.string,
        let csv = document.companions[file], csv.hasPrefix("code,customer"),
        let text = campaign.termsText
      else { return false }
      campaign.set(
        ["terms", "text"],
        to: .string(
          text.replacingOccurrences(
            of: "Your personal code can only be used by you.", with: "Share with a friend!")))
      guard campaign.termsText != text else { return false }
      document.campaigns[index] = campaign
      return true
    },
    MutationOperator(
      name: "code-expires-before-window", mistake: .pools,
      story:
        "the pool export gives one code an end a week after its email, though the terms promise 14 days",
      acceptableKinds: [.rejectedEligible, .messageMismatch, .termsDrift]
    ) { document, index in
      let campaign = document.campaigns[index]
      guard let file = campaign.value(at: ["activation", "pool", "file"])?.string,
        let csv = document.companions[file], csv.hasPrefix("code,expires\n")
      else { return false }
      var lines = csv.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      guard lines.count > 2, let comma = lines[1].firstIndex(of: ",") else { return false }
      // The first code was sent on 20 October at 09:15; 7 days later is 27 October at 09:15.
      lines[1] = String(lines[1][..<comma]) + ",2026-10-27T09:15:00"
      document.companions[file] = lines.joined(separator: "\n")
      return true
    },
  ]
}
