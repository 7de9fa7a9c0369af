"""Which organisations offer telework? Share of postings with telework, by organisation."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

import offres


def telework_by_organisation(folder: Path) -> pd.DataFrame:
    """One row per organisation: its postings, how many allow telework, and the share."""
    paths = sorted(folder.glob("*.md"))
    frame = offres.to_frame(offres.iter_files(paths, errors="skip"))
    frame = frame[frame["kind"] == "posting"].copy()
    frame["organisation"] = frame["organisation"].fillna("(not stated)")
    # Pages that say nothing about telework count as "no": the question is what is offered.
    frame["telework"] = frame["remote_allowed"].fillna(False)
    table = frame.groupby("organisation").agg(
        postings=("title", "size"),
        with_telework=("telework", "sum"),
    )
    table["share"] = table["with_telework"] / table["postings"]
    return table.sort_values(["postings", "share"], ascending=False)


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("tests/fixtures/model")
    table = telework_by_organisation(folder)
    print(table.head(10).to_string())
    total = table["with_telework"].sum() / table["postings"].sum()
    print(f"\n{table['postings'].sum()} postings, {total:.0%} with telework")
