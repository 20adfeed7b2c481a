/// Decoding a message's `"recipients": {"file": "sends/welcome-oct.csv", "columns": {...}}`.
extension CampaignDecoder {
  /// The keys of a message's recipients.
  package static let recipientsKeys = ["file", "columns"]
  /// The keys of a recipients file's `columns`.
  package static let recipientColumnKeys = ["customer", "email", "code", "sentAt"]

  /// The recipients list at `node`, its file read next to the campaign file; `nil` after reporting problems.
  func recipients(_ node: JSONNode, path: String, sentAt: Instant?, zone: Zone) -> RecipientList? {
    guard
      let reader = ObjectReader(
        node, path: path, allowed: Self.recipientsKeys,
        what: "a recipients list like {\"file\": \"sends/welcome-oct.csv\"}", context: context)
    else { return nil }
    let before = context.diagnostics.count
    let fileNode = reader.required(
      "file",
      hint: "name the CSV file the email platform exported, relative to this campaign file: "
        + "\"file\": \"sends/welcome-oct.csv\"")
    let file = fileNode.flatMap {
      context.nonEmptyString($0, path: reader.path("file"), what: "the recipients file's name")
    }
    var columns = RecipientList.Columns()
    if let columnsNode = reader.value("columns"),
      let names = RulesDecoder(context: context).columnNames(
        columnsNode, path: reader.path("columns"), keys: Self.recipientColumnKeys,
        example: "{\"customer\": \"external_id\", \"email\": \"Email\", \"code\": \"coupon\"}")
    {
      columns = RecipientList.Columns(
        customer: names["customer"] ?? columns.customer, email: names["email"] ?? columns.email,
        code: names["code"] ?? columns.code, sentAt: names["sentAt"] ?? columns.sentAt)
    }
    guard context.diagnostics.count == before, let file, let fileNode else { return nil }
    guard let companions = context.companions else {
      context.report(
        "a recipients list needs a campaign file to be named relative to — load the campaign from a file",
        at: fileNode.position, path: reader.path("file"))
      return nil
    }
    switch companions.read(file) {
    case .failure(let error):
      context.report(error.message, at: fileNode.position, path: reader.path("file"))
      return nil
    case .success(let (filePath, bytes)):
      var problems = CSVProblems()
      let list = RecipientListLoader.load(
        bytes, file: file, path: filePath, columns: columns, messageSentAt: sentAt, zone: zone,
        problems: &problems)
      context.report(problems.diagnostics(file: filePath, path: ""))
      return list
    }
  }
}
