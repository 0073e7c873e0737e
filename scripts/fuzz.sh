#!/usr/bin/env bash
# `make fuzz`: builds the libFuzzer targets for the deck parser, the log reader and the maths
# parser and layouts (each compiled with its module's sources, -sanitize=fuzzer,address) and runs
# each for FUZZ_SECONDS (default 60).
# Seeds: Fuzz/seeds/*, the shipped decks, and small logs; crashes land in .build/fuzz/<target>/.
# Usage: scripts/fuzz.sh [build|run TARGET|all]   (TARGET: deck, log or math)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=.build/fuzz
SECONDS_EACH=${FUZZ_SECONDS:-60}
SWIFTC=${SWIFTC:-swiftc}
FLAGS=(-O -sanitize=fuzzer,address -parse-as-library -swift-version 6)

build() {
    # The sanitizer runtime makes ld.gold warn about every symbol it cannot export: noise.
    build_targets 2>&1 | { grep -v "Cannot export local symbol" || true; }
}

build_targets() {
    mkdir -p "$OUT"
    "$SWIFTC" "${FLAGS[@]}" -module-name MathText Sources/MathText/*.swift Fuzz/MathTextFuzz.swift -o "$OUT/fuzz-math"
    "$SWIFTC" -O -parse-as-library -swift-version 6 -wmo -module-name MathText -emit-module-path "$OUT/MathText.swiftmodule" \
        -emit-object -o "$OUT/MathText.o" Sources/MathText/*.swift
    "$SWIFTC" -O -parse-as-library -swift-version 6 -wmo -module-name SafeText -emit-module-path "$OUT/SafeText.swiftmodule" \
        -emit-object -o "$OUT/SafeText.o" Sources/SafeText/*.swift
    "$SWIFTC" "${FLAGS[@]}" -I "$OUT" -module-name Deck Sources/Deck/*.swift Fuzz/DeckParserFuzz.swift "$OUT/MathText.o" \
        "$OUT/SafeText.o" -o "$OUT/fuzz-deck"
    "$SWIFTC" -O -parse-as-library -swift-version 6 -wmo -module-name SM2 -emit-module-path "$OUT/SM2.swiftmodule" \
        -emit-object -o "$OUT/SM2.o" Sources/SM2/*.swift
    "$SWIFTC" "${FLAGS[@]}" -I "$OUT" -module-name ReviewLog Sources/ReviewLog/*.swift Fuzz/LogReaderFuzz.swift \
        "$OUT/SM2.o" "$OUT/SafeText.o" -o "$OUT/fuzz-log"
}

corpus() {
    local target=$1 dir="$OUT/$1/corpus"
    mkdir -p "$dir"
    cp Fuzz/seeds/"$target"/* "$dir/" 2>/dev/null || true
    if [ "$target" = deck ]; then cp Decks/*.md docs/examples/*.md "$dir/"; fi
    echo "$dir"
}

run() {
    export SWIFT_BACKTRACE=enable=no
    local target=$1
    [ -x "$OUT/fuzz-$target" ] || build
    local dir
    dir=$(corpus "$target")
    mkdir -p "$OUT/$target/crashes"
    "$OUT/fuzz-$target" "$dir" -max_total_time="$SECONDS_EACH" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$OUT/$target/crashes/" -print_final_stats=1
}

case "${1:-all}" in
    build) build ;;
    run) run "${2:?deck, log or math}" ;;
    all) build; run deck; run log; run math ;;
    *) echo "usage: $0 [build|run deck|run log|run math|all]" >&2; exit 2 ;;
esac
