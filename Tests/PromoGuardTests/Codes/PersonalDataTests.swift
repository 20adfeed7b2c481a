import Testing

@testable import PromoGuard

@Suite("Personal data is masked in reports")
struct PersonalDataTests {
  @Test(
    "An email keeps its first character and its domain",
    arguments: [
      ("jane.doe@example.com", "j***@example.com"),
      ("j@example.com", "j***@example.com"),
      ("@example.com", "***@example.com"),
      ("émile@exemple.fr", "é***@exemple.fr"),
      ("odd@name@example.com", "o***@example.com"),
      ("not-an-address", "***"),
      ("", "***"),
    ])
  func email(address: String, masked: String) {
    #expect(PersonalData.masked(email: address) == masked)
  }

  @Test(
    "A customer id keeps its first three characters; four or fewer are masked whole",
    arguments: [
      ("c-4242", "c-4***"),
      ("c-424", "c-4***"),
      ("c-42", "***"),
      ("abc", "***"),
      ("", "***"),
      ("cust_00017", "cus***"),
    ])
  func customer(id: String, masked: String) {
    #expect(PersonalData.masked(customer: id) == masked)
  }

  @Test("A recipient is named by email and customer id, masked unless shown")
  func recipient() {
    #expect(
      PersonalData.recipient(email: "jane@example.com", customer: "c-4242", shown: false)
        == "j***@example.com (c-4***)")
    #expect(
      PersonalData.recipient(email: "jane@example.com", customer: "c-4242", shown: true)
        == "jane@example.com (c-4242)")
    #expect(PersonalData.recipient(email: nil, customer: "c-4242", shown: false) == "c-4***")
    #expect(
      PersonalData.recipient(email: nil, customer: nil, shown: true) == "(no customer id or email)")
  }
}
