#!/usr/bin/env bash
# Time budget of reading a page: adversarial shapes (crates/offres/tests/shapes/mod.rs)
# at 256 KiB, 512 KiB and 1 MiB, in milliseconds per MB, best of ROUNDS runs. Linear time
# shows as the same ms/MB at every size (a 1M/256K ratio near 1; near 4 is quadratic);
# the budget is 1 MB in under a second. A benchmark, not a test: speed is never checked
# by timed tests. The memory budget is checked by `cargo test --test budgets`.
#
# Usage: [ROUNDS=3] tests/bench/budgets.sh [SHAPE-FILTER]
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo run --release --quiet -p offres --example budgets -- "${ROUNDS:-3}" "${1:-}"
