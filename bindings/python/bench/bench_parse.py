"""Time ``offres.parse`` against ``python-frontmatter`` on the same pages (not a test).

    python bindings/python/bench/bench_parse.py FOLDER [--rounds N]

Both read every ``*.md`` page of FOLDER from memory, one at a time on one thread;
python-frontmatter only splits the page and loads the YAML, while offres also decodes,
reads the body and extracts the typed model. ``parse_many`` (all cores) is timed too.
Build the module in release mode first (``maturin develop --release`` or ``pip install``).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import frontmatter
import frontmatter.default_handlers

import offres


def best_rate(run: Callable[[], object], pages: int, rounds: int) -> float:
    """Pages per second of the fastest of ``rounds`` runs."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return pages / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    paths = sorted(args.folder.glob("*.md"))
    raw = [p.read_bytes() for p in paths]
    # python-frontmatter wants text; give it the same pages decoded (its own reading of
    # legacy encodings would fail on some, which would not be a fair race).
    texts = [b.decode("utf-8", errors="replace") for b in raw]
    megabytes = sum(len(b) for b in raw) / 1e6

    def run_offres() -> None:
        for b in raw:
            offres.parse(b)

    def run_frontmatter() -> None:
        for t in texts:
            frontmatter.loads(t)

    def run_parse_many() -> None:
        offres.parse_many(paths)

    loader = getattr(frontmatter.default_handlers, "SafeLoader", None)
    print(
        f"{len(raw)} pages, {megabytes:.2f} MB, best of {args.rounds} rounds "
        f"(python-frontmatter with {getattr(loader, '__name__', 'its default loader')})"
    )
    rates = {
        "offres.parse": best_rate(run_offres, len(raw), args.rounds),
        "python-frontmatter": best_rate(run_frontmatter, len(raw), args.rounds),
        "offres.parse_many (all cores)": best_rate(run_parse_many, len(raw), args.rounds),
    }
    for name, rate in rates.items():
        print(f"{name:32} {rate:10.0f} pages/s {rate * megabytes / len(raw):8.1f} MB/s")
    ratio = rates["offres.parse"] / rates["python-frontmatter"]
    print(f"offres.parse / python-frontmatter: {ratio:.2f}x")


if __name__ == "__main__":
    main()
