package import PromoGuard

extension Finding {
  /// The finding as JSON, with keys in a fixed order: `kind`, `campaign`, `file`, `line`, `column`,
  /// `message`, `summary`, `count`, `expected`, then `example` for findings with a witness or an example.
  ///
  /// `line` and `column` are `null` when the finding has no location, `message` is `null` unless a message is
  /// at fault. The example carries its checkout, what was promised, what checkout did, the seed and the
  /// shrinking steps.
  ///
  /// ```json
  /// {"kind": "unreachable", "campaign": "sept-20", "file": "sept.json", "line": 12, "column": 9,
  ///  "message": "sept-email", "summary": "the message shows no code ...", "count": 1, "expected": false}
  /// ```
  package var jsonOutput: JSONOutput {
    var fields = [
      JSONField(key: "kind", value: .string(kind.rawValue)),
      JSONField(key: "campaign", value: .string(campaignID)),
      JSONField(key: "file", value: .string(file)),
      JSONField(key: "line", value: location.map { .number(String($0.line)) } ?? .null),
      JSONField(key: "column", value: location.map { .number(String($0.column)) } ?? .null),
      JSONField(key: "message", value: messageID.map(JSONOutput.string) ?? .null),
      JSONField(key: "summary", value: .string(summary)),
      JSONField(key: "count", value: .number(String(count))),
      JSONField(key: "expected", value: .bool(isExpected)),
    ]
    if let example {
      fields.append(JSONField(key: "example", value: example.jsonOutput))
    }
    return .object(fields)
  }
}

extension FindingExample {
  /// The example as JSON: `checkout` (in the checkout file format, for `promoguard evaluate`), `promised`,
  /// `actual`, `seed`, `shrinkSteps`: the same keys as the check report's examples.
  package var jsonOutput: JSONOutput {
    .object([
      JSONField(key: "checkout", value: CheckoutJSON.output(checkout)),
      JSONField(key: "promised", value: .string(promised)),
      JSONField(key: "actual", value: .string(actual)),
      JSONField(key: "seed", value: .number(String(seed))),
      JSONField(key: "shrinkSteps", value: .number(String(shrinkSteps))),
    ])
  }
}
