#!/usr/bin/env bash
# What each stage of `offres parse --format jsonl` costs, in instructions per input byte
# (callgrind counts: repeatable however busy the machine is). A benchmark, not a test.
#
# Usage: tests/bench/stages.sh [OFFRES_BIN] [CORPUS_DIR] [PAGES]
#   defaults: target/release/offres, /tmp/perf_corpus (../shared/bench/make_perf_corpus.py
#   10000 /tmp/perf_corpus makes it), the first 300 pages.
# Each stage is counted inclusively (with what it calls) by a run that collects only
# inside that function; indented stages are part of the stage above them. A stage whose
# function was inlined everywhere shows 0.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-target/release/offres} corpus=${2:-/tmp/perf_corpus} n=${3:-300}
command -v valgrind >/dev/null || { echo "needs valgrind" >&2; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/pages"
ls "$corpus" | sort | sed -n "1,${n}p" | while read -r f; do cp "$corpus/$f" "$tmp/pages/"; done
bytes=$(cat "$tmp"/pages/* | wc -c)
count() {
    RAYON_NUM_THREADS=1 valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" \
        "$bin" parse --format jsonl "$tmp/pages" 2>&1 >/dev/null \
        | grep -oE 'Collected : [0-9]+' | grep -oE '[0-9]+$'
}
total=$(count)
printf '%d pages, %d bytes: %.0f instructions per byte\n\n' "$n" "$bytes" \
    "$(awk -v t="$total" -v b="$bytes" 'BEGIN { print t / b }')"
printf '%-34s %8s %7s\n' stage "per byte" share
row() {
    local c; c=$(count --toggle-collect="$2")
    awk -v name="$1" -v c="${c:-0}" -v b="$bytes" -v t="$total" \
        'BEGIN { printf "%-34s %8.1f %6.1f%%\n", name, c / b, 100 * c / t }'
}
row "document"                       'offres::document::Document::parse'
row "  decode"                       'offres::document::encoding::decode'
row "  front matter"                 'offres::document::front_matter::read'
row "  body (Markdown)"              'offres::document::body::parse::parse_body'
row "extract"                        'offres::extract::page'
row "  fold, sentences, triggers"    'offres::extract::facts::Scanned::new'
row "  classify"                     'offres::extract::classify::classify'
row "  posting builder"              'offres::extract::posting::build'
row "    contract"                   'offres::extract::facts::contract::find_contracts_in'
row "    part time"                  'offres::extract::facts::part_time::find_part_time_in'
row "    place"                      'offres::extract::facts::place::find_locations_in'
row "    telework"                   'offres::extract::facts::remote::find_remote_in'
row "    status"                     'offres::extract::facts::status::find_status_in'
row "    start"                      'offres::extract::facts::start::find_start_in'
row "    closing"                    'offres::extract::facts::closing::find_closing_in'
row "    experience"                 'offres::extract::facts::experience::find_experience_in'
row "    education"                  'offres::extract::facts::education::find_education_in'
row "    team size"                  'offres::extract::facts::team_size::find_team_size_in'
row "    languages"                  'offres::extract::facts::languages::find_languages_in'
row "    tech"                       'offres::extract::facts::tech::find_tech'
row "    hiring organisation"        'offres::extract::hirer::organisation'
row "output (JSON of postings)"      '*Serialize for offres::model::posting::Posting>::serialize'
