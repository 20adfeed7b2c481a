/// One JSON Schema document: a root object and the objects it refers to.
package struct SchemaDocument: Sendable {
  /// The name `promoguard schema` takes (`campaign`, `checkout`).
  package var name: String
  /// The schema's title.
  package var title: String
  /// What a document of this kind is.
  package var description: String
  /// The name of the root object.
  package var root: String
  /// Every object, the root first.
  package var objects: [SchemaObject]

  /// The URI of JSON Schema draft 2020-12.
  package static let draft = "https://json-schema.org/draft/2020-12/schema"

  /// The object named `name`, if the document defines it.
  package func object(_ name: String) -> SchemaObject? {
    objects.first { $0.name == name }
  }

  /// The file name under `Docs/schema/`: `campaign.schema.json`.
  package var fileName: String { "\(name).schema.json" }

  /// The schema as JSON Schema (draft 2020-12): the root object inline, the others under `$defs`.
  package var json: JSONOutput {
    var fields = [
      JSONField(key: "$schema", value: .string(Self.draft)),
      JSONField(key: "title", value: .string(title)),
    ]
    if let rootObject = object(root) {
      fields += Self.objectFields(rootObject, description: description)
    }
    let definitions = objects.filter { $0.name != root }.map {
      JSONField(key: $0.name, value: .object(Self.objectFields($0, description: $0.description)))
    }
    fields.append(JSONField(key: "$defs", value: .object(definitions)))
    return .object(fields)
  }

  /// The schema as text, pretty-printed, ending with a newline: what `promoguard schema` prints and
  /// `Docs/schema/` holds.
  package var text: String { json.rendered(.pretty) + "\n" }

  private static func objectFields(_ object: SchemaObject, description: String) -> [JSONField] {
    var fields = [
      JSONField(key: "description", value: .string(description)),
      JSONField(key: "type", value: .string("object")),
    ]
    fields.append(
      JSONField(
        key: "properties",
        value: .object(object.properties.map { JSONField(key: $0.name, value: property($0)) })))
    if !object.required.isEmpty {
      fields.append(
        JSONField(key: "required", value: .array(object.required.map(JSONOutput.string))))
    }
    if !object.dependentRequired.isEmpty {
      fields.append(
        JSONField(
          key: "dependentRequired",
          value: .object(
            object.dependentRequired.map {
              JSONField(key: $0.key, value: .array($0.needs.map(JSONOutput.string)))
            })))
    }
    if !object.exactlyOneOf.isEmpty {
      fields.append(
        JSONField(
          key: "oneOf",
          value: .array(
            object.exactlyOneOf.map {
              .object([JSONField(key: "required", value: .array([.string($0)]))])
            })))
    }
    if !object.alsoExactlyOneOf.isEmpty {
      fields.append(
        JSONField(
          key: "allOf",
          value: .array([
            .object([
              JSONField(
                key: "oneOf",
                value: .array(
                  object.alsoExactlyOneOf.map {
                    .object([JSONField(key: "required", value: .array([.string($0)]))])
                  }))
            ])
          ])))
    }
    fields.append(JSONField(key: "additionalProperties", value: .bool(false)))
    return fields
  }

  private static func property(_ property: SchemaProperty) -> JSONOutput {
    let described = [JSONField(key: "description", value: .string(property.description))]
    let examples = JSONField(
      key: "examples", value: .array(property.examples.map(JSONOutput.parsingExample)))
    return .object(described + value(property.value) + [examples])
  }

  /// The JSON Schema keywords of a kind of value.
  private static func value(_ value: SchemaValue) -> [JSONField] {
    func field(_ key: String, _ value: JSONOutput) -> JSONField {
      JSONField(key: key, value: value)
    }
    let decimal = "^-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"
    switch value {
    case .text:
      return [field("type", .string("string"))]
    case .nonEmptyText:
      return [field("type", .string("string")), field("pattern", .string("\\S"))]
    case .campaignID:
      return [
        field("type", .string("string")), field("pattern", .string("^[a-z0-9-]+$")),
        field("maxLength", .number("100")),
      ]
    case .oneOf(let names):
      return [
        field("type", .string("string")), field("enum", .array(names.map(JSONOutput.string))),
      ]
    case .boolean:
      return [field("type", .string("boolean"))]
    case .alwaysTrue:
      return [field("const", .bool(true))]
    case .integer(let range):
      return [
        field("type", .string("integer")), field("minimum", .number(String(range.lowerBound))),
        field("maximum", .number(String(range.upperBound))),
      ]
    case .money, .percentage:
      return [
        field("type", .array([.string("string"), .string("number")])),
        field("pattern", .string(decimal)),
      ]
    case .currency:
      return [
        field("type", .string("string")),
        field("enum", .array(Currency.allCurrencies.map { .string($0.code) })),
      ]
    case .timeZone:
      return [field("type", .string("string")), field("pattern", .string("\\S"))]
    case .timestamp:
      return [
        field("type", .string("string")),
        field("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}")),
      ]
    case .list(let element, let allowsEmpty):
      var fields = [field("type", .string("array")), field("items", .object(Self.value(element)))]
      if !allowsEmpty { fields.append(field("minItems", .number("1"))) }
      return fields
    case .object(let name):
      return [field("$ref", .string("#/$defs/\(name)"))]
    case .counts:
      return [
        field("type", .string("object")),
        field(
          "additionalProperties",
          .object([field("type", .string("integer")), field("minimum", .number("0"))])),
      ]
    case .anyOf(let kinds):
      return [field("anyOf", .array(kinds.map { .object(Self.value($0)) }))]
    case .nullable(let wrapped):
      return [
        field(
          "anyOf",
          .array([.object(Self.value(wrapped)), .object([field("type", .string("null"))])]))
      ]
    case .amounts:
      return [
        field("type", .string("object")),
        field("additionalProperties", .object(Self.value(.money))),
      ]
    }
  }
}

extension JSONOutput {
  /// The value written as JSON text in `text`; the text itself, as a string, if it is not valid JSON
  /// (the schema tests check every example parses).
  ///
  /// - Parameter text: An example written as JSON.
  /// - Returns: The value.
  package static func parsingExample(_ text: String) -> JSONOutput {
    guard let node = try? JSONReader.parse(text) else { return .string(text) }
    return JSONOutput(node)
  }

  /// The value of a parsed node, its numbers kept as written and its members in order.
  ///
  /// - Parameter node: A parsed JSON value.
  package init(_ node: JSONNode) {
    switch node.value {
    case .null: self = .null
    case .bool(let flag): self = .bool(flag)
    case .number(let number): self = .number(number.text)
    case .string(let text): self = .string(text)
    case .array(let elements): self = .array(elements.map(JSONOutput.init))
    case .object(let object):
      self = .object(object.members.map { JSONField(key: $0.key, value: JSONOutput($0.value)) })
    }
  }
}
