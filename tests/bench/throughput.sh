#!/usr/bin/env bash
# Throughput of `offres parse --format jsonl` over synthetic corpora (a benchmark, not a test).
#
# Usage: [RUNS=3] tests/bench/throughput.sh [N...]   (default: 10000 100000)
#
# For each N: generates N pages shaped like the reference corpus (postings with YAML,
# TOML or JSON front matter, team and organisation pages, French prose; see
# crates/offres/benches/synth/mod.rs), then parses them on 1 thread and on every core
# and reports pages/s, MB/s (the best of RUNS runs) and peak RSS (the largest, from
# `/usr/bin/time -v`). Corpora are kept under target/bench-corpus/N so later runs skip
# generation.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)

cargo build --release --quiet -p offres-cli --bin offres --example gen-corpus
OFFRES=$TARGET/release/offres
GEN=$TARGET/release/examples/gen-corpus
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }

printf '%-8s %-8s %10s %10s %10s %12s\n' pages threads seconds pages/s MB/s "peak RSS MB"
for n in "${sizes[@]}"; do
    corpus=$TARGET/bench-corpus/$n
    if [ ! -f "$corpus/.done" ]; then
        rm -rf "$corpus"
        "$GEN" "$corpus" "$n" >/dev/null
        touch "$corpus/.done"
    fi
    bytes=$(find "$corpus" -name '*.md' -printf '%s\n' | awk '{s+=$1} END {print s}')
    # Warm the page cache so the first run does not measure the disk.
    find "$corpus" -name "*.md" -exec cat {} + >/dev/null
    for threads in 1 "$(nproc)"; do
        # The best of RUNS runs: other processes only ever make a run slower.
        secs=
        rss_kb=0
        for _ in $(seq "${RUNS:-3}"); do
            log=$(mktemp)
            RAYON_NUM_THREADS=$threads "$TIME" -v "$OFFRES" parse --format jsonl "$corpus" \
                >/dev/null 2>"$log" || true
            wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
            rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
            run=$(awk -v t="$wall" 'BEGIN { n = split(t, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }')
            secs=$(awk -v a="$run" -v b="${secs:-$run}" 'BEGIN { print (a < b) ? a : b }')
            rss_kb=$(( rss > rss_kb ? rss : rss_kb ))
            rm -f "$log"
        done
        awk -v n="$n" -v t="$threads" -v s="$secs" -v b="$bytes" -v r="$rss_kb" \
            'BEGIN { printf "%-8d %-8d %10.2f %10.0f %10.1f %12.1f\n", n, t, s, n / s, b / s / 1e6, r / 1024 }'
    done
done
