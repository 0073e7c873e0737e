#!/usr/bin/env bash
# Recall against Anki, side by side, for `make bench` (called by scripts/bench.sh).
#   A: Anki's whole process: Python imports the PyPI `anki` package (Anki's own Rust backend),
#      opens a collection of CARDS cards and builds its first queue (scripts/anki/open_queue.py).
#   B: `recall due` as a whole process on CARDS cards and a log of EVENTS events.
# The two are run in turn, A B A B ..., ROUNDS times each, so that a shared machine's changing
# load falls on both alike; the ratio of the medians is reported, with each one's largest peak
# resident size (/usr/bin/time -v). The Anki package goes into a virtual environment under the
# data folder (never into git); the collection is built once and kept there.
# usage: bench-anki.sh BIN DATA_DIR RECALL_DATA_DIR CARDS ROUNDS [LABEL RECALL_ENV...]
# Prints markdown table rows on stdout; progress on stderr.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=$1; DATA=$2; RDIR=$3; CARDS=$4; ROUNDS=$5
NOW=${BENCH_NOW:-2026-11-21T12:00:00Z}
VENV="$DATA/anki-venv"
PY="$VENV/bin/python"
if [ ! -x "$PY" ] || ! "$PY" -c 'import anki' 2>/dev/null; then
    echo "making $VENV with the PyPI anki package ..." >&2
    python3 -m venv "$VENV" >&2
    "$VENV/bin/pip" install -q anki >&2
fi
COLLECTION="$DATA/anki-$CARDS.anki2"
if [ ! -f "$COLLECTION" ]; then
    echo "building an Anki collection of $CARDS cards ..." >&2
    "$PY" scripts/anki/make_collection.py "$COLLECTION.tmp" "$CARDS" 42 >&2
    mv "$COLLECTION.tmp" "$COLLECTION"
fi
ANKI_VERSION=$("$PY" -c 'import importlib.metadata as m; print(m.version("anki"))')

# One run of a command: "seconds kilobytes" (wall time from fork to exit, peak resident size).
one_run() {
    local start end
    start=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$DATA/one-run.time" "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    echo "$(( (end - start) / 1000 )) $(tail -1 "$DATA/one-run.time")"
}

# The median of the numbers on stdin.
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# One untimed run of each first: the collection's pages and Recall's caches (snapshot and deck
# cache, which another build or another spelling of the paths does not share) are warm for all.
one_run "$PY" scripts/anki/open_queue.py "$COLLECTION" >/dev/null
one_run env XDG_CACHE_HOME="$(cd "$DATA" && pwd)/cache" "$BIN/recall" due \
    --decks "$RDIR/decks" --log "$RDIR/reviews.log" --now "$NOW" >/dev/null
anki_us=(); anki_kb=0; recall_us=(); recall_kb=0
for ((round = 1; round <= ROUNDS; round++)); do
    read -r us kb < <(one_run "$PY" scripts/anki/open_queue.py "$COLLECTION")
    anki_us+=("$us"); [ "$kb" -gt "$anki_kb" ] && anki_kb=$kb
    read -r us kb < <(one_run env XDG_CACHE_HOME="$(cd "$DATA" && pwd)/cache" "$BIN/recall" due \
        --decks "$RDIR/decks" --log "$RDIR/reviews.log" --now "$NOW")
    recall_us+=("$us"); [ "$kb" -gt "$recall_kb" ] && recall_kb=$kb
done
anki_median=$(printf '%s\n' "${anki_us[@]}" | median)
recall_median=$(printf '%s\n' "${recall_us[@]}" | median)
awk -v a="$anki_median" -v r="$recall_median" -v akb="$anki_kb" -v rkb="$recall_kb" -v n="$ROUNDS" \
    -v cards="$CARDS" -v version="$ANKI_VERSION" 'BEGIN {
    printf "| Anki %s: import, open %d cards, first queue | %d | %.0f | %.0f | 1 |\n", version, cards, n, a / 1000, akb / 1024
    printf "| `recall due`: %d cards, 1M-event log | %d | %.0f | %.0f | %.2f |\n", cards, n, r / 1000, rkb / 1024, r / a
}'
