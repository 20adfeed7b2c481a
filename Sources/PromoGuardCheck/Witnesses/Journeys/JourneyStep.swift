package import PromoGuard

/// One change a customer makes to a checkout in progress.
package enum JourneyStep: Sendable, Hashable {
  /// Adds a line at the end of the basket.
  case addLine(Checkout.Line)
  /// Removes the line at an index.
  case removeLine(at: Int)
  /// Sets the quantity of the line at an index.
  case setQuantity(Int64, lineIndex: Int)
  /// Types a code.
  case enterCode(String)
  /// Removes the code entered at an index.
  case removeCode(at: Int)
  /// Arrives by a link (or forgets it with `nil`).
  case arriveByLink(String?)
  /// Signs a customer in.
  case signIn(Checkout.Customer)
  /// Signs the customer out.
  case signOut
  /// Moves the checkout to another moment.
  case setTime(Instant)
  /// Sets the channel.
  case setChannel(String?)
  /// Sets the shipping amount.
  case setShipping(Money)

  /// Applies the step to a checkout, as `CheckoutSession` does (an index outside the list changes nothing).
  ///
  /// - Parameter checkout: The checkout to change.
  package func apply(to checkout: inout Checkout) {
    switch self {
    case .addLine(let line): checkout.lines.append(line)
    case .removeLine(let index):
      if checkout.lines.indices.contains(index) { checkout.lines.remove(at: index) }
    case .setQuantity(let quantity, let index):
      if checkout.lines.indices.contains(index) { checkout.lines[index].quantity = quantity }
    case .enterCode(let code): checkout.codes.append(code)
    case .removeCode(let index):
      if checkout.codes.indices.contains(index) { checkout.codes.remove(at: index) }
    case .arriveByLink(let link): checkout.link = link
    case .signIn(let customer): checkout.customer = customer
    case .signOut: checkout.customer = nil
    case .setTime(let instant): checkout.at = instant
    case .setChannel(let channel): checkout.channel = channel
    case .setShipping(let shipping): checkout.shipping = shipping
    }
  }

  /// Applies the step to a session.
  ///
  /// - Parameter session: The session to change.
  /// - Returns: The quote after the step.
  /// - Throws: `EvaluationError` when the changed checkout cannot be quoted.
  package func apply(to session: inout CheckoutSession) throws -> Quote {
    switch self {
    case .addLine(let line): return try session.addLine(line)
    case .removeLine(let index): return try session.removeLine(at: index)
    case .setQuantity(let quantity, let index):
      return try session.setQuantity(quantity, ofLineAt: index)
    case .enterCode(let code): return try session.enterCode(code)
    case .removeCode(let index): return try session.removeCode(at: index)
    case .arriveByLink(let link): return try session.arrive(byLink: link)
    case .signIn(let customer): return try session.signIn(customer)
    case .signOut: return try session.signOut()
    case .setTime(let instant): return try session.setTime(instant)
    case .setChannel(let channel): return try session.setChannel(channel)
    case .setShipping(let shipping): return try session.setShipping(shipping)
    }
  }

  /// The step in a few words, for reports: "enter code \"sept20\"", "add 2 × SABLE-THROW at $149.00".
  package var summary: String {
    switch self {
    case .addLine(let line):
      return "add \(line.quantity) × \(line.sku) at \(line.unitPrice.formatted)"
    case .removeLine(let index): return "remove line \(index + 1)"
    case .setQuantity(let quantity, let index):
      return "set line \(index + 1) to quantity \(quantity)"
    case .enterCode(let code): return "enter code \(JourneyStep.quoted(code))"
    case .removeCode(let index): return "remove code \(index + 1)"
    case .arriveByLink(let link): return link.map { "arrive by link \($0)" } ?? "forget the link"
    case .signIn(let customer):
      return "sign in as \(customer.id ?? "a customer")"
        + (customer.segments.isEmpty ? "" : " (\(customer.segments.joined(separator: ", ")))")
    case .signOut: return "sign out"
    case .setTime(let instant): return "move to \(instant)"
    case .setChannel(let channel): return "switch to channel \(channel ?? "unknown")"
    case .setShipping(let shipping): return "set shipping to \(shipping.formatted)"
    }
  }

  /// A code in quotes with control characters written visibly ("SEPT20\n" shows as `"SEPT20\n"`).
  ///
  /// - Parameter code: The code as typed.
  /// - Returns: The code quoted.
  package static func quoted(_ code: String) -> String {
    var text = "\""
    for scalar in code.unicodeScalars {
      switch scalar {
      case "\n": text += "\\n"
      case "\t": text += "\\t"
      case "\r": text += "\\r"
      case "\"": text += "\\\""
      default: text.unicodeScalars.append(scalar)
      }
    }
    return text + "\""
  }
}
