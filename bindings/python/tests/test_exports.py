"""Exports: schema.org JSON-LD for postings, iCalendar for rituals (read back independently)."""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

import pytest

import offres
from conftest import FIXTURES, readable_pages

icalendar = pytest.importorskip("icalendar")
rrule = pytest.importorskip("dateutil.rrule")

PARIS = ZoneInfo("Europe/Paris")


def test_a_posting_becomes_a_job_posting() -> None:
    posting = offres.parse(
        "---\nroles: Développeur·euse\nstartup: Signal Voirie\nopen: true\ncontrat: CDI\n---\n"
        "Poste basé à Lyon.\n"
    )
    assert isinstance(posting, offres.Posting)
    ld = posting.to_jsonld()
    assert ld["@type"] == "JobPosting"
    assert ld["title"] == "Développeur·euse"
    assert ld["hiringOrganization"]["name"] == "Signal Voirie"
    assert ld["jobLocation"]["address"]["addressLocality"] == "Lyon"
    export = posting.export_jsonld(body="Poste basé à **Lyon**.")
    assert "<strong>Lyon</strong>" in export.output["description"]
    # No publication date on the page: the export says so rather than inventing one.
    assert any(d.code == "missing_for_export" for d in export.diagnostics)


def test_every_posting_fixture_exports() -> None:
    for path in readable_pages():
        page = offres.parse_file(path)
        if isinstance(page, offres.Posting):
            assert page.to_jsonld()["@type"] == "JobPosting"
        elif isinstance(page, (offres.Team, offres.Organisation)):
            assert page.to_ics().startswith("BEGIN:VCALENDAR\r\n")


def test_team_rituals_read_back_with_icalendar_and_expand() -> None:
    team = offres.parse_file(FIXTURES / "pages" / "team-rituals.md")
    assert isinstance(team, offres.Team)
    export = team.export_ics()
    assert export.output == team.to_ics()
    # The workshop has no date: left out, and said so.
    assert [d.code for d in export.diagnostics] == ["unscheduled_ritual"]

    calendar = icalendar.Calendar.from_ical(export.output)
    events = {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}
    assert sorted(events) == ["demo", "retrospective", "team meeting", "weekly mail"]

    def occurrences(summary: str, weeks: int) -> list[datetime.datetime]:
        event = events[summary]
        start = event.decoded("DTSTART")
        if not isinstance(start, datetime.datetime):
            # An all-day event (VALUE=DATE): expand from its midnight.
            start = datetime.datetime.combine(start, datetime.time())
        rule = event["RRULE"].to_ical().decode()
        until = start + datetime.timedelta(weeks=weeks)
        return list(rrule.rrulestr(rule, dtstart=start).between(start, until, inc=True))

    def paris(*args: int) -> datetime.datetime:
        return datetime.datetime(*args, tzinfo=PARIS)

    meeting = occurrences("team meeting", 4)
    assert meeting[:4] == [paris(2024, 3, d, 10, 30) for d in (11, 18, 25)] + [
        paris(2024, 4, 1, 10, 30)
    ]
    # 10:30 in Paris is 09:30 UTC in winter and 08:30 UTC after the switch (31 March).
    assert meeting[0].utcoffset() == datetime.timedelta(hours=1)
    assert meeting[3].utcoffset() == datetime.timedelta(hours=2)
    assert events["team meeting"].decoded("DTEND") - events["team meeting"].decoded(
        "DTSTART"
    ) == datetime.timedelta(hours=1)

    retro = occurrences("retrospective", 6)
    assert [d.date() for d in retro] == [
        datetime.date(2024, 3, 7),
        datetime.date(2024, 3, 21),
        datetime.date(2024, 4, 4),
        datetime.date(2024, 4, 18),
    ]
    demo = occurrences("demo", 10)
    assert [d.date() for d in demo] == [
        datetime.date(2024, 4, 2),
        datetime.date(2024, 5, 7),
        datetime.date(2024, 6, 4),
    ]
    assert all(d.weekday() == 4 for d in occurrences("weekly mail", 3))
    assert str(events["team meeting"]["URL"]) == "irc://irc.libera.chat/#bluehats"
