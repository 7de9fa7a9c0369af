"""A notebook walk-through: a folder of pages, one DataFrame, three plots.

    python bindings/python/examples/notebook.py [FOLDER ...] [--out DIR]

Without FOLDER, it reads the pages bundled with the repository (``tests/fixtures``)
and, when it is there, the shared beta.gouv.fr corpus beside the repository. The plots
are written as PNG files into DIR (a new temporary folder by default).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files, not windows: this runs in CI too

import matplotlib.pyplot as plt
import pandas as pd

import offres

REPO = Path(__file__).resolve().parents[3]


def default_folders() -> list[Path]:
    """The bundled pages, and the shared beta.gouv.fr postings when present."""
    folders = [REPO / "tests" / "fixtures" / "model", REPO / "tests" / "fixtures" / "pages"]
    shared = REPO.parent / "shared" / "corpus" / "beta-jobs"
    return folders + ([shared] if shared.is_dir() else [])


# 1. Load every page into one DataFrame. A page that cannot be read is collected
#    (errors="collect") rather than stopping the run: look at it, then carry on.
def load(folders: list[Path]) -> tuple[pd.DataFrame, list[offres.ParseError]]:
    paths = sorted(path for folder in folders for path in folder.glob("*.md"))
    results = offres.parse_many(paths, errors="collect")
    failures = [r for r in results if isinstance(r, offres.ParseError)]
    pages = [r for r in results if not isinstance(r, offres.ParseError)]
    return offres.to_frame(pages), failures


# 2. Postings per year. Dates stay text (a page may give only a month or a year),
#    so the year is the first four characters.
def postings_per_year(frame: pd.DataFrame) -> pd.Series:
    postings = frame[frame["kind"] == "posting"]
    years = postings["date_posted"].dropna().str.slice(0, 4)
    return years.value_counts().sort_index()


# 3. Contract kinds: a posting may offer several (`contract_kinds` is a list).
def contract_kinds(frame: pd.DataFrame) -> pd.Series:
    postings = frame[frame["kind"] == "posting"]
    kinds = postings["contract_kinds"].map(lambda ks: ks or ["(not stated)"]).explode()
    return kinds.value_counts()


# 4. Telework: offered, fully remote, not offered, or not stated on the page.
def telework(frame: pd.DataFrame) -> pd.Series:
    postings = frame[frame["kind"] == "posting"]
    answer = pd.Series("not stated", index=postings.index)
    answer[postings["remote_allowed"].eq(False).fillna(False)] = "not offered"
    answer[postings["remote_allowed"].eq(True).fillna(False)] = "offered"
    answer[postings["full_remote"].eq(True).fillna(False)] = "fully remote"
    order = ["fully remote", "offered", "not offered", "not stated"]
    return answer.value_counts().reindex(order, fill_value=0)


def bar_chart(counts: pd.Series, title: str, xlabel: str, path: Path) -> Path:
    figure, axes = plt.subplots(figsize=(7, 4), layout="constrained")
    axes.bar([str(k) for k in counts.index], counts.to_numpy(), color="#000091")
    axes.set_title(title)
    axes.set_xlabel(xlabel)
    axes.set_ylabel("postings")
    axes.tick_params(axis="x", labelrotation=30 if len(counts) > 6 else 0)
    figure.savefig(path, dpi=100)
    plt.close(figure)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--out", type=Path, help="where the PNG files go")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="offres-plots-"))
    out.mkdir(parents=True, exist_ok=True)

    frame, failures = load(args.folders or default_folders())
    print(frame["kind"].value_counts().to_string())
    for failure in failures:
        print(f"not read: {failure.filename}:{failure.lineno}: {failure.code}")

    per_year = postings_per_year(frame)
    plots = [
        bar_chart(
            per_year,
            "Postings per year (pages that give a date)",
            "year posted",
            out / "postings-per-year.png",
        ),
        bar_chart(contract_kinds(frame), "Contracts offered", "contract", out / "contracts.png"),
        bar_chart(telework(frame), "Telework", "", out / "telework.png"),
    ]
    for plot in plots:
        print(f"wrote {plot}")


if __name__ == "__main__":
    main()
