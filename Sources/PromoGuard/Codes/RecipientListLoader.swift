/// Reads a recipients file into a ``RecipientList``, reporting every problem with its line and column.
enum RecipientListLoader {
  /// The list in `bytes`, or `nil` when the file has problems (all added to `problems`).
  ///
  /// - Parameters:
  ///   - bytes: The recipients file's contents.
  ///   - file: The file as written in the campaign.
  ///   - path: The path shown in locations.
  ///   - columns: The column names.
  ///   - messageSentAt: The message's `sentAt`, for rows without their own.
  ///   - zone: The campaign's zone, for send times written as local times.
  ///   - problems: Receives every problem.
  /// - Returns: The loaded file, or `nil` when it has problems.
  /// - Complexity: O(*n*) in the file's bytes.
  static func load(
    _ bytes: [UInt8], file: String, path: String, columns: RecipientList.Columns,
    messageSentAt: Instant?, zone: Zone, problems: inout CSVProblems
  ) -> RecipientList? {
    let names = [columns.customer, columns.email, columns.code, columns.sentAt]
    guard let header = CSVTable.header(of: bytes, expecting: names) else {
      problems.add(
        line: 1, column: 1,
        "expected a header line naming the columns (\(names.map { "\"\($0)\"" }.joined(separator: ", "))) — "
          + "add one, or say which columns the export uses with \"columns\"")
      return nil
    }
    let customerIndex = CSVTable.column(named: columns.customer, in: header)
    let emailIndex = CSVTable.column(named: columns.email, in: header)
    let codeIndex = CSVTable.column(named: columns.code, in: header)
    let sentAtIndex = CSVTable.column(named: columns.sentAt, in: header)
    guard customerIndex != nil || emailIndex != nil else {
      problems.add(
        line: 1, column: 1,
        "the header names neither \(FoundValue.quoted(columns.customer)) nor \(FoundValue.quoted(columns.email)) "
          + "(it has \(header.map { FoundValue.quoted($0) }.joined(separator: ", "))) — a recipients file says "
          + "who received the message; name the columns with \"columns\": {\"customer\": \"…\", \"email\": \"…\"}"
      )
      return nil
    }
    var customers = customerIndex.map { _ in PackedStrings() }
    var emails = emailIndex.map { _ in PackedStrings() }
    var codes = codeIndex.map { _ in PackedStrings() }
    var sendTimes = sentAtIndex.map { _ in [Int64]() }
    var lines: [UInt32]?
    var firstLine = 0
    var count = 0
    _ = CSVTable.read(bytes, expecting: names, allowsPlainList: false, problems: &problems) {
      row, problems in
      let hasCustomer = customerIndex.map { row.trimmedValue(at: $0) != nil } ?? false
      let hasEmail = emailIndex.map { row.trimmedValue(at: $0) != nil } ?? false
      if !hasCustomer, !hasEmail {
        problems.add(
          line: row.line, column: 1,
          "the row names no recipient: \(customerIndex == nil ? "" : "\(FoundValue.quoted(columns.customer)) ")"
            + "\(customerIndex != nil && emailIndex != nil ? "and " : "")"
            + "\(emailIndex == nil ? "" : "\(FoundValue.quoted(columns.email)) ")"
            + "\(customerIndex != nil && emailIndex != nil ? "are" : "is") empty — fill it in or remove the row"
        )
        return
      }
      if let customerIndex { row.withTrimmedBytes(at: customerIndex) { customers?.append($0) } }
      if let emailIndex { row.withTrimmedBytes(at: emailIndex) { emails?.append($0) } }
      if let codeIndex { row.withTrimmedBytes(at: codeIndex) { codes?.append($0) } }
      if let sentAtIndex {
        var sent = Int64.min
        if let text = row.trimmedValue(at: sentAtIndex) {
          switch Timestamp.parse(text, in: zone) {
          case .success(let resolved): sent = resolved.instant.microsecondsSinceEpoch
          case .failure(let error):
            problems.add(
              line: row.line(at: sentAtIndex), column: row.column(at: sentAtIndex),
              "\(FoundValue.quoted(columns.sentAt)): \(error.message)")
          }
        } else if messageSentAt == nil {
          problems.add(
            line: row.line(at: sentAtIndex), column: row.column(at: sentAtIndex),
            "the row has no send time and the message has no \"sentAt\" — fill it in, or give the message's "
              + "\"sentAt\"")
        }
        sendTimes?.append(sent)
      }
      if count == 0 { firstLine = row.line }
      if lines == nil, row.line != firstLine + count {
        lines = (0..<count).map { UInt32(firstLine + $0) }
      }
      lines?.append(UInt32(truncatingIfNeeded: row.line))
      count += 1
    }
    guard problems.isEmpty else { return nil }
    customers?.shrink()
    emails?.shrink()
    codes?.shrink()
    return RecipientList(
      file: file, path: path, columns: columns, messageSentAt: messageSentAt, count: count,
      customers: customers, emails: emails, codes: codes, sendTimes: sendTimes?.withExactCapacity(),
      lines: lines, firstLine: firstLine)
  }
}
