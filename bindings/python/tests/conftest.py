"""Paths shared by the tests: the repository's fixtures and the shared reference corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
FIXTURES = REPO / "tests" / "fixtures"
# The reference corpus lives beside the repository; tests that need it skip without it.
CORPUS = REPO.parent / "shared" / "corpus"
SCHEMAS = REPO / "schemas"


def pages(folder: str) -> list[Path]:
    """The fixture pages in ``tests/fixtures/<folder>``, sorted."""
    return sorted(p for p in (FIXTURES / folder).iterdir() if p.suffix == ".md")


def readable_pages() -> list[Path]:
    """Every fixture page the parser accepts (broken ones are tested on their own)."""
    return pages("pages") + pages("model")


@pytest.fixture(scope="session")
def all_pages() -> list[Path]:
    return readable_pages()
