/// The kind of value a field of a campaign file or a checkout takes, as the decoder reads it.
///
/// One case per way the decoders read a value, so the JSON Schema of a field and the test that holds the
/// schema to the decoder describe the same thing.
package indirect enum SchemaValue: Sendable {
  /// Any string.
  case text
  /// A string with at least one character.
  case nonEmptyText
  /// A campaign id: `[a-z0-9-]+`, at most 100 characters.
  case campaignID
  /// One of these strings.
  case oneOf([String])
  /// `true` or `false`.
  case boolean
  /// Exactly `true`.
  case alwaysTrue
  /// A whole JSON number in this range.
  case integer(ClosedRange<Int64>)
  /// An amount of money: a decimal string ("12.50") or a JSON number.
  case money
  /// A percentage: a decimal string ("12.5") or a JSON number, more than 0, at most 100.
  case percentage
  /// An ISO 4217 currency code.
  case currency
  /// An IANA time zone name.
  case timeZone
  /// A date and time, with or without an offset.
  case timestamp
  /// A list of values of one kind.
  case list(of: SchemaValue, allowsEmpty: Bool)
  /// One of the objects of the schema, by its name.
  case object(String)
  /// Counts by campaign id, like `{"sept-20": 3}`.
  case counts
  /// Amounts by campaign id, like `{"autumn-10": "4993.50"}`, each zero or more.
  case amounts
  /// A value of this kind, or `null`.
  case nullable(SchemaValue)
  /// A value of any of these kinds (`maxItems`: a number, or an object; a benefit: an object, or a list of a
  /// line and a shipping benefit).
  case anyOf([SchemaValue])
}

/// One key of an object: its name, the kind of its value, what it means and examples of it.
package struct SchemaProperty: Sendable {
  /// The key.
  package var name: String
  /// The kind of value.
  package var value: SchemaValue
  /// What the field means, for an editor's hover text.
  package var description: String
  /// Examples of the value, each written as JSON text.
  package var examples: [String]

  /// Creates a property.
  ///
  /// - Parameters:
  ///   - name: The key.
  ///   - value: The kind of value.
  ///   - description: What the field means.
  ///   - examples: Examples of the value, each written as JSON text.
  package init(_ name: String, _ value: SchemaValue, _ description: String, examples: [String]) {
    self.name = name
    self.value = value
    self.description = description
    self.examples = examples
  }
}

/// One kind of object: its keys, which of them are required, and which go together.
package struct SchemaObject: Sendable {
  /// The name under which the schema defines it (`#/$defs/NAME`).
  package var name: String
  /// What the object is.
  package var description: String
  /// Its keys, in the order the format lists them.
  package var properties: [SchemaProperty]
  /// The keys that must be present.
  package var required: [String]
  /// Keys that need others: `quantity` needs `fixedPrice`.
  package var dependentRequired: [(key: String, needs: [String])]
  /// Keys of which exactly one must be present (`codes` or `automatic`), or empty.
  package var exactlyOneOf: [String]
  /// A second group of keys of which exactly one must be present (a tier's `minSubtotal` or `minQuantity`), or
  /// empty.
  package var alsoExactlyOneOf: [String]

  /// Creates an object.
  ///
  /// - Parameters:
  ///   - name: The name under which the schema defines it.
  ///   - description: What the object is.
  ///   - required: The keys that must be present.
  ///   - dependentRequired: Keys that need others.
  ///   - exactlyOneOf: Keys of which exactly one must be present.
  ///   - alsoExactlyOneOf: A second such group.
  ///   - properties: Its keys.
  package init(
    _ name: String, _ description: String, required: [String] = [],
    dependentRequired: [(key: String, needs: [String])] = [], exactlyOneOf: [String] = [],
    alsoExactlyOneOf: [String] = [], properties: [SchemaProperty]
  ) {
    self.name = name
    self.description = description
    self.properties = properties
    self.required = required
    self.dependentRequired = dependentRequired
    self.exactlyOneOf = exactlyOneOf
    self.alsoExactlyOneOf = alsoExactlyOneOf
  }

  /// The keys, in order.
  package var keys: [String] { properties.map(\.name) }

  /// The property named `key`, if the object has it.
  package func property(_ key: String) -> SchemaProperty? {
    properties.first { $0.name == key }
  }
}
