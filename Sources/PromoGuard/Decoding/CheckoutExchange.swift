/// One request of the checkout protocol (`promoguard evaluate --stream`, `promoguard check --evaluator`): an id
/// to echo, the checkout to quote and, for journeys, the session and step it belongs to.
package struct CheckoutRequest: Sendable {
  /// The id the response echoes: a JSON string or number, exactly as written.
  package var id: JSONOutput
  /// The journey this checkout belongs to (`"j17"`), or `nil` for a checkout on its own.
  package var session: String?
  /// The checkout's step in its journey, from 1, or `nil`.
  package var step: Int64?
  /// The checkout.
  package var checkout: Checkout
}

/// A request the protocol cannot quote, located in the input: sent back as an `error` response.
package struct ExchangeProblem: Error, Sendable, Equatable {
  /// The request's id when it could be read, otherwise `null`.
  package var id: JSONOutput
  /// What is wrong and what to do.
  package var message: String
  /// The JSON path of the bad value (`checkout.lines[2].unitPrice`), empty for the whole line.
  package var path: String
  /// The 1-based line of the input stream.
  package var line: Int
  /// The 1-based column in that line.
  package var column: Int

  /// Creates a problem.
  ///
  /// - Parameters:
  ///   - id: The request's id, or `.null`.
  ///   - message: What is wrong and what to do.
  ///   - path: The JSON path, empty for the whole line.
  ///   - line: The input line, from 1.
  ///   - column: The column, from 1.
  package init(id: JSONOutput, message: String, path: String, line: Int, column: Int) {
    self.id = id
    self.message = message
    self.path = path
    self.line = line
    self.column = column
  }
}

/// What an external checkout answered to one request.
package enum ExchangeAnswer: Sendable {
  /// A quote.
  case quote(Quote)
  /// The checkout could not quote the request, and said why.
  case error(String)
}

/// Reads and writes the lines of the checkout protocol: one JSON object a line, requests
/// `{"id": 1, "checkout": {…}}` and responses `{"id": 1, "quote": {…}}` or `{"id": 1, "error": {…}}`.
///
/// See Docs/AnyCheckout.md for the protocol.
package enum CheckoutExchange {
  /// The keys a request may have.
  static let requestKeys = ["id", "checkout", "session", "step"]
  /// The keys a response may have.
  static let responseKeys = ["id", "quote", "error"]

  /// Reads one request line.
  ///
  /// - Parameters:
  ///   - bytes: The line, without its line break.
  ///   - lineNumber: The line's number in the input, from 1, for the problem's place.
  ///   - now: The time of a checkout without `at`.
  /// - Returns: The request, or the first problem (counting the others) with the id when it could be read.
  package static func request(_ bytes: [UInt8], lineNumber: Int, now: Instant) -> Result<
    CheckoutRequest, ExchangeProblem
  > {
    let root: JSONNode
    do {
      root = try JSONReader.parse(bytes)
    } catch {
      return .failure(
        ExchangeProblem(
          id: .null, message: error.message, path: "",
          line: lineNumber + error.position.line - 1, column: error.position.column))
    }
    let id = self.id(of: root)
    let context = DecodingContext(file: "<stdin>")
    var request: CheckoutRequest?
    if let reader = ObjectReader(
      root, path: "", allowed: requestKeys,
      what: "a request like {\"id\": 1, \"checkout\": {\"currency\": \"USD\", …}}", context: context
    ) {
      if let node = reader.value("id"), id == nil {
        context.report(
          "expected the request's id as a string or a number, found \(FoundValue.describe(node))",
          at: node.position, path: "id")
      } else if id == nil {
        _ = reader.required("id", hint: "give an id the response will echo, like \"id\": 1")
      }
      let session = reader.value("session").flatMap {
        context.nonEmptyString($0, path: "session", what: "the journey's session")
      }
      let step = reader.value("step").flatMap {
        context.wholeNumber($0, path: "step", what: "the step", range: 1...Int64.max)
      }
      let checkout = reader.required("checkout", hint: "give the checkout to quote").flatMap {
        CheckoutDecoder.decode($0, path: "checkout", context: context, now: now)
      }
      if let id, let checkout {
        request = CheckoutRequest(id: id, session: session, step: step, checkout: checkout)
      }
    }
    let diagnostics = context.finishedDiagnostics()
    guard let first = diagnostics.first else {
      if let request { return .success(request) }
      return .failure(
        ExchangeProblem(
          id: id ?? .null, message: "the request could not be read", path: "", line: lineNumber,
          column: 1))
    }
    let more = diagnostics.count > 1 ? " (and \(diagnostics.count - 1) more problems)" : ""
    return .failure(
      ExchangeProblem(
        id: id ?? .null, message: first.message + more, path: first.path,
        line: lineNumber + first.line - 1, column: first.column))
  }

  /// The id member of a request or response: a string or a number, or `nil`.
  static func id(of root: JSONNode) -> JSONOutput? {
    guard case .object(let object) = root.value, let member = object.first("id") else {
      return nil
    }
    switch member.value.value {
    case .string(let text): return .string(text)
    case .number(let number): return .number(number.text)
    default: return nil
    }
  }

  /// The request line for `checkout`, as the harness sends it to an external checkout.
  ///
  /// - Parameters:
  ///   - id: The id.
  ///   - checkout: The checkout, already in the checkout format.
  ///   - session: The journey's session, or `nil`.
  ///   - step: The step in the journey, or `nil`.
  /// - Returns: One line of JSON, without the line break.
  package static func requestLine(
    id: Int, checkout: JSONOutput, session: String? = nil, step: Int? = nil
  ) -> String {
    var fields = [JSONField(key: "id", value: .number(String(id)))]
    if let session { fields.append(JSONField(key: "session", value: .string(session))) }
    if let step { fields.append(JSONField(key: "step", value: .number(String(step)))) }
    fields.append(JSONField(key: "checkout", value: checkout))
    return JSONOutput.object(fields).rendered(.compact)
  }

  /// The response line with a quote.
  ///
  /// - Parameters:
  ///   - id: The request's id.
  ///   - quote: The quote.
  /// - Returns: One line of JSON, without the line break.
  package static func quoteLine(id: JSONOutput, quote: Quote) -> String {
    JSONOutput.object([
      JSONField(key: "id", value: id), JSONField(key: "quote", value: quote.jsonOutput),
    ]).rendered(.compact)
  }

  /// The response line for a request that cannot be quoted.
  ///
  /// - Parameter problem: What is wrong, and where.
  /// - Returns: One line of JSON, without the line break.
  package static func errorLine(_ problem: ExchangeProblem) -> String {
    JSONOutput.object([
      JSONField(key: "id", value: problem.id),
      JSONField(
        key: "error",
        value: .object([
          JSONField(key: "message", value: .string(problem.message)),
          JSONField(key: "path", value: .string(problem.path)),
          JSONField(key: "line", value: .number(String(problem.line))),
          JSONField(key: "column", value: .number(String(problem.column))),
        ])),
    ]).rendered(.compact)
  }

  /// Reads one response line of an external checkout.
  ///
  /// - Parameter bytes: The line, without its line break.
  /// - Returns: The id and the answer, or what is wrong with the line (with its column and JSON path).
  package static func response(_ bytes: [UInt8]) -> Result<
    (id: JSONOutput, answer: ExchangeAnswer), LoadError
  > {
    let context = DecodingContext(file: "<evaluator>")
    guard let root = context.parse(bytes) else {
      return .failure(LoadError(diagnostics: context.finishedDiagnostics()))
    }
    guard
      let reader = ObjectReader(
        root, path: "", allowed: responseKeys,
        what: "a response like {\"id\": 1, \"quote\": {…}} or {\"id\": 1, \"error\": {…}}",
        context: context)
    else { return .failure(LoadError(diagnostics: context.finishedDiagnostics())) }
    guard let id = id(of: root) else {
      _ = reader.required("id", hint: "echo the request's id")
      if let node = reader.value("id") {
        context.report(
          "expected the request's id, found \(FoundValue.describe(node))", at: node.position,
          path: "id")
      }
      return .failure(LoadError(diagnostics: context.finishedDiagnostics()))
    }
    if let error = reader.value("error") {
      var message = FoundValue.describe(error)
      if case .object(let object) = error.value, let member = object.first("message"),
        case .string(let text) = member.value.value
      {
        message = text
      } else if case .string(let text) = error.value {
        message = text
      }
      return .success((id, .error(message)))
    }
    guard let node = reader.required("quote", hint: "answer with a quote or an error") else {
      return .failure(LoadError(diagnostics: context.finishedDiagnostics()))
    }
    switch Quote.decode(node, path: "quote", file: "<evaluator>") {
    case .success(let quote): return .success((id, .quote(quote)))
    case .failure(let error): return .failure(error)
    }
  }
}
