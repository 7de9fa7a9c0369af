#!/usr/bin/env bash
# The national feed at the September 2026 size: `offres parse --format jsonl` wall time
# and peak memory on a generated file of 1/4, 1/2 and all of 261,536 rows (memory must
# stay flat), then, given a Python with offres and pandas installed, the time and peak
# memory of `offres.to_frame(offres.read_offers(path))` on the full file.
# A benchmark, not a test. Targets (issue 14): ≤ 3 s and < 100 MB on two cores for the
# CLI, ≤ 15 s for the frame.
#
# Usage: tests/bench/national.sh [OFFRES_BIN] [PYTHON]
#   defaults: target/release/offres (built if missing); no Python step without PYTHON
#   (e.g. .venv-ci/test/bin/python after tests/run-python).
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-target/release/offres} python=${2:-}
[ -x "$bin" ] || cargo build --release --quiet -p offres-cli --bin offres
work=${NATIONAL_BENCH:-/tmp/offres-national-bench}
mkdir -p "$work"
full=261536
for rows in $((full / 4)) $((full / 2)) $full; do
    # The generator is seeded: a file of the same size is the same file; kept between runs.
    [ -f "$work/$rows.csv" ] || python3 tests/bench/national.py "$work/$rows.csv" "$rows" >/dev/null
done
printf '%-8s %8s %8s %10s %9s\n' rows MB wall "cpu (u+s)" "peak RSS"
for rows in $((full / 4)) $((full / 2)) $full; do
    f=$work/$rows.csv
    /usr/bin/time -v -o "$work/time.txt" "$bin" parse --format jsonl "$f" >/dev/null 2>"$work/stderr.txt"
    awk -v rows="$rows" -v mb="$(($(stat -L -c %s "$f") / 1000000))" -F': ' '
        /Elapsed/ { n = split($2, t, ":"); wall = t[n] + (n > 1 ? t[n-1] * 60 : 0) }
        /User time/ { cpu += $2 } /System time/ { cpu += $2 }
        /Maximum resident/ { rss = $2 / 1024 }
        END { printf "%-8d %8d %7.2fs %9.2fs %6.0f MB\n", rows, mb, wall, cpu, rss }' "$work/time.txt"
done
if [ -n "$python" ]; then
    /usr/bin/time -v -o "$work/time.txt" "$python" - "$work/$full.csv" <<'PY'
import sys, time
import offres
start = time.perf_counter()
frame = offres.to_frame(offres.read_offers(sys.argv[1]))
print(f"to_frame(read_offers(...)): {len(frame)} rows in {time.perf_counter() - start:.2f} s")
PY
    awk -F': ' '/Elapsed/ { print "  wall (with interpreter start): " $2 }
        /Maximum resident/ { printf "  peak RSS of the Python process: %.0f MB\n", $2 / 1024 }' "$work/time.txt"
fi
