"""The Dask example (examples/national_dask.py) gives the single-process result."""

from __future__ import annotations

import runpy

import pytest

from conftest import CORPUS, FIXTURES, REPO

# tests/run-python installs dask[distributed] into its venv; where the package index
# could not be reached it says so, and this skips with that reason.
pytest.importorskip(
    "distributed", reason="dask[distributed] is not installed (tests/run-python installs it)"
)

EXAMPLE = REPO / "examples" / "national_dask.py"


def test_two_worker_processes_give_the_single_process_postings() -> None:
    example = runpy.run_path(str(EXAMPLE))
    files = [FIXTURES / "national" / "offers.csv", FIXTURES / "national" / "offers.json"]
    samples = CORPUS / "national"
    if samples.is_dir():
        files += sorted(p for p in samples.rglob("*") if p.suffix in (".csv", ".json"))
    distributed = example["parse_on_cluster"](files)
    single = example["parse_here"](files)
    assert len(distributed) == len(single) > 5
    assert distributed == single
    assert [p.filename for p in distributed] == [p.filename for p in single]
    assert example["compare"](files[:2]) == len(example["parse_here"](files[:2]))
