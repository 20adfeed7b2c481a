/// The amounts of one checkout while campaigns apply: original and current (what earlier campaigns left).
struct BasketState {
  /// Units per line.
  let quantities: [Int64]
  /// unitPrice × quantity per line, before any discount.
  let original: [Int64]
  /// What is left of each line after the campaigns applied so far.
  var current: [Int64]
  /// Shipping before any discount.
  let originalShipping: Int64
  /// What is left of shipping.
  var currentShipping: Int64
  /// Σ original.
  let subtotal: Int64

  /// The state of `checkout` before any campaign, or an error when an amount is out of range.
  init(_ checkout: Checkout) throws(EvaluationError) {
    let lines = checkout.lines
    guard lines.count <= CheckoutDecoder.maximumLines else {
      throw EvaluationError(
        code: .invalidCheckout,
        message:
          "the checkout has \(lines.count) lines; the most accepted is \(CheckoutDecoder.maximumLines)",
        path: "lines")
    }
    var quantities = [Int64]()
    var original = [Int64]()
    quantities.reserveCapacity(lines.count)
    original.reserveCapacity(lines.count)
    var subtotal: Int64 = 0
    // The usual case, every line valid, in one pass over the lines in place (no copy of a line, no bounds
    // check); on the first invalid line, the loop below starts again and says which line and why.
    let currency = checkout.currency
    let allValid = lines.withUnsafeBufferPointer { lines in
      for index in lines.indices {
        let unitPrice = lines[index].unitPrice
        let quantity = lines[index].quantity
        guard unitPrice.currency == currency, quantity >= 1,
          quantity <= CheckoutDecoder.maximumQuantity, unitPrice.minorUnits >= 0,
          unitPrice.minorUnits <= Money.maximumMinorUnits
        else { return false }
        let (amount, overflow) = unitPrice.minorUnits.multipliedReportingOverflow(by: quantity)
        guard !overflow else { return false }
        let (sum, sumOverflow) = subtotal.addingReportingOverflow(amount)
        guard !sumOverflow else { return false }
        subtotal = sum
        quantities.append(quantity)
        original.append(amount)
      }
      return true
    }
    if !allValid {
      quantities.removeAll(keepingCapacity: true)
      original.removeAll(keepingCapacity: true)
      subtotal = 0
    }
    // Fields are read through `lines[index]` rather than a `line` copy: binding each line copied it
    // (retaining its strings and arrays) on every evaluation.
    for index in lines.indices where !allValid {
      guard lines[index].unitPrice.currency == checkout.currency else {
        throw EvaluationError(
          code: .invalidCheckout,
          message:
            "line \(index + 1) (\(lines[index].sku)) is priced in \(lines[index].unitPrice.currency.code) "
            + "but the checkout is in \(checkout.currency.code)",
          path: "lines[\(index)].unitPrice")
      }
      guard lines[index].quantity >= 1, lines[index].quantity <= CheckoutDecoder.maximumQuantity
      else {
        throw EvaluationError(
          code: .invalidCheckout,
          message:
            "line \(index + 1) (\(lines[index].sku)) has quantity \(lines[index].quantity); quantities run "
            + "from 1 to \(CheckoutDecoder.maximumQuantity)",
          path: "lines[\(index)].quantity")
      }
      guard lines[index].unitPrice.minorUnits >= 0,
        lines[index].unitPrice.minorUnits <= Money.maximumMinorUnits
      else {
        throw EvaluationError(
          code: .invalidCheckout,
          message:
            "line \(index + 1) (\(lines[index].sku)) has unit price \(lines[index].unitPrice.decimalString); "
            + "prices run from 0 to \(Money(minorUnits: Money.maximumMinorUnits, currency: checkout.currency).decimalString)",
          path: "lines[\(index)].unitPrice")
      }
      let (amount, overflow) = lines[index].unitPrice.minorUnits.multipliedReportingOverflow(
        by: lines[index].quantity)
      guard !overflow else {
        throw .overflow("the amount of line \(index + 1)", path: "lines[\(index)]")
      }
      let (sum, sumOverflow) = subtotal.addingReportingOverflow(amount)
      guard !sumOverflow else { throw .overflow("the checkout subtotal", path: "lines[\(index)]") }
      subtotal = sum
      quantities.append(lines[index].quantity)
      original.append(amount)
    }
    let shipping = checkout.shipping
    guard shipping.currency == checkout.currency, shipping.minorUnits >= 0,
      shipping.minorUnits <= Money.maximumMinorUnits
    else {
      throw EvaluationError(
        code: .invalidCheckout,
        message: "shipping must be a non-negative amount in \(checkout.currency.code), found "
          + "\(shipping.decimalString) \(shipping.currency.code)",
        path: "shipping")
    }
    guard subtotal.addingReportingOverflow(shipping.minorUnits).overflow == false else {
      throw .overflow("the checkout total", path: "shipping")
    }
    self.quantities = quantities
    self.original = original
    self.current = original
    self.originalShipping = shipping.minorUnits
    self.currentShipping = shipping.minorUnits
    self.subtotal = subtotal
  }

  /// The state before any campaign applied.
  var restarted: BasketState {
    var copy = self
    copy.current = original
    copy.currentShipping = originalShipping
    return copy
  }
}
