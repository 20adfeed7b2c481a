extension Checkout {
  /// Decodes a checkout from JSON, in the format `promoguard evaluate` reads.
  ///
  /// A backend that receives the cart as JSON hands the bytes over as they came; every problem is reported
  /// at once, each with its line, column and JSON path. The format is in `Docs/FixtureFormat.md`
  /// ("Checkout"), and `Docs/schema/checkout.schema.json` is its JSON Schema.
  ///
  /// ```swift
  /// let body = Array(#"{"currency": "USD", "lines": [{"sku": "SABLE-THROW", "unitPrice": "149.00"}], "codes": ["SEPT20"]}"#.utf8)
  /// do {
  ///   let checkout = try Checkout(jsonBytes: body, path: "request body", now: Instant(Date()))
  ///   let quote = try campaigns.evaluate(checkout)
  /// } catch let error as LoadError {
  ///   // 400 Bad Request: error.description names each problem, like
  ///   // request body:1:45: lines[0].unitPrice: expected an amount like "12.50", found true
  /// }
  /// ```
  ///
  /// - Parameters:
  ///   - jsonBytes: UTF-8 JSON text.
  ///   - path: What the diagnostics call the input: a file name, or something like `"request body"`.
  ///   - now: When the order is placed if the JSON gives no `at`.
  /// - Throws: ``LoadError`` listing every problem: bad JSON, unknown keys, missing or wrong values.
  /// - Complexity: O(*n*) in the size of the input.
  public init(jsonBytes: [UInt8], path: String = "checkout.json", now: Instant) throws(LoadError) {
    switch CheckoutDecoder.decode(jsonBytes, path: path, now: now) {
    case .success(let checkout): self = checkout
    case .failure(let error): throw error
    }
  }
}
