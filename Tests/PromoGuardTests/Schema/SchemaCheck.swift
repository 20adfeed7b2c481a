import PromoGuard

/// A small validator for the subset of JSON Schema the fixture schemas use, working from the description
/// table, and a walk that finds where each object and key of the schema occurs in a document.
struct SchemaCheck: Sendable {
  var document: SchemaDocument

  /// Whether `value` is a valid document.
  func accepts(_ value: JSONOutput) -> Bool {
    accepts(value, .object(document.root))
  }

  /// Whether `value` is valid for a field of kind `kind`.
  func accepts(_ value: JSONOutput, _ kind: SchemaValue) -> Bool {
    switch (kind, value) {
    case (.text, .string): return true
    case (.nonEmptyText, .string(let text)), (.timeZone, .string(let text)):
      return !text.allSatisfy(\.isWhitespace)
    case (.campaignID, .string(let text)):
      return text.utf8.count <= 100 && (try? /[a-z0-9-]+/.wholeMatch(in: text)) != nil
    case (.oneOf(let names), .string(let text)): return names.contains(text)
    case (.boolean, .bool): return true
    case (.alwaysTrue, .bool(let flag)): return flag
    case (.integer(let range), .number(let text)): return Int64(text).map(range.contains) ?? false
    case (.money, .number), (.percentage, .number): return true
    case (.money, .string(let text)), (.percentage, .string(let text)):
      return (try? /-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/.wholeMatch(in: text)) != nil
    case (.currency, .string(let text)): return Currency.allCurrencies.contains { $0.code == text }
    case (.timestamp, .string(let text)):
      return (try? /[0-9]{4}-[0-9]{2}-[0-9]{2}.*/.wholeMatch(in: text)) != nil
    case (.list(let element, let allowsEmpty), .array(let items)):
      return (allowsEmpty || !items.isEmpty) && items.allSatisfy { accepts($0, element) }
    case (.object(let name), .object(let fields)):
      guard let object = document.object(name) else { return false }
      return accepts(fields, object)
    case (.counts, .object(let fields)):
      return fields.allSatisfy { field in
        if case .number(let text) = field.value, let count = Int64(text) { return count >= 0 }
        return false
      }
    case (.nullable, .null): return true
    case (.nullable(let wrapped), _): return accepts(value, wrapped)
    case (.anyOf(let kinds), _): return kinds.contains { accepts(value, $0) }
    case (.amounts, .object(let fields)):
      return fields.allSatisfy { accepts($0.value, .money) && !isNegative($0.value) }
    default: return false
    }
  }

  private func accepts(_ fields: [JSONField], _ object: SchemaObject) -> Bool {
    let keys = fields.map(\.key)
    guard Set(keys).count == keys.count else { return false }
    for field in fields {
      guard let property = object.property(field.key), accepts(field.value, property.value) else {
        return false
      }
    }
    guard object.required.allSatisfy(keys.contains) else { return false }
    for (key, needs) in object.dependentRequired where keys.contains(key) {
      guard needs.allSatisfy(keys.contains) else { return false }
    }
    if !object.exactlyOneOf.isEmpty {
      guard object.exactlyOneOf.filter(keys.contains).count == 1 else { return false }
    }
    if !object.alsoExactlyOneOf.isEmpty {
      guard object.alsoExactlyOneOf.filter(keys.contains).count == 1 else { return false }
    }
    return true
  }

  /// Whether an amount is written with a minus sign.
  private func isNegative(_ value: JSONOutput) -> Bool {
    switch value {
    case .string(let text), .number(let text): return text.hasPrefix("-")
    default: return false
    }
  }

  /// Every key of a schema object written in `value`, where it is written, in document order.
  func occurrences(in value: JSONOutput) -> [(object: String, key: String, path: JSONPath)] {
    var found = [(object: String, key: String, path: JSONPath)]()
    walk(value, .object(document.root), path: JSONPath()) { object, key, path in
      if let key { found.append((object, key, path)) }
    }
    return found
  }

  /// Every object of the schema in `value`, where it is, in document order.
  func objects(in value: JSONOutput) -> [(object: String, path: JSONPath)] {
    var found = [(object: String, path: JSONPath)]()
    walk(value, .object(document.root), path: JSONPath()) { object, key, path in
      if key == nil { found.append((object, path)) }
    }
    return found
  }

  private func walk(
    _ value: JSONOutput, _ kind: SchemaValue, path: JSONPath,
    visit: (String, String?, JSONPath) -> Void
  ) {
    switch (kind, value) {
    case (.object(let name), .object(let fields)):
      guard let object = document.object(name) else { return }
      visit(name, nil, path)
      for field in fields {
        let fieldPath = path.appending(.key(field.key))
        visit(name, field.key, fieldPath)
        if let property = object.property(field.key) {
          walk(field.value, property.value, path: fieldPath, visit: visit)
        }
      }
    case (.list(let element, _), .array(let items)):
      for (index, item) in items.enumerated() {
        walk(item, element, path: path.appending(.index(index)), visit: visit)
      }
    case (.nullable(let wrapped), _):
      walk(value, wrapped, path: path, visit: visit)
    case (.anyOf(let kinds), _):
      if let kind = kinds.first(where: { accepts(value, $0) }) {
        walk(value, kind, path: path, visit: visit)
      }
    default:
      return
    }
  }
}

/// A place in a JSON document.
struct JSONPath: Sendable {
  /// One step: a member or an element.
  enum Step: Sendable {
    case key(String)
    case index(Int)
  }

  var steps: [Step] = []

  func appending(_ step: Step) -> JSONPath { JSONPath(steps: steps + [step]) }

  /// The path as diagnostics write it: `campaigns[0].benefit`.
  var text: String {
    steps.reduce(into: "") { text, step in
      switch step {
      case .key(let key): text = text.isEmpty ? key : "\(text).\(key)"
      case .index(let index): text += "[\(index)]"
      }
    }
  }

  /// `document` with the value at this path changed by `change`.
  func replacing(in document: JSONOutput, _ change: (JSONOutput) -> JSONOutput) -> JSONOutput {
    Self.replacing(in: document, steps[...], change)
  }

  private static func replacing(
    in value: JSONOutput, _ steps: ArraySlice<Step>, _ change: (JSONOutput) -> JSONOutput
  ) -> JSONOutput {
    guard let step = steps.first else { return change(value) }
    let rest = steps.dropFirst()
    switch (step, value) {
    case (.key(let key), .object(var fields)):
      if let index = fields.firstIndex(where: { $0.key == key }) {
        fields[index].value = replacing(in: fields[index].value, rest, change)
      }
      return .object(fields)
    case (.index(let index), .array(var items)) where items.indices.contains(index):
      items[index] = replacing(in: items[index], rest, change)
      return .array(items)
    default:
      return value
    }
  }
}
