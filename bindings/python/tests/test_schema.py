"""What the classes write validates against the committed JSON Schemas (``schemas/``)."""

from __future__ import annotations

import json
from typing import Any

import pytest

import offres
from conftest import SCHEMAS, readable_pages

jsonschema = pytest.importorskip("jsonschema")

pytestmark = pytest.mark.skipif(
    not (SCHEMAS / "page.json").is_file(), reason="schemas/ is absent"
)


def validator(name: str) -> Any:
    schema = json.loads((SCHEMAS / name).read_text("utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def test_pages_validate_against_the_page_schema() -> None:
    page_schema = validator("page.json")
    row_schema = validator("posting-row.json")
    for path in readable_pages():
        page = offres.parse_file(path)
        page_schema.validate(page.to_dict())
        if isinstance(page, offres.Posting):
            row_schema.validate(page.to_row())


def test_the_schema_refuses_what_the_model_refuses() -> None:
    page = offres.parse_file(readable_pages()[0]).to_dict()
    page["kind"] = "advert"
    with pytest.raises(jsonschema.ValidationError):
        validator("page.json").validate(page)
