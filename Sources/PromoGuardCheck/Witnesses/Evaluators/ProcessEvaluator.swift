import Foundation
package import PromoGuard

/// The external checkouts of one run.
///
/// They are started on demand, one per thread that needs one, reused, and stopped at the end. After the first `EvaluatorFailure` every request fails at once, so a broken evaluator never makes the
/// run wait for the rest of its scenarios.
package final class EvaluatorPool: @unchecked Sendable {
  // Safe: every stored property below `lock` is read and written only while `lock` is held; the processes
  // themselves are used by one thread at a time (see `EvaluatorProcess`).
  /// The command line that starts one external checkout.
  package let command: String
  /// How long one request may take.
  package let timeout: Duration
  /// How many requests one process may have in flight (`--evaluator-window`; 1: one at a time).
  package let window: Int
  /// The window when none is given.
  package static let defaultWindow = 16
  private let lock = NSLock()
  private var idle: [EvaluatorProcess] = []
  private var started: [EvaluatorProcess] = []
  private var firstFailure: EvaluatorFailure?
  private var nextSession = 0
  private var requests = 0
  private var refusedStatuses = 0

  /// Creates the pool; nothing starts until the first request.
  ///
  /// - Parameters:
  ///   - command: The command, run with `/bin/sh -c`.
  ///   - timeout: The longest wait for one response.
  ///   - window: How many requests one process may have in flight.
  package init(command: String, timeout: Duration, window: Int = defaultWindow) {
    self.command = command
    self.timeout = timeout
    self.window = max(1, window)
  }

  /// The first failure, if an external checkout failed.
  package var failure: EvaluatorFailure? {
    lock.withLock { firstFailure }
  }

  /// How many requests were answered, and how many code results among them said only `"refused"`.
  package var counts: (requests: Int, refusedStatuses: Int) {
    lock.withLock { (requests, refusedStatuses) }
  }

  /// A new journey session name, `j1`, `j2`, ….
  func session() -> String {
    lock.withLock {
      nextSession += 1
      return "j\(nextSession)"
    }
  }

  /// Runs `body` with a process of its own, started if none is idle, and takes it back afterwards.
  ///
  /// - Throws: The failure of this or an earlier request; `EvaluatorRefusal` from `body` passes through and
  ///   leaves the process in use.
  func withProcess<Result>(_ body: (EvaluatorProcess) throws -> Result) throws -> Result {
    let reserved: EvaluatorProcess? = try lock.withLock {
      if let firstFailure { throw firstFailure }
      return idle.popLast()
    }
    let process: EvaluatorProcess
    if let reserved {
      process = reserved
    } else {
      do {
        process = try EvaluatorProcess(command: command)
      } catch {
        record(error)
        throw error
      }
      lock.withLock { started.append(process) }
    }
    do {
      let result = try body(process)
      lock.withLock { idle.append(process) }
      return result
    } catch let failure as EvaluatorFailure {
      record(failure)
      throw failure
    } catch {
      lock.withLock { idle.append(process) }
      throw error
    }
  }

  /// Counts one answered request and its `"refused"` statuses.
  func count(_ quote: Quote) {
    let refused = quote.codes.count { $0.status == .refused }
    lock.withLock {
      requests += 1
      refusedStatuses += refused
    }
  }

  private func record(_ failure: EvaluatorFailure) {
    lock.withLock {
      if firstFailure == nil { firstFailure = failure }
    }
  }

  /// Stops every process started.
  package func stopAll() {
    let all = lock.withLock {
      defer {
        started = []
        idle = []
      }
      return started
    }
    for process in all { process.stop() }
  }
}

/// An external checkout behind the evaluator interface: each checkout is a request of the protocol of
/// `promoguard evaluate --stream` (Docs/AnyCheckout.md), sent to a process of the pool.
///
/// The external checkout is configured with every campaign of the files at once, as production is, so the
/// campaigns a scenario asks for are not what it loads: see ``ProcessEvaluatorFactory``. Scenarios are sent
/// many at once through ``answers(to:)``, with the pool's window of requests in flight; shrinking, where each
/// candidate depends on the previous answer, sends one at a time through ``evaluate(_:)``.
package struct ProcessEvaluator: PipelinedCheckoutEvaluator {
  /// The processes.
  package let pool: EvaluatorPool

  /// The pool's window.
  package var window: Int { pool.window }

  /// A new session name from the pool.
  ///
  /// - Returns: `j1`, `j2`, ….
  package func newSession() -> String {
    pool.session()
  }

  /// Sends the requests on one process, the pool's window in flight, and reads the answers in order.
  ///
  /// - Parameter requests: The requests.
  /// - Returns: Each quote, or an `EvaluatorRefusal` for an `error` response.
  /// - Throws: `EvaluatorFailure` when the process failed (this batch or an earlier one).
  package func answers(to requests: [EvaluationRequest]) throws -> [Result<Quote, any Error>] {
    try pool.withProcess { process in
      let outgoing = requests.map { request in
        let id = process.nextRequestID()
        return EvaluatorProcess.Outgoing(
          line: CheckoutExchange.requestLine(
            id: id, checkout: CheckoutJSON.output(request.checkout), session: request.session,
            step: request.step),
          id: id)
      }
      return try process.exchange(outgoing, window: pool.window, timeout: pool.timeout).map {
        answer -> Result<Quote, any Error> in
        switch answer {
        case .quote(let quote):
          pool.count(quote)
          return .success(quote)
        case .error(let message):
          return .failure(EvaluatorRefusal(message: message))
        }
      }
    }
  }

  /// Quotes one checkout through a process.
  ///
  /// - Parameter checkout: The checkout.
  /// - Returns: The external checkout's quote.
  /// - Throws: `EvaluatorRefusal` when it answered an error, `EvaluatorFailure` when it failed.
  package func evaluate(_ checkout: Checkout) throws -> Quote {
    try pool.withProcess { process in
      try quote(checkout, session: nil, step: nil, process: process)
    }
  }

  /// Sends each state of the journey as a request of one session (`"session": "j17", "step": 3`), on one
  /// process; a checkout without sessions quotes each state on its own.
  ///
  /// - Parameter journey: The journey.
  /// - Returns: One quote per step.
  /// - Throws: As ``evaluate(_:)``.
  package func quotes(along journey: Journey) throws -> [Quote] {
    let session = pool.session()
    return try pool.withProcess { process in
      var checkout = journey.start
      var quotes = [Quote]()
      for (index, step) in journey.steps.enumerated() {
        step.apply(to: &checkout)
        quotes.append(try quote(checkout, session: session, step: index + 1, process: process))
      }
      return quotes
    }
  }

  private func quote(_ checkout: Checkout, session: String?, step: Int?, process: EvaluatorProcess)
    throws -> Quote
  {
    let id = process.nextRequestID()
    let line = CheckoutExchange.requestLine(
      id: id, checkout: CheckoutJSON.output(checkout), session: session, step: step)
    switch try process.exchange(line, id: id, timeout: pool.timeout) {
    case .quote(let quote):
      pool.count(quote)
      return quote
    case .error(let message):
      throw EvaluatorRefusal(message: message)
    }
  }
}

/// Makes ``ProcessEvaluator``s that share one ``EvaluatorPool``.
///
/// Unlike the engine, an external checkout cannot load a chosen set of campaigns per scenario: it runs with
/// all the campaigns it was configured with (every campaign of the files, as production does). Every scenario
/// is then judged against a checkout where the file's other campaigns are active too.
package struct ProcessEvaluatorFactory: CheckoutEvaluatorFactory {
  /// The processes.
  package let pool: EvaluatorPool

  /// Creates the factory.
  ///
  /// - Parameter pool: The processes.
  package init(pool: EvaluatorPool) {
    self.pool = pool
  }

  /// The external checkout, whatever `campaigns` asks for.
  ///
  /// - Parameter campaigns: Ignored: the external checkout has its own configuration.
  /// - Returns: An evaluator on the pool.
  /// - Throws: Never: processes start with the first request.
  package func evaluator(for campaigns: [Campaign]) throws -> any CheckoutEvaluator {
    ProcessEvaluator(pool: pool)
  }
}
