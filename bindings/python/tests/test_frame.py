"""``to_frame``: one row per posting, the core's columns, nullable dtypes."""

from __future__ import annotations

import pytest

import offres
from conftest import pages, readable_pages

pd = pytest.importorskip("pandas")


def test_columns_and_dtypes() -> None:
    found = offres.parse_many(readable_pages())
    postings = [p for p in found if isinstance(p, offres.Posting)]
    frame = offres.to_frame(found)
    assert list(frame.columns) == list(offres.POSTING_COLUMNS)
    assert len(frame) == len(postings) > 10
    dtypes = {c: str(t) for c, t in frame.dtypes.items()}
    assert dtypes["title"] == "string"
    assert dtypes["months"] == "Int64"
    assert dtypes["team_size"] == "Int64"
    assert dtypes["remote_allowed"] == "boolean"
    assert dtypes["remote_days"] == "Float64"
    assert dtypes["tech"] == "object"
    assert all(isinstance(v, list) for v in frame["tech"])
    assert all(isinstance(v, list) for v in frame["contract_kinds"])


def test_rows_are_the_postings_rows() -> None:
    found = [offres.parse_file(p) for p in pages("model")]
    postings = [p for p in found if isinstance(p, offres.Posting)]
    frame = offres.to_frame(found)
    for i, posting in enumerate(postings):
        row = posting.to_row()
        assert frame.at[i, "title"] == (row["title"] if row["title"] is not None else pd.NA) or (
            row["title"] is None and frame.at[i, "title"] is pd.NA
        )
        assert frame.at[i, "tech"] == posting.tech
        months = frame.at[i, "months"]
        assert (months is pd.NA) == (row["months"] is None)
        if row["months"] is not None:
            assert months == row["months"]


def test_empty_input_keeps_columns_and_dtypes() -> None:
    frame = offres.to_frame([])
    assert list(frame.columns) == list(offres.POSTING_COLUMNS)
    assert str(frame.dtypes["months"]) == "Int64"


def test_every_column_has_a_dtype() -> None:
    assert set(offres._DTYPES) == set(offres.POSTING_COLUMNS)
