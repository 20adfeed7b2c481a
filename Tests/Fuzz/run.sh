#!/usr/bin/env bash
# Fuzzes one target for a while: Tests/Fuzz/run.sh campaign|checkout|harness SECONDS [libFuzzer options...]
#
# Builds .build/fuzz/promoguard-fuzz when it is missing or older than a source, seeds the corpus
# .build/fuzz/corpus/TARGET from Fixtures/ (kept between runs, so long runs build on each other), and runs
# libFuzzer with the JSON dictionary for SECONDS. Exits non-zero on any crash, sanitizer report, leak or
# input slower than 10 s; the input is saved as .build/fuzz/crashes/TARGET/crash-* (or timeout-*, oom-*).
# Replay one: PROMOGUARD_FUZZ_TARGET=TARGET .build/fuzz/promoguard-fuzz FILE
set -euo pipefail
cd "$(dirname "$0")/../.."
target="${1:?usage: Tests/Fuzz/run.sh campaign|checkout|harness SECONDS}"
seconds="${2:?usage: Tests/Fuzz/run.sh campaign|checkout|harness SECONDS}"
shift 2
binary=.build/fuzz/promoguard-fuzz
if [ ! -x "$binary" ] || [ -n "$(find Sources/PromoGuard Sources/PromoGuardCheck Tests/Fuzz -name '*.swift' -newer "$binary")" ]; then
  Tests/Fuzz/build.sh
fi
corpus=.build/fuzz/corpus/$target
crashes=.build/fuzz/crashes/$target
mkdir -p "$corpus" "$crashes"
case "$target" in
  campaign|harness)
    find Fixtures -name '*.json' ! -name '*.checkout.json' ! -name '*.quote.json' -print0 |
      while IFS= read -r -d '' file; do cp "$file" "$corpus/seed-$(echo "$file" | tr / _)"; done ;;
  checkout)
    find Fixtures -name '*.checkout.json' -print0 |
      while IFS= read -r -d '' file; do cp "$file" "$corpus/seed-$(echo "$file" | tr / _)"; done ;;
  *) echo "unknown fuzz target '$target': use campaign, checkout or harness" >&2; exit 2 ;;
esac
PROMOGUARD_FUZZ_TARGET=$target "$binary" "$corpus" \
  -dict=Tests/Fuzz/json.dict -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -max_len=16384 -print_final_stats=1 -artifact_prefix="$crashes/" "$@"
