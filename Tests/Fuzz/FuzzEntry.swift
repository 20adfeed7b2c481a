import Foundation

/// The targets this binary can fuzz, chosen by `$PROMOGUARD_FUZZ_TARGET` (`campaign`, `checkout` or
/// `harness`).
///
/// One binary serves every target, so the library (the slow part of the build) is compiled once.
enum FuzzTarget: String {
  /// ``CampaignTarget``.
  case campaign
  /// ``CheckoutTarget``.
  case checkout
  /// ``HarnessTarget``.
  case harness

  /// The target named by the environment, read once.
  static let selected: FuzzTarget? = ProcessInfo.processInfo.environment["PROMOGUARD_FUZZ_TARGET"]
    .flatMap(FuzzTarget.init(rawValue:))
}

/// libFuzzer's entry point: runs the selected target on one input.
///
/// - Parameters:
///   - data: The input bytes.
///   - size: How many bytes.
/// - Returns: 0, as libFuzzer requires.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  FuzzFixtures.requireLoaded()
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  switch FuzzTarget.selected {
  case .campaign: CampaignTarget.run(bytes)
  case .checkout: CheckoutTarget.run(bytes)
  case .harness: HarnessTarget.run(bytes)
  case nil: FuzzFixtures.fail("set PROMOGUARD_FUZZ_TARGET to campaign, checkout or harness")
  }
  return 0
}
