import Foundation
package import PromoGuard

/// `promoguard evaluate --stream`: loads the campaigns once, then answers one JSON request a line on standard
/// input with one JSON response a line on standard output, in order, each written as soon as it is ready.
///
/// Requests are `{"id": 1, "checkout": {…}}` (optionally with `"session"` and `"step"`, which it ignores: each
/// checkout is quoted on its own); responses are `{"id": 1, "quote": {…}}` or
/// `{"id": 1, "error": {"message", "path", "line", "column"}}`. A line that cannot be read gets an error
/// response (id `null` when unknown) and the stream goes on; blank lines are skipped. See Docs/AnyCheckout.md.
package enum EvaluateStream {
  /// The longest request line by default: the checkout file limit.
  static let defaultMaximumLineBytes = InputFiles.maximumFileBytes

  /// Serves requests until the end of standard input.
  ///
  /// - Parameters:
  ///   - campaigns: The campaigns, loaded once.
  ///   - maximumLineBytes: The longest request line; a longer one gets an error response and is skipped
  ///     without being held in memory.
  ///   - io: Where requests are read and responses written.
  /// - Returns: 0 at the end of input; 2 when standard output closed early.
  static func serve(_ campaigns: CampaignSet, maximumLineBytes: Int, io: inout CommandIO) -> Int32 {
    let readChunk: () -> [UInt8]
    if let streaming = io.readInputChunk {
      readChunk = streaming
    } else {
      var whole: [UInt8]? = io.readStandardInput()
      readChunk = {
        defer { whole = nil }
        return whole ?? []
      }
    }
    var reader = LineReader(maximumLineBytes: maximumLineBytes, readChunk: readChunk)
    while let event = reader.next() {
      guard
        let response = response(
          to: event, campaigns: campaigns, maximumLineBytes: maximumLineBytes, now: io.now)
      else { continue }
      guard io.emitLine(response) else {
        io.printError("error: standard output was closed; stopped reading requests")
        return ExitCode.badInput
      }
    }
    return ExitCode.success
  }

  /// The response line to one input line, or `nil` for a blank line.
  static func response(
    to event: LineReader.Event, campaigns: CampaignSet, maximumLineBytes: Int, now: () -> Instant
  ) -> String? {
    switch event {
    case .tooLong(let lineNumber):
      return CheckoutExchange.errorLine(
        ExchangeProblem(
          id: .null,
          message:
            "the request is longer than \(maximumLineBytes) bytes and was skipped — send one "
            + "request a line, each at most \(maximumLineBytes) bytes (--max-line-bytes)",
          path: "", line: lineNumber, column: 1))
    case .line(let bytes, let lineNumber):
      return responseLine(to: bytes, lineNumber: lineNumber, campaigns: campaigns, now: now)
    }
  }

  /// The response line to one request line: decode, quote with the engine, encode (what `promoguard-bench
  /// --case stream` measures), or `nil` for a blank line.
  ///
  /// - Parameters:
  ///   - bytes: The request line, without its line break.
  ///   - lineNumber: Its number in the input, from 1.
  ///   - campaigns: The campaigns.
  ///   - now: The time of a checkout without `at`.
  /// - Returns: The response line, without a line break, or `nil`.
  package static func responseLine(
    to bytes: [UInt8], lineNumber: Int, campaigns: CampaignSet, now: () -> Instant
  ) -> String? {
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
    switch CheckoutExchange.request(bytes, lineNumber: lineNumber, now: now()) {
    case .failure(let problem):
      return CheckoutExchange.errorLine(problem)
    case .success(let request):
      do {
        return CheckoutExchange.quoteLine(
          id: request.id, quote: try campaigns.evaluate(request.checkout))
      } catch {
        return CheckoutExchange.errorLine(
          ExchangeProblem(
            id: request.id, message: error.message, path: "checkout", line: lineNumber, column: 1))
      }
    }
  }
}
