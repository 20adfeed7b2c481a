package import PromoGuard

extension Finding {
  /// The finding as JSON, one shape for `promoguard lint` and `promoguard check`: `kind`, `campaign`, `file`,
  /// `location`, `message`, `summary`, `count`, `expected`, `example`, `recipients`.
  ///
  /// `location` is `{"file", "line", "column"}` of the clause or message at fault, or `null`; `message` is the
  /// message id, `null` unless a message is at fault; `example` is `null` for a finding without a witness.
  /// The example holds the checkout (checkout file format), then the customer's side as people read it:
  /// `when` (the moment in the campaign's zone and in UTC), `basket` (one line per item, with catalog names),
  /// `promised`, `actual`, `told` (what checkout said, or `null`), then `seed` and `shrinkSteps`.
  /// `recipients` is `null` except for a finding over a recipient list: `{"total", "shown", "listed"}` with the
  /// first ten recipients, masked unless the run asked for `--show-recipients` (``AffectedRecipients``).
  ///
  /// ```json
  /// {"kind": "unreachable", "campaign": "sept-20", "file": "sept.json",
  ///  "location": {"file": "sept.json", "line": 12, "column": 9}, "message": "sept-email",
  ///  "summary": "the message shows no code ...", "count": 1, "expected": false, "example": {…}}
  /// ```
  ///
  /// - Parameter report: The campaign's report (its zone and catalog, for the example).
  /// - Returns: The JSON value.
  package func jsonOutput(in report: CampaignReport) -> JSONOutput {
    let location: JSONOutput =
      self.location.map { location in
        .object([
          JSONField(key: "file", value: .string(location.file)),
          JSONField(key: "line", value: .number(String(location.line))),
          JSONField(key: "column", value: .number(String(location.column))),
        ])
      } ?? .null
    let example: JSONOutput =
      self.example.map { example in
        .object([
          JSONField(key: "checkout", value: CheckoutJSON.output(example.checkout)),
          JSONField(
            key: "when", value: .string(Timestamp.moment(example.checkout.at, in: report.zone))),
          JSONField(
            key: "basket",
            value: .array(
              example.checkout.lines.map { line in
                .string(
                  "\(line.quantity) × \(CheckoutSummary.item(line, catalog: report.catalog)) at "
                    + line.unitPrice.formatted)
              })),
          JSONField(key: "promised", value: .string(example.promised)),
          JSONField(key: "actual", value: .string(example.actual)),
          JSONField(key: "told", value: example.told.map(JSONOutput.string) ?? .null),
          JSONField(key: "seed", value: .number(String(example.seed))),
          JSONField(key: "shrinkSteps", value: .number(String(example.shrinkSteps))),
        ])
      } ?? .null
    return .object([
      JSONField(key: "kind", value: .string(kind.rawValue)),
      JSONField(key: "campaign", value: .string(campaignID)),
      JSONField(key: "file", value: .string(file)),
      JSONField(key: "location", value: location),
      JSONField(key: "message", value: messageID.map(JSONOutput.string) ?? .null),
      JSONField(key: "summary", value: .string(summary)),
      JSONField(key: "count", value: .number(String(count))),
      JSONField(key: "expected", value: .bool(isExpected)),
      JSONField(key: "example", value: example),
      JSONField(key: "recipients", value: recipients?.jsonOutput ?? .null),
    ])
  }
}
