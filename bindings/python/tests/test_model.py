"""The classes: attributes, dates, round trips, pickling, parallel parsing."""

from __future__ import annotations

import datetime
import pickle
from pathlib import Path

import pytest

import offres
from conftest import CORPUS, FIXTURES, pages, readable_pages

POSTING = (
    "---\nroles: Data scientist\nstartup: Compteur Vélo\nopen: true\n"
    "contrat: CDD 18 mois\ndate: 2024-03-06\n---\n"
    "Poste basé à Nantes. Télétravail possible jusqu'à 2 jours par semaine.\n"
    "Prise de poste dès mai 2024.\n"
)


def test_a_posting_reads_as_typed_attributes() -> None:
    page = offres.parse(POSTING)
    assert isinstance(page, offres.Posting)
    assert page.kind == "posting"
    assert page.role == "Data scientist"
    assert page.organisation == "Compteur Vélo"
    assert page.status == "open"
    [contract] = page.contracts
    assert contract.kind == "cdd"
    assert contract.duration is not None
    assert (contract.duration.min_months, contract.duration.max_months) == (18, 18)
    assert page.location is not None and page.location.city == "Nantes"
    assert page.remote is not None
    assert page.remote.allowed and page.remote.max_days_per_week == 2.0
    assert page.sources["role"].key == "roles"
    assert page.sources["role"].origin == "front_matter"


def test_dates_are_datetime_dates_or_partial() -> None:
    page = offres.parse(POSTING)
    assert isinstance(page, offres.Posting)
    assert page.date_posted is not None
    assert page.date_posted.date == datetime.date(2024, 3, 6)
    assert str(page.date_posted) == "2024-03-06"
    assert page.start is not None and not page.start.asap
    assert str(page.start) == "2024-05"
    start = page.start.date
    assert start is not None
    assert (start.year, start.month, start.day, start.date) == (2024, 5, None, None)
    assert start.earliest() == datetime.date(2024, 5, 1)
    assert offres.PartialDate.parse("2024") == offres.PartialDate.parse("2024")
    assert str(offres.Start.parse("ASAP")) == "asap"
    assert len({offres.PartialDate.parse("2024-05"), offres.PartialDate.parse("2024-05")}) == 1
    with pytest.raises(ValueError):
        offres.PartialDate.parse("mai")


def test_str_and_bytes_give_the_same_page() -> None:
    assert offres.parse(POSTING) == offres.parse(POSTING.encode("utf-8"))
    latin1 = (FIXTURES / "pages" / "latin1.md").read_bytes()
    assert offres.parse(latin1) == offres.parse_file(FIXTURES / "pages" / "latin1.md")
    with pytest.raises(TypeError, match="str or bytes"):
        offres.parse(42)  # type: ignore[arg-type]


def test_a_team_has_rituals_with_times() -> None:
    team = offres.parse_file(FIXTURES / "pages" / "team-rituals.md")
    assert isinstance(team, offres.Team)
    meeting = team.rituals[0]
    assert meeting.rrule == "FREQ=WEEKLY;BYDAY=MO"
    assert (meeting.start, meeting.end) == (datetime.time(10, 30), datetime.time(11, 30))
    assert meeting.timezone == "Europe/Paris"
    assert meeting.recurrence is not None and meeting.recurrence.by_day == ["MO"]
    assert meeting.channel is not None
    assert (meeting.channel.kind, meeting.channel.room) == ("irc", "#bluehats")
    assert meeting.channel.to is None


@pytest.mark.parametrize("path", readable_pages(), ids=lambda p: p.name)
def test_round_trips_are_exact(path: Path) -> None:
    page = offres.parse_file(path)
    cls = type(page)
    assert cls.from_json(page.to_json()) == page
    assert cls.from_dict(page.to_dict()) == page
    assert page.to_dict()["kind"] == page.kind
    assert pickle.loads(pickle.dumps(page)) == page
    # repr is code that rebuilds the value.
    assert eval(repr(page), vars(offres)) == page
    for diagnostic in page.diagnostics:
        assert offres.Diagnostic.from_json(diagnostic.to_json()) == diagnostic


def test_value_classes_pickle_and_compare() -> None:
    page = offres.parse(POSTING)
    assert isinstance(page, offres.Posting)
    contract = page.contracts[0]
    assert pickle.loads(pickle.dumps(contract)) == contract
    assert contract != page.location
    assert contract.to_dict() == {"kind": "cdd", "duration": {"min_months": 18, "max_months": 18}}
    with pytest.raises(ValueError):
        offres.Contract.from_json('{"kind": "permanent"}')
    with pytest.raises(TypeError):
        hash(page)


def test_parse_many_equals_sequential_parsing() -> None:
    paths = readable_pages()
    sequential = [offres.parse_file(p) for p in paths]
    assert offres.parse_many(paths) == sequential
    assert offres.parse_many([str(p) for p in paths], workers=1) == sequential
    assert list(offres.iter_files(iter(paths), chunk_size=3)) == sequential
    assert offres.parse_many([]) == []
    with pytest.raises(ValueError):
        offres.parse_many(paths, workers=0)


def test_parse_many_raises_the_first_failure_in_order() -> None:
    paths = pages("pages")[:2] + pages("broken")
    with pytest.raises(offres.ParseError) as info:
        offres.parse_many(paths)
    assert info.value.filename == str(pages("broken")[0])


@pytest.mark.skipif(not (CORPUS / "dev").is_dir(), reason="the shared corpus is absent")
def test_parse_many_on_the_dev_corpus() -> None:
    paths = sorted((CORPUS / "dev").glob("*.md"))
    assert offres.parse_many(paths, workers=2) == [offres.parse_file(p) for p in paths]


FRAMED = (
    "---\ntitle: Rédacteur·rice\norganisation: Mairie de Blois\nversant: territoriale\n"
    "categorie: B\ntemps_de_travail: Temps non complet (28h hebdomadaires)\n---\n"
    "Poste ouvert aux titulaires et aux contractuels. Le poste est vacant.\n\n"
    "Vous encadrez une équipe de 4 agents. Profil confirmé.\n\n"
    "Rémunération : entre 38 et 45 K€ bruts annuels.\n"
)


def test_pay_and_the_frame_read_as_typed_attributes() -> None:
    page = offres.parse(FRAMED)
    assert isinstance(page, offres.Posting)
    [pay] = page.pay
    assert isinstance(pay, offres.Pay)
    assert (pay.min, pay.max, pay.period, pay.basis) == (38000.0, 45000.0, "year", "gross")
    assert pay.currency == "EUR"
    assert "38" in pay.text
    assert page.versant == "territoriale"
    assert page.categories == ["B"]
    assert page.open_to == "titulaires_and_contractuels"
    assert page.vacancy == "vacant"
    assert page.experience_level == "confirmed"
    assert page.management is not None
    assert (page.management.leads_team, page.management.team_size) == (True, 4)
    assert page.working_time is not None
    assert page.working_time.kind == "non_complete"
    assert page.working_time.share == pytest.approx(0.8)
    row = page.to_row()
    assert (row["pay_min"], row["pay_period"], row["versant"]) == (38000.0, "year", "territoriale")
    assert (row["working_time"], row["managed_team_size"]) == ("non_complete", 4)
    # The values compare, round-trip and pickle like every model class.
    assert offres.Pay.from_json(pay.to_json()) == pay
    assert pickle.loads(pickle.dumps(page.working_time)) == page.working_time


def test_a_rule_without_an_amount_has_no_amount() -> None:
    page = offres.parse(
        "---\nroles: Développeur·se\nstartup: Pix\nopen: true\n---\nRémunération selon profil.\n"
    )
    assert isinstance(page, offres.Posting)
    [pay] = page.pay
    assert (pay.min, pay.max, pay.period) == (None, None, None)
    assert pay.depends_on == ["profile"]
    assert page.versant is None and page.categories == [] and page.working_time is None
