// swift-tools-version: 6.2
import PackageDescription

/// Settings every target shares: Swift 6 mode, internal imports, explicit `Sendable` on public types.
let strictSettings: [SwiftSetting] = [
  .swiftLanguageMode(.v6),
  .enableUpcomingFeature("InternalImportsByDefault"),
  .enableUpcomingFeature("ExistentialAny"),
  .treatWarning("ExplicitSendable", as: .error),
]

let package = Package(
  name: "PromoGuard",
  products: [
    .library(name: "PromoGuard", targets: ["PromoGuard"]),
    .executable(name: "promoguard", targets: ["promoguard"]),
  ],
  targets: [
    .target(name: "PromoGuard", swiftSettings: strictSettings),
    .target(
      name: "PromoGuardCheck", dependencies: ["PromoGuard"], swiftSettings: strictSettings),
    .target(
      name: "PromoGuardCLI", dependencies: ["PromoGuard", "PromoGuardCheck"],
      swiftSettings: strictSettings),
    .executableTarget(
      name: "promoguard", dependencies: ["PromoGuardCLI"], swiftSettings: strictSettings),
    .executableTarget(
      name: "promoguard-bench", dependencies: ["PromoGuard", "PromoGuardCheck", "PromoGuardCLI"],
      swiftSettings: strictSettings),
    .testTarget(
      name: "PromoGuardTests", dependencies: ["PromoGuard"], swiftSettings: strictSettings),
    .testTarget(
      name: "PromoGuardCheckTests", dependencies: ["PromoGuardCheck"],
      swiftSettings: strictSettings),
    .testTarget(
      name: "PromoGuardCLITests", dependencies: ["PromoGuardCLI"], swiftSettings: strictSettings),
  ]
)
