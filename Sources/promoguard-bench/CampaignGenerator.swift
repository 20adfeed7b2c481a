/// Writes campaign files as JSON text in memory, so the benchmark loads them through the real path: bytes,
/// `CampaignSet(sources:)`, decoding, checking and compiling.
///
/// Campaigns vary deterministically (a `SplitMix64` seeded by the caller): ids, codes, target categories,
/// benefits (percentages, amounts, buy/get, tiers, fixed prices, shipping), conditions, audiences, channels,
/// windows in other time zones, caps, limits and stacking. One of the coded campaigns, the **measured**
/// campaign, takes 20% off the `outerwear` lines: that is the code every evaluation case enters.
struct CampaignGenerator {
  /// The category the measured campaign targets.
  static let measuredCategory = "outerwear"
  /// Other categories, for the campaigns that are loaded but not entered.
  static let categories = [
    "knitwear", "footwear", "accessories", "home", "kitchen", "garden", "toys", "books", "beauty",
    "sports", "electronics", "grocery", "stationery", "jewellery", "lighting", "outerwear",
  ]
  /// Letters for the random part of codes (no I, L, O, 0, 1, which customers confuse).
  private static let codeAlphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")

  /// The generator's random source.
  private var random: SplitMix64

  /// Creates a generator.
  ///
  /// - Parameter seed: The seed; the same seed writes the same files.
  init(seed: UInt64) {
    self.random = SplitMix64(seed: seed)
  }

  /// A file of coded campaigns, one of which (the one in the middle) is the measured campaign.
  ///
  /// - Parameter count: How many coded campaigns, at least 1.
  /// - Returns: The campaigns' JSON objects, the measured campaign's id and its code, and every campaign's
  ///   code (by index).
  mutating func codedCampaigns(count: Int) -> (
    campaigns: [String], measuredID: String, code: String, codes: [String]
  ) {
    let measured = count / 2
    var campaigns = [String]()
    campaigns.reserveCapacity(count)
    var codes = [String]()
    codes.reserveCapacity(count)
    var measuredID = ""
    var measuredCode = ""
    for index in 0..<count {
      let id = "bench-code-\(Self.padded(index, width: 6))"
      let code = makeCode(index)
      codes.append(code)
      if index == measured {
        measuredID = id
        measuredCode = code
        campaigns.append(
          """
          {"id": "\(id)", "name": "20% off outerwear", "currency": "USD",
           "starts": "2026-01-01T00:00:00", "ends": "2027-01-01T00:00:00",
           "activation": {"codes": ["\(code)"]},
           "target": {"include": {"categories": ["\(Self.measuredCategory)"]}},
           "benefit": {"percentOff": 20}}
          """)
      } else {
        campaigns.append(codedVariant(index, id: id, code: code))
      }
    }
    return (campaigns, measuredID, measuredCode, codes)
  }

  /// The index of the measured campaign among `count` coded campaigns.
  ///
  /// - Parameter count: How many coded campaigns, at least 1.
  /// - Returns: Its index.
  static func measuredIndex(count: Int) -> Int { count / 2 }

  /// The indices of `extra` coded campaigns entered next to the measured code in `codes-10`.
  ///
  /// They are the next ones after it that are not exclusive. They rank after the measured campaign (same priority, later id), so
  /// the measured campaign's discount stays the floor's; some apply, some are refused (conditions, audience,
  /// nothing to discount).
  ///
  /// - Parameters:
  ///   - extra: How many other codes.
  ///   - count: How many coded campaigns are loaded.
  /// - Returns: Their indices, ascending.
  static func otherEnteredIndices(_ extra: Int, count: Int) -> [Int] {
    var indices = [Int]()
    var index = measuredIndex(count: count) + 1
    while indices.count < extra && index < count {
      if index % 8 != 7 { indices.append(index) }  // shape 7 is exclusive and could beat the stack
      index += 1
    }
    return indices
  }

  /// Automatic campaigns of which only every 25th applies to the benchmark's checkouts (5% off `home`
  /// lines, disjoint from the measured campaign's lines); the others fail on different grounds: an ended or
  /// future window, another channel, an audience the customer is not in, a target the basket lacks, or a
  /// minimum spend the basket does not reach.
  ///
  /// - Parameter count: How many automatic campaigns.
  /// - Returns: The campaigns' JSON objects.
  func automaticCampaigns(count: Int) -> [String] {
    (0..<count).map { index in
      let head = """
        {"id": "bench-auto-\(Self.padded(index, width: 3))", "name": "Automatic offer \(index)",
         "currency": "USD", "activation": {"automatic": true},
        """
      if index % 25 == 0 {
        return head
          + """
           "target": {"include": {"categories": ["home"]}}, "benefit": {"percentOff": 5}}
          """
      }
      let category = Self.categories[index % Self.categories.count]
      switch index % 6 {
      case 0:
        return head
          + """
           "starts": "2025-01-01", "ends": "2025-02-01", "benefit": {"percentOff": 10}}
          """
      case 1:
        return head
          + """
           "timeZone": "America/New_York", "starts": "2027-06-01T09:00:00",
           "benefit": {"amountOff": "10.00"}}
          """
      case 2:
        return head
          + """
           "channels": ["store"], "benefit": {"percentOff": 15}}
          """
      case 3:
        return head
          + """
           "target": {"include": {"categories": ["garden"]}},
           "benefit": {"buy": 2, "get": 1}}
          """
      case 4:
        return head
          + """
           "conditions": {"minSubtotal": "50000.00"}, "benefit": {"amountOff": "100.00"}}
          """
      default:
        return head
          + """
           "audience": {"segments": ["vip"]}, "target": {"include": {"categories": ["\(category)"]}},
           "benefit": {"percentOff": 25}}
          """
      }
    }
  }

  /// Automatic campaigns of which only every 200th applies (5% off `home` lines); the others are ones an
  /// index can rule out without looking at the basket: a window that ended or has not started (each its own
  /// dates), another channel, another currency, or an audience the customer is not in.
  ///
  /// - Parameter count: How many automatic campaigns.
  /// - Returns: The campaigns' JSON objects.
  func automaticCampaignsRuledOut(count: Int) -> [String] {
    (0..<count).map { index in
      let head = """
        {"id": "bench-many-\(Self.padded(index, width: 5))", "name": "Automatic offer \(index)",
         "activation": {"automatic": true},
        """
      let day = 1 + index % 28
      let month = 1 + index % 12
      let date = "\(Self.padded(month, width: 2))-\(Self.padded(day, width: 2))"
      if index % 200 == 0 {
        return head
          + """
           "currency": "USD", "target": {"include": {"categories": ["home"]}}, "benefit": {"percentOff": 5}}
          """
      }
      switch index % 5 {
      case 0:
        return head
          + """
           "currency": "USD", "starts": "2024-\(date)", "ends": "2025-\(date)", "benefit": {"percentOff": 10}}
          """
      case 1:
        return head
          + """
           "currency": "USD", "timeZone": "America/New_York", "starts": "2027-\(date)T09:00:00",
           "benefit": {"amountOff": "10.00"}}
          """
      case 2:
        return head
          + """
           "currency": "USD", "channels": [\(index % 2 == 0 ? "\"store\"" : "\"app\", \"store\"")],
           "benefit": {"percentOff": 15}}
          """
      case 3:
        return head
          + """
           "currency": "\(index % 2 == 0 ? "EUR" : "GBP")", "benefit": {"percentOff": 20}}
          """
      default:
        return head
          + """
           "currency": "USD", "audience": {"segments": ["vip", "staff-\(index % 7)"]},
           "benefit": {"percentOff": 25}}
          """
      }
    }
  }

  /// Wraps campaign objects into a `promoguard/1` file.
  ///
  /// - Parameter campaigns: The campaigns' JSON objects.
  /// - Returns: The file's UTF-8 bytes.
  static func file(_ campaigns: [String]) -> [UInt8] {
    var text = "{\"format\": \"promoguard/1\", \"campaigns\": [\n"
    text.reserveCapacity(campaigns.reduce(64) { $0 + $1.utf8.count + 2 })
    for (index, campaign) in campaigns.enumerated() {
      if index > 0 { text += ",\n" }
      text += campaign
    }
    text += "\n]}\n"
    return Array(text.utf8)
  }

  /// A unique code: six random letters and digits, then the campaign's index in six digits, so no two codes
  /// collide even with case, spaces, dashes and underscores ignored.
  private mutating func makeCode(_ index: Int) -> String {
    var code = ""
    for _ in 0..<6 {
      let pick = Int(random.next() % UInt64(Self.codeAlphabet.count))
      code.append(Self.codeAlphabet[pick])
    }
    return code + Self.padded(index, width: 6)
  }

  /// A coded campaign that is loaded but never entered: one of eight shapes, with random amounts.
  private mutating func codedVariant(_ index: Int, id: String, code: String) -> String {
    let category = Self.categories[Int(random.next() % UInt64(Self.categories.count))]
    let percent = 5 + Int(random.next() % 46)
    let amount = 5 + Int(random.next() % 46)
    let head = """
      {"id": "\(id)", "name": "Offer \(index)", "currency": "USD", "activation": {"codes": ["\(code)"]},
      """
    switch index % 8 {
    case 0:
      return head
        + """
         "target": {"include": {"categories": ["\(category)"]}}, "benefit": {"percentOff": \(percent)}}
        """
    case 1:
      return head
        + """
         "conditions": {"minSubtotal": "\(amount * 3).00"}, "benefit": {"amountOff": "\(amount).00"}}
        """
    case 2:
      return head
        + """
         "target": {"include": {"categories": ["\(category)"]}, "exclude": {"tags": ["clearance"]}},
         "benefit": {"buy": 2, "get": 1, "percentOff": \(percent)}}
        """
    case 3:
      return head
        + """
         "benefit": {"tiers": [{"minSubtotal": "50.00", "percentOff": 10},
                               {"minSubtotal": "100.00", "percentOff": \(percent)},
                               {"minSubtotal": "250.00", "amountOff": "\(amount * 2).00"}]}}
        """
    case 4:
      return head
        + """
         "target": {"include": {"skus": ["SKU-\(index % 200)", "SKU-\((index + 7) % 200)"]}},
         "benefit": {"fixedPrice": "\(amount).00", "quantity": 3}, "maxItems": 6}
        """
    case 5:
      return head
        + """
         "conditions": {"minSubtotal": "75.00", "minQuantity": 2},
         "benefit": {"shipping": {"percentOff": 100}}}
        """
    case 6:
      return head
        + """
         "audience": {"segments": ["vip", "email-subscribers"]},
         "limits": {"total": 5000, "perCustomer": 1}, "conditions": {"firstOrder": true},
         "benefit": {"percentOff": \(percent)}, "rounding": "halfEven"}
        """
    default:
      return head
        + """
         "timeZone": "Europe/London", "starts": "2026-03-01T09:00:00", "ends": "2026-12-24",
         "channels": ["app", "web"], "maxDiscount": "\(amount).00",
         "stacking": {"exclusive": true, "priority": \(index % 5)},
         "benefit": {"percentOff": \(percent)}}
        """
    }
  }

  /// A non-negative number with leading zeros.
  ///
  /// - Parameters:
  ///   - value: The number.
  ///   - width: The least number of digits.
  /// - Returns: The digits.
  static func padded(_ value: Int, width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
