# Generated from the built extension by bindings/python/generate_stubs.py: do not edit.
# Names come from the module's __all__, parameters from __text_signature__, types from
# the docstrings in bindings/python/src. tests/run-python fails when this file is stale.
import datetime
import os
from collections.abc import ItemsView, Iterable, Iterator, KeysView, Mapping, ValuesView
from typing import Any, ClassVar, Literal, final, overload

from typing_extensions import Self

__all__ = [
    "Apply",
    "Channel",
    "Commitments",
    "Contact",
    "Contract",
    "Diagnostic",
    "Document",
    "Duration",
    "ERROR_CODES",
    "Experience",
    "Export",
    "Field",
    "FrontMatter",
    "Location",
    "Management",
    "OfferIterator",
    "Organisation",
    "POSTING_COLUMNS",
    "ParseError",
    "PartTime",
    "PartialDate",
    "Pay",
    "Posting",
    "Product",
    "Recurrence",
    "Remote",
    "Ritual",
    "Section",
    "Skills",
    "Source",
    "Start",
    "Team",
    "Unclassified",
    "WorkingTime",
    "__version__",
    "parse",
    "parse_file",
    "parse_many",
    "read_document",
    "read_document_file",
    "read_offers",
    "to_columns",
]

ERROR_CODES: tuple[str, ...]
POSTING_COLUMNS: tuple[str, ...]
__version__: str

@final
class Apply:
    """Where and how to apply."""
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @property
    def emails(self) -> list[str]:
        """E-mail addresses."""
    @property
    def reference(self) -> str | None:
        """The external offer reference."""
    @property
    def urls(self) -> list[str]:
        """Web pages."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[type[Self], str, str | None]]:
        """Pickle through the JSON form, so every process rebuilds the exact value."""
    def __repr__(self) -> str: ...
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """The value that `to_dict` gave."""
    @classmethod
    def from_json(cls, text: str) -> Self:
        """The value that `to_json` wrote."""
    def to_dict(self) -> Any:
        """This value as plain Python data (what `json.loads(self.to_json())` gives)."""
    def to_json(self) -> str:
        """This value as JSON text: the core's serde JSON (pages with their `kind`)."""

@final
class Channel:
    """Where a ritual happens; fields that do not apply to its `kind` are `None`."""
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @property
    def kind(self) -> Literal["irc", "meeting", "video_call", "email", "chat"]:
        """The kind of channel."""
    @property
    def name(self) -> str | None:
        """The chat service."""
    @property
    def place(self) -> str | None:
        """Where a meeting takes place."""
    @property
    def room(self) -> str | None:
        """The IRC channel, with its `#`."""
    @property
    def server(self) -> str | None:
        """The IRC server."""
    @property
    def to(self) -> str | None:
        """The address an e-mail is sent to."""
    @property
    def url(self) -> str | None:
        """The link of a video call or a chat room."""
    @property
    def web(self) -> str | None:
        """A web client for the IRC channel."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[type[Self], str, str | None]]:
        """Pickle through the JSON form, so every process rebuilds the exact value."""
    def __repr__(self) -> str: ...
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """The value that `to_dict` gave."""
    @classmethod
    def from_json(cls, text: str) -> Self:
        """The value that `to_json` wrote."""
    def to_dict(self) -> Any:
        """This value as plain Python data (what `json.loads(self.to_json())` gives)."""
    def to_json(self) -> str:
        """This value as JSON text: the core's serde JSON (pages with their `kind`)."""

@final
class Commitments:
    """Commitments a team lists."""
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @property
    def external(self) -> list[str]:
        """Towards others."""
    @property
    def internal(self) -> list[str]:
        """Within the team."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[type[Self], str, str | None]]:
        """Pickle through the JSON form, so every process rebuilds the exact value."""
    def __repr__(self) -> str: ...
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """The value that `to_dict` gave."""
    @classmethod
    def from_json(cls, text: str) -> Self:
        """The value that `to_json` wrote."""
    def to_dict(self) -> Any:
        """This value as plain Python data (what `json.loads(self.to_json())` gives)."""
    def to_json(self) -> str:
        """This value as JSON text: the core's serde JSON (pages with their `kind`)."""

@final
class Contact:
    """A person or an address to contact."""
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @property
    def email(self) -> str | None:
        """The e-mail address."""
    @property
    def handle(self) -> str | None:
        """A handle (chat, forge)."""
    @property
    def name(self) -> str | None:
        """The name."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[type[Self], str, str | None]]:
        """Pickle through the JSON form, so every process rebuilds the exact value."""
    def __repr__(self) -> str: ...
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """The value that `to_dict` gave."""
    @classmethod
    def from_json(cls, text: str) -> Self:
        """The value that `to_json` wrote."""
    def to_dict(self) -> Any:
        """This value as plain Python data (what `json.loads(self.to_json())` gives)."""
    def to_json(self) -> str:
        """This value as JSON text: the core's serde JSON (pages with their `kind`)."""

@final
class Contract:
    """A contract offered."""
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @property
    def duration(self) -> Duration | None:
        """Its length."""
    @property
    def kind(self) -> str:
        """`cdd`, `cdi`, `civil_servant`, `freelance`, `internship`, `apprenticeship`,
        `volunteer`.
        """
    @property
    def renewable(self) -> bool | None:
        """Whether it is renewable."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[type[Self], str, str | None]]:
        """Pickle through the JSON form, so every process rebuilds the exact value."""
    def __repr__(self) -> str: ...
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """The value that `to_dict` gave."""
    @classmethod
    def from_json(cls, text: str) -> Self:
        """The value that `to_json` wrote."""
    def to_dict(self) -> Any:
        """This value as plain Python data (what `json.loads(self.to_json())` gives)."""
    def to_json(self) -> str:
        """This value as JSON text: the core's serde JSON (pages with their `kind`)."""

@final
class Diagnostic:
    """Something noticed while reading a page."""
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @property
    def code(self) -> str:
        """Stable snake_case code."""
    @property
    def column(self) -> int:
        """1-based column."""
    @property
    def line(self) -> int:
        """1-based line in the original file."""
    @property
    def message(self) -> str:
        """The message."""
    @property
    def path(self) -> str | None:
        """The front matter key path, where there is one."""
    @property
    def severity(self) -> Literal["info", "warning", "error"]:
        """How serious it is."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[type[Self], str, str | None]]:
        """Pickle through the JSON form, so every process rebuilds the exact value."""
    def __repr__(self) -> str: ...
    def __str__(self) -> str: ...
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """The value that `to_dict` gave."""
    @classmethod
    def from_json(cls, text: str) -> Self:
        """The value that `to_json` wrote."""
    def to_dict(self) -> Any:
        """This value as plain Python data (what `json.loads(self.to_json())` gives)."""
    def to_json(self) -> str:
        """This value as JSON text: the core's serde JSON (pages with their `kind`)."""

@final
class Document:
    """What a page says: its front matter as written and its body's structure, with their
    places in the file. Read with `offres.read_document` or `offres.read_document_file`.

    Untouched, `to_bytes()` gives back the bytes it was read from. `with_value` and
    `without` return a new `Document` in which only that key's lines changed.
    """
    @property
    def body(self) -> str:
        """The body: the decoded text after the front matter."""
    @property
    def diagnostics(self) -> list[Diagnostic]:
        """What was noticed while reading the page."""
    @property
    def encoding(self) -> Literal["utf8", "utf8_bom", "utf16_le", "utf16_be", "windows1252"]:
        """The encoding the bytes were read in."""
    @property
    def encoding_repaired(self) -> bool:
        """Whether mojibake was repaired (see `diagnostics`)."""
    @property
    def excerpt(self) -> str | None:
        """The Markdown before `<!--more-->`, trimmed."""
    @property
    def filename(self) -> str | None:
        """The file the page was read from, or the `path` given to `read_document`."""
    @property
    def format(self) -> Literal["yaml", "toml", "json"] | None:
        """The flavour of the front matter, if any."""
    @property
    def front_matter(self) -> FrontMatter | None:
        """The front matter as written, if the page has one."""
    @property
    def line_ending(self) -> Literal["lf", "crlf", "mixed"]:
        """How the lines of the file end."""
    @property
    def sections(self) -> list[Section]:
        """Every heading of the body (Markdown or bold), in page order."""
    @property
    def text(self) -> str:
        r"""The decoded text: BOM removed, mojibake repaired, line ends as `\n`."""
    def __reduce__(self) -> tuple[Any, tuple[bytes, str | None]]:
        """Pickle as the bytes and the file name: unpickling reads them again."""
    def __repr__(self) -> str: ...
    def to_bytes(self) -> bytes:
        """The page as bytes: exactly the bytes read for a document read from bytes or a
        file; UTF-8 once a key was changed.
        """
    def to_page(self) -> Posting | Organisation | Team | Unclassified:
        """The typed page this document means (what `offres.parse` gives for its bytes)."""
    def to_text(self) -> str:
        """The page as text, with its own line ends (the decoded text, without a BOM)."""
    def with_value(self, key: str, value: Any) -> Document:
        """A new document in which front matter key `key` is `value`: changed where it is,
        or added at the end. Only that key's lines change.

        `value` is None, a bool, int, float, str, `datetime.date` (written as its ISO
        text), or a list or dict of these. A page without front matter gets a YAML one at
        the top. Raises `ValueError` for a page that starts with a block in a language not
        read (`---js`), or a value its flavour cannot write (TOML has no null).
        """
    def without(self, key: str) -> Document:
        """A new document without front matter key `key`; only that key's lines go.
        Raises `KeyError` when the key is not there.
        """

@final
class Duration:
    """A contract length in months, or a range."""
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @property
    def max_months(self) -> int | None:
        """The longest length."""
    @property
    def min_months(self) -> int | None:
        """The shortest length."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[type[Self], str, str | None]]:
        """Pickle through the JSON form, so every process rebuilds the exact value."""
    def __repr__(self) -> str: ...
    def __str__(self) -> str: ...
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """The value that `to_dict` gave."""
    @classmethod
    def from_json(cls, text: str) -> Self:
        """The value that `to_json` wrote."""
    def to_dict(self) -> Any:
        """This value as plain Python data (what `json.loads(self.to_json())` gives)."""
    def to_json(self) -> str:
        """This value as JSON text: the core's serde JSON (pages with their `kind`)."""

@final
class Experience:
    """Experience asked for, in years."""
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @property
    def max_years(self) -> int | None:
        """The maximum."""
    @property
    def min_years(self) -> int | None:
        """The minimum."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[type[Self], str, str | None]]:
        """Pickle through the JSON form, so every process rebuilds the exact value."""
    def __repr__(self) -> str: ...
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """The value that `to_dict` gave."""
    @classmethod
    def from_json(cls, text: str) -> Self:
        """The value that `to_json` wrote."""
    def to_dict(self) -> Any:
        """This value as plain Python data (what `json.loads(self.to_json())` gives)."""
    def to_json(self) -> str:
        """This value as JSON text: the core's serde JSON (pages with their `kind`)."""

@final
class Export:
    """The result of an export: the output and what the export had to leave out."""
    @property
    def diagnostics(self) -> list[Diagnostic]:
        """What the export left out or could not say."""
    @property
    def output(self) -> Any:
        """The exported value: a JSON-LD dict or an iCalendar text."""
    def __repr__(self) -> str: ...

@final
class Field:
    """One front matter entry: its key, its value as written, and where the key is."""
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @property
    def column(self) -> int:
        """The 1-based column of the key in the file."""
    @property
    def key(self) -> str:
        """The key as written."""
    @property
    def line(self) -> int:
        """The 1-based line of the key in the file."""
    @property
    def value(self) -> Any:
        """The value, as `FrontMatter[key]` gives it."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __repr__(self) -> str: ...

@final
class FrontMatter(Mapping[str, Any]):
    """The front matter of a page as written: a read-only mapping in source order (for a
    repeated key, its last value). Values are None, bool, int, float, str (dates stay
    text), list or dict, converted when read; each read gives a fresh copy.
    """
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @property
    def end_line(self) -> int:
        """The last line of the front matter (its closing delimiter)."""
    @property
    def format(self) -> Literal["yaml", "toml", "json"]:
        """The flavour."""
    @property
    def line(self) -> int:
        """The first line of the front matter (its opening delimiter)."""
    def __contains__(self, key: object, /) -> bool: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __getitem__(self, key: str, /) -> Any: ...
    def __iter__(self) -> Iterator[str]: ...
    def __len__(self) -> int: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __repr__(self) -> str: ...
    def fields(self) -> list[Field]:
        """Every entry with its place in the file, in source order."""
    def get(self, key: str, default: Any = None) -> Any:
        """The value of `key`, or `default` when absent."""
    def items(self) -> ItemsView[str, Any]:
        """A view of the (key, value) pairs, in source order."""
    def key_position(self, key: str) -> tuple[int, int]:
        """The 1-based line and column of key `key` in the file; `KeyError` when absent."""
    def keys(self) -> KeysView[str]:
        """A view of the keys, in source order."""
    def to_dict(self) -> dict[str, Any]:
        """The front matter as a plain `dict` (what `dict(front_matter)` gives, in one call)."""
    def values(self) -> ValuesView[Any]:
        """A view of the values, in source order."""

@final
class Location:
    """Where a job or an organisation is."""
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @property
    def address(self) -> str | None:
        """The street address."""
    @property
    def city(self) -> str | None:
        """The city."""
    @property
    def postal_code(self) -> str | None:
        """The postal code."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[type[Self], str, str | None]]:
        """Pickle through the JSON form, so every process rebuilds the exact value."""
    def __repr__(self) -> str: ...
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """The value that `to_dict` gave."""
    @classmethod
    def from_json(cls, text: str) -> Self:
        """The value that `to_json` wrote."""
    def to_dict(self) -> Any:
        """This value as plain Python data (what `json.loads(self.to_json())` gives)."""
    def to_json(self) -> str:
        """This value as JSON text: the core's serde JSON (pages with their `kind`)."""

@final
class Management:
    """Whether the post leads a team."""
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @property
    def leads_team(self) -> bool:
        """Whether the post leads a team."""
    @property
    def team_size(self) -> int | None:
        """The size of the team it leads, where stated."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[type[Self], str, str | None]]:
        """Pickle through the JSON form, so every process rebuilds the exact value."""
    def __repr__(self) -> str: ...
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """The value that `to_dict` gave."""
    @classmethod
    def from_json(cls, text: str) -> Self:
        """The value that `to_json` wrote."""
    def to_dict(self) -> Any:
        """This value as plain Python data (what `json.loads(self.to_json())` gives)."""
    def to_json(self) -> str:
        """This value as JSON text: the core's serde JSON (pages with their `kind`)."""

@final
class OfferIterator:
    """The postings of a national offers file, in row order; what `read_offers` returns.

    Rows are read `chunk_size` at a time with the GIL released, on every core, so memory
    holds one chunk whatever the size of the file. Each posting's `filename` is
    `path#row=N`.
    """
    def __iter__(self) -> Self: ...
    def __next__(self) -> Posting: ...

@final
class Organisation:
    """An organisation's page about itself."""
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @property
    def acronym(self) -> str | None:
        """Its acronym."""
    @property
    def author(self) -> str | None:
        """The author, as named."""
    @property
    def contacts(self) -> list[Contact]:
        """People and addresses to contact."""
    @property
    def date_posted(self) -> PartialDate | None:
        """The publication date."""
    @property
    def diagnostics(self) -> list[Diagnostic]:
        """What was noticed while reading the page."""
    @property
    def encoding_repaired(self) -> bool:
        """Whether the page had to be repaired from mojibake."""
    @property
    def excerpt(self) -> str | None:
        """The text before `<!--more-->`."""
    @property
    def extra(self) -> dict[str, Any]:
        """Front matter keys the model does not know, as written."""
    @property
    def filename(self) -> str | None:
        """The file the page was read from, or the `path` given to `parse`; `None` for a page
        rebuilt from JSON.
        """
    @property
    def forge(self) -> str | None:
        """Its code forge."""
    @property
    def kind(self) -> Literal["organisation"]:
        """The kind of page."""
    @property
    def location(self) -> Location | None:
        """Where it is."""
    @property
    def mission(self) -> str | None:
        """The mission statement."""
    @property
    def name(self) -> str | None:
        """The organisation's name."""
    @property
    def organisation_chain(self) -> list[str]:
        """The organisation and its parents, innermost first."""
    @property
    def products(self) -> list[Product]:
        """Products it makes."""
    @property
    def rituals(self) -> list[Ritual]:
        """Recurring events."""
    @property
    def site(self) -> dict[str, Any]:
        """Front matter keys about the page's place on its site, as written."""
    @property
    def sources(self) -> dict[str, Source]:
        """Where each fact was read, by field name."""
    @property
    def tags(self) -> list[str]:
        """Tags."""
    @property
    def title(self) -> str | None:
        """The page title as written."""
    @property
    def website(self) -> str | None:
        """Its website."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[type[Self], str, str | None]]:
        """Pickle through the JSON form, so every process rebuilds the exact value."""
    def __repr__(self) -> str: ...
    @classmethod
    def _from_json(cls, text: str, filename: str | None) -> Self:
        """The page that `to_json` wrote, read from `filename` (how pickles come back)."""
    def export_ics(self) -> Export:
        """Like `to_ics`, with the export's diagnostics."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """The value that `to_dict` gave."""
    @classmethod
    def from_json(cls, text: str) -> Self:
        """The value that `to_json` wrote."""
    def to_dict(self) -> Any:
        """This value as plain Python data (what `json.loads(self.to_json())` gives)."""
    def to_ics(self) -> str:
        """The scheduled rituals as an iCalendar (RFC 5545) text.

        Rituals without a schedule are left out; `export_ics().diagnostics` says which.
        """
    def to_json(self) -> str:
        """This value as JSON text: the core's serde JSON (pages with their `kind`)."""

class ParseError(SyntaxError):
    """A page that cannot be read. `filename`, `lineno` and `offset` (1-based column) locate the problem where known; `code` is one of `offres.ERROR_CODES`; `path` is the front matter key path; `msg` is the message alone."""
    code: str
    path: str | None

@final
class PartTime:
    """Part time offered."""
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @property
    def fractions(self) -> list[float]:
        """The fractions offered (0.8 for "4/5")."""
    @property
    def minimum(self) -> bool:
        """Whether the fractions are minimums."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[type[Self], str, str | None]]:
        """Pickle through the JSON form, so every process rebuilds the exact value."""
    def __repr__(self) -> str: ...
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """The value that `to_dict` gave."""
    @classmethod
    def from_json(cls, text: str) -> Self:
        """The value that `to_json` wrote."""
    def to_dict(self) -> Any:
        """This value as plain Python data (what `json.loads(self.to_json())` gives)."""
    def to_json(self) -> str:
        """This value as JSON text: the core's serde JSON (pages with their `kind`)."""

@final
class PartialDate:
    """A date known to the day, the month or only the year; `str()` gives `YYYY-MM-DD`,
    `YYYY-MM` or `YYYY`.
    """
    @property
    def date(self) -> datetime.date | None:
        """The `datetime.date`, when known to the day."""
    @property
    def day(self) -> int | None:
        """The day of the month, when known."""
    @property
    def month(self) -> int | None:
        """The month (1–12), when known."""
    @property
    def year(self) -> int:
        """The year."""
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[type[Self], str, str | None]]:
        """Pickle through the JSON form, so every process rebuilds the exact value."""
    def __repr__(self) -> str: ...
    def __str__(self) -> str: ...
    def earliest(self) -> datetime.date | None:
        """The first day this date can mean."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """The value that `to_dict` gave."""
    @classmethod
    def from_json(cls, text: str) -> Self:
        """The value that `to_json` wrote."""
    @staticmethod
    def parse(text: str) -> PartialDate:
        """Read `YYYY-MM-DD`, `YYYY-MM` or `YYYY`."""
    def to_dict(self) -> Any:
        """This value as plain Python data (what `json.loads(self.to_json())` gives)."""
    def to_json(self) -> str:
        """This value as JSON text: the core's serde JSON (pages with their `kind`)."""

@final
class Pay:
    """One statement of pay: an amount or a range, or a rule without an amount."""
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @property
    def basis(self) -> str | None:
        """`gross` or `net`, where stated."""
    @property
    def before_tax(self) -> bool | None:
        """Whether the amount is before tax (HT), where stated."""
    @property
    def currency(self) -> str | None:
        """The currency (ISO 4217, `EUR`), where an amount is stated."""
    @property
    def depends_on(self) -> list[str]:
        """What the pay depends on: `profile`, `experience`."""
    @property
    def max(self) -> float | None:
        """The highest amount."""
    @property
    def min(self) -> float | None:
        """The lowest amount (in `currency`, per `period`)."""
    @property
    def period(self) -> str | None:
        """What the amount is paid for: `hour`, `day`, `week`, `month` or `year`."""
    @property
    def rule(self) -> str | None:
        """A rule stated without an amount ("selon la grille indiciaire")."""
    @property
    def text(self) -> str:
        """The statement as written."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[type[Self], str, str | None]]:
        """Pickle through the JSON form, so every process rebuilds the exact value."""
    def __repr__(self) -> str: ...
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """The value that `to_dict` gave."""
    @classmethod
    def from_json(cls, text: str) -> Self:
        """The value that `to_json` wrote."""
    def to_dict(self) -> Any:
        """This value as plain Python data (what `json.loads(self.to_json())` gives)."""
    def to_json(self) -> str:
        """This value as JSON text: the core's serde JSON (pages with their `kind`)."""

@final
class Posting:
    """A job posting."""
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @property
    def apply(self) -> Apply:
        """Where and how to apply."""
    @property
    def author(self) -> str | None:
        """The author, as named."""
    @property
    def categories(self) -> list[str]:
        """The catégories open (`A+`, `A`, `B`, `C`)."""
    @property
    def closing_date(self) -> PartialDate | None:
        """When applications close."""
    @property
    def contacts(self) -> list[Contact]:
        """Other addresses and people named."""
    @property
    def contracts(self) -> list[Contract]:
        """The contracts offered."""
    @property
    def date_posted(self) -> PartialDate | None:
        """The publication date."""
    @property
    def diagnostics(self) -> list[Diagnostic]:
        """What was noticed while reading the page."""
    @property
    def domains(self) -> list[str]:
        """Domains of the job."""
    @property
    def education(self) -> str | None:
        """The education level asked for (`bac`, `bac_plus_2`, `licence`, `master`,
        `doctorat`).
        """
    @property
    def encoding_repaired(self) -> bool:
        """Whether the page had to be repaired from mojibake."""
    @property
    def excerpt(self) -> str | None:
        """The text before `<!--more-->`."""
    @property
    def experience(self) -> Experience | None:
        """The experience asked for."""
    @property
    def experience_level(self) -> str | None:
        """The experience level in words: `junior`, `confirmed` or `senior`."""
    @property
    def extra(self) -> dict[str, Any]:
        """Front matter keys the model does not know, as written."""
    @property
    def filename(self) -> str | None:
        """The file the page was read from, or the `path` given to `parse`; `None` for a page
        rebuilt from JSON.
        """
    @property
    def junior(self) -> bool | None:
        """Whether juniors may apply."""
    @property
    def kind(self) -> Literal["posting"]:
        """The kind of page."""
    @property
    def languages(self) -> list[str]:
        """Working languages (ISO 639-1)."""
    @property
    def location(self) -> Location | None:
        """Where the job is."""
    @property
    def management(self) -> Management | None:
        """Whether the post leads a team, and its size."""
    @property
    def occupation(self) -> str | None:
        """The occupation (`metier`), as written."""
    @property
    def open_to(self) -> str | None:
        """Who may apply: `titulaires_and_contractuels`, `contractuels_only`,
        `titulaires_only`.
        """
    @property
    def organisation(self) -> str | None:
        """The hiring organisation, as named."""
    @property
    def organisation_chain(self) -> list[str]:
        """The organisation and its parents, innermost first."""
    @property
    def part_time(self) -> PartTime | None:
        """Part time offered."""
    @property
    def pay(self) -> list[Pay]:
        """What the page says about pay, one entry per statement."""
    @property
    def programme(self) -> str | None:
        """The programme the post belongs to."""
    @property
    def remote(self) -> Remote | None:
        """The telework policy."""
    @property
    def role(self) -> str | None:
        """The role, without "H/F" or contract suffixes."""
    @property
    def secondment(self) -> bool | None:
        """Whether the post is open to détachement, where the page says."""
    @property
    def site(self) -> dict[str, Any]:
        """Front matter keys about the page's place on its site, as written."""
    @property
    def skills(self) -> Skills | None:
        """Skills by kind."""
    @property
    def sources(self) -> dict[str, Source]:
        """Where each fact was read, by field name."""
    @property
    def start(self) -> Start | None:
        """The earliest start."""
    @property
    def status(self) -> Literal["open", "closed", "filled", "unknown"]:
        """Whether the post is open."""
    @property
    def tags(self) -> list[str]:
        """Tags."""
    @property
    def team_size(self) -> int | None:
        """The size of the team joined."""
    @property
    def tech(self) -> list[str]:
        """Technologies named."""
    @property
    def title(self) -> str | None:
        """The page title as written."""
    @property
    def vacancy(self) -> str | None:
        """`vacant` or `may_become_vacant`."""
    @property
    def versant(self) -> str | None:
        """The fonction publique: `etat`, `territoriale` or `hospitaliere`."""
    @property
    def working_time(self) -> WorkingTime | None:
        """Temps complet or temps non complet."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[type[Self], str, str | None]]:
        """Pickle through the JSON form, so every process rebuilds the exact value."""
    def __repr__(self) -> str: ...
    @classmethod
    def _from_json(cls, text: str, filename: str | None) -> Self:
        """The page that `to_json` wrote, read from `filename` (how pickles come back)."""
    def export_jsonld(self, body: str | None = None) -> Export:
        """Like `to_jsonld`, with the export's diagnostics."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """The value that `to_dict` gave."""
    @classmethod
    def from_json(cls, text: str) -> Self:
        """The value that `to_json` wrote."""
    def to_dict(self) -> Any:
        """This value as plain Python data (what `json.loads(self.to_json())` gives)."""
    def to_json(self) -> str:
        """This value as JSON text: the core's serde JSON (pages with their `kind`)."""
    def to_jsonld(self, body: str | None = None) -> dict[str, Any]:
        """This posting as a schema.org `JobPosting` JSON-LD object (a dict).

        `body` is the page body in Markdown, for the `description`; without it the
        excerpt is used. What the export leaves out is in `export_jsonld().diagnostics`.
        """
    def to_row(self) -> dict[str, Any]:
        """This posting as one flat row: a dict keyed by `offres.POSTING_COLUMNS`."""

@final
class Product:
    """A product an organisation makes."""
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @property
    def name(self) -> str:
        """Its name."""
    @property
    def url(self) -> str | None:
        """Its address."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[type[Self], str, str | None]]:
        """Pickle through the JSON form, so every process rebuilds the exact value."""
    def __repr__(self) -> str: ...
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """The value that `to_dict` gave."""
    @classmethod
    def from_json(cls, text: str) -> Self:
        """The value that `to_json` wrote."""
    def to_dict(self) -> Any:
        """This value as plain Python data (what `json.loads(self.to_json())` gives)."""
    def to_json(self) -> str:
        """This value as JSON text: the core's serde JSON (pages with their `kind`)."""

@final
class Recurrence:
    """How often a ritual happens."""
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @property
    def by_day(self) -> list[str]:
        """Days of the week (`MO`…`SU`)."""
    @property
    def by_set_pos(self) -> int | None:
        """Which occurrence in the period (1 = first, -1 = last)."""
    @property
    def frequency(self) -> Literal["daily", "weekly", "monthly", "yearly"]:
        """The period."""
    @property
    def interval(self) -> int:
        """Every how many periods."""
    @property
    def times_per_period(self) -> int | None:
        """How many times per period, when no day is given."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[type[Self], str, str | None]]:
        """Pickle through the JSON form, so every process rebuilds the exact value."""
    def __repr__(self) -> str: ...
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """The value that `to_dict` gave."""
    @classmethod
    def from_json(cls, text: str) -> Self:
        """The value that `to_json` wrote."""
    def to_dict(self) -> Any:
        """This value as plain Python data (what `json.loads(self.to_json())` gives)."""
    def to_json(self) -> str:
        """This value as JSON text: the core's serde JSON (pages with their `kind`)."""

@final
class Remote:
    """A telework policy."""
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @property
    def allowed(self) -> bool:
        """Whether telework is possible."""
    @property
    def full_remote(self) -> bool:
        """Whether the job is fully remote."""
    @property
    def max_days_per_week(self) -> float | None:
        """The cap on telework days per week."""
    @property
    def min_days_on_site(self) -> float | None:
        """The minimum of days on site per week."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[type[Self], str, str | None]]:
        """Pickle through the JSON form, so every process rebuilds the exact value."""
    def __repr__(self) -> str: ...
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """The value that `to_dict` gave."""
    @classmethod
    def from_json(cls, text: str) -> Self:
        """The value that `to_json` wrote."""
    def to_dict(self) -> Any:
        """This value as plain Python data (what `json.loads(self.to_json())` gives)."""
    def to_json(self) -> str:
        """This value as JSON text: the core's serde JSON (pages with their `kind`)."""

@final
class Ritual:
    """A recurring team event."""
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @property
    def channel(self) -> Channel | None:
        """Where it happens."""
    @property
    def end(self) -> datetime.time | None:
        """Local end time."""
    @property
    def recurrence(self) -> Recurrence | None:
        """How often it happens."""
    @property
    def rotating(self) -> bool:
        """Whether members take turns."""
    @property
    def rrule(self) -> str | None:
        """The recurrence as an RFC 5545 RRULE value."""
    @property
    def start(self) -> datetime.time | None:
        """Local start time."""
    @property
    def text(self) -> str:
        """The sentence it was read from."""
    @property
    def timezone(self) -> str:
        """IANA time zone of the times."""
    @property
    def what(self) -> str:
        """What it is ("team meeting")."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[type[Self], str, str | None]]:
        """Pickle through the JSON form, so every process rebuilds the exact value."""
    def __repr__(self) -> str: ...
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """The value that `to_dict` gave."""
    @classmethod
    def from_json(cls, text: str) -> Self:
        """The value that `to_json` wrote."""
    def to_dict(self) -> Any:
        """This value as plain Python data (what `json.loads(self.to_json())` gives)."""
    def to_json(self) -> str:
        """This value as JSON text: the core's serde JSON (pages with their `kind`)."""

@final
class Section:
    """A heading of the body and the lines it covers."""
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @property
    def end_line(self) -> int:
        """The section's last line (subsections included)."""
    @property
    def kind(self) -> Literal["atx", "setext", "bold"]:
        """How the heading is written."""
    @property
    def level(self) -> int:
        """1 to 6 for Markdown headings, 7 for bold pseudo-headings."""
    @property
    def line(self) -> int:
        """The heading's line in the file."""
    @property
    def parent(self) -> int | None:
        """The index in `Document.sections` of the enclosing section."""
    @property
    def title(self) -> str:
        """The heading as plain text (markup stripped, trailing `:` trimmed)."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __repr__(self) -> str: ...

@final
class Skills:
    """Skills listed by kind."""
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @property
    def know_how(self) -> list[str]:
        """Know-how ("savoir-faire")."""
    @property
    def knowledge(self) -> list[str]:
        """Knowledge ("savoirs")."""
    @property
    def soft(self) -> list[str]:
        """Soft skills ("savoir-être")."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[type[Self], str, str | None]]:
        """Pickle through the JSON form, so every process rebuilds the exact value."""
    def __repr__(self) -> str: ...
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """The value that `to_dict` gave."""
    @classmethod
    def from_json(cls, text: str) -> Self:
        """The value that `to_json` wrote."""
    def to_dict(self) -> Any:
        """This value as plain Python data (what `json.loads(self.to_json())` gives)."""
    def to_json(self) -> str:
        """This value as JSON text: the core's serde JSON (pages with their `kind`)."""

@final
class Source:
    """Where a fact was read."""
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @property
    def end_line(self) -> int:
        """Last line (inclusive)."""
    @property
    def key(self) -> str | None:
        """The front matter key."""
    @property
    def line(self) -> int:
        """First line."""
    @property
    def origin(self) -> Literal["front_matter", "body"]:
        """Which part of the page."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[type[Self], str, str | None]]:
        """Pickle through the JSON form, so every process rebuilds the exact value."""
    def __repr__(self) -> str: ...
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """The value that `to_dict` gave."""
    @classmethod
    def from_json(cls, text: str) -> Self:
        """The value that `to_json` wrote."""
    def to_dict(self) -> Any:
        """This value as plain Python data (what `json.loads(self.to_json())` gives)."""
    def to_json(self) -> str:
        """This value as JSON text: the core's serde JSON (pages with their `kind`)."""

@final
class Start:
    """The earliest start: as soon as possible, or a partial date; `str()` gives `asap`
    or the date.
    """
    @property
    def asap(self) -> bool:
        """Whether the start is as soon as possible."""
    @property
    def date(self) -> PartialDate | None:
        """The start date, when one is given."""
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[type[Self], str, str | None]]:
        """Pickle through the JSON form, so every process rebuilds the exact value."""
    def __repr__(self) -> str: ...
    def __str__(self) -> str: ...
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """The value that `to_dict` gave."""
    @classmethod
    def from_json(cls, text: str) -> Self:
        """The value that `to_json` wrote."""
    @staticmethod
    def parse(text: str) -> Start:
        """Read `asap` or a date."""
    def to_dict(self) -> Any:
        """This value as plain Python data (what `json.loads(self.to_json())` gives)."""
    def to_json(self) -> str:
        """This value as JSON text: the core's serde JSON (pages with their `kind`)."""

@final
class Team:
    """A team's own page."""
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @property
    def author(self) -> str | None:
        """The author, as named."""
    @property
    def commitments(self) -> Commitments:
        """Listed commitments."""
    @property
    def contacts(self) -> list[Contact]:
        """People and addresses to contact."""
    @property
    def date_posted(self) -> PartialDate | None:
        """The publication date."""
    @property
    def diagnostics(self) -> list[Diagnostic]:
        """What was noticed while reading the page."""
    @property
    def encoding_repaired(self) -> bool:
        """Whether the page had to be repaired from mojibake."""
    @property
    def excerpt(self) -> str | None:
        """The text before `<!--more-->`."""
    @property
    def extra(self) -> dict[str, Any]:
        """Front matter keys the model does not know, as written."""
    @property
    def filename(self) -> str | None:
        """The file the page was read from, or the `path` given to `parse`; `None` for a page
        rebuilt from JSON.
        """
    @property
    def kind(self) -> Literal["team"]:
        """The kind of page."""
    @property
    def maintains(self) -> list[str]:
        """Sites and products maintained (URLs)."""
    @property
    def mission(self) -> str | None:
        """The mission statement."""
    @property
    def organisation(self) -> str | None:
        """The team, as named."""
    @property
    def organisation_chain(self) -> list[str]:
        """The team and its parents, innermost first."""
    @property
    def rituals(self) -> list[Ritual]:
        """Recurring events."""
    @property
    def site(self) -> dict[str, Any]:
        """Front matter keys about the page's place on its site, as written."""
    @property
    def sources(self) -> dict[str, Source]:
        """Where each fact was read, by field name."""
    @property
    def tags(self) -> list[str]:
        """Tags."""
    @property
    def title(self) -> str | None:
        """The page title as written."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[type[Self], str, str | None]]:
        """Pickle through the JSON form, so every process rebuilds the exact value."""
    def __repr__(self) -> str: ...
    @classmethod
    def _from_json(cls, text: str, filename: str | None) -> Self:
        """The page that `to_json` wrote, read from `filename` (how pickles come back)."""
    def export_ics(self) -> Export:
        """Like `to_ics`, with the export's diagnostics."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """The value that `to_dict` gave."""
    @classmethod
    def from_json(cls, text: str) -> Self:
        """The value that `to_json` wrote."""
    def to_dict(self) -> Any:
        """This value as plain Python data (what `json.loads(self.to_json())` gives)."""
    def to_ics(self) -> str:
        """The scheduled rituals as an iCalendar (RFC 5545) text.

        Rituals without a schedule are left out; `export_ics().diagnostics` says which.
        """
    def to_json(self) -> str:
        """This value as JSON text: the core's serde JSON (pages with their `kind`)."""

@final
class Unclassified:
    """A page that says nothing of being a posting, a team or an organisation: what every
    page has, and a diagnostic that says why.
    """
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @property
    def author(self) -> str | None:
        """The author, as named."""
    @property
    def date_posted(self) -> PartialDate | None:
        """The publication date."""
    @property
    def diagnostics(self) -> list[Diagnostic]:
        """What was noticed while reading the page."""
    @property
    def encoding_repaired(self) -> bool:
        """Whether the page had to be repaired from mojibake."""
    @property
    def excerpt(self) -> str | None:
        """The text before `<!--more-->`."""
    @property
    def extra(self) -> dict[str, Any]:
        """Front matter keys the model does not know, as written."""
    @property
    def filename(self) -> str | None:
        """The file the page was read from, or the `path` given to `parse`; `None` for a page
        rebuilt from JSON.
        """
    @property
    def kind(self) -> Literal["unclassified"]:
        """The kind of page."""
    @property
    def site(self) -> dict[str, Any]:
        """Front matter keys about the page's place on its site, as written."""
    @property
    def sources(self) -> dict[str, Source]:
        """Where each fact was read, by field name."""
    @property
    def tags(self) -> list[str]:
        """Tags."""
    @property
    def title(self) -> str | None:
        """The page title as written."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[type[Self], str, str | None]]:
        """Pickle through the JSON form, so every process rebuilds the exact value."""
    def __repr__(self) -> str: ...
    @classmethod
    def _from_json(cls, text: str, filename: str | None) -> Self:
        """The page that `to_json` wrote, read from `filename` (how pickles come back)."""
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """The value that `to_dict` gave."""
    @classmethod
    def from_json(cls, text: str) -> Self:
        """The value that `to_json` wrote."""
    def to_dict(self) -> Any:
        """This value as plain Python data (what `json.loads(self.to_json())` gives)."""
    def to_json(self) -> str:
        """This value as JSON text: the core's serde JSON (pages with their `kind`)."""

@final
class WorkingTime:
    """Temps complet or temps non complet."""
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @property
    def kind(self) -> Literal["complete", "non_complete"]:
        """Temps complet or temps non complet."""
    @property
    def share(self) -> float | None:
        """The share of full time of a temps non complet (0.8 for 28 hours)."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[type[Self], str, str | None]]:
        """Pickle through the JSON form, so every process rebuilds the exact value."""
    def __repr__(self) -> str: ...
    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """The value that `to_dict` gave."""
    @classmethod
    def from_json(cls, text: str) -> Self:
        """The value that `to_json` wrote."""
    def to_dict(self) -> Any:
        """This value as plain Python data (what `json.loads(self.to_json())` gives)."""
    def to_json(self) -> str:
        """This value as JSON text: the core's serde JSON (pages with their `kind`)."""

def parse(
    source: str | bytes,
    *,
    path: str | os.PathLike[str] | None = None,
) -> Posting | Organisation | Team | Unclassified:
    """Read one page from its text (`str`) or raw bytes (`bytes`, any encoding the core reads).

    `path` names the page: in errors, and as the page's `filename`.
    """

def parse_file(path: str | os.PathLike[str]) -> Posting | Organisation | Team | Unclassified:
    """Read the page in the file at `path`."""

@overload
def parse_many(
    paths: Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = None,
    errors: Literal["raise", "skip"] = "raise",
) -> list[Posting | Organisation | Team | Unclassified]:
    """Read every file in `paths`, in parallel with the GIL released; the result keeps the
    order of `paths`.

    `workers` caps the threads (default: one per core). `errors` says what to do with a
    page that cannot be parsed: `"raise"` its `ParseError` (the first in the order of
    `paths`), `"skip"` it, or `"collect"` the `ParseError` in its place. A file that
    cannot be opened raises `OSError` whatever `errors` says.
    """
@overload
def parse_many(
    paths: Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = None,
    errors: Literal["collect"],
) -> list[Posting | Organisation | Team | Unclassified | ParseError]: ...

def read_document(source: str | bytes, *, path: str | os.PathLike[str] | None = None) -> Document:
    """Read what a page says, losslessly, from its text (`str`) or raw bytes (`bytes`).

    `path` names the page: in errors, and as the document's `filename`.
    """

def read_document_file(path: str | os.PathLike[str]) -> Document:
    """Read what the page in the file at `path` says, losslessly."""

def read_offers(path: str | os.PathLike[str], *, chunk_size: int = 1024) -> OfferIterator:
    """Read the national offers file at `path` (the open-data export or a back-office export,
    told apart by their header): an iterator of its rows as postings, in order.

    The file is opened at once (`OSError` if it cannot be, `ParseError` with code
    `unknown_format` if it is no national file); rows are then read `chunk_size` at a
    time with the GIL released. A row with a malformed value is still a posting, the
    problem in its `diagnostics` with the row and column. A file that breaks off raises
    `ParseError` after the rows before the break.
    """

def to_columns(
    pages: Iterable[Posting | Organisation | Team | Unclassified],
) -> dict[str, list[Any]]:
    """Pages as columns: a dict from `filename`, `kind` and each of
    `offres.POSTING_COLUMNS` to the list of its values, one per page, as `to_row()`
    gives them (`None` for a page that is not a posting). What `to_frame` and `to_arrow`
    are built from; `polars.DataFrame` takes it as it is.
    """
