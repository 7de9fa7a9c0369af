"""Write ``offres/_native.pyi`` from the built extension module (not a test).

    python bindings/python/generate_stubs.py [--check] [OUT]

The names come from the module's ``__all__`` (what the Rust side registers), the
parameters from each callable's ``__text_signature__``, and the types from docstrings:
a getter's first line is ``type: description``; a method or function says
``:type name: type`` (``, optional`` when it has a default) and ``:rtype: type``, and
``:overload name: type [= default] -> type`` for each overload; an exception says
``:ivar name: type``. A callable without its types is an error, so the stub cannot
silently fall behind. With ``--check``, nothing is written: the exit status says whether
OUT is what would be written (tests/run-python runs this against the installed wheel).
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import re
import sys
import textwrap
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from types import ModuleType
from typing import Any

HEADER = '''\
# Generated from the built extension by bindings/python/generate_stubs.py: do not edit.
# Names come from the module's __all__, parameters from __text_signature__, types from
# the docstrings in bindings/python/src. tests/run-python fails when this file is stale.
import datetime
import os
from collections.abc import ItemsView, Iterable, Iterator, KeysView, Mapping, ValuesView
from typing import Any, ClassVar, Literal, final, overload

from typing_extensions import Self
'''

# Slots (``__len__``, ``__getitem__``…) keep CPython's docstrings, not ours: their types
# are the protocol's. The front matter is the one mapping: str keys, values as written.
SLOTS: dict[str, tuple[list[str], str]] = {
    "__contains__": (["object"], "bool"),
    "__eq__": (["object"], "bool"),
    "__ne__": (["object"], "bool"),
    "__getitem__": (["str"], "Any"),
    "__hash__": ([], "int"),
    "__iter__": ([], "Iterator[str]"),
    "__len__": ([], "int"),
    "__repr__": ([], "str"),
    "__str__": ([], "str"),
}
# The iterator `read_offers` returns has the iterator protocol's slots, of postings.
CLASS_SLOTS: dict[tuple[str, str], tuple[list[str], str]] = {
    ("OfferIterator", "__iter__"): ([], "Self"),
    ("OfferIterator", "__next__"): ([], "Posting"),
}
MAPPING_BASE = "Mapping[str, Any]"
# Rich comparisons other than ==/!= return NotImplemented: they are not part of the API.
SKIPPED = {"__lt__", "__le__", "__gt__", "__ge__", "__new__", "__init__", "__doc__", "__module__"}
BASETYPE = 1 << 10  # Py_TPFLAGS_BASETYPE: the class can be subclassed


class StubError(Exception):
    pass


def docstring(obj: object) -> str:
    return inspect.cleandoc(getattr(obj, "__doc__", None) or "")


def prose(doc: str) -> str:
    """The docstring without its type fields."""
    lines = [line for line in doc.splitlines() if not re.match(r"\s*:(type|rtype|overload|ivar)\b", line)]
    return "\n".join(lines).strip()


def fields(doc: str, name: str) -> list[str]:
    """The values of the ``:name ...:`` lines (``:rtype: T`` gives ``T``, ``:type x: T`` gives ``x: T``)."""
    return [
        m.strip().removeprefix(":").strip()
        for m in re.findall(rf"^\s*:{name}\b(.*?)\s*$", doc, flags=re.MULTILINE)
    ]


def define(indent: str, name: str, params: str, result: str, tail: str) -> list[str]:
    """``def name(params) -> result:`` on one line, or one parameter a line when too long."""
    line = f"{indent}def {name}({params}) -> {result}:{tail}"
    if len(line) <= 99:
        return [line]
    # split(", ") would cut inside brackets: join such pieces back together.
    merged: list[str] = []
    depth = 0
    for piece in params.split(", "):
        if depth:
            merged[-1] += ", " + piece
        else:
            merged.append(piece)
        depth += piece.count("[") - piece.count("]")
    inner = [f"{indent}    {p}," for p in merged]
    return [f"{indent}def {name}(", *inner, f"{indent}) -> {result}:{tail}"]


def quoted(doc: str, indent: str) -> list[str]:
    if not doc:
        return []
    prefix = "r" if "\\" in doc else ""
    body = doc.replace('"""', '\\"""')
    lines = body.splitlines()
    if len(lines) == 1:
        return [f'{indent}{prefix}"""{lines[0]}"""']
    return [f'{indent}{prefix}"""{lines[0]}'] + [f"{indent}{line}" if line else "" for line in lines[1:]] + [f'{indent}"""']


def default_text(value: object) -> str:
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if value is None or isinstance(value, (bool, int, float)):
        return repr(value)
    raise StubError(f"cannot write the default {value!r} in a stub")


def parameters(
    where: str, fn: Callable[..., object], doc: str, override: tuple[str, str, str | None] | None = None
) -> str:
    """The parameter list, typed from the docstring (``override`` retypes one parameter)."""
    try:
        signature = inspect.signature(fn)
    except (TypeError, ValueError) as e:
        raise StubError(f"{where}: no __text_signature__ ({e})") from e
    types: dict[str, tuple[str, bool]] = {}
    for entry in fields(doc, "type"):
        m = re.fullmatch(r"(\w+):\s*(.+?)(,\s*optional)?", entry)
        if not m:
            raise StubError(f"{where}: cannot read ':type {entry}'")
        types[m.group(1)] = (m.group(2), bool(m.group(3)))
    out: list[str] = []
    positional_only = False
    for n, p in enumerate(signature.parameters.values()):
        if n == 0 and p.name in ("self", "cls"):
            out.append(p.name)
            continue
        if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            raise StubError(f"{where}: *args and **kwargs are not supported")
        if positional_only and p.kind is not p.POSITIONAL_ONLY:
            out.append("/")
        positional_only = p.kind is p.POSITIONAL_ONLY
        if p.kind is p.KEYWORD_ONLY and "*" not in out:
            out.append("*")
        if override and override[0] == p.name:
            types.pop(p.name, None)
            default = override[2]
            out.append(f"{p.name}: {override[1]}" + (f" = {default}" if default else ""))
            continue
        if p.name not in types:
            raise StubError(f"{where}: parameter {p.name!r} has no ':type {p.name}:' line")
        annotation, optional = types.pop(p.name)
        if (p.default is not p.empty) != optional:
            raise StubError(f"{where}: {p.name!r} has a default if and only if its type says ', optional'")
        default = f" = {default_text(p.default)}" if p.default is not p.empty else ""
        out.append(f"{p.name}: {annotation}{default}")
    if positional_only:
        out.append("/")
    if types:
        raise StubError(f"{where}: ':type' for parameters it does not have: {sorted(types)}")
    return ", ".join(out)


def returns(where: str, doc: str) -> str:
    found = fields(doc, "rtype")
    if len(found) != 1:
        raise StubError(f"{where}: needs exactly one ':rtype:' line, found {len(found)}")
    return found[0]


def function(where: str, name: str, fn: Callable[..., object], indent: str) -> Iterator[str]:
    doc = docstring(fn)
    text = quoted(prose(doc), indent + "    ")
    overloads = fields(doc, "overload")
    for n, entry in enumerate(overloads):
        m = re.fullmatch(r"(\w+):\s*(.+?)(?:\s*=\s*(\S+))?\s*->\s*(.+)", entry)
        if not m:
            raise StubError(f"{where}: cannot read ':overload {entry}'")
        params = parameters(where, fn, doc, (m.group(1), m.group(2), m.group(3)))
        yield f"{indent}@overload"
        # The docstring goes with the first overload.
        if n == 0 and text:
            yield from define(indent, name, params, m.group(4), "")
            yield from text
        else:
            yield from define(indent, name, params, m.group(4), " ...")
    if not overloads:
        params = parameters(where, fn, doc)
        result = returns(where, doc)
        if text:
            yield from define(indent, name, params, result, "")
            yield from text
        else:
            yield from define(indent, name, params, result, " ...")


def getter(where: str, name: str, descriptor: object) -> Iterator[str]:
    doc = docstring(descriptor)
    first, _, rest = doc.partition("\n\n")
    annotation, sep, summary = " ".join(first.split()).partition(": ")
    if not sep or not annotation:
        raise StubError(f"{where}: a getter's docstring starts with 'type: description'")
    summary = textwrap.fill(summary[:1].upper() + summary[1:], width=84)
    yield "    @property"
    yield f"    def {name}(self) -> {annotation}:"
    yield from quoted(summary + ("\n\n" + rest if rest else ""), "        ")


def slot(where: str, name: str, cls: type) -> Iterator[str]:
    known = CLASS_SLOTS.get((cls.__name__, name)) or SLOTS.get(name)
    if known is None:
        raise StubError(f"{where}: no known types for {name}")
    args, result = known
    if name == "__hash__" and cls.__hash__ is None:
        return
    params = ", ".join(["self"] + [f"other: {a}" if name in ("__eq__", "__ne__") else f"key: {a}" for a in args])
    if args:
        params += ", /"
    yield f"    def {name}({params}) -> {result}: ..."


def class_stub(name: str, cls: type) -> Iterator[str]:
    where = f"_native.{name}"
    if issubclass(cls, BaseException):
        bases = ", ".join(b.__name__ for b in cls.__bases__)
        yield f"class {name}({bases}):"
        yield from quoted(prose(docstring(cls)), "    ")
        ivars = fields(docstring(cls), "ivar")
        if not ivars:
            raise StubError(f"{where}: an exception lists its attributes with ':ivar name: type'")
        for entry in ivars:
            attr, _, annotation = entry.partition(": ")
            yield f"    {attr}: {annotation}"
        return
    if not cls.__flags__ & BASETYPE:
        yield "@final"
    base = f"({MAPPING_BASE})" if issubclass(cls, Mapping) else ""
    yield f"class {name}{base}:"
    yield from quoted(prose(docstring(cls)), "    ")
    members = dict(vars(cls))
    if cls.__hash__ is None:
        yield "    __hash__: ClassVar[None]  # type: ignore[assignment]"
    for attr in sorted(members):
        value = members[attr]
        if inspect.isgetsetdescriptor(value) or inspect.ismemberdescriptor(value):
            if attr.startswith("__"):
                continue
            yield from getter(f"{where}.{attr}", attr, value)
    for attr in sorted(members):
        value = members[attr]
        path = f"{where}.{attr}"
        if attr in SKIPPED or inspect.isgetsetdescriptor(value) or inspect.ismemberdescriptor(value):
            continue
        if attr == "__hash__" and value is None:
            continue
        if isinstance(value, staticmethod):
            yield "    @staticmethod"
            yield from function(path, attr, value.__func__, "    ")
        elif type(value).__name__ == "classmethod_descriptor":
            yield "    @classmethod"
            yield from function(path, attr, value, "    ")
        elif type(value).__name__ == "wrapper_descriptor":
            yield from slot(path, attr, cls)
        elif callable(value):
            yield from function(path, attr, value, "    ")
        else:
            raise StubError(f"{path}: cannot describe {type(value).__name__}")


def constant(name: str, value: object) -> str:
    if isinstance(value, str):
        return f"{name}: str"
    if isinstance(value, tuple) and all(isinstance(v, str) for v in value):
        return f"{name}: tuple[str, ...]"
    raise StubError(f"_native.{name}: cannot type the constant {value!r}")


def module_stub(module: ModuleType) -> str:
    names: list[str] = sorted(module.__all__)
    out = [HEADER, "__all__ = ["] + [f'    "{n}",' for n in names] + ["]", ""]
    members: dict[str, Any] = {n: getattr(module, n) for n in names}
    out += [constant(n, v) for n, v in members.items() if not callable(v)] + [""]
    for n, v in members.items():
        if isinstance(v, type):
            out += list(class_stub(n, v)) + [""]
    for n, v in members.items():
        if callable(v) and not isinstance(v, type):
            out += list(function(f"_native.{n}", n, v, "")) + [""]
    return "\n".join(out).rstrip() + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=Path(__file__).parent / "python/offres/_native.pyi")
    parser.add_argument("--check", action="store_true", help="fail when OUT is not what would be written")
    args = parser.parse_args()
    try:
        text = module_stub(importlib.import_module("offres._native"))
    except StubError as e:
        print(f"generate_stubs: {e}", file=sys.stderr)
        return 2
    if args.check:
        current = args.out.read_text("utf-8") if args.out.exists() else ""
        if current != text:
            print(
                f"{args.out} is stale: run `python bindings/python/generate_stubs.py` "
                "with the package built from this tree, and commit the result",
                file=sys.stderr,
            )
            return 1
        return 0
    args.out.write_text(text, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
