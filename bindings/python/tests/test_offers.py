"""National offers files: `read_offers` yields every row as a posting, in order."""

from __future__ import annotations

import pickle
import threading
from pathlib import Path

import pytest

import offres
from conftest import CORPUS, FIXTURES

NATIONAL = FIXTURES / "national"
SAMPLE = CORPUS / "national" / "datagouv" / "offres-datagouv-20260913-sample.csv"


def test_rows_come_back_in_order_as_postings() -> None:
    offers = offres.read_offers(NATIONAL / "offers.csv")
    postings = list(offers)
    assert [p.apply.reference for p in postings] == ["T-0001", "T-0002", "T-0003", "T-0004", "T-0005"]
    assert all(isinstance(p, offres.Posting) for p in postings)
    first = postings[0]
    assert first.title == "Développeur·euse web (H/F)"
    assert first.apply.emails == ["recrutement@bordeaux.example"]
    assert first.filename == f"{NATIONAL / 'offers.csv'}#row=1"
    assert postings[4].filename == f"{NATIONAL / 'offers.csv'}#row=5"
    # Exhausted, it stays exhausted.
    assert next(offers, None) is None


def test_chunks_do_not_change_the_result() -> None:
    whole = [p.to_json() for p in offres.read_offers(NATIONAL / "offers.json")]
    assert len(whole) > 1
    for size in (1, 2, 3):
        assert [p.to_json() for p in offres.read_offers(NATIONAL / "offers.json", chunk_size=size)] == whole
    with pytest.raises(ValueError, match="chunk_size"):
        offres.read_offers(NATIONAL / "offers.json", chunk_size=0)


def test_a_malformed_row_is_still_a_posting_with_its_diagnostic() -> None:
    postings = list(offres.read_offers(NATIONAL / "malformed.csv"))
    codes = [sorted(d.code for d in p.diagnostics) for p in postings]
    assert len(postings) == 6
    assert "stray_quote" in codes[1]
    date = next(d for d in postings[2].diagnostics if d.code == "malformed_date")
    assert (date.line, date.column) == (4, 112)
    assert "32/13/2026" in date.message
    assert "cell_count" in codes[3]


def test_errors_are_the_modules_errors(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        offres.read_offers(tmp_path / "missing.csv")
    page = tmp_path / "page.csv"
    page.write_text("hello\n", encoding="utf-8")
    with pytest.raises(offres.ParseError) as caught:
        offres.read_offers(page)
    assert caught.value.code == "unknown_format"
    assert caught.value.filename == str(page)


def test_postings_pickle_with_their_row() -> None:
    for posting in offres.read_offers(NATIONAL / "offers.csv"):
        back = pickle.loads(pickle.dumps(posting))
        assert back == posting
        assert back.filename == posting.filename


def test_to_frame_takes_the_iterator() -> None:
    pytest.importorskip("pandas")
    frame = offres.to_frame(offres.read_offers(NATIONAL / "offers.csv"))
    assert len(frame) == 5
    assert list(frame["kind"]) == ["posting"] * 5
    assert frame["filename"].iloc[2].endswith("offers.csv#row=3")


def test_other_threads_run_while_a_file_is_read() -> None:
    # Chunks are read without the GIL and each reader's lock is never waited for while
    # holding it: four threads reading at once all finish, each with every row.
    if not SAMPLE.is_file():
        pytest.skip(f"the national sample is not at {SAMPLE}")
    results: list[int] = []
    threads = [
        threading.Thread(target=lambda: results.append(sum(1 for _ in offres.read_offers(SAMPLE, chunk_size=4))))
        for _ in range(4)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [30, 30, 30, 30]


def test_every_row_of_the_real_samples_reads() -> None:
    folder = CORPUS / "national"
    if not folder.is_dir():
        pytest.skip(f"the national samples are not at {folder}")
    counts = {
        path.name: sum(1 for _ in offres.read_offers(path))
        for path in sorted(folder.rglob("*"))
        if path.suffix in (".csv", ".json")
    }
    assert counts == {
        "offres-datagouv-20260913-sample.csv": 30,
        "pep-2021-03.csv": 50,
        "pep-2021-09.json": 154,
    }
