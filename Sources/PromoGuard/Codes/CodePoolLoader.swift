/// Reads a pool file into a ``CodePool``, reporting every problem with its line and column.
enum CodePoolLoader {
  /// What the campaign file says about the pool.
  struct Options {
    /// The file as written.
    var file: String
    /// Each code redeems once.
    var singleUse: Bool
    /// The per-recipient window.
    var validFor: ISODuration?
    /// The column names.
    var columns: CodePool.Columns
  }

  /// The most characters in a code, as for codes written in the campaign file.
  static let maximumCodeLength = 64

  /// The pool in `bytes`, or `nil` when the file has problems (all added to `problems`).
  ///
  /// - Parameters:
  ///   - bytes: The pool file's contents.
  ///   - path: The path shown in locations.
  ///   - options: The campaign's pool options.
  ///   - matching: The campaign's `codeMatching`.
  ///   - zone: The campaign's zone, for `expires` written as local times.
  ///   - problems: Receives every problem.
  /// - Returns: The loaded file, or `nil` when it has problems.
  /// - Complexity: O(*n*) in the file's bytes.
  static func load(
    _ bytes: [UInt8], path: String, options: Options, matching: CodeMatching, zone: Zone,
    problems: inout CSVProblems
  ) -> CodePool? {
    let columns = options.columns
    let names = [columns.code, columns.customer, columns.expires]
    let header = CSVTable.header(of: bytes, expecting: names)
    var codeIndex = 0
    var customerIndex: Int?
    var expiresIndex: Int?
    if let header {
      guard let index = CSVTable.column(named: columns.code, in: header) else {
        let hint =
          NearestName.suggestion(for: columns.code, among: header).map {
            " — did you mean \"\($0)\"? "
          }
          ?? " — "
        problems.add(
          line: 1, column: 1,
          "the header has no column \(FoundValue.quoted(columns.code)) for the codes (it has "
            + "\(header.map { FoundValue.quoted($0) }.joined(separator: ", ")))\(hint)name the code column "
            + "with \"columns\": {\"code\": \"…\"}")
        return nil
      }
      codeIndex = index
      customerIndex = CSVTable.column(named: columns.customer, in: header)
      expiresIndex = CSVTable.column(named: columns.expires, in: header)
    }
    var codes = PackedStrings()
    var customers = customerIndex.map { _ in PackedStrings() }
    var expiries = expiresIndex.map { _ in [Int64]() }
    var lines: [UInt32]?
    var firstLine = 0
    var codeColumns: [UInt32]?
    _ = CSVTable.read(bytes, expecting: names, allowsPlainList: true, problems: &problems) {
      row, problems in
      let isValid = row.withTrimmedBytes(at: codeIndex) { code -> Bool in
        guard !code.isEmpty else {
          problems.add(
            line: row.line(at: codeIndex), column: row.column(at: codeIndex),
            "expected a code, found an empty \(header == nil ? "line" : "field") — fill it in or remove the row"
          )
          return false
        }
        // Characters are counted from the bytes (every byte but UTF-8 continuation bytes): no string is built.
        let scalars = code.reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        guard scalars <= maximumCodeLength else {
          problems.add(
            line: row.line(at: codeIndex), column: row.column(at: codeIndex),
            "the code is \(scalars) characters long — codes are at most \(maximumCodeLength)")
          return false
        }
        let hasKey = CodeLookupKey.withKey(of: code, matching: matching) { !$0.isEmpty }
        guard hasKey else {
          problems.add(
            line: row.line(at: codeIndex), column: row.column(at: codeIndex),
            "the code \(FoundValue.quoted(String(decoding: code, as: UTF8.self))) has no letters or digits — "
              + "customers could not type it")
          return false
        }
        codes.append(code)
        return true
      }
      guard isValid else { return }
      if let customerIndex {
        row.withTrimmedBytes(at: customerIndex) { customers?.append($0) }
      }
      if let expiresIndex {
        var end = Int64.min
        if let text = row.trimmedValue(at: expiresIndex) {
          switch Timestamp.parse(text, in: zone) {
          case .success(let resolved): end = resolved.instant.microsecondsSinceEpoch
          case .failure(let error):
            problems.add(
              line: row.line(at: expiresIndex), column: row.column(at: expiresIndex),
              "\(FoundValue.quoted(columns.expires)): \(error.message)")
          }
        }
        expiries?.append(end)
      }
      let index = codes.count - 1
      if index == 0 { firstLine = row.line }
      if lines == nil, row.line != firstLine + index {
        lines = (0..<index).map { UInt32(firstLine + $0) }
      }
      lines?.append(UInt32(truncatingIfNeeded: row.line))
      // Columns are kept only once a code is not in column 1.
      let column = row.column(at: codeIndex)
      if codeColumns == nil, column != 1 { codeColumns = [UInt32](repeating: 1, count: index) }
      codeColumns?.append(UInt32(truncatingIfNeeded: column))
    }
    if codes.count == 0, problems.isEmpty {
      problems.add(line: 1, column: 1, "the pool file has no codes — add one code a line")
    }
    codes.shrink()
    customers?.shrink()
    let pool = CodePool(
      file: options.file, path: path, singleUse: options.singleUse, validFor: options.validFor,
      columns: columns, matching: matching, codes: codes, customers: customers,
      expiries: expiries?.withExactCapacity(), lines: lines?.withExactCapacity(),
      firstLine: firstLine,
      codeColumns: codeColumns?.withExactCapacity()
    ) { index, earlier in
      let line = lines.map { Int($0[index]) } ?? firstLine + index
      let earlierLine = lines.map { Int($0[earlier]) } ?? firstLine + earlier
      problems.add(
        line: line, column: codeColumns.map { Int($0[index]) } ?? 1,
        matching == .relaxed
          ? "the code \(FoundValue.quoted(codes.string(at: index))) is the same to checkout as "
            + "\(FoundValue.quoted(codes.string(at: earlier))) on line \(earlierLine) (case, spaces, dashes and "
            + "underscores are ignored) — remove one"
          : "the code \(FoundValue.quoted(codes.string(at: index))) is already on line \(earlierLine) — remove one"
      )
    }
    return problems.isEmpty ? pool : nil
  }
}
