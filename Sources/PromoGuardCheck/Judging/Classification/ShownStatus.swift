import Foundation
import PromoGuard

/// What checkout showed for a campaign a checkout presented: the code results at the typed codes' places and
/// the result of the code the link entered.
struct ShownStatus {
  /// The results, typed codes first (in the order entered), then the link's.
  let results: [Quote.CodeResult]

  /// The results `quote` shows for `presentation`.
  init(_ presentation: Presentation, in quote: Quote) {
    var results = [Quote.CodeResult]()
    // The typed codes come first, in the order entered; the link's follows them.
    for index in presentation.codeIndices
    where quote.codes.indices.contains(index) && quote.codes[index].via == .typed {
      results.append(quote.codes[index])
    }
    if presentation.viaLink, let link = quote.codes.first(where: { $0.via == .link }) {
      results.append(link)
    }
    self.results = results
  }

  /// The first result that is a refusal of the campaign itself: not applied, and not a repeat (`duplicate`,
  /// `tooManyCodes`), whose statuses say nothing about the campaign.
  var firstRefusal: Quote.CodeResult? {
    results.first { result in
      switch result.status {
      case .applied, .duplicate, .tooManyCodes: return false
      default: return true
      }
    }
  }

  /// `"SEPT20"` (the code as entered, trimmed), or "the link's code".
  static func name(of result: Quote.CodeResult) -> String {
    let trimmed = result.entered.rawValue.trimmingCharacters(in: .whitespacesAndNewlines)
    return result.via == .link ? "the link's code \(trimmed)" : trimmed
  }
}
