"""Each reference page gives its expected facts (the corpus's neutral field names).

Like ``crates/offres/tests/corpus.rs``, which checks every fact; here a few key facts
are read through the Python classes, to check the binding, not the parser again.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import offres
from conftest import CORPUS

SEEDS = sorted((CORPUS / "seeds").glob("*.txt")) if (CORPUS / "seeds").is_dir() else []


def normal_text(text: str) -> str:
    """Inclusive forms written with either dot, no gender marker (as corpus.rs does)."""
    text = text.replace("·", ".").replace("’", "'")
    for marker in ("(F/H)", "(H/F)", "F/H", "H/F"):
        text = text.replace(marker, "")
    return text.strip()


def facts(page: offres.Posting | offres.Organisation | offres.Team) -> dict[str, Any]:
    """The page's key facts under the corpus's neutral names."""
    out: dict[str, Any] = {
        "kind": page.kind,
        "date_posted": str(page.date_posted) if page.date_posted else None,
        "tags": page.tags,
        "encoding_repaired": page.encoding_repaired,
    }
    if isinstance(page, offres.Posting):
        first = page.contracts[0] if page.contracts else None
        duration = first.duration if first else None
        out |= {
            "title": page.role,
            "organisation": page.organisation,
            "status": page.status,
            "contract": first
            and {
                "kind": first.kind,
                "months": duration and (duration.min_months or duration.max_months),
                "renewable": first.renewable,
            },
            "city": page.location.city if page.location else None,
            "remote": page.remote
            and {"allowed": page.remote.allowed, "max_days_per_week": page.remote.max_days_per_week},
            "start": str(page.start) if page.start else None,
            "team_size": page.team_size,
            "education": page.education,
            "apply": {"emails": page.apply.emails, "urls": page.apply.urls},
            "reference": page.apply.reference,
            "tech": page.tech,
        }
    elif isinstance(page, offres.Team):
        out |= {
            "title": page.title,
            "organisation": page.organisation,
            "rituals": sorted(r.rrule or "" for r in page.rituals),
        }
    else:
        out |= {
            "title": page.title,
            "organisation": page.name,
            "rituals": sorted(r.rrule or "" for r in page.rituals),
        }
    return out


def agree(field: str, want: Any, got: Any) -> bool:
    if field in ("title", "organisation") and isinstance(want, str) and isinstance(got, str):
        return normal_text(want) == normal_text(got)
    if field == "rituals":
        return sorted(r.get("rrule") or "" for r in want) == got
    if field == "remote" and want and got:
        return bool(want["allowed"] == got["allowed"]) and want.get("max_days_per_week") == (
            got["max_days_per_week"]
        )
    return bool(want == got)


@pytest.mark.skipif(not SEEDS, reason="the shared reference corpus is absent")
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_reference_page_gives_its_expected_facts(seed: Path) -> None:
    want = json.loads((CORPUS / "expected" / f"{seed.stem}.json").read_text("utf-8"))
    got = facts(offres.parse_file(seed))
    assert len(got.keys() & want.keys()) >= 5, "too few facts compared"
    disagreements = [
        f"{field}: expected {want[field]!r}, got {value!r}"
        for field, value in got.items()
        if field in want and not agree(field, want[field], value)
    ]
    assert not disagreements, "\n".join(disagreements)
