"""``to_frame`` and ``to_arrow``: one row per page, where it came from, the core's columns."""

from __future__ import annotations

import json
import sys
from typing import Any

import pytest

import offres
from conftest import FIXTURES, SCHEMAS, pages, readable_pages

COLUMNS = ["filename", "kind", *offres.POSTING_COLUMNS]


def test_columns_and_dtypes() -> None:
    pd = pytest.importorskip("pandas")
    found = offres.parse_many(readable_pages())
    frame = offres.to_frame(found)
    assert list(frame.columns) == COLUMNS
    assert len(frame) == len(found) > 10
    dtypes = {c: str(t) for c, t in frame.dtypes.items()}
    assert dtypes["filename"] == dtypes["kind"] == dtypes["title"] == "string"
    assert dtypes["months"] == "Int64"
    assert dtypes["team_size"] == "Int64"
    assert dtypes["remote_allowed"] == "boolean"
    assert dtypes["remote_days"] == "Float64"
    assert dtypes["tech"] == "object"
    postings = frame[frame["kind"] == "posting"]
    assert all(isinstance(v, list) for v in postings["tech"])
    assert all(isinstance(v, list) for v in postings["contract_kinds"])
    assert isinstance(pd.NA, type(frame["title"][frame["kind"] == "team"].iloc[0]))


def test_rows_say_where_each_page_came_from_and_what_it_is() -> None:
    pytest.importorskip("pandas")
    paths = readable_pages()
    frame = offres.to_frame(offres.iter_files(paths, chunk_size=7))
    assert list(frame["filename"]) == [str(p) for p in paths]
    assert list(frame["kind"]) == [offres.parse_file(p).kind for p in paths]
    assert set(frame["kind"]) == {"posting", "organisation", "team", "unclassified"}
    # A page parsed from text is named by the path it was given.
    named = offres.to_frame([offres.parse(paths[0].read_bytes(), path="mine.md")])
    assert list(named["filename"]) == ["mine.md"]
    assert offres.to_frame([offres.parse(paths[0].read_bytes())])["filename"].isna().all()


def test_rows_are_the_postings_rows() -> None:
    pd = pytest.importorskip("pandas")
    found = [offres.parse_file(p) for p in pages("model")]
    frame = offres.to_frame(found)
    for i, page in enumerate(found):
        if not isinstance(page, offres.Posting):
            assert frame.loc[i, offres.POSTING_COLUMNS[0]] is pd.NA
            continue
        row = page.to_row()
        assert frame.at[i, "tech"] == page.tech
        for column in ("title", "months", "remote_allowed", "date_posted"):
            value = frame.at[i, column]
            assert (value is pd.NA) == (row[column] is None), column
            if row[column] is not None:
                assert value == row[column]


def test_columns_hold_each_pages_row_exactly() -> None:
    found = offres.parse_many(readable_pages()) + list(
        offres.read_offers(FIXTURES / "national" / "offers.csv")
    )
    columns = offres.to_columns(iter(found))  # any iterable: a generator is read once
    assert list(columns) == COLUMNS
    for i, page in enumerate(found):
        assert columns["filename"][i] == page.filename
        assert columns["kind"][i] == page.kind
        row = page.to_row() if isinstance(page, offres.Posting) else {}
        for name in offres.POSTING_COLUMNS:
            value = columns[name][i]
            # The same value and the same type: 0.8 stays 0.8, 3 stays an int.
            assert value == row.get(name) and type(value) is type(row.get(name)), (name, i)
    # More pages than are taken together at a time, and nothing that is not a page.
    many = offres.to_columns(found * (5000 // len(found) + 1))
    assert len(many["kind"]) == len(found) * (5000 // len(found) + 1)
    with pytest.raises(TypeError, match="expected pages, got int"):
        offres.to_columns([*found[:3], 1])


def test_empty_input_keeps_columns_and_dtypes() -> None:
    pytest.importorskip("pandas")
    frame = offres.to_frame([])
    assert list(frame.columns) == COLUMNS
    assert str(frame.dtypes["months"]) == "Int64"


def test_parse_errors_are_not_rows() -> None:
    pytest.importorskip("pandas")
    found = offres.parse_many(pages("broken")[:1] + pages("model")[:1], errors="collect")
    with pytest.raises(TypeError, match="ParseError"):
        offres.to_frame(found)  # type: ignore[arg-type]


def schema_kind(prop: dict[str, Any]) -> str:
    """The column type ``offres._COLUMN_TYPES`` should say for a JSON Schema property."""
    types = prop.get("type", [])
    types = [types] if isinstance(types, str) else types
    if "array" in types:
        return "list"
    if "integer" in types:
        return "count"
    if "boolean" in types:
        return "flag"
    if "number" in types:
        return "number"
    return "text"


def test_column_types_agree_with_the_cores_row_schema() -> None:
    schema_path = SCHEMAS / "posting-row.json"
    if not schema_path.is_file():
        pytest.skip("schemas/ is absent")
    schema = json.loads(schema_path.read_text("utf-8"))
    props = schema["properties"]
    assert list(offres._COLUMN_TYPES) == list(offres.POSTING_COLUMNS)
    for column in offres.POSTING_COLUMNS:
        # Enumerations and dates are `$ref`s to string types: text.
        assert offres._COLUMN_TYPES[column] == schema_kind(props[column]), column


def test_to_arrow_has_the_frames_rows_and_types() -> None:
    pa = pytest.importorskip("pyarrow")
    pytest.importorskip("pandas")
    found = offres.parse_many(readable_pages())
    table = offres.to_arrow(found)
    assert isinstance(table, pa.Table)
    assert table.column_names == COLUMNS
    assert table.num_rows == len(found)
    assert table.schema.field("months").type == pa.int64()
    assert table.schema.field("remote_allowed").type == pa.bool_()
    assert table.schema.field("remote_days").type == pa.float64()
    assert table.schema.field("tech").type == pa.list_(pa.string())
    frame = offres.to_frame(found)
    rows = table.to_pylist()
    for i, row in enumerate(rows):
        for column in COLUMNS:
            value = frame.at[i, column]
            if isinstance(value, list) or not frame[column].isna()[i]:
                assert row[column] == value, (i, column)
            else:
                assert row[column] is None, (i, column)
    empty = offres.to_arrow([])
    assert empty.num_rows == 0 and empty.schema == table.schema


def test_polars_and_duckdb_read_the_table() -> None:
    pytest.importorskip("pyarrow")
    polars = pytest.importorskip("polars")
    duckdb = pytest.importorskip("duckdb")
    pages_table = offres.to_arrow(offres.parse_many(readable_pages()))
    table = pages_table
    frame = polars.from_arrow(table)
    assert frame.columns == COLUMNS and frame.height == table.num_rows
    postings = sum(1 for k in table.column("kind").to_pylist() if k == "posting")
    assert frame.filter(polars.col("kind") == "posting").height == postings
    counted = duckdb.sql("select count(*) from pages_table where kind = 'posting'").fetchall()
    assert counted == [(postings,)]


@pytest.mark.parametrize(
    ("function", "module", "extra"), [("to_frame", "pandas", "pandas"), ("to_arrow", "pyarrow", "arrow")]
)
def test_missing_optional_dependencies_say_how_to_install_them(
    monkeypatch: pytest.MonkeyPatch, function: str, module: str, extra: str
) -> None:
    # A None entry in sys.modules makes the import fail, as if it were not installed.
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(ImportError, match=rf"pip install 'offres\[{extra}\]'"):
        getattr(offres, function)([])


def test_pay_and_frame_columns() -> None:
    pytest.importorskip("pandas")
    text = (
        "---\ntitle: Rédacteur·rice\norganisation: Mairie de Blois\nversant: territoriale\n"
        "categorie: B\n---\nRémunération : 3 500 € nets mensuels. Poste à temps complet.\n"
    )
    frame = offres.to_frame([offres.parse(text)])
    dtypes = {c: str(t) for c, t in frame.dtypes.items()}
    assert dtypes["pay_min"] == dtypes["pay_max"] == "Float64"
    assert dtypes["pay_period"] == dtypes["pay_basis"] == dtypes["versant"] == "string"
    assert dtypes["secondment"] == "boolean"
    row = frame.iloc[0]
    assert (row["pay_min"], row["pay_max"]) == (3500.0, 3500.0)
    assert (row["pay_period"], row["pay_basis"]) == ("month", "net")
    assert row["versant"] == "territoriale"
    assert row["categories"] == ["B"]
    assert row["working_time"] == "complete"
