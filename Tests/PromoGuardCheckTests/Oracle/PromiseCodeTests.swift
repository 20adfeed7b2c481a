import Foundation
import Testing

@testable import PromoGuardCheck

/// The oracle's relaxed code form: the quick path for ASCII and full-width codes agrees with NFKC folding.
@Suite struct PromiseCodeTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var typed: String
    var expected: String
    var testDescription: String { typed.debugDescription }
  }

  static let cases: [Case] = [
    Case(typed: "SEPT-20", expected: "sept20"),
    Case(typed: " sept_20\n", expected: "sept20"),
    Case(typed: "ＳＥＰＴ２０", expected: "sept20"),  // full-width letters and digits
    Case(typed: "ＳＥＰＴ－２０", expected: "sept20"),  // full-width hyphen-minus
    Case(typed: "SEPT\u{200B}20", expected: "sept20"),  // a zero-width space (format)
    Case(typed: "SEPT\u{2212}20", expected: "sept20"),  // the minus sign
    Case(typed: "SEPT\u{3000}20", expected: "sept20"),  // an ideographic space
    Case(typed: "CAFE\u{301}", expected: "caf\u{E9}"),  // a combining accent composes under NFKC
    Case(typed: "ＣＡＦＥ\u{301}", expected: "caf\u{E9}"),
    Case(typed: "ÉTÉ-25", expected: "\u{E9}t\u{E9}25"),
  ]

  @Test(arguments: cases) func relaxedForm(_ testCase: Case) {
    #expect(PromiseCode.relaxed(testCase.typed) == testCase.expected)
  }

  @Test func exactTrimsWhiteSpaceOnly() {
    #expect(PromiseCode.exact("  Sept-20\n") == "Sept-20")
    #expect(PromiseCode.exact("SEPT20") == "SEPT20")
    #expect(PromiseCode.exact(" \t ") == "")
  }
}
