/// Decoding `"activation": {"pool": {...}}`: the pool's options, then its file once the campaign's
/// `codeMatching` and zone are known.
extension RulesDecoder {
  /// An activation as read from JSON: complete, or a pool whose file is read once the matching is known.
  enum DecodedActivation {
    /// Codes or automatic.
    case ready(Activation)
    /// A pool, to be read.
    case pool(PendingPool)
  }

  /// A pool's options and where they were written.
  struct PendingPool {
    /// The options.
    var options: CodePoolLoader.Options
    /// Where `file` is written.
    var position: SourcePosition
    /// The JSON path of the pool object.
    var path: String
    /// Whether `singleUse` or `validFor` was wrong (already reported): the file is still read, so its
    /// problems show in the same run, but no pool is made.
    var optionsFailed = false
  }

  /// The keys of a pool.
  package static let poolKeys = ["file", "singleUse", "validFor", "columns"]
  /// The keys of a pool's `columns`.
  package static let poolColumnKeys = ["code", "customer", "expires"]

  func poolOptions(_ node: JSONNode, path: String) -> PendingPool? {
    guard
      let reader = ObjectReader(
        node, path: path, allowed: Self.poolKeys,
        what:
          "a pool like {\"file\": \"codes/welcome.csv\", \"singleUse\": true, \"validFor\": \"P14D\"}",
        context: context)
    else { return nil }
    let before = context.diagnostics.count
    let file = reader.required(
      "file",
      hint:
        "name the CSV file of codes, relative to this campaign file: \"file\": \"codes/welcome.csv\""
    ).flatMap {
      context.nonEmptyString($0, path: reader.path("file"), what: "the pool file's name")
    }
    let singleUse = reader.value("singleUse").flatMap {
      context.bool($0, path: reader.path("singleUse"), what: "singleUse")
    }
    let validFor = reader.value("validFor").flatMap {
      duration($0, path: reader.path("validFor"))
    }
    let optionsFailed = context.diagnostics.count != before
    var columns = CodePool.Columns()
    let beforeColumns = context.diagnostics.count
    if let columnsNode = reader.value("columns"),
      let names = columnNames(
        columnsNode, path: reader.path("columns"), keys: Self.poolColumnKeys,
        example: "{\"code\": \"coupon_code\", \"customer\": \"external_id\"}")
    {
      columns = CodePool.Columns(
        code: names["code"] ?? columns.code, customer: names["customer"] ?? columns.customer,
        expires: names["expires"] ?? columns.expires)
    }
    let columnsFailed = context.diagnostics.count != beforeColumns
    // Wrong column names would make every row look wrong: then the file waits for the next run.
    guard context.diagnostics.count == before || optionsFailed && !columnsFailed, let file else {
      return nil
    }
    return PendingPool(
      options: CodePoolLoader.Options(
        file: file, singleUse: singleUse ?? true, validFor: validFor, columns: columns),
      position: reader.value("file")?.position ?? node.position, path: path,
      optionsFailed: optionsFailed)
  }

  /// Reads the pool's file; every problem in it is reported with its line and column.
  func pool(_ pending: PendingPool, matching: CodeMatching, zone: Zone) -> Activation? {
    let options = pending.options
    let filePath = JSONPathText.member(pending.path, "file")
    guard let companions = context.companions else {
      context.report(
        "a pool needs a campaign file to be named relative to — load the campaign from a file",
        at: pending.position, path: filePath)
      return nil
    }
    let cacheKey =
      "\(options.file)\u{0}\(options.singleUse)\u{0}\(options.validFor?.text ?? "")\u{0}\(options.columns)"
      + "\u{0}\(matching)\u{0}\(zone.identifier)"
    if !pending.optionsFailed, let cached = context.pools[cacheKey] { return .pool(cached) }
    switch companions.read(options.file) {
    case .failure(let error):
      context.report(error.message, at: pending.position, path: filePath)
      return nil
    case .success(let (path, bytes)):
      var problems = CSVProblems()
      let pool = CodePoolLoader.load(
        bytes, path: path, options: options, matching: matching, zone: zone, problems: &problems)
      context.report(problems.diagnostics(file: path, path: ""))
      guard let pool, !pending.optionsFailed else { return nil }
      context.pools[cacheKey] = pool
      return .pool(pool)
    }
  }

  /// An ISO 8601 duration such as `"P14D"`.
  func duration(_ node: JSONNode, path: String) -> ISODuration? {
    guard let text = context.string(node, path: path, what: "a duration like \"P14D\"") else {
      return nil
    }
    switch ISODuration.parse(text) {
    case .success(let duration):
      guard !duration.isZero else {
        context.report(
          "a duration of zero would end every code as it is sent — give the length, like \"P14D\"",
          at: node.position, path: path)
        return nil
      }
      return duration
    case .failure(let error):
      context.report(error.message, at: node.position, path: path)
      return nil
    }
  }

  /// A `columns` object: each allowed key maps to a non-empty column name; two keys may not name one column.
  func columnNames(_ node: JSONNode, path: String, keys: [String], example: String) -> [String:
    String]?
  {
    guard
      let reader = ObjectReader(
        node, path: path, allowed: keys, what: "column names like \(example)", context: context)
    else { return nil }
    var names = [String: String]()
    var byName = [String: String]()
    for key in keys {
      guard let valueNode = reader.value(key),
        let name = context.nonEmptyString(valueNode, path: reader.path(key), what: "a column name")
      else { continue }
      if let other = byName[name] {
        context.report(
          "the column \(FoundValue.quoted(name)) is already given for \"\(other)\" — each column holds one thing",
          at: valueNode.position, path: reader.path(key))
        continue
      }
      byName[name] = key
      names[key] = name
    }
    return names
  }
}
