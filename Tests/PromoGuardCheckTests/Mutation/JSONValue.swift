import Foundation
import PromoGuard

/// A campaign file as a JSON tree the mutation operators edit structurally, then write back as text.
///
/// Numbers keep their exact value (whole numbers as `Int`), so money and percentages written as strings or
/// whole numbers round-trip unchanged; objects are written with their keys sorted.
enum JSONValue: Sendable, Hashable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// A whole number.
  case integer(Int)
  /// A number with a fraction.
  case double(Double)
  /// A string.
  case string(String)
  /// A list.
  case array([JSONValue])
  /// An object.
  case object([String: JSONValue])

  /// The order objects' keys are written in.
  enum KeyOrder: Sendable {
    /// A to Z.
    case ascending
    /// Z to A.
    case descending
  }

  /// Reads a JSON text.
  ///
  /// - Parameter text: The JSON text.
  /// - Throws: The library's `JSONSyntaxError` when the text is not JSON.
  init(parsing text: String) throws {
    self.init(try JSONReader.parse(text).value)
  }

  /// The tree of a value the library's reader read: positions dropped, numbers as whole numbers when they are.
  ///
  /// - Parameter read: The value as read.
  init(_ read: PromoGuard.JSONValue) {
    switch read {
    case .null: self = .null
    case .bool(let value): self = .bool(value)
    case .number(let number):
      if let whole = number.int64Value, let value = Int(exactly: whole) {
        self = .integer(value)
      } else {
        self = .double(Double(number.text) ?? 0)
      }
    case .string(let value): self = .string(value)
    case .array(let nodes): self = .array(nodes.map { JSONValue($0.value) })
    case .object(let object):
      var members = [String: JSONValue]()
      for member in object.members { members[member.key] = JSONValue(member.value.value) }
      self = .object(members)
    }
  }

  /// The string, when this is one.
  var string: String? {
    if case .string(let value) = self { return value }
    return nil
  }

  /// The whole number, when this is one.
  var integer: Int? {
    if case .integer(let value) = self { return value }
    return nil
  }

  /// The boolean, when this is one.
  var bool: Bool? {
    if case .bool(let value) = self { return value }
    return nil
  }

  /// The list, when this is one.
  var array: [JSONValue]? {
    if case .array(let value) = self { return value }
    return nil
  }

  /// The object's members, when this is an object.
  var object: [String: JSONValue]? {
    if case .object(let value) = self { return value }
    return nil
  }

  /// The strings of a list of strings (others are skipped); empty when this is not a list.
  var strings: [String] { (array ?? []).compactMap(\.string) }

  /// The member at `key`; setting `nil` removes it, and setting on `null` makes an object.
  subscript(key: String) -> JSONValue? {
    get { object?[key] }
    set {
      var members = object ?? [:]
      members[key] = newValue
      self = .object(members)
    }
  }

  /// The value at a path of object keys, or `nil` when some key is missing.
  ///
  /// - Parameter path: The keys from here.
  /// - Returns: The value.
  func value(at path: [String]) -> JSONValue? {
    var current: JSONValue? = self
    for key in path { current = current?[key] }
    return current
  }

  /// Sets (or, with `nil`, removes) the value at a path of object keys, creating the objects on the way.
  ///
  /// - Parameters:
  ///   - path: The keys from here; not empty.
  ///   - value: The new value, or `nil` to remove it.
  mutating func set(_ path: [String], to value: JSONValue?) {
    guard let key = path.first else { return }
    if path.count == 1 {
      self[key] = value
      return
    }
    var child = self[key] ?? .null
    child.set(Array(path.dropFirst()), to: value)
    self[key] = child
  }

  /// The JSON text, objects' keys in `order`.
  ///
  /// - Parameter order: How to order objects' keys.
  /// - Returns: The text.
  func serialized(keyOrder order: KeyOrder = .ascending) -> String {
    var text = ""
    write(to: &text, order: order, indent: "")
    return text
  }

  /// Appends the JSON text, nested lines indented by two spaces more than `indent`.
  private func write(to text: inout String, order: KeyOrder, indent: String) {
    switch self {
    case .null: text += "null"
    case .bool(let value): text += value ? "true" : "false"
    case .integer(let value): text += String(value)
    case .double(let value): text += "\(value)"
    case .string(let value): text += Self.quoted(value)
    case .array(let elements):
      guard !elements.isEmpty else {
        text += "[]"
        return
      }
      text += "[\n"
      for (position, element) in elements.enumerated() {
        text += indent + "  "
        element.write(to: &text, order: order, indent: indent + "  ")
        text += position == elements.count - 1 ? "\n" : ",\n"
      }
      text += indent + "]"
    case .object(let members):
      guard !members.isEmpty else {
        text += "{}"
        return
      }
      let keys = order == .ascending ? members.keys.sorted() : members.keys.sorted(by: >)
      text += "{\n"
      for (position, key) in keys.enumerated() {
        text += indent + "  " + Self.quoted(key) + ": "
        members[key]?.write(to: &text, order: order, indent: indent + "  ")
        text += position == keys.count - 1 ? "\n" : ",\n"
      }
      text += indent + "}"
    }
  }

  /// A JSON string literal for `value`.
  private static func quoted(_ value: String) -> String {
    var text = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": text += "\\\""
      case "\\": text += "\\\\"
      case "\n": text += "\\n"
      case "\r": text += "\\r"
      case "\t": text += "\\t"
      default:
        if scalar.value < 0x20 {
          text += String(format: "\\u%04x", scalar.value)
        } else {
          text.unicodeScalars.append(scalar)
        }
      }
    }
    return text + "\""
  }
}
