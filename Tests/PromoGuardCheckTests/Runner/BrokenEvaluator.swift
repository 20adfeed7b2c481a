import PromoGuard

@testable import PromoGuardCheck

/// The engine with a fault.
struct BrokenEvaluator: CheckoutEvaluator {
  struct Failure: Error {}

  var engine: EngineEvaluator
  var fault: BrokenFactory.Fault

  func evaluate(_ checkout: Checkout) throws -> Quote {
    var quote = try engine.evaluate(checkout)
    switch fault {
    case .expiredForConditions:
      for index in quote.codes.indices where quote.codes[index].status == .conditionsNotMet {
        quote.codes[index].status = .expired
      }
    case .dropsCodesRefusedEarlier: break
    case .linesDoNotSum:
      if !quote.lines.isEmpty, quote.discount.minorUnits > 0 {
        quote.lines[0].discount.minorUnits += 1
      }
    case .silent:
      let zero = Money(minorUnits: 0, currency: quote.currency)
      for index in quote.lines.indices {
        quote.lines[index].discount = zero
        quote.lines[index].total = quote.lines[index].subtotal
      }
      quote.discount = zero
      quote.shippingDiscount = zero
      quote.total = (try? quote.subtotal.adding(quote.shipping)) ?? quote.subtotal
      quote.applied = []
      quote.codes = []
    case .throwsOnCodes:
      if !checkout.codes.isEmpty { throw Failure() }
    }
    return quote
  }

  func quotes(along journey: Journey) throws -> [Quote] {
    guard case .dropsCodesRefusedEarlier = fault else {
      var checkout = journey.start
      return try journey.steps.map { step in
        step.apply(to: &checkout)
        return try evaluate(checkout)
      }
    }
    var checkout = journey.start
    var quotes = [Quote]()
    for step in journey.steps {
      step.apply(to: &checkout)
      var quote = try engine.evaluate(checkout)
      if case .enterCode = step, let last = quote.codes.last, last.status != .applied {
        checkout.codes.removeLast()
        quote = try engine.evaluate(checkout)
      }
      quotes.append(quote)
    }
    return quotes
  }
}
