"""Typed data for French public-sector job postings, organisation pages and team rituals.

Every fact is read by the Rust core (the ``offres`` crate); this package is a thin,
typed skin over it. See ``docs/python.md`` in the repository.
"""

from __future__ import annotations

import collections.abc
import os
import typing

from offres._native import (
    ERROR_CODES,
    POSTING_COLUMNS,
    Apply,
    Channel,
    Commitments,
    Contact,
    Contract,
    Diagnostic,
    Duration,
    Experience,
    Export,
    Location,
    Organisation,
    ParseError,
    PartialDate,
    PartTime,
    Posting,
    Product,
    Recurrence,
    Remote,
    Ritual,
    Skills,
    Source,
    Start,
    Team,
    __version__,
    parse,
    parse_file,
    parse_many,
)

if typing.TYPE_CHECKING:
    import pandas

__all__ = [
    "ERROR_CODES",
    "POSTING_COLUMNS",
    "Apply",
    "Channel",
    "Commitments",
    "Contact",
    "Contract",
    "Diagnostic",
    "Duration",
    "Experience",
    "Export",
    "Location",
    "Organisation",
    "Page",
    "ParseError",
    "PartTime",
    "PartialDate",
    "Posting",
    "Product",
    "Recurrence",
    "Remote",
    "Ritual",
    "Skills",
    "Source",
    "Start",
    "Team",
    "__version__",
    "iter_files",
    "parse",
    "parse_file",
    "parse_many",
    "to_frame",
]

Page = typing.Union[Posting, Organisation, Team]
"""Any page: a posting, an organisation or a team (tell them apart with ``page.kind``)."""

_T = typing.TypeVar("_T")


def _restore(cls: type[_T], json: str) -> _T:
    """Rebuild a pickled value from its JSON form (what ``__reduce__`` gives)."""
    value: _T = cls.from_json(json)  # type: ignore[attr-defined]
    return value


def iter_files(
    paths: collections.abc.Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = None,
    chunk_size: int = 256,
) -> collections.abc.Iterator[Page]:
    """Yield the page of every file in ``paths``, in order, for corpora too large to hold.

    Files are read ``chunk_size`` at a time with :func:`parse_many`, so memory stays
    bounded by one chunk of pages, and ``paths`` may itself be a lazy iterator.
    """
    if chunk_size < 1:
        raise ValueError("chunk_size must be at least 1")
    chunk: list[str | os.PathLike[str]] = []
    for path in paths:
        chunk.append(path)
        if len(chunk) == chunk_size:
            yield from parse_many(chunk, workers=workers)
            chunk = []
    if chunk:
        yield from parse_many(chunk, workers=workers)


# Pandas dtypes of the columns of ``Posting.to_row()``; a test checks it covers
# POSTING_COLUMNS exactly. Columns not listed hold lists (object).
_DTYPES: dict[str, str] = {
    "title": "string",
    "organisation": "string",
    "status": "string",
    "contract_kind": "string",
    "contract_kinds": "object",
    "months": "Int64",
    "renewable": "boolean",
    "part_time": "Float64",
    "city": "string",
    "remote_allowed": "boolean",
    "remote_days": "Float64",
    "full_remote": "boolean",
    "start": "string",
    "date_posted": "string",
    "closing_date": "string",
    "team_size": "Int64",
    "experience_years_min": "Int64",
    "education": "string",
    "tech": "object",
    "languages": "object",
    "apply_emails": "object",
    "apply_urls": "object",
    "reference": "string",
}


def to_frame(pages: collections.abc.Iterable[Page]) -> pandas.DataFrame:
    """A pandas DataFrame with one row per posting (other pages are skipped).

    The columns are ``offres.POSTING_COLUMNS``, as ``Posting.to_row()`` gives them:
    text as ``string``, counts as nullable ``Int64``, flags as nullable ``boolean``,
    fractions and days as ``Float64``, and lists (``tech``, ``contract_kinds``…) as
    Python lists. Dates stay text because pages often give only a month or a year.

    Needs pandas: ``pip install 'offres[pandas]'``.
    """
    try:
        import pandas as pd
    except ImportError as e:
        raise ImportError(
            "offres.to_frame needs pandas, an optional dependency: "
            "pip install 'offres[pandas]' (or pip install pandas)"
        ) from e
    rows: list[dict[str, typing.Any]] = [p.to_row() for p in pages if isinstance(p, Posting)]
    frame = pd.DataFrame.from_records(rows, columns=list(POSTING_COLUMNS))
    return frame.astype({c: _DTYPES[c] for c in POSTING_COLUMNS})
