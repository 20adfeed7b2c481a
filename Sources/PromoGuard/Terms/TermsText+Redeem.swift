extension TermsText {
  /// How to redeem: the codes or automatic, the links that enter a code, and exact matching.
  static func redeemLines(_ rules: Rules, messages: [Message]) -> [String] {
    let codes: [String]
    switch rules.activation {
    case .automatic: return ["Applied automatically at checkout; no code needed."]
    case .pool(let pool):
      return poolLines(
        singleUse: pool.singleUse, validFor: pool.validFor, isBound: pool.hasCustomers)
    case .codes(let written): codes = written
    }
    var line: String
    switch codes.count {
    case 1: line = "To redeem, enter the code \(codes.joined()) at checkout"
    case 2...maximumListed:
      line = "To redeem, enter one of the codes \(EnglishList.joined(codes, "or")) at checkout"
    default:
      line =
        "To redeem, enter the code you were given at checkout (one of "
        + "\(EnglishList.number(Int64(codes.count))) codes)"
    }
    let keys = Set(codes.map(CodeKey.relaxed))
    var channels = [String]()
    for message in messages {
      guard let applied = message.link?.appliesCode, keys.contains(CodeKey.relaxed(applied)),
        !channels.contains(message.channel)
      else { continue }
      channels.append(message.channel)
    }
    if !channels.isEmpty {
      line += ", or follow the link in the \(EnglishList.joined(channels.sorted(), "or"))"
    }
    var lines = [line + "."]
    if rules.codeMatching == .exact {
      lines.append("Enter the code exactly as shown: upper and lower case matter.")
    }
    return lines
  }
}
