/// PromoGuard checks promotion codes at checkout and proves, before launch, that every campaign gives
/// customers what it promised.
///
/// This file names the module's version; the engine lives in the folders beside it.
public enum PromoGuardVersion: Sendable {
  /// The version of the library and of the `promoguard` command.
  public static let current = "0.1.0"
}
