import PromoGuard
import Testing

@Suite struct ArithmeticErrorTests {
  @Test func descriptionSaysWhatWentWrong() {
    #expect(
      ArithmeticError.overflow.description
        == "arithmetic overflow: the exact result does not fit the integer type")
    #expect(ArithmeticError.divisionByZero.description == "division by zero")
  }

  @Test func errorsCompareByKind() {
    #expect(ArithmeticError(kind: .overflow) == .overflow)
    #expect(ArithmeticError(kind: .divisionByZero) == .divisionByZero)
    #expect(ArithmeticError.overflow != .divisionByZero)
    #expect(ArithmeticError.overflow.kind == .overflow)
  }
}
