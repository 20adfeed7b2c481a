import PromoGuard

/// Compares two JSON trees value by value, ignoring the keys a comparison leaves out.
enum JSONDifference {
  /// Every place where `actual` differs from `expected`, as `path: expected …, found …` lines.
  ///
  /// Objects are compared by key (order does not matter), lists element by element, numbers by their text,
  /// strings exactly. Keys in `ignoredKeys` are skipped at every depth, on both sides.
  ///
  /// - Parameters:
  ///   - expected: The expected tree.
  ///   - actual: The tree produced.
  ///   - ignoredKeys: Keys not compared.
  ///   - path: The JSON path of the two nodes, for the report.
  /// - Returns: The differences; empty when the trees agree.
  static func differences(
    expected: JSONNode, actual: JSONNode, ignoredKeys: Set<String> = ["message"], path: String = "$"
  ) -> [String] {
    switch (expected.value, actual.value) {
    case (.object(let left), .object(let right)):
      var found = [String]()
      let leftKeys = left.members.map(\.key).filter { !ignoredKeys.contains($0) }
      let rightKeys = right.members.map(\.key).filter { !ignoredKeys.contains($0) }
      for key in leftKeys where !rightKeys.contains(key) {
        found.append("\(path).\(key): expected this key, the quote has none")
      }
      for key in rightKeys where !leftKeys.contains(key) {
        found.append(
          "\(path).\(key): not expected, the quote has \(render(right.first(key)?.value))")
      }
      for key in leftKeys {
        if let leftValue = left.first(key)?.value, let rightValue = right.first(key)?.value {
          found += differences(
            expected: leftValue, actual: rightValue, ignoredKeys: ignoredKeys,
            path: "\(path).\(key)")
        }
      }
      return found
    case (.array(let left), .array(let right)):
      guard left.count == right.count else {
        return ["\(path): expected \(left.count) elements, found \(right.count): \(render(actual))"]
      }
      return zip(left, right).enumerated().flatMap { index, pair in
        differences(
          expected: pair.0, actual: pair.1, ignoredKeys: ignoredKeys, path: "\(path)[\(index)]")
      }
    case (.number(let left), .number(let right)):
      return left.text == right.text ? [] : mismatch(path, expected, actual)
    case (.string(let left), .string(let right)):
      return left == right ? [] : mismatch(path, expected, actual)
    case (.bool(let left), .bool(let right)):
      return left == right ? [] : mismatch(path, expected, actual)
    case (.null, .null):
      return []
    default:
      return mismatch(path, expected, actual)
    }
  }

  private static func mismatch(_ path: String, _ expected: JSONNode, _ actual: JSONNode) -> [String]
  {
    ["\(path): expected \(render(expected)), found \(render(actual))"]
  }

  /// A short rendering of a value for reports.
  private static func render(_ node: JSONNode?) -> String {
    guard let node else { return "nothing" }
    switch node.value {
    case .null: return "null"
    case .bool(let value): return String(value)
    case .number(let number): return number.text
    case .string(let text): return "\"\(text)\""
    case .array(let elements):
      return "[" + elements.map { render($0) }.joined(separator: ", ") + "]"
    case .object(let object):
      return "{"
        + object.members.map { "\"\($0.key)\": \(render($0.value))" }.joined(separator: ", ")
        + "}"
    }
  }
}
