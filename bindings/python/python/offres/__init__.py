"""Typed data for French public-sector job postings, organisation pages and team rituals.

Every fact is read by the Rust core (the ``offres`` crate); this package is a thin,
typed skin over it. See ``docs/python.md`` in the repository.
"""

# Imports go under private names: the public namespace holds the public API only.
from __future__ import annotations as _annotations

import collections.abc as _abc
import os as _os
import typing as _typing

from offres import _native
from offres._native import *  # noqa: F403 (the extension's `__all__` is the one list)
from offres._native import (
    POSTING_COLUMNS,
    Document,
    Organisation,
    ParseError,
    Posting,
    Team,
    Unclassified,
    parse_many,
    read_document,
    to_columns,
)

if _typing.TYPE_CHECKING:
    import pandas as _pandas
    # pyarrow ships no type information: its Table is Any to mypy.
    import pyarrow as _pyarrow  # type: ignore[import-untyped, unused-ignore]

# The public names: the extension's (its `__all__`, which lists what the Rust side
# registers) and the ones defined here. mypy cannot follow an `__all__` built from
# another module's and would hide every name it did not see listed, so it is left to
# read the public names from the imports above (private ones start with `_`).
if not _typing.TYPE_CHECKING:
    __all__ = [*_native.__all__, "Page", "iter_files", "to_arrow", "to_frame"]

Page = _typing.Union[Posting, Organisation, Team, Unclassified]
"""Any page: a posting, an organisation or a team (tell them apart with ``page.kind``)."""

_T = _typing.TypeVar("_T")


def _restore(cls: type[_T], json: str, filename: str | None = None) -> _T:
    """Rebuild a pickled value from its JSON form (what ``__reduce__`` gives)."""
    if filename is None:
        value: _T = cls.from_json(json)  # type: ignore[attr-defined]
    else:
        value = cls._from_json(json, filename)  # type: ignore[attr-defined]
    return value


def _restore_document(data: bytes, filename: str | None) -> Document:
    """Rebuild a pickled document: read its bytes again."""
    return read_document(data, path=filename)


@_typing.overload
def iter_files(
    paths: _abc.Iterable[str | _os.PathLike[str]],
    *,
    workers: int | None = None,
    chunk_size: int = 256,
    errors: _typing.Literal["raise", "skip"] = "raise",
) -> _abc.Iterator[Page]: ...
@_typing.overload
def iter_files(
    paths: _abc.Iterable[str | _os.PathLike[str]],
    *,
    workers: int | None = None,
    chunk_size: int = 256,
    errors: _typing.Literal["collect"],
) -> _abc.Iterator[Page | ParseError]: ...
def iter_files(
    paths: _abc.Iterable[str | _os.PathLike[str]],
    *,
    workers: int | None = None,
    chunk_size: int = 256,
    errors: _typing.Literal["raise", "skip", "collect"] = "raise",
) -> _abc.Iterator[Page | ParseError]:
    """Yield the page of every file in ``paths``, in order, for corpora too large to hold.

    Files are read ``chunk_size`` at a time with :func:`parse_many`, so memory stays
    bounded by one chunk of pages, and ``paths`` may itself be a lazy iterator.
    ``errors`` is as for :func:`parse_many`.
    """
    if chunk_size < 1:
        raise ValueError("chunk_size must be at least 1")
    if errors not in ("raise", "skip", "collect"):
        # Checked before the first chunk, so a typo fails at once on a lazy iterator too.
        raise ValueError(f'errors must be "raise", "skip" or "collect", not {errors!r}')
    chunk: list[str | _os.PathLike[str]] = []
    for path in paths:
        chunk.append(path)
        if len(chunk) == chunk_size:
            yield from parse_many(chunk, workers=workers, errors=errors)
            chunk = []
    if chunk:
        yield from parse_many(chunk, workers=workers, errors=errors)


# The type of each column of ``Posting.to_row()``; a test checks it against the JSON
# Schema the core generates for the row (``schemas/posting-row.json``).
_COLUMN_TYPES: dict[str, _typing.Literal["text", "count", "flag", "number", "list"]] = {
    "title": "text",
    "organisation": "text",
    "status": "text",
    "contract_kind": "text",
    "contract_kinds": "list",
    "months": "count",
    "renewable": "flag",
    "part_time": "number",
    "city": "text",
    "remote_allowed": "flag",
    "remote_days": "number",
    "full_remote": "flag",
    "start": "text",
    "date_posted": "text",
    "closing_date": "text",
    "team_size": "count",
    "experience_years_min": "count",
    "education": "text",
    "tech": "list",
    "languages": "list",
    "apply_emails": "list",
    "apply_urls": "list",
    "reference": "text",
    "pay_min": "number",
    "pay_max": "number",
    "pay_period": "text",
    "pay_basis": "text",
    "versant": "text",
    "categories": "list",
    "open_to": "text",
    "secondment": "flag",
    "vacancy": "text",
    "experience_level": "text",
    "leads_team": "flag",
    "managed_team_size": "count",
    "working_time": "text",
    "working_time_share": "number",
}

# Where each page came from and what it is, then the posting's own columns.
_PAGE_COLUMNS = ("filename", "kind")

_PANDAS_DTYPES = {
    "text": "string",
    "count": "Int64",
    "flag": "boolean",
    "number": "Float64",
    "list": "object",
}


def to_frame(pages: _abc.Iterable[Page]) -> _pandas.DataFrame:
    """A pandas DataFrame with one row per page.

    The columns are ``filename`` (where the page was read, ``page.filename``), ``kind``
    (``posting``, ``organisation`` or ``team``), then ``offres.POSTING_COLUMNS`` as
    ``Posting.to_row()`` gives them, empty for pages that are not postings: text as
    ``string``, counts as nullable ``Int64``, flags as nullable ``boolean``, fractions
    and days as ``Float64``, and lists (``tech``, ``contract_kinds``…) as Python lists.
    Dates stay text because pages often give only a month or a year.

    Needs pandas: ``pip install 'offres[pandas]'``.
    """
    try:
        import pandas as pd
    except ImportError as e:
        raise ImportError(
            "offres.to_frame needs pandas, an optional dependency: "
            "pip install 'offres[pandas]' (or pip install pandas)"
        ) from e
    columns = to_columns(pages)
    dtypes = {c: "string" for c in _PAGE_COLUMNS}
    dtypes |= {c: _PANDAS_DTYPES[_COLUMN_TYPES[c]] for c in POSTING_COLUMNS}
    return pd.DataFrame({c: pd.Series(values, dtype=dtypes[c]) for c, values in columns.items()})


def to_arrow(pages: _abc.Iterable[Page]) -> _pyarrow.Table:
    """A pyarrow Table with the rows and columns of :func:`to_frame`.

    Types: text as ``string``, counts as ``int64``, flags as ``bool``, fractions and days
    as ``float64``, lists as ``list<string>``; missing values are nulls. polars
    (``polars.from_arrow``) and DuckDB read it without a copy.

    Needs pyarrow: ``pip install 'offres[arrow]'``.
    """
    try:
        import pyarrow as pa
    except ImportError as e:
        raise ImportError(
            "offres.to_arrow needs pyarrow, an optional dependency: "
            "pip install 'offres[arrow]' (or pip install pyarrow)"
        ) from e
    types = {
        "text": pa.string(),
        "count": pa.int64(),
        "flag": pa.bool_(),
        "number": pa.float64(),
        "list": pa.list_(pa.string()),
    }
    schema = pa.schema(
        [pa.field(c, pa.string()) for c in _PAGE_COLUMNS]
        + [pa.field(c, types[_COLUMN_TYPES[c]]) for c in POSTING_COLUMNS]
    )
    return pa.Table.from_pydict(to_columns(pages), schema=schema)
