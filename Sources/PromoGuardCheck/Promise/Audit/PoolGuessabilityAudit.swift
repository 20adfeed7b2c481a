import PromoGuard

/// A pool of unique codes some of which a stranger could guess (`leak`): too short, sequential, a dictionary
/// word with few other characters, or too regular (`CodeGuessability`).
///
/// A pool exists to give each recipient a code of their own; a code someone else can type is a discount the
/// campaign never meant to give them. Every pool campaign has a real cost — each benefit, a free shipping or
/// a dollar off included, takes money off an order a stranger places — so every pool is audited. Codes bound
/// to a customer (the pool's `customer` column) are left out: checkout refuses them to anyone else. The
/// finding stands only with its witness: a checkout where a customer the campaign admits, who was sent no
/// code, types the first guessable code and gets the discount.
///
/// ```swift
/// let finding = PoolGuessabilityAudit(audited: audited, search: search).finding()
/// ```
struct PoolGuessabilityAudit {
  /// The campaign.
  let audited: AuditedCampaign
  /// The witness search of the campaign.
  var search: WitnessSearch

  /// How many guessable codes the summary names.
  static let examples = 10

  /// The finding of one campaign, as the static audit runs it: none unless the campaign draws its codes from
  /// a pool.
  ///
  /// - Parameters:
  ///   - audited: The campaign.
  ///   - context: Its file's shared context.
  ///   - position: Its index in the file.
  ///   - file: The file.
  /// - Returns: At most one `leak` finding.
  static func findings(
    _ audited: AuditedCampaign, context: CampaignFileContext, position: Int, file: CampaignFile
  ) -> [Finding] {
    guard audited.campaign.mechanics.activation.pool != nil else { return [] }
    var audit = PoolGuessabilityAudit(
      audited: audited, search: WitnessSearch(context: context, position: position, file: file))
    return audit.finding().map { [$0] } ?? []
  }

  /// The `leak` finding of a pool campaign with guessable codes anyone could use, with its witness; `nil` for
  /// any other campaign, a pool whose free codes all pass, or when checkout refuses the stranger.
  ///
  /// - Returns: The finding, located at the first guessable code's row of the pool file.
  /// - Complexity: O(*n*·*L*) for a pool of *n* codes of at most *L* characters, plus one bounded witness
  ///   search.
  mutating func finding() -> Finding? {
    guard let pool = audited.campaign.mechanics.activation.pool, pool.count > 0 else { return nil }
    let report = CodeGuessability.assess((0..<pool.count).lazy.map { pool.code(at: $0) })
    guard report.guessableCount > 0 else { return nil }
    var free = [Int]()
    var freeCount = 0
    var counts = [Int](repeating: 0, count: CodeGuessability.Reasons.named.count)
    for (index, reasons) in report.reasons.enumerated()
    where !reasons.isEmpty && pool.customer(at: index) == nil {
      freeCount += 1
      if free.count < Self.examples { free.append(index) }
      for (place, named) in CodeGuessability.Reasons.named.enumerated()
      where reasons.contains(named.reason) {
        counts[place] += 1
      }
    }
    guard let first = free.first,
      let example = search.strangerWitness(typing: pool.code(at: first))
    else { return nil }
    let words = ["too short", "sequential", "dictionary word", "low variety"]
    let spread = zip(words, counts).filter { $0.1 > 0 }.map { "\($0.0) \(Self.grouped($0.1))" }
    let listed = free.map { "\"\(pool.code(at: $0))\" (line \(pool.line(at: $0)))" }
    let more = freeCount > free.count ? " and \(Self.grouped(freeCount - free.count)) more" : ""
    let bound = report.guessableCount - freeCount
    let boundNote =
      bound > 0
      ? "; \(Self.grouped(bound)) more are bound to a customer, so checkout refuses them to others"
      : ""
    let firstReasons = CodeGuessability.explanation(
      of: pool.code(at: first), reasons: report.reasons[first])
    var finding = Finding(
      kind: .leak, campaignID: audited.campaign.id, file: audited.file,
      location: pool.location(at: first),
      summary: "\(Self.grouped(freeCount)) of \(Self.grouped(pool.count)) codes of the pool "
        + "\(pool.file) (activation.pool) are easy to guess (\(spread.joined(separator: ", "))) and "
        + "work for anyone who types them: \(listed.joined(separator: ", "))\(more) — the first is "
        + "\(firstReasons)\(boundNote); give every recipient a long random code (promoguard codes "
        + "generate)")
    finding.example = example
    return finding
  }

  /// A count with thousands separators.
  private static func grouped(_ value: Int) -> String { CodeSpace.grouped(UInt64(max(0, value))) }
}

extension WitnessSearch {
  /// The witness of a guessable pool code: a customer the campaign admits, who was sent no code, types `code`
  /// with each searched basket; the first checkout on which the campaign gives a discount, shrunk.
  ///
  /// - Parameter code: The guessable code, as written in the pool.
  /// - Returns: The witness, or `nil` when checkout refuses the code on every checkout searched.
  mutating func strangerWitness(typing code: String) -> FindingExample? {
    let campaign = self.campaign
    guard let real = try? factory.evaluator(for: [campaign]) else { return nil }
    let stranger = profile.baselineCustomer.map { customer -> Checkout.Customer in
      var stranger = customer
      if campaign.mechanics.audience?.customers.isEmpty ?? true { stranger.id = "gen-stranger" }
      return stranger
    }
    let typings = checkouts().map { template in
      var checkout = template
      checkout.customer = stranger
      checkout.at = profile.baselineTime
      checkout.channel = profile.baselineChannel
      checkout.codes = [code]
      checkout.link = nil
      checkout.redemptionTotals = [:]
      return checkout
    }
    func shows(_ checkout: Checkout) -> ObservedFinding? {
      // The stranger types the guessed code: shrinking may not drop it.
      guard checkout.codes == [code], let quote = try? real.evaluate(checkout) else { return nil }
      guard Classifier.discount(of: campaign.id, in: quote) > 0 else { return nil }
      return ObservedFinding(
        kind: .leak, summary: "",
        promised: "nothing: the code \"\(code)\" was meant for one recipient, not for someone who "
          + "guessed it",
        actual: Self.actual(quote, for: campaign.id), told: Classifier.told(quote))
    }
    return first(in: typings, showing: shows)
  }
}
