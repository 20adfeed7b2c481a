import Foundation
import Testing

@testable import PromoGuardCLI

/// `check --evaluator`: the built `promoguard evaluate --stream` and broken variants of it as the checkout under
/// test, started by the check command as real processes.
@Suite(.timeLimit(.minutes(3))) struct CheckEvaluatorTests {
  /// A Python wrapper around `evaluate --stream` that breaks its quotes in one way (`MODE`).
  static let buggyScript = """
    import json, subprocess, sys
    from decimal import Decimal, ROUND_HALF_UP
    mode = sys.argv[1]
    sessions = {}
    def resum(quote):
        # The quote's and the campaign's discount and the total from the lines.
        off = sum(Decimal(line["discount"]) for line in quote["lines"])
        quote["discount"] = str(off)
        quote["applied"][0]["discount"] = str(off)
        quote["total"] = str(
            Decimal(quote["subtotal"]) - off + Decimal(quote["shipping"]) - Decimal(quote["shippingDiscount"]))
    def only(quote, campaign):
        return [applied["campaign"] for applied in quote["applied"]] == [campaign]
    def spread(quote, off):
        # `off` as the whole discount, taken from the lines in order.
        left = off
        for line in quote["lines"]:
            share = min(left, Decimal(line["subtotal"]))
            line["discount"] = str(share)
            line["total"] = str(Decimal(line["subtotal"]) - share)
            left -= share
        if quote["applied"]:
            resum(quote)
        else:
            quote["discount"] = str(off)
    child = subprocess.Popen(sys.argv[2:], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    for request in sys.stdin:
        if mode == "whole-basket-cheapest":
            # Buy 2 mats, get the third half price, counted over every line of the basket: the cheapest line
            # of the whole basket is discounted instead of the cheapest mat.
            parsed = json.loads(request)
            for line in parsed["checkout"]["lines"]:
                line["categories"] = line.get("categories", []) + ["mats"]
            request = json.dumps(parsed) + "\\n"
        child.stdin.write(request)
        child.stdin.flush()
        response = json.loads(child.stdout.readline())
        quote = response.get("quote")
        if quote and mode == "extra-cent":
            quote["total"] = str(Decimal(quote["total"]) + Decimal("0.01"))
        if quote and mode == "zero-off":
            for line in quote["lines"]:
                line["discount"] = "0.00"
                line["total"] = line["subtotal"]
            quote["discount"] = "0.00"
            quote["shippingDiscount"] = "0.00"
            quote["total"] = str(Decimal(quote["subtotal"]) + Decimal(quote["shipping"]))
            quote["applied"] = []
        if quote and mode == "per-line-rounding" and only(quote, "bedding-20"):
            # 20% off rounded on each line (half up) instead of once on the whole discount.
            for line in quote["lines"]:
                if Decimal(line["discount"]) > 0:
                    off = (Decimal(line["subtotal"]) / 5).quantize(Decimal("0.01"), ROUND_HALF_UP)
                    line["discount"] = str(off)
                    line["total"] = str(Decimal(line["subtotal"]) - off)
            resum(quote)
        if quote and mode == "uncapped" and len(quote["applied"]) == 1:
            # $10 off even when the basket is worth less: the first line goes below zero.
            missing = Decimal("10.00") - Decimal(quote["applied"][0]["discount"])
            if Decimal(quote["applied"][0]["discount"]) > 0 and missing > 0 and quote["lines"]:
                line = quote["lines"][0]
                line["discount"] = str(Decimal(line["discount"]) + missing)
                line["total"] = str(Decimal(line["subtotal"]) - Decimal(line["discount"]))
                resum(quote)
        if quote and mode == "threshold-after-discount" and len(quote["applied"]) == 1:
            # spend-and-save's tiers ($10 off from $100, $25 off from $200) measured after their own discount.
            subtotal = Decimal(quote["subtotal"])
            tier = max([t for t in [(100, 10), (200, 25)] if subtotal - t[1] >= t[0]], default=None)
            off = Decimal(tier[1] if tier else 0).quantize(Decimal("0.01"))
            if off < Decimal(quote["discount"]):
                spread(quote, off)
                if off == 0:
                    quote["applied"] = []
                    for code in quote["codes"]:
                        code["status"] = "conditionsNotMet"
                        code["message"] = "Spend $100.00 to use this code."
                        code.pop("detail", None)
        session = json.loads(request).get("session")
        if quote and mode == "third-added" and only(quote, "bath-mats-trio"):
            # "Buy 2 mats, the third half price" given to every third mat *added to the cart* (in the order of
            # the session's steps; in the order of the lines for a checkout at once), not the cheapest.
            mats = [(l["sku"], l["unitPrice"], l.get("quantity", 1))
                    for l in json.loads(request)["checkout"]["lines"] if "mats" in l.get("categories", [])]
            units = sessions.get(session, []) if session else []
            for key in {(sku, price) for sku, price, _ in mats}:
                have = sum(q for sku, price, q in mats if (sku, price) == key)
                while units.count(key) > have:
                    units.reverse(); units.remove(key); units.reverse()
                units += [key] * (have - units.count(key))
            if session:
                sessions[session] = units
            spread(quote, sum((Decimal(price) / 2 for _, price in units[2::3]), Decimal(0)).quantize(
                Decimal("0.01"), ROUND_HALF_UP))
        if quote and mode == "refused":
            for code in quote["codes"]:
                if code["status"] != "applied":
                    code["status"] = "refused"
                    code["message"] = "Sorry, this code cannot be used."
                    code.pop("detail", None)
        print(json.dumps(response), flush=True)
    """

  /// Each campaign's verdict and findings (kind, count, summary), from a JSON report.
  static func findings(_ json: String) throws -> [String] {
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
    let report = try #require(object as? [String: Any])
    let campaigns = try #require(report["campaigns"] as? [[String: Any]])
    return campaigns.map { campaign in
      let findings = (campaign["findings"] as? [[String: Any]] ?? []).map {
        "\($0["kind"] ?? "?") \($0["count"] ?? "-") \($0["summary"] ?? "")"
      }
      return "\(campaign["id"] ?? "?") \(campaign["verdict"] ?? "?"): "
        + findings.joined(separator: "; ")
    }
  }

  /// The kinds of finding in a JSON report.
  static func kinds(_ json: String) throws -> Set<String> {
    Set(
      try findings(json).flatMap { line in
        line.split(separator: ": ", maxSplits: 1).dropFirst().flatMap {
          $0.split(separator: "; ").compactMap { $0.split(separator: " ").first.map(String.init) }
        }
      })
  }

  /// The command line of the built `evaluate --stream` over `file`.
  static func stream(_ file: String) throws -> String {
    let tool = try #require(PipedChild.tool, "build the package first: no .build/debug/promoguard")
    return "\(tool) evaluate --stream --campaigns \(file)"
  }

  /// Writes the buggy script and returns its path.
  static func buggy() throws -> String {
    let path = "/tmp/promoguard-buggy-\(UInt64.random(in: 0...UInt64.max)).py"
    try #require(FileWriter.write(Self.buggyScript, to: path))
    return path
  }

  @Test func theToolsOwnStreamGivesTheSameFindingsAsTheEngine() throws {
    for file in ["Fixtures/planted/shortfall.json", "Fixtures/stories/fabulous-furs/broken.json"] {
      let engine = CLIRun(["check", file, "--scenarios", "300", "--format", "json"])
      let external = CLIRun([
        "check", file, "--scenarios", "300", "--format", "json", "--evaluator",
        try Self.stream(file),
      ])
      #expect(external.standardError == "")
      #expect(external.exitCode == engine.exitCode)
      let expected = try Self.findings(engine.standardOutput)
      #expect(!expected.isEmpty)
      #expect(try Self.findings(external.standardOutput) == expected)
    }
  }

  /// Checkouts written outside PromoGuard with a realistic bug, each caught with its finding.
  ///
  /// Each comes with a shrunk basket, and with the finding its customers would feel:
  /// - extra-cent: a cent added to the total only → the quote does not add up (`invariant`);
  /// - zero-off: codes "applied" with nothing off → `silentFailure`, `shortfall`, and `invariant` (applied with
  ///   zero);
  /// - per-line-rounding: 20% rounded half up on each line, so 3 lines of $19.99 give 3 × $4.00 = $12.00 where
  ///   20% of $59.97 is $11.99 → a cent more than promised (`leak`);
  /// - uncapped: $10 off a basket worth less → more off than the basket (`leak`) and a negative total
  ///   (`invariant`);
  /// - threshold-after-discount: "$10 off from $100" measured after the $10, so $100–$109.99 is refused
  ///   (`rejectedEligible`) and "$25 off from $200" gives $10 on $200–$224.99 (`shortfall`);
  /// - whole-basket-cheapest: "buy 2 mats, the third half price" counted over every line, so 2 mats and a robe
  ///   get the cheapest line halved where the terms promise nothing (`leak`).
  @Test(arguments: [
    ("extra-cent", "bedding", "bedding-20", ["invariant"]),
    ("zero-off", "bedding", "bedding-20", ["silentFailure", "shortfall", "invariant"]),
    ("per-line-rounding", "bedding", "bedding-20", ["leak"]),
    ("uncapped", "loyalty", "recovery-c1042", ["leak", "invariant"]),
    ("threshold-after-discount", "sitewide", "spend-and-save", ["rejectedEligible", "shortfall"]),
    ("whole-basket-cheapest", "bath", "bath-mats-trio", ["leak"]),
  ])
  func aBuggyCheckoutIsCaught(mode: String, file: String, campaign: String, expected: [String])
    throws
  {
    let path = "Fixtures/examples/\(file).json"
    let command = "exec python3 \(try Self.buggy()) \(mode) \(try Self.stream(path))"
    let run = CLIRun([
      "check", path, "--only", campaign, "--scenarios", "300", "--format", "json", "--evaluator",
      command,
    ])
    #expect(run.exitCode == 1)
    #expect(try Self.kinds(run.standardOutput) == Set(expected))
    // Each finding comes with a checkout shrunk from the first scenario that showed it (for extra-cent down
    // to an empty basket: the cent is added to any quote).
    let report = try CheckEvaluatorReportTests.report(run.standardOutput)
    let campaigns = try #require(report["campaigns"] as? [[String: Any]])
    let findings = campaigns.flatMap { $0["findings"] as? [[String: Any]] ?? [] }
    #expect(!findings.isEmpty)
    for finding in findings {
      let example = try #require(finding["example"] as? [String: Any])
      #expect(
        (example["shrinkSteps"] as? Int ?? 0) >= 1, "\(finding["kind"] ?? "?") was not shrunk")
    }
  }

  /// A stateful cart where "buy 2 mats, the third half price" halves every third mat *added*, replayed step by
  /// step through sessions: [$30, $20, $30] gets $15 off where the cheapest unit promises $10 (`leak`), a cheap
  /// third mat gets less than promised (`shortfall`), and a quantity raised on an earlier line puts the new
  /// units last in the session's cart but with their line at once, so the step-by-step quote differs from
  /// the same basket at once (`pathDependence`; 1,500 scenarios to meet such journeys).
  @Test func anOrderDependentBuyXGetYShowsPathDependence() throws {
    let file = "Fixtures/examples/bath.json"
    let command = "exec python3 \(try Self.buggy()) third-added \(try Self.stream(file))"
    let run = CLIRun([
      "check", file, "--only", "bath-mats-trio", "--scenarios", "1500", "--format", "json",
      "--evaluator", command,
    ])
    #expect(run.exitCode == 1)
    #expect(
      try Self.kinds(run.standardOutput).isSuperset(of: ["pathDependence", "leak", "shortfall"]))
  }

  @Test func aBareRefusedSkipsReasonChecksAndSaysSo() throws {
    let file = "Fixtures/examples/bedding.json"
    let command = "exec python3 \(try Self.buggy()) refused \(try Self.stream(file))"
    let run = CLIRun(["check", file, "--scenarios", "300", "--evaluator", command])
    #expect(run.exitCode == 0)
    #expect(run.standardOutput.contains("said only \"refused\", so wrongReason was not checked"))
    #expect(run.standardOutput.contains("(external, every campaign of the files active at once)"))
  }

  @Test(arguments: [
    ("exit 3", "(it exited with status 3)"),
    ("sleep 20", "the evaluator did not answer within 1.0 seconds (--evaluator-timeout)"),
    ("echo '{\"id\": 7, \"error\": \"no\"}'; sleep 20", "the evaluator answered id 7 to request 1"),
    ("echo '{oops'; sleep 20", "the evaluator answered a line that is not a response"),
  ])
  func aBrokenEvaluatorStopsTheRunWithExitCode2(command: String, message: String) throws {
    let started = Date()
    let run = CLIRun([
      "check", "Fixtures/examples/bedding.json", "--scenarios", "60", "--evaluator", command,
      "--evaluator-timeout", "1",
    ])
    #expect(run.exitCode == 2)
    #expect(run.standardOutput == "")
    #expect(run.standardError.contains(message))
    // Several requests are in flight (--evaluator-window 16 by default): the report names the first one
    // without an answer, and the last one sent when it is another.
    #expect(run.standardError.contains("last request sent: {\"id\":"))
    #expect(
      run.standardError.contains("request awaiting its answer: {\"id\":1,\"checkout\":{")
        || run.standardError.contains("last request sent: {\"id\":1,\"checkout\":{"))
    #expect(Date().timeIntervalSince(started) < 15)
  }

  @Test func atFixesEveryScenariosMomentAndSaysSo() {
    let run = CLIRun([
      "check", "Fixtures/examples/bedding.json", "--scenarios", "300", "--at",
      "2026-10-05T12:00:00Z",
    ])
    #expect(run.exitCode == 0)
    #expect(
      run.standardOutput.contains(
        "Every scenario at 2026-10-05T12:00:00Z (--at): window boundaries are tested only where they "
          + "fall at that moment."))
  }
}
