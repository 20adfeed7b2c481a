#!/usr/bin/env bash
# Builds the fuzzing binary with libFuzzer and AddressSanitizer: Tests/Fuzz/build.sh
# The engine's and the guard's sources (PromoGuard and PromoGuardCheck) and the targets are compiled as one
# module with swiftc (no SwiftPM target, no dependencies; the guard's `import PromoGuard` lines are then
# ignored, and warnings are suppressed: the SwiftPM build checks them); one binary serves every target
# ($PROMOGUARD_FUZZ_TARGET picks one), so the sources are compiled once. Output: .build/fuzz/promoguard-fuzz.
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p .build/fuzz
shopt -s globstar
# ld.gold warns about every ASan helper symbol it cannot export; the warnings are harmless.
swiftc -sanitize=fuzzer,address -parse-as-library -O -g \
  -module-name PromoGuard -package-name PromoGuard -swift-version 6 -suppress-warnings \
  -enable-upcoming-feature InternalImportsByDefault -enable-upcoming-feature ExistentialAny \
  Sources/PromoGuard/**/*.swift Sources/PromoGuardCheck/**/*.swift Tests/Fuzz/*.swift \
  -o .build/fuzz/promoguard-fuzz 2> >(grep -v "Cannot export local symbol" >&2)
echo ".build/fuzz/promoguard-fuzz"
