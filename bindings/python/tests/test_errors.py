"""Errors and diagnostics carry their place in the file."""

from __future__ import annotations

import pytest

import offres
from conftest import FIXTURES

# file: (line, column, code), as the core's own snapshot of these pages says.
BROKEN = {
    "alias-bomb.md": (5, 20, "yaml_budget"),
    "bad-json.md": (3, 20, "json_syntax"),
    "bad-toml.md": (3, 8, "toml_syntax"),
    "bad-yaml.md": (4, 5, "yaml_syntax"),
    "deep-flow.md": (2, 259, "yaml_budget"),
    "yaml-list.md": (2, 1, "front_matter_not_a_map"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_pages_raise_located_parse_errors(name: str) -> None:
    path = FIXTURES / "broken" / name
    with pytest.raises(offres.ParseError) as info:
        offres.parse_file(path)
    err = info.value
    assert isinstance(err, SyntaxError)
    assert (err.lineno, err.offset, err.code) == BROKEN[name]
    assert err.filename == str(path)
    assert err.code in offres.ERROR_CODES
    assert err.msg and err.msg in str(err)
    # Parsing the same bytes without a file name gives the same place, no file.
    with pytest.raises(offres.ParseError) as again:
        offres.parse(path.read_bytes())
    assert (again.value.lineno, again.value.offset, again.value.filename) == (
        err.lineno,
        err.offset,
        None,
    )


def test_every_broken_fixture_is_listed() -> None:
    assert sorted(p.name for p in (FIXTURES / "broken").iterdir()) == sorted(BROKEN)


def test_path_names_the_page_in_errors() -> None:
    with pytest.raises(offres.ParseError) as info:
        offres.parse("---\ntitle: [Dev\nopen: true\n---\n", path="offre.md")
    assert (info.value.filename, info.value.lineno, info.value.code) == (
        "offre.md",
        3,
        "yaml_syntax",
    )


def test_a_missing_file_is_an_os_error() -> None:
    with pytest.raises(OSError):
        offres.parse_file(FIXTURES / "no-such-page.md")


def test_diagnostics_are_objects_with_places() -> None:
    page = offres.parse_file(FIXTURES / "pages" / "duplicate-key.md")
    [dup] = [d for d in page.diagnostics if d.code == "duplicate_key"]
    assert dup.severity in ("info", "warning", "error")
    assert dup.line > 1 and dup.column >= 1
    assert dup.message
    assert str(dup).startswith(f"{dup.line}:")
