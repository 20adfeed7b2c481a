/// Who may use a campaign or receives a message: customers in any of `segments`, or listed in `customers`.
package struct Audience: Sendable, Hashable {
  /// Customer segments, any of which qualifies.
  package var segments: [String]
  /// Customer ids, for customer-bound codes.
  package var customers: [String]

  /// Creates an audience.
  package init(segments: [String] = [], customers: [String] = []) {
    self.segments = segments
    self.customers = customers
  }

  /// Whether a customer with this id and these segments belongs to the audience.
  ///
  /// - Parameters:
  ///   - customerID: The customer's id, if known.
  ///   - customerSegments: The customer's segments.
  /// - Returns: `true` when the id is listed or any segment is.
  package func includes(customerID: String?, segments customerSegments: [String]) -> Bool {
    if let customerID, customers.contains(customerID) { return true }
    for segment in customerSegments where segments.contains(segment) { return true }
    return false
  }
}
