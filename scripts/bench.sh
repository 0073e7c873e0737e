#!/usr/bin/env bash
# `make bench`: measures Recall at 1k, 10k and 100k cards with 10k, 100k and 1M log events.
#   - whole processes: `recall due` and `recall stats` with hyperfine, peak memory with /usr/bin/time -v;
#   - in process (recall-bench): deck loading, log reading, replay, queue building, a key press
#     through update and view into an 80x24 screen buffer, and an answer appended with fsync.
# Prints one table and writes it into BENCHMARKS.md between the "bench:begin/end" markers.
# Environment: BENCH_RUNS (hyperfine runs, default 10), BENCH_DATA (data folder), BENCH_QUICK=1
# (only the 100k x 1M corner, for a quick look).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/ensure-deps.sh hyperfine time python3-venv
SWIFT=${SWIFT:-swift}
for product in recall recall-datagen recall-bench; do
    "$SWIFT" build -c release --product "$product" >&2
done
BIN=.build/release
DATA=${BENCH_DATA:-.build/bench-data}
RUNS=${BENCH_RUNS:-10}
NOW=2026-11-21T12:00:00Z
export TZ=UTC
mkdir -p "$DATA"
# Snapshots and deck caches go beside the data, never into the user's cache folder. The timed
# runs of `recall due` are warm (hyperfine's warm-ups leave a snapshot); scripts/bench-snapshot.sh
# measures the first run after an append and a run with no snapshot.
XDG_CACHE_HOME="$(cd "$DATA" && pwd)/cache"
export XDG_CACHE_HOME

# Commands that may not exist yet in this build: asked of the help's list of subcommands.
has_stats=0
"$BIN/recall" --help 2>/dev/null | grep -qE '^ +stats ' && has_stats=1
has_keypress=0
"$BIN/recall-bench" --help 2>/dev/null | grep -qE '^ +keypress ' && has_keypress=1

if [ "${BENCH_QUICK:-0}" = 1 ]; then sizes="100000:1000000"; else
    sizes="1000:10000 1000:100000 1000:1000000 10000:10000 10000:100000 10000:1000000 100000:10000 100000:100000 100000:1000000"
fi

# Mean and standard deviation in milliseconds of a command, from hyperfine's CSV.
timed() {
    local csv="$DATA/hyperfine.csv"
    hyperfine --style none --warmup 2 --runs "$RUNS" --export-csv "$csv" "$1" >/dev/null 2>&1
    awk -F, 'NR==2 { printf "%.0f ± %.0f", $2*1000, $3*1000 }' "$csv"
}

# The largest peak resident size in MB over three runs.
peak() {
    local worst=0 kb
    for _ in 1 2 3; do
        kb=$( { /usr/bin/time -v sh -c "$1 >/dev/null 2>&1" ; } 2>&1 | awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }')
        [ "$kb" -gt "$worst" ] && worst=$kb
    done
    awk -v kb="$worst" 'BEGIN { printf "%.0f", kb / 1024 }'
}

table="| cards | events | \`recall due\` (ms) | due peak (MB) | \`recall stats\` (ms) | stats peak (MB) |
|---:|---:|---:|---:|---:|---:|"
due_ms_corner=""; due_mb_corner=""
for size in $sizes; do
    cards=${size%%:*}; events=${size##*:}
    dir="$DATA/$cards-$events"
    if [ ! -f "$dir/reviews.log" ]; then
        "$BIN/recall-datagen" --cards "$cards" --events "$events" --seed 42 --out "$dir" >&2
    fi
    args="--decks $dir/decks --log $dir/reviews.log --now $NOW"
    echo "measuring $cards cards, $events events ..." >&2
    due_ms=$(timed "$BIN/recall due $args")
    due_mb=$(peak "$BIN/recall due $args")
    stats_ms="n/a"; stats_mb="n/a"
    if [ "$has_stats" = 1 ]; then
        stats_ms=$(timed "$BIN/recall stats $args")
        stats_mb=$(peak "$BIN/recall stats $args")
    fi
    table+="
| $cards | $events | $due_ms | $due_mb | $stats_ms | $stats_mb |"
    if [ "$size" = "100000:1000000" ]; then due_ms_corner=${due_ms%% *}; due_mb_corner=$due_mb; fi
done

corner="$DATA/100000-1000000"
[ -f "$corner/reviews.log" ] || "$BIN/recall-datagen" --cards 100000 --events 1000000 --seed 42 --out "$corner" >&2
inproc="| measurement (in process) | runs | p50 (ms) | p99 (ms) | max (ms) |
|---|---:|---:|---:|---:|"
add_rows() { while IFS=$'\t' read -r name runs p50 p99 max; do inproc+="
| $name | $runs | $p50 | $p99 | $max |"; done; }
load_lines=$("$BIN/recall-bench" load --decks "$corner/decks" --log "$corner/reviews.log" --now "$NOW" --runs 10 \
    --label "100k cards, 1M events: " 2>"$DATA/load-memory.txt")
add_rows <<<"$load_lines"
memory_fold_ms=$(awk -F'\t' '/memory fold/ { print $3 }' <<<"$load_lines")
# What a start that reads everything does in process (decks, log, replay, queue): the memory fold
# is compared with that, since a warm `recall due` folds no memory states at all (and `recall
# stats` and the home screen read theirs from the snapshot).
whole_start_ms=$(awk -F'\t' '/: (decks|log-read|replay|queue)\t/ { sum += $3 } END { printf "%.3f", sum }' <<<"$load_lines")
load_memory=$(tr -d '()' <"$DATA/load-memory.txt")
keypress_p99=""
if [ "$has_keypress" = 1 ]; then
    lines=$("$BIN/recall-bench" keypress --decks "$corner/decks" --log "$corner/reviews.log" --now "$NOW")
    add_rows <<<"$lines"
    keypress_p99=$(awk -F'\t' 'NR==1 { print $4 }' <<<"$lines")
    search_p99=$(awk -F'\t' 'NR==2 { print $4 }' <<<"$lines")
fi
add_rows < <("$BIN/recall-bench" append --path "$DATA/append-bench.log" --count 1000)

# The snapshot cache: warm, first run after an append, no snapshot; in turn.
echo "measuring the snapshot cache ..." >&2
snapshot_rows=$(scripts/bench-snapshot.sh "$BIN" "$DATA" "$corner" "${BENCH_SNAPSHOT_ROUNDS:-9}")
snapshot="| \`recall due\`, 100k cards, 1M events, whole process, in turn | runs | median (ms) | peak (MB) | ratio to warm |
|---|---:|---:|---:|---:|
$snapshot_rows"
append_ratio=$(awk -F'|' '/first run after/ { gsub(/ /, "", $6); print $6 }' <<<"$snapshot_rows")
cold_ms=$(awk -F'|' '/no snapshot/ { gsub(/ /, "", $4); print $4 }' <<<"$snapshot_rows")
cold_mb=$(awk -F'|' '/no snapshot/ { gsub(/ /, "", $5); print $5 }' <<<"$snapshot_rows")
stats_ratio=$(awk -F'|' '/recall stats/ { gsub(/ /, "", $6); print $6 }' <<<"$snapshot_rows")
home_ratio=$(awk -F'|' '/home screen first frame/ { gsub(/ /, "", $6); print $6 }' <<<"$snapshot_rows")

# Against Anki (DESIGN.md §8): whole processes in turn, A B A B ... (BENCH_ANKI=0 leaves it out).
anki=""
anki_ratio=""; anki_due_mb=""
if [ "${BENCH_ANKI:-1}" = 1 ]; then
    echo "measuring against Anki ..." >&2
    anki_load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
    anki_rows=$(scripts/bench-anki.sh "$BIN" "$DATA" "$corner" 100000 "${BENCH_ANKI_ROUNDS:-15}")
    anki_ratio=$(awk -F'|' '/recall due/ { gsub(/ /, "", $6); print $6 }' <<<"$anki_rows")
    anki_due_mb=$(awk -F'|' '/recall due/ { gsub(/ /, "", $5); print $5 }' <<<"$anki_rows")
    anki="| whole process, in turn A B A B (100k cards) | runs | median (ms) | peak (MB) | ratio of medians to Anki |
|---|---:|---:|---:|---:|
$anki_rows

Load average when the comparison started: $anki_load (the machine is shared; running the two in turn gives both the same load, so the ratio is fair even when the times are not)."
fi

verdict() { if awk -v a="$1" -v b="$2" 'BEGIN { exit !(a + 0 < b + 0) }'; then echo "met"; else echo "**MISSED**"; fi; }
budgets="| budget (100k cards, 1M events) | limit | measured | |
|---|---:|---:|---|
| \`recall due\`, process start to exit (mean) | 500 ms | ${due_ms_corner:-?} ms | $(verdict "${due_ms_corner:-9999}" 500) |
| \`recall due\`, peak memory | 200 MB | ${due_mb_corner:-?} MB | $(verdict "${due_mb_corner:-9999}" 200) |"
memory_share=$(awk -v m="${memory_fold_ms:-0}" -v d="${whole_start_ms:-1}" 'BEGIN { printf "%.1f", 100 * m / d }')
home_added=""
[ -n "${home_ratio:-}" ] && home_added=$(awk -v r="$home_ratio" 'BEGIN { printf "%.0f", 100 * (r - 1) }')
budgets+="
| FSRS-6 memory model on a warm start: what the home screen (its memory states read from the snapshot, and all else it shows) adds to \`recall due\`, which folds none | 20 % | ${home_added:-?} % (for reference, the fold over the whole log in process: ${memory_fold_ms:-?} ms, $memory_share % of a whole-log start's ${whole_start_ms:-?} ms) | $(verdict "${home_added:-9999}" 20) |"
budgets+="
| \`recall due\` ÷ Anki's open + first queue, whole processes (ratio of medians) | 0.25 | ${anki_ratio:-?} | $(verdict "${anki_ratio:-9999}" 0.2501) |
| \`recall due\`, peak memory, in the Anki comparison | 80 MB | ${anki_due_mb:-?} MB | $(verdict "${anki_due_mb:-9999}" 80.5) |
| first run after 200 answers appended ÷ warm run | 1.2 | ${append_ratio:-?} | $(verdict "${append_ratio:-9999}" 1.2001) |
| \`recall due\` with no snapshot (median) | 500 ms | ${cold_ms:-?} ms | $(verdict "${cold_ms:-9999}" 500) |
| \`recall due\` with no snapshot, peak memory | 200 MB | ${cold_mb:-?} MB | $(verdict "${cold_mb:-9999}" 200) |
| \`recall stats\` ÷ warm \`recall due\` | 1.3 | ${stats_ratio:-?} | $(verdict "${stats_ratio:-9999}" 1.3001) |
| home screen's first frame (\`recall home --batch\`) ÷ warm \`recall due\` | 1.2 | ${home_ratio:-?} | $(verdict "${home_ratio:-9999}" 1.2001) |"
if [ -n "$keypress_p99" ]; then
    budgets+="
| key press, update + view at 80x24 (p99) | 1 ms | $keypress_p99 ms | $(verdict "$keypress_p99" 1) |"
    if [ -n "${search_p99:-}" ]; then
        budgets+="
| browser search, a key typed, update + view at 80x24 (p99) | 1 ms | $search_p99 ms | $(verdict "$search_p99" 1) |"
    fi
else
    budgets+="
| key press, update + view at 80x24 (p99) | 1 ms | not yet measured | |"
fi

cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || echo unknown)
mem=$(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo unknown)
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
report="Measured $(date -u +%Y-%m-%d) at commit $commit on $(nproc) cores ($cpu), $mem of memory; load average before the run: $load.
Release build; times are hyperfine means ± standard deviation over $RUNS runs after 2 warm-ups; peak memory is the
largest maximum resident set size of three runs (\`/usr/bin/time -v\`). Data from \`recall-datagen --seed 42\`, \`--now $NOW\`.

$budgets

$table

$inproc

$snapshot

$anki

In process, one run each of the stages in turn (decks first, so the peak is higher than the command's): $load_memory."

echo "$report"

file=BENCHMARKS.md
begin='<!-- bench:begin (written by scripts/bench.sh) -->'
end='<!-- bench:end -->'
if [ -f "$file" ] && grep -qF "$begin" "$file"; then
    awk -v begin="$begin" -v end="$end" -v report="$report" '
        $0 == begin { print; print report; skipping = 1; next }
        $0 == end { skipping = 0 }
        !skipping { print }' "$file" > "$file.tmp" && mv "$file.tmp" "$file"
else
    printf '# Benchmarks\n\n%s\n%s\n%s\n' "$begin" "$report" "$end" > "$file"
fi
echo "wrote $file" >&2
