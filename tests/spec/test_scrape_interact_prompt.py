"""The overlay gives scrape-bound interact the documented ``prompt``: ``code`` or ``prompt`` is required."""

from __future__ import annotations

import importlib
from typing import Any

import pytest
from firecrawl_api.types import UNSET
from openapi_schema_validator import OAS30Validator

from ._openapi import require_operation, resolve

OPERATION = "interactWithScrapeBrowserSession"


def _body_schema() -> dict[str, Any]:
    schema: dict[str, Any] = resolve(require_operation(OPERATION).body)
    return schema


def test_the_request_documents_prompt_as_the_docs_do() -> None:
    schema = _body_schema()
    prompt = schema["properties"]["prompt"]
    assert (prompt["type"], prompt["minLength"], prompt["maxLength"]) == ("string", 1, 10000)
    assert "required" not in schema  # code alone is no longer required


@pytest.mark.parametrize(
    ("body", "valid"),
    [
        ({"code": "await page.title()"}, True),
        ({"prompt": "Click the login button"}, True),
        ({"code": "1", "prompt": "both"}, True),
        ({}, False),
        ({"language": "node", "timeout": 30}, False),
        ({"prompt": ""}, False),
        ({"prompt": "x" * 10001}, False),
    ],
)
def test_code_or_prompt_is_required(body: dict[str, Any], valid: bool) -> None:
    assert OAS30Validator(_body_schema()).is_valid(body) is valid


def test_the_generated_body_model_carries_prompt() -> None:
    require_operation(OPERATION)
    ScrapeInteractBody: Any = importlib.import_module("firecrawl_api.models").ScrapeInteractBody
    assert ScrapeInteractBody(prompt="Click the login button").to_dict()["prompt"] == "Click the login button"
    assert ScrapeInteractBody(code="1").code == "1"
    assert ScrapeInteractBody().code is UNSET
