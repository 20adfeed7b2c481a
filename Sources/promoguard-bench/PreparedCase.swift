import PromoGuard
import PromoGuardCLI
import PromoGuardCheck

/// A case with its set-up done: campaigns loaded, checkout built, and a function that runs the measured
/// operation a given number of times.
struct PreparedCase {
  /// The case.
  let benchCase: BenchCase
  /// Runs the operation this many times and returns the sum of the results (a discount in minor units, or a
  /// count of campaigns), so the optimiser cannot drop the work.
  let run: (Int) throws(BenchError) -> Int64
  /// What one operation returns; the sum of `n` runs must be `n` times this.
  let expectedResult: Int64

  /// Does the case's set-up: generates the campaigns, loads them and checks the engine's quote.
  ///
  /// - Parameters:
  ///   - benchCase: The case.
  ///   - cores: How many threads the all-core cases use.
  /// - Throws: `BenchError` when the set-up fails.
  init(_ benchCase: BenchCase, cores: Int) throws(BenchError) {
    self.benchCase = benchCase
    let category = CampaignGenerator.measuredCategory
    switch benchCase.kind {
    case .floor(let lines):
      let checkout = BenchFixture.makeCheckout(lines: lines, code: "")
      self.expectedResult = FloorDiscount.discount(checkout, category: category)
      self.run = { count in
        var sum: Int64 = 0
        for _ in 0..<count { sum &+= FloorDiscount.discount(checkout, category: category) }
        return sum
      }
    case .floorThroughput:
      let checkout = BenchFixture.makeCheckout(lines: 10, code: "")
      self.expectedResult = FloorDiscount.discount(checkout, category: category)
      self.run = { count in
        ThroughputRunner.run(
          count, threads: cores, checkout: { BenchFixture.makeCheckout(lines: 10, code: "") },
          operation: { FloorDiscount.discount($0, category: category) })
      }
    case .evaluation(let coded, let automatic, let ruledOut, let lines, let codes):
      let fixture = try BenchFixture(
        codedCampaigns: coded, automaticCampaigns: automatic, ruledOutAutomatic: ruledOut,
        lines: lines, codes: codes)
      self.expectedResult = try Self.discount(fixture)
      self.run = { count throws(BenchError) in
        var sum: Int64 = 0
        for _ in 0..<count { sum &+= try Self.discount(fixture) }
        return sum
      }
    case .throughput:
      let fixture = try BenchFixture(codedCampaigns: 1_000, automaticCampaigns: 0, lines: 10)
      self.expectedResult = try Self.discount(fixture)
      self.run = { count in
        // A failed evaluation adds -1 instead of the discount, which the checksum then reports.
        ThroughputRunner.run(
          count, threads: cores,
          checkout: { BenchFixture.makeCheckout(lines: 10, code: fixture.measuredCode) },
          operation: { (try? fixture.campaigns.evaluate($0).discount.minorUnits) ?? -1 })
      }
    case .scenarios:
      // The campaigns' profiles and generators are worked out once here, as `check` does once per campaign.
      let throughput = ScenarioThroughput(files: try ExampleShop.files())
      // Set-up also runs 300 scenarios of each campaign (every shape: boundary, random, journey, combination)
      // untimed, so what happens once per process (time zone tables, type metadata) is not counted in the
      // scenarios measured after it.
      _ = throughput.measure(scenarios: 300 * throughput.generators.count, threads: cores)
      // One operation is one scenario; the checksum counts the scenarios run that showed nothing, so a false
      // positive on the (correct) example campaigns fails the benchmark.
      self.expectedResult = 1
      self.run = { count in
        let measurement = throughput.measure(scenarios: count, threads: cores)
        return Int64(measurement.scenarios - measurement.scenariosWithFindings)
      }
    case .stream:
      let stream = try StreamFixture()
      // The checksum counts the responses that are quotes for request 1.
      self.expectedResult = 1
      self.run = { count in
        var sum: Int64 = 0
        for _ in 0..<count {
          let response = EvaluateStream.responseLine(
            to: stream.requestLine, lineNumber: 1, campaigns: stream.campaigns, now: { stream.now })
          sum &+= response?.hasPrefix(#"{"id":1,"quote":"#) == true ? 1 : 0
        }
        return sum
      }
    case .streamEngine:
      let stream = try StreamFixture()
      self.expectedResult = try stream.discount()
      self.run = { count throws(BenchError) in
        var sum: Int64 = 0
        for _ in 0..<count { sum &+= try stream.discount() }
        return sum
      }
    case .load(let count):
      var generator = CampaignGenerator(seed: 0x10AD)
      let bytes = CampaignGenerator.file(generator.codedCampaigns(count: count).campaigns)
      let source = CampaignSource(path: "generated.json", bytes: bytes)
      self.expectedResult = Int64(count)
      self.run = { loads throws(BenchError) in
        var sum: Int64 = 0
        for _ in 0..<loads {
          do {
            sum &+= Int64(try CampaignSet(sources: [source]).campaignIDs.count)
          } catch {
            throw BenchError("the generated campaigns do not load:\n\(error)")
          }
        }
        return sum
      }
    }
  }

  /// One evaluation of the fixture, its engine error turned into a benchmark error.
  private static func discount(_ fixture: BenchFixture) throws(BenchError) -> Int64 {
    do {
      return try fixture.evaluate()
    } catch {
      throw BenchError("evaluation failed: \(error)")
    }
  }
}
