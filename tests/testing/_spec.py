"""Validate every local-server response against the vendored spec (OAS30Validator)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import httpx
from openapi_schema_validator import OAS30Validator, oas30_format_checker

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "firecrawl-v2.openapi.json"
SPEC: dict[str, Any] = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
_ROUTES = [
    (re.compile(r"^/v2/interact$"), "/interact"),
    (re.compile(r"^/v2/interact/[^/]+/execute$"), "/interact/{sessionId}/execute"),
    (re.compile(r"^/v2/interact/[^/]+$"), "/interact/{sessionId}"),
    (re.compile(r"^/v2/scrape$"), "/scrape"),
    (re.compile(r"^/v2/scrape/[^/]+/interact$"), "/scrape/{jobId}/interact"),
    (re.compile(r"^/v2/scrape/[^/]+$"), "/scrape/{jobId}"),
]
validated: list[tuple[str, str, int]] = []


def response_schema(template: str, method: str, status: int) -> dict[str, Any]:
    """The documented schema; a status the operation does not document is held to its documented error
    schema (the 402 shape, ``{"error": string}``)."""
    responses = SPEC["paths"][template][method.lower()]["responses"]
    entry = responses.get(str(status)) or responses["402"]
    schema: dict[str, Any] = entry["content"]["application/json"]["schema"]
    return schema


def components() -> dict[str, Any]:
    return {"components": SPEC["components"]}


def validate_response(response: httpx.Response) -> None:
    """Raise unless ``response`` (of a ``/v2/interact...`` or ``/v2/scrape...`` request) matches the
    vendored spec."""
    path, method = response.request.url.path, response.request.method
    template = next((t for pattern, t in _ROUTES if pattern.match(path)), None)
    assert template is not None, f"not an Interact or scrape operation: {method} {path}"
    assert response.headers["content-type"].startswith("application/json"), response.headers
    response.read()
    body: Any = response.json()
    # the spec's components sit beside the schema so that its "#/components/..." references resolve
    schema = {"allOf": [response_schema(template, method, response.status_code)], **components()}
    OAS30Validator(schema, format_checker=oas30_format_checker).validate(body)
    if response.status_code >= 400:
        assert body["success"] is False and isinstance(body["error"], str) and body["error"], body
    else:
        assert body["success"] is True, body
    if response.status_code == 429:
        assert int(response.headers["retry-after"]) >= 1
    validated.append((method, template, response.status_code))
