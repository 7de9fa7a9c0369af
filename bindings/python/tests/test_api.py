"""The public namespace, the generated stubs, and reading many pages in a notebook."""

from __future__ import annotations

import importlib.util
import pickle
import re
from pathlib import Path

import pytest

import offres
from conftest import FIXTURES, REPO, pages, readable_pages

PACKAGE = Path(__file__).resolve().parents[1]


def test_the_namespace_holds_the_public_api_only() -> None:
    public = {name for name in dir(offres) if not name.startswith("_")}
    assert public == set(offres.__all__) - {"__version__"}
    for name in ("os", "typing", "collections", "annotations", "pandas", "pyarrow"):
        assert name not in public
    # The extension's names are the package's, from the one list the Rust side registers.
    assert set(offres._native.__all__) <= set(offres.__all__)
    assert all(hasattr(offres, name) for name in offres.__all__)


def test_the_committed_stub_is_what_the_generator_writes() -> None:
    spec = importlib.util.spec_from_file_location("generate_stubs", PACKAGE / "generate_stubs.py")
    assert spec is not None and spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    committed = (PACKAGE / "python" / "offres" / "_native.pyi").read_text("utf-8")
    assert committed == generator.module_stub(offres._native), (
        "_native.pyi is stale: run `python bindings/python/generate_stubs.py` and commit it"
    )


def test_the_docs_name_every_class() -> None:
    doc = (REPO / "docs" / "python.md").read_text("utf-8")
    listed = re.search(r"One frozen class per core type: (.*?)\.\s", doc, flags=re.DOTALL)
    assert listed, "docs/python.md no longer lists the classes"
    named = set(re.findall(r"`(\w+)`", listed.group(1)))
    classes = {n for n in offres._native.__all__ if isinstance(getattr(offres, n), type)}
    assert named == classes - {"ParseError"}


def test_pages_remember_where_they_came_from() -> None:
    paths = readable_pages()
    assert [p.filename for p in offres.parse_many(paths)] == [str(p) for p in paths]
    assert [p.filename for p in offres.iter_files(paths, chunk_size=5)] == [str(p) for p in paths]
    assert offres.parse_file(paths[0]).filename == str(paths[0])
    assert offres.parse_many([str(paths[0])])[0].filename == str(paths[0])
    named = offres.parse(paths[0].read_bytes(), path="offre.md")
    assert named.filename == "offre.md"
    unnamed = offres.parse(paths[0].read_bytes())
    assert unnamed.filename is None
    # Where a page came from is not what it says: equal pages from different places.
    assert named == unnamed
    assert pickle.loads(pickle.dumps(named)).filename == "offre.md"
    assert pickle.loads(pickle.dumps(unnamed)).filename is None
    assert type(named).from_json(named.to_json()).filename is None


def test_errors_raise_skip_or_collect() -> None:
    good = pages("model")[:3]
    broken = pages("broken")
    paths = [good[0], broken[0], good[1], broken[1], good[2]]
    with pytest.raises(offres.ParseError) as first:
        offres.parse_many(paths)
    assert first.value.filename == str(broken[0])
    with pytest.raises(offres.ParseError):
        offres.parse_many(paths, errors="raise")
    skipped = offres.parse_many(paths, errors="skip")
    assert [p.filename for p in skipped] == [str(p) for p in good]
    collected = offres.parse_many(paths, errors="collect")
    assert len(collected) == len(paths)
    for path, result in zip(paths, collected):
        if path in broken:
            assert isinstance(result, offres.ParseError)
            assert result.filename == str(path) and result.code in offres.ERROR_CODES
            assert result.lineno is not None
        else:
            assert not isinstance(result, offres.ParseError)
            assert result == offres.parse_file(path)
    assert list(offres.iter_files(iter(paths), chunk_size=2, errors="skip")) == skipped
    streamed = list(offres.iter_files(iter(paths), chunk_size=2, errors="collect"))
    assert [(type(x), x.filename) for x in streamed] == [(type(x), x.filename) for x in collected]
    with pytest.raises(ValueError, match="errors must be"):
        offres.parse_many(paths, errors="ignore")  # type: ignore[call-overload]
    with pytest.raises(ValueError, match="errors must be"):
        next(offres.iter_files(paths, errors="ignore"))  # type: ignore[call-overload]


def test_a_missing_file_raises_whatever_errors_says() -> None:
    paths = [pages("model")[0], FIXTURES / "no-such-page.md"]
    for errors in ("skip", "collect"):
        with pytest.raises(OSError):
            offres.parse_many(paths, errors=errors)  # type: ignore[call-overload]
