"""Time ``offres.read_document`` against ``frontmatter.loads`` on the same pages (not a test).

    python bindings/python/bench/bench_document.py FOLDER [--rounds N]

As ``bench/compare.py`` (in the shared folder) does: every page of FOLDER is read into
memory as text first, then each contender goes over all of them on one thread, the
contenders alternating round after round; the best round of each counts. Contenders:

- ``frontmatter.loads``: python-frontmatter (with libyaml when PyYAML has it) splits the
  page and loads the YAML into a dict (dates become ``datetime.date``);
- ``read_document``: ``offres.read_document``, the lossless Document; nothing becomes a
  Python object until asked for;
- ``read_document + dict``: the same, then the front matter as a dict
  (``front_matter.to_dict()``) and the body as a string, what ``frontmatter.loads``
  hands over;
- ``parse``: ``offres.parse``, the full typed page, for scale.

Build the module in release mode first (``maturin build --release`` and install the
wheel, or ``maturin develop --release``).
"""

from __future__ import annotations

import argparse
import importlib
import time
from collections.abc import Callable
from pathlib import Path

import frontmatter

import offres


def read_with_dict(text: str) -> object:
    doc = offres.read_document(text)
    fm = doc.front_matter
    return (fm.to_dict() if fm is not None else {}), doc.body


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    paths = sorted(p for p in args.folder.iterdir() if p.is_file())
    texts = [p.read_text("utf-8") for p in paths]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    contenders: dict[str, Callable[[str], object]] = {
        "frontmatter.loads": frontmatter.loads,
        "read_document": offres.read_document,
        "read_document + dict": read_with_dict,
        "parse": offres.parse,
    }
    best = dict.fromkeys(contenders, float("inf"))
    for _ in range(args.rounds):
        for name, run in contenders.items():
            start = time.perf_counter()
            for text in texts:
                run(text)
            best[name] = min(best[name], time.perf_counter() - start)

    yaml = importlib.import_module("yaml")
    libyaml = "with libyaml" if getattr(yaml, "__with_libyaml__", False) else "without libyaml"
    print(
        f"{len(texts)} pages, {megabytes:.1f} MB, one thread, best of {args.rounds} "
        f"alternating rounds; python-frontmatter {version('python-frontmatter')} {libyaml}"
    )
    base = best["frontmatter.loads"]
    for name, seconds in best.items():
        rate = len(texts) / seconds
        print(
            f"{name:22} {rate:9.0f} pages/s {megabytes / seconds:7.1f} MB/s "
            f"{seconds / len(texts) * 1e6:7.1f} µs/page  x{base / seconds:.2f}"
        )


def version(distribution: str) -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed(distribution)
    except PackageNotFoundError:
        return "?"


if __name__ == "__main__":
    main()
