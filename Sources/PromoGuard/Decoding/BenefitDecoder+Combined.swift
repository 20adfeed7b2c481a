extension BenefitDecoder {
  /// A benefit written as a list: one line benefit and one shipping benefit under one code,
  /// `[{"percentOff": 20}, {"shipping": {"percentOff": 100}}]`, in either order.
  ///
  /// - Parameters:
  ///   - node: The list.
  ///   - path: Its JSON path.
  ///   - currency: The campaign's currency.
  /// - Returns: The combined benefit, or `nil` after reporting what is wrong.
  func combined(_ node: JSONNode, path: String, currency: Currency) -> Benefit? {
    let example =
      "a line benefit and a shipping benefit like [{\"percentOff\": 20}, {\"shipping\": {\"percentOff\": 100}}]"
    guard case .array(let elements) = node.value, elements.count == 2 else {
      let count = { () -> Int in
        if case .array(let elements) = node.value { return elements.count }
        return 0
      }()
      context.report(
        "a list of benefits holds exactly two — \(example) — found \(count == 1 ? "1 benefit" : "\(count) benefits"); "
          + "for one benefit write the object alone",
        at: node.position, path: path)
      return nil
    }
    var line: (benefit: Benefit, path: String)?
    var shipping: Benefit.Reward?
    var isValid = true
    for (index, element) in elements.enumerated() {
      let elementPath = JSONPathText.element(path, index)
      if case .array = element.value {
        context.report(
          "expected \(example), found a list inside the list — write the two benefits side by side",
          at: element.position, path: elementPath)
        isValid = false
        continue
      }
      guard let benefit = benefit(element, path: elementPath, currency: currency) else {
        isValid = false
        continue
      }
      switch benefit {
      case .shipping(let reward):
        guard shipping == nil else {
          context.report(
            "this list has two shipping benefits — a combined benefit is one line benefit and one "
              + "shipping benefit, like \(example); keep one of them",
            at: element.position, path: elementPath)
          isValid = false
          continue
        }
        shipping = reward
      case .gift:
        context.report(
          "a gift with purchase cannot be part of a list of benefits — give the gift its own campaign, or "
            + "write \(example)",
          at: element.position, path: elementPath)
        isValid = false
      case .combined:
        isValid = false
      default:
        if let line {
          context.report(
            "this list has two line benefits (\(line.path) and \(elementPath)) — a combined benefit is "
              + "one line benefit and one shipping benefit, like \(example); make another campaign for "
              + "the other",
            at: element.position, path: elementPath)
          isValid = false
          continue
        }
        line = (benefit, elementPath)
      }
    }
    guard isValid else { return nil }
    guard let line, let shipping else {
      context.report(
        "a list of benefits needs one line benefit and one shipping benefit, like \(example); "
          + (line == nil ? "add the line benefit" : "add the shipping benefit"),
        at: node.position, path: path)
      return nil
    }
    return .combined(lines: line.benefit, shipping: shipping)
  }
}
