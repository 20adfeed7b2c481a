extension WordingReader {
  /// A fact of unique codes starting at `index`: single use, reuse, a life after the email, a personal or a
  /// shareable code (issue 10).
  func codeFact(at index: Int, _ lists: Lists) -> ([WordingFact], Int)? {
    if let match = firstMatch(lists.codeSingleUse, at: index) {
      return ([.codeUse(singleUse: true, phrase: written(index..<match.end))], match.end)
    }
    if let match = firstMatch(lists.codeReusable, at: index) {
      return ([.codeUse(singleUse: false, phrase: written(index..<match.end))], match.end)
    }
    if let (end, number, unit) = firstEntry(lists.codeValidFor, at: index), let number {
      let (days, o1) = unit.days.multipliedReportingOverflow(by: number)
      let (seconds, o2) = unit.seconds.multipliedReportingOverflow(by: number)
      guard !o1, !o2 else { return ([], end) }
      let duration = PromiseDuration(days: days, seconds: seconds)
      return ([.codeValidFor(duration, phrase: written(index..<end))], end)
    }
    if let match = firstMatch(lists.codePersonal, at: index) {
      return ([.codeOwner(personal: true, phrase: written(index..<match.end))], match.end)
    }
    if let match = firstMatch(lists.codeShareable, at: index) {
      return ([.codeOwner(personal: false, phrase: written(index..<match.end))], match.end)
    }
    return nil
  }
}
