"""``Document``: what a page says, losslessly; its bytes back, and edits that touch one key."""

from __future__ import annotations

import collections.abc
import datetime
import difflib
import pickle
from pathlib import Path

import pytest

import offres
from conftest import CORPUS, FIXTURES, readable_pages


def corpus_pages(name: str) -> list[Path]:
    folder = CORPUS / name
    return sorted(p for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []


SHARED = {name: corpus_pages(name) for name in ("dev", "beta-jobs", "seeds")}


def diff(before: bytes, after: bytes) -> tuple[list[bytes], list[bytes]]:
    """The lines only in ``before`` and the lines only in ``after``, in order."""
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    removed: list[bytes] = []
    added: list[bytes] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            removed += old[i1:i2]
            added += new[j1:j2]
    return removed, added


@pytest.mark.parametrize("path", readable_pages(), ids=lambda p: p.name)
def test_fixture_pages_come_back_byte_identical(path: Path) -> None:
    data = path.read_bytes()
    doc = offres.read_document(data)
    assert doc.to_bytes() == data
    assert offres.read_document_file(path).to_bytes() == data


@pytest.mark.parametrize("name", sorted(SHARED))
def test_shared_corpus_pages_come_back_byte_identical(name: str) -> None:
    paths = SHARED[name]
    if not paths:
        pytest.skip(f"the shared corpus {name} is absent")
    for path in paths:
        data = path.read_bytes()
        assert offres.read_document(data).to_bytes() == data, path.name


def test_front_matter_is_an_ordered_read_only_mapping_of_values_as_written() -> None:
    text = (
        "---\ntitle: Dev\ndate: 2024-03-06\ncount: 3\nratio: 0.8\nopen: true\n"
        "none:\ntags:\n  - a\n  - b\nteam: {name: Signal, size: 5}\n---\nBody\n"
    )
    doc = offres.read_document(text)
    fm = doc.front_matter
    assert fm is not None and doc.format == fm.format == "yaml"
    assert isinstance(fm, collections.abc.Mapping)
    assert list(fm) == ["title", "date", "count", "ratio", "open", "none", "tags", "team"]
    # Dates stay the text written, and every scalar keeps its YAML type.
    assert fm["date"] == "2024-03-06" and isinstance(fm["date"], str)
    assert (fm["count"], fm["ratio"], fm["open"], fm["none"]) == (3, 0.8, True, None)
    assert fm["tags"] == ["a", "b"]
    assert fm["team"] == {"name": "Signal", "size": 5}
    assert len(fm) == 8 and "title" in fm and "body" not in fm and 3 not in fm
    assert fm.get("missing") is None and fm.get("missing", 1) == 1
    assert list(fm.keys()) == list(fm) and list(fm.values())[0] == "Dev"
    assert dict(fm.items()) == fm
    with pytest.raises(KeyError):
        fm["missing"]
    with pytest.raises(TypeError):
        fm["title"] = "other"  # type: ignore[index]
    # Each read is a fresh copy: changing it does not change the document.
    fm["tags"].append("c")
    assert fm["tags"] == ["a", "b"]


@pytest.mark.parametrize("path", readable_pages(), ids=lambda p: p.name)
def test_key_positions_point_at_the_keys_in_the_file(path: Path) -> None:
    doc = offres.read_document_file(path)
    if doc.front_matter is None:
        return
    lines = doc.text.split("\n")
    for field in doc.front_matter.fields():
        assert doc.front_matter.key_position(field.key) == (field.line, field.column)
        line = lines[field.line - 1]
        # The key is written at its column, bare or quoted.
        assert line[field.column - 1 :].lstrip("\"'").startswith(field.key), (field, line)
        assert field.value == doc.front_matter[field.key]


def test_a_duplicated_key_keeps_its_last_value_and_place() -> None:
    doc = offres.read_document("---\nopen: true\nopen: false\n---\n")
    assert doc.front_matter is not None
    assert doc.front_matter["open"] is False
    assert doc.front_matter.key_position("open") == (3, 1)
    assert [d.code for d in doc.diagnostics] == ["duplicate_key"]
    assert doc.diagnostics[0].line == 3


def test_sections_excerpt_and_body_have_their_lines() -> None:
    doc = offres.read_document_file(FIXTURES / "pages" / "posting-yaml.md")
    assert doc.excerpt is not None and doc.excerpt.endswith("jeux de données.")
    lines = doc.text.split("\n")
    assert doc.sections
    for section in doc.sections:
        assert section.title in lines[section.line - 1]
        assert section.line <= section.end_line <= len(lines)
        if section.parent is not None:
            parent = doc.sections[section.parent]
            assert parent.line < section.line <= section.end_line <= parent.end_line
    assert doc.text.endswith(doc.body)
    assert doc.front_matter is not None
    assert doc.front_matter.line == 1
    assert lines[doc.front_matter.end_line - 1] == "---"


def test_bom_and_crlf_pages_say_so_and_come_back_exact() -> None:
    bom = offres.read_document_file(FIXTURES / "pages" / "posting-bom.md")
    crlf = offres.read_document_file(FIXTURES / "pages" / "posting-crlf.md")
    plain = offres.read_document_file(FIXTURES / "pages" / "posting-yaml.md")
    assert (bom.encoding, bom.line_ending) == ("utf8_bom", "lf")
    assert (crlf.encoding, crlf.line_ending) == ("utf8", "crlf")
    # The same page in three spellings says the same thing, at the same places.
    for doc in (bom, crlf):
        assert doc.front_matter == plain.front_matter
        assert doc.front_matter is not None and plain.front_matter is not None
        assert doc.front_matter.fields() == plain.front_matter.fields()
        assert doc.sections == plain.sections
        assert doc.text == plain.text
    assert crlf.to_text() == plain.to_text().replace("\n", "\r\n")


# Pages read with a recovery: what comes before the opener, a missing opener, a closer
# at the very end of the file are kept as they are by an edit (only `offres fmt`
# repairs them, on purpose). Tested on their own below.
RECOVERED = ["blank-lines-before.md", "junk-before.md", "no-opener.md", "front-matter-only.md"]


def edit_cases() -> list[tuple[str, str]]:
    """(page, key) for every key of every UTF-8 YAML fixture page, except those above and
    those repaired from mojibake (an edited page is written as the repaired text)."""
    cases = []
    for path in readable_pages():
        doc = offres.read_document_file(path)
        fm = doc.front_matter
        if (
            fm is not None
            and doc.format == "yaml"
            and doc.encoding == "utf8"
            and not doc.encoding_repaired
            and path.name not in RECOVERED
        ):
            cases += [(path.name, key) for key in fm]
    return cases


@pytest.mark.parametrize(("name", "key"), edit_cases())
def test_changing_one_key_changes_only_its_lines(name: str, key: str) -> None:
    path = next(p for p in readable_pages() if p.name == name)
    doc = offres.read_document_file(path)
    assert doc.front_matter is not None
    before = doc.to_bytes()
    edited = doc.with_value(key, "Nouvelle valeur")
    after = edited.to_bytes()
    removed, added = diff(before, after)
    assert len(added) == 1 and added[0].startswith(f"{key}: ".encode()), added
    start, _ = doc.front_matter.key_position(key)
    following = [f.line for f in doc.front_matter.fields() if f.line > start]
    end = min(following, default=doc.front_matter.end_line)
    original = before.splitlines(keepends=True)
    # What went is the key's own entry (its lines up to the next key) and, for a key
    # written twice, the overridden entry no reader sees; nothing else.
    own = original[start - 1 : end - 1]
    overridden = [line for line in original[: start - 1] if line.startswith(f"{key}:".encode())]
    assert all(line in own or line in overridden for line in removed), removed
    assert original[start - 1] in removed
    assert edited.front_matter is not None
    assert edited.front_matter[key] == "Nouvelle valeur"
    assert {k: v for k, v in edited.front_matter.items() if k != key} == {
        k: v for k, v in doc.front_matter.items() if k != key
    }
    # The original is untouched.
    assert doc.to_bytes() == before


def test_removing_and_adding_keys() -> None:
    text = "---\ntitle: Dev\n# a comment stays\nopen: true\n---\nBody\n"
    doc = offres.read_document(text)
    gone = doc.without("open")
    assert gone.to_text() == "---\ntitle: Dev\n# a comment stays\n---\nBody\n"
    added = doc.with_value("closing", datetime.date(2024, 5, 31))
    assert added.to_text() == text.replace("---\nBody", "closing: 2024-05-31\n---\nBody")
    assert added.front_matter is not None
    assert added.front_matter["closing"] == "2024-05-31"
    # The new document's positions are positions in its own bytes.
    assert added.front_matter.key_position("closing") == (5, 1)
    assert added.with_value("closing", "2024-05-31").to_bytes() == added.to_bytes()
    with pytest.raises(KeyError):
        doc.without("missing")
    with pytest.raises(TypeError):
        doc.with_value("title", object())
    # A page without front matter gets one, as the core and Node give it.
    titled = offres.read_document("Just a body\n").with_value("title", "x")
    assert titled.to_text() == "---\ntitle: x\n---\nJust a body\n"
    # A block in a language that is not read is kept, never replaced.
    with pytest.raises(ValueError, match="does not read"):
        offres.read_document("---js\n{a: 1}\n---\nBody\n").with_value("title", "x")


def test_an_edited_crlf_page_keeps_its_line_ends() -> None:
    doc = offres.read_document_file(FIXTURES / "pages" / "posting-crlf.md")
    before = doc.to_bytes()
    after = doc.with_value("layout", "post").to_bytes()
    removed, added = diff(before, after)
    assert (removed, added) == ([b"layout: layouts/page.njk\r\n"], [b"layout: post\r\n"])


def test_an_edited_bom_page_keeps_its_bom() -> None:
    doc = offres.read_document_file(FIXTURES / "pages" / "posting-bom.md")
    after = doc.with_value("layout", "post").to_bytes()
    assert after.startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize("name", RECOVERED)
def test_an_edit_of_a_recovered_page_changes_only_that_key(name: str) -> None:
    doc = offres.read_document_file(FIXTURES / "pages" / name)
    assert doc.front_matter is not None
    key = next(iter(doc.front_matter))
    removed, added = diff(doc.to_bytes(), doc.with_value(key, "X").to_bytes())
    assert len(removed) == len(added) == 1


@pytest.mark.parametrize("name", ["team-toml.md", "organisation-json.md"])
def test_toml_and_json_edits_change_only_that_key(name: str) -> None:
    doc = offres.read_document_file(FIXTURES / "pages" / name)
    assert doc.front_matter is not None
    key = next(iter(doc.front_matter))
    removed, added = diff(doc.to_bytes(), doc.with_value(key, "X").to_bytes())
    assert len(removed) == len(added) == 1


@pytest.mark.parametrize("name", ["team-toml.md", "organisation-json.md"])
def test_toml_and_json_edits_keep_the_other_values(name: str) -> None:
    doc = offres.read_document_file(FIXTURES / "pages" / name)
    assert doc.front_matter is not None
    key = next(iter(doc.front_matter))
    edited = doc.with_value(key, "X")
    assert edited.format == doc.format
    assert edited.front_matter is not None
    assert edited.front_matter == {**doc.front_matter, key: "X"}
    assert list(edited.front_matter) == list(doc.front_matter)
    assert edited.body == doc.body


def test_toml_cannot_write_null() -> None:
    doc = offres.read_document_file(FIXTURES / "pages" / "team-toml.md")
    with pytest.raises(ValueError, match="null"):
        doc.with_value("title", None)


def test_errors_are_located_parse_errors() -> None:
    path = FIXTURES / "broken" / "bad-yaml.md"
    with pytest.raises(offres.ParseError) as info:
        offres.read_document_file(path)
    assert (info.value.filename, info.value.lineno, info.value.offset, info.value.code) == (
        str(path),
        4,
        5,
        "yaml_syntax",
    )
    with pytest.raises(offres.ParseError) as named:
        offres.read_document(path.read_bytes(), path="bad.md")
    assert (named.value.filename, named.value.lineno) == ("bad.md", 4)
    with pytest.raises(OSError):
        offres.read_document_file(FIXTURES / "no-such-page.md")
    with pytest.raises(TypeError, match="str or bytes"):
        offres.read_document(3)  # type: ignore[arg-type]


@pytest.mark.parametrize("path", readable_pages(), ids=lambda p: p.name)
def test_the_document_means_what_parse_says(path: Path) -> None:
    doc = offres.read_document_file(path)
    page = doc.to_page()
    assert page == offres.parse_file(path)
    assert page.filename == doc.filename == str(path)


def test_documents_pickle_and_name_themselves() -> None:
    path = FIXTURES / "pages" / "latin1.md"
    doc = offres.read_document_file(path)
    again = pickle.loads(pickle.dumps(doc))
    assert again.to_bytes() == doc.to_bytes() == path.read_bytes()
    assert again.filename == doc.filename == str(path)
    assert again.encoding == "windows1252"
    assert str(path) in repr(doc) and "YAML" in repr(doc)


@pytest.mark.parametrize("path", readable_pages(), ids=lambda p: p.name)
def test_text_and_body_are_the_same_read_from_str_or_bytes(path: Path) -> None:
    from_bytes = offres.read_document(path.read_bytes())
    # The decoded text as a str (what the binding may slice), and the file's own text.
    for text in (from_bytes.text, path.read_bytes().decode("utf-8", "replace")):
        from_str = offres.read_document(text)
        # A str is text: never guessed to be UTF-16, as its UTF-8 bytes may be.
        assert from_str.encoding in ("utf8", "utf8_bom")
        as_utf8 = offres.read_document(text.encode("utf-8"))
        if from_str.encoding_repaired != from_bytes.encoding_repaired:
            continue  # replacement characters read differently: not the same page
        if as_utf8.encoding.startswith("utf16"):
            continue  # NUL bytes in every other place: those bytes are UTF-16
        assert from_str.body == as_utf8.body
        assert from_str.text == as_utf8.text
    assert from_bytes.text.endswith(from_bytes.body)


@pytest.mark.parametrize("path", readable_pages(), ids=lambda p: p.name)
def test_to_dict_is_dict_of_the_mapping(path: Path) -> None:
    fm = offres.read_document_file(path).front_matter
    if fm is not None:
        assert fm.to_dict() == dict(fm) and list(fm.to_dict()) == list(fm)
