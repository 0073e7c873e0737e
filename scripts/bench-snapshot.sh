#!/usr/bin/env bash
# The snapshot cache in `make bench` (called by scripts/bench.sh): `recall due` at CARDS cards
# and the log in RECALL_DATA_DIR, as whole processes, ROUNDS times each, in turn:
#   warm:    the snapshot and the deck cache made by the run before (the usual start);
#   append:  the first run after 200 answers were appended to a log with a snapshot (the log is
#            cut back to its size afterwards, which leaves the snapshot valid for the next round);
#   no snapshot: the cache folder emptied before the run (the run reads everything and saves both);
#   `recall stats` and the home screen's first frame (`recall home --batch`, the frame printed as
#   text), warm, each right after a warm `recall due`, as a ratio to it.
# Prints markdown table rows: median wall time, largest peak resident size, ratio to warm.
# usage: bench-snapshot.sh BIN DATA_DIR RECALL_DATA_DIR ROUNDS
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=$1; DATA=$2; RDIR=$3; ROUNDS=$4
NOW=${BENCH_NOW:-2026-11-21T12:00:00Z}
WORK="$(cd "$DATA" && pwd)/snapshot-bench"
CACHE="$WORK/cache"
rm -rf "$WORK"; mkdir -p "$WORK"
cp "$RDIR/reviews.log" "$WORK/reviews.log"
base_size=$(stat -c %s "$WORK/reviews.log")
# 200 answers of today, about cards the log already has.
grep -E $'\t(review|drill|cram)\t' "$RDIR/reviews.log" | tail -200 | awk -F'\t' -v OFS='\t' '
    { printf "2026-11-21T08:%02d:%02d.000Z\treview\t%s\t4\t3000\n", int(NR / 60), NR % 60, $3 }' > "$WORK/append.txt"
due=(env XDG_CACHE_HOME="$CACHE" "$BIN/recall" due --decks "$RDIR/decks" --log "$WORK/reviews.log" --now "$NOW")
stats=(env XDG_CACHE_HOME="$CACHE" "$BIN/recall" stats --decks "$RDIR/decks" --log "$WORK/reviews.log" --now "$NOW" --width 80)
home=(env XDG_CACHE_HOME="$CACHE" "$BIN/recall" home --batch --width 80 --height 24 --decks "$RDIR/decks" --log "$WORK/reviews.log" --now "$NOW")

# One run: "microseconds kilobytes".
one_run() {
    local start end
    start=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$WORK/one-run.time" "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    echo "$(( (end - start) / 1000 )) $(tail -1 "$WORK/one-run.time")"
}
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
"${due[@]}" >/dev/null  # makes the snapshot and the deck cache
warm=(); warm_kb=0; appended=(); appended_kb=0; cold=(); cold_kb=0
statsw=(); stats_kb=0; homew=(); home_kb=0
for ((round = 1; round <= ROUNDS; round++)); do
    read -r us kb < <(one_run "${due[@]}"); warm+=("$us"); [ "$kb" -gt "$warm_kb" ] && warm_kb=$kb
    read -r us kb < <(one_run "${stats[@]}"); statsw+=("$us"); [ "$kb" -gt "$stats_kb" ] && stats_kb=$kb
    read -r us kb < <(one_run "${home[@]}"); homew+=("$us"); [ "$kb" -gt "$home_kb" ] && home_kb=$kb
    cat "$WORK/append.txt" >> "$WORK/reviews.log"
    read -r us kb < <(one_run "${due[@]}"); appended+=("$us"); [ "$kb" -gt "$appended_kb" ] && appended_kb=$kb
    truncate -s "$base_size" "$WORK/reviews.log"
    saved="$WORK/saved"; rm -rf "$saved"; cp -a "$CACHE" "$saved"
    rm -rf "$CACHE"
    read -r us kb < <(one_run "${due[@]}"); cold+=("$us"); [ "$kb" -gt "$cold_kb" ] && cold_kb=$kb
    rm -rf "$CACHE"; mv "$saved" "$CACHE"
done
w=$(printf '%s\n' "${warm[@]}" | median)
a=$(printf '%s\n' "${appended[@]}" | median)
c=$(printf '%s\n' "${cold[@]}" | median)
s=$(printf '%s\n' "${statsw[@]}" | median)
h=$(printf '%s\n' "${homew[@]}" | median)
awk -v w="$w" -v a="$a" -v c="$c" -v s="$s" -v h="$h" -v wk="$warm_kb" -v ak="$appended_kb" -v ck="$cold_kb" \
    -v sk="$stats_kb" -v hk="$home_kb" -v n="$ROUNDS" 'BEGIN {
    printf "| `recall due`, warm (snapshot and deck cache from the run before) | %d | %.0f | %.0f | 1 |\n", n, w / 1000, wk / 1024
    printf "| `recall due`, first run after 200 answers appended | %d | %.0f | %.0f | %.2f |\n", n, a / 1000, ak / 1024, a / w
    printf "| `recall due`, no snapshot and no deck cache (reads all, saves both) | %d | %.0f | %.0f | %.2f |\n", n, c / 1000, ck / 1024, c / w
    printf "| `recall stats`, warm (÷ `recall due` warm) | %d | %.0f | %.0f | %.2f |\n", n, s / 1000, sk / 1024, s / w
    printf "| home screen first frame (`recall home --batch`), warm (÷ `recall due` warm) | %d | %.0f | %.0f | %.2f |\n", n, h / 1000, hk / 1024, h / w
}'
