"""The examples run, answer correctly, and the docs show them as they are."""

from __future__ import annotations

import re
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

import offres
from conftest import FIXTURES, REPO

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_telework_by_organisation_counts_right() -> None:
    pytest.importorskip("pandas")
    telework = runpy.run_path(str(EXAMPLES / "telework.py"))["telework_by_organisation"]
    folder = FIXTURES / "model"
    table = telework(folder)
    postings = [
        p for p in (offres.parse_file(f) for f in folder.glob("*.md")) if isinstance(p, offres.Posting)
    ]
    assert int(table["postings"].sum()) == len(postings)
    with_telework = [p for p in postings if p.remote is not None and p.remote.allowed]
    assert int(table["with_telework"].sum()) == len(with_telework)
    for org, row in table.iterrows():
        mine = [p for p in postings if (p.organisation or "(not stated)") == org]
        assert row["postings"] == len(mine)
        assert row["share"] == pytest.approx(
            sum(1 for p in mine if p.remote is not None and p.remote.allowed) / len(mine)
        )


@pytest.mark.parametrize("name", ["telework.py", "usage.py"])
def test_example_runs_as_a_script(name: str) -> None:
    if name == "telework.py":
        pytest.importorskip("pandas")
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / name)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip()


def test_the_docs_show_the_tested_code() -> None:
    doc = (REPO / "docs" / "python.md").read_text("utf-8")
    blocks = re.findall(
        r"<!-- code: (\S+) -->\n```python\n(.*?)```\n", doc, flags=re.DOTALL
    )
    assert blocks, "docs/python.md includes no tested code"
    for path, code in blocks:
        assert code == (REPO / path).read_text("utf-8"), f"docs/python.md is stale for {path}"


def test_the_notebook_counts_right_and_draws_its_plots(tmp_path: Path) -> None:
    pytest.importorskip("pandas")
    pytest.importorskip("matplotlib")
    notebook = runpy.run_path(str(EXAMPLES / "notebook.py"))
    folders = [FIXTURES / "model", FIXTURES / "pages", FIXTURES / "broken"]
    frame, failures = notebook["load"](folders)
    paths = sorted(p for f in folders for p in f.glob("*.md"))
    assert sorted(f.filename for f in failures) == sorted(
        str(p) for p in (FIXTURES / "broken").glob("*.md")
    )
    postings = [
        p for p in offres.parse_many(paths, errors="skip") if isinstance(p, offres.Posting)
    ]
    assert len(frame) + len(failures) == len(paths)
    per_year = notebook["postings_per_year"](frame)
    years = [str(p.date_posted)[:4] for p in postings if p.date_posted is not None]
    assert per_year.to_dict() == {y: years.count(y) for y in set(years)}
    kinds = notebook["contract_kinds"](frame)
    assert int(kinds.sum()) == sum(max(1, len({c.kind for c in p.contracts})) for p in postings)
    telework = notebook["telework"](frame)
    assert int(telework.sum()) == len(postings)
    assert telework["fully remote"] == sum(1 for p in postings if p.remote and p.remote.full_remote)

    done = subprocess.run(
        [sys.executable, str(EXAMPLES / "notebook.py"), "--out", str(tmp_path)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    for name in ("postings-per-year.png", "contracts.png", "telework.png"):
        png = (tmp_path / name).read_bytes()
        assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 5000, name
        assert str(tmp_path / name) in done.stdout
