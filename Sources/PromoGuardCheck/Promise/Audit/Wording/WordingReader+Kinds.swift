extension WordingReader {
  /// Free shipping, a promotion budget or a gift with purchase starting at `index`, unless the words just
  /// before make it another offer's ("combined with our free delivery offer").
  func kindFact(at index: Int, _ lists: Lists) -> ([WordingFact], Int)? {
    let found: [(PhraseIndex<Void>, (String) -> WordingFact)] = [
      (lists.freeShipping, { .freeShipping(phrase: $0) }),
      (lists.budget, { .budget(phrase: $0) }),
      (lists.gift, { .gift(phrase: $0) }),
    ]
    for (patterns, fact) in found {
      guard let match = firstMatch(patterns, at: index) else { continue }
      let isOther = (max(0, index - 3)..<index).contains {
        phrases.otherOfferLeads.contains(tokens[$0].text)
      }
      return (isOther ? [] : [fact(written(index..<match.end))], match.end)
    }
    return nil
  }
}
