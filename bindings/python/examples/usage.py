"""A typed tour of the API; CI checks it with ``mypy --strict`` and runs it."""

from __future__ import annotations

import datetime
import pickle
from pathlib import Path

import offres

FIXTURES = Path(__file__).resolve().parents[3] / "tests" / "fixtures"


def describe(page: offres.Page) -> str:
    """One line about any kind of page."""
    if isinstance(page, offres.Posting):
        city = page.location.city if page.location else "?"
        kinds = "/".join(c.kind for c in page.contracts) or "?"
        return f"posting: {page.role} at {page.organisation} ({kinds}, {city}, {page.status})"
    if isinstance(page, offres.Team):
        return f"team: {page.organisation}, {len(page.rituals)} rituals"
    if isinstance(page, offres.Organisation):
        return f"organisation: {page.name}"
    return f"unclassified: {page.title or '?'} ({len(page.diagnostics)} diagnostics)"


def next_meetings(team: offres.Team) -> list[tuple[str, datetime.time | None]]:
    """The team's rituals with a start time."""
    return [(r.what, r.start) for r in team.rituals if r.recurrence is not None]


def main() -> None:
    pages = offres.parse_many(sorted((FIXTURES / "model").glob("*.md")))
    for page in pages[:3]:
        print(describe(page))

    team = offres.parse_file(FIXTURES / "pages" / "team-rituals.md")
    assert isinstance(team, offres.Team)
    print(next_meetings(team))
    calendar: str = team.to_ics()
    print(calendar.splitlines()[0])

    posting = pages[0]
    assert isinstance(posting, offres.Posting)
    assert pickle.loads(pickle.dumps(posting)) == posting
    jsonld = posting.export_jsonld()
    print(jsonld.output["@type"], [d.code for d in jsonld.diagnostics])

    try:
        offres.parse_file(FIXTURES / "broken" / "bad-yaml.md")
    except offres.ParseError as e:
        print(f"{e.filename}:{e.lineno}:{e.offset}: {e.code}: {e.msg}")


if __name__ == "__main__":
    main()
