import Foundation

/// The fixtures the fuzz targets evaluate against, read once from `Fixtures/examples` (or
/// `$PROMOGUARD_FIXTURES/examples`) in the directory the fuzzer runs in.
enum FuzzFixtures {
  /// The examples directory.
  static let examples: String = {
    let root = ProcessInfo.processInfo.environment["PROMOGUARD_FIXTURES"] ?? "Fixtures"
    return root + "/examples"
  }()

  /// The example checkouts, decoded; empty when the directory cannot be read.
  static let checkouts: [Checkout] = {
    let directory = examples + "/checkouts"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    var checkouts = [Checkout]()
    for name in names.sorted() where name.hasSuffix(".checkout.json") {
      guard let data = FileManager.default.contents(atPath: directory + "/" + name),
        case .success(let checkout) = CheckoutDecoder.decode(
          Array(data), path: name, now: Instant(microsecondsSinceEpoch: 0))
      else { continue }
      checkouts.append(checkout)
    }
    return checkouts
  }()

  /// The example campaigns, loaded together; `nil` when they do not load.
  static let campaigns: CampaignSet? = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: examples)) ?? []
    let sources = names.sorted().filter { $0.hasSuffix(".json") }.compactMap { name in
      // The full path: a pool's CSV files are named relative to their campaign file.
      FileManager.default.contents(atPath: examples + "/" + name).map {
        CampaignSource(path: examples + "/" + name, bytes: Array($0))
      }
    }
    return try? CampaignSet(sources: sources)
  }()

  /// Stops the fuzzer when the fixtures are missing, so a run never passes without exercising the engine.
  static func requireLoaded() {
    guard !checkouts.isEmpty, campaigns != nil else {
      fail("cannot load \(examples) — run from the repository root")
    }
  }

  /// Reports a broken invariant and aborts, so libFuzzer saves the input as a crash.
  ///
  /// - Parameter message: What went wrong.
  static func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("fuzz: \(message)\n".utf8))
    abort()
  }
}
