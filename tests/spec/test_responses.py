"""Every documented 2xx response field is parsed into an attribute, not left in ``additional_properties``."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from firecrawl_api.client import Client

from ._openapi import OMIT, Op, operations, require_operation, sample, union_count, unparsed_fields

CASES = [
    (op, status, schema)
    for op in operations()
    for status, schema in op.responses
    if status.startswith("2") and schema is not None
]


def parse(op: Op, status: str, data: Any) -> Any:
    client = Client(base_url="http://test", raise_on_unexpected_status=True)
    return op.module()._parse_response(client=client, response=httpx.Response(int(status), json=data))


@pytest.mark.parametrize(("op", "status", "schema"), CASES, ids=[f"{op} {status}" for op, status, _ in CASES])
def test_documented_response_fields_parsed(op: Op, status: str, schema: Any) -> None:
    # One sample per union member, so every member's properties are sent at least once.
    for choice in range(union_count(schema)):
        data = sample(schema, choice)
        assert data is not OMIT
        parsed = parse(op, status, data)
        assert parsed is not None, f"{op} {status}: the response body was not parsed"
        lost = list(unparsed_fields(parsed, data))
        assert not lost, f"{op} {status} (union member {choice}): fields not parsed: {lost}"


def test_unknown_response_fields_pass_through() -> None:
    """A field the spec omits (the server sends ``playlistUrl``) is kept, not dropped."""
    op = require_operation("createBrowserSession")
    parsed = parse(op, "200", {"success": True, "id": "s1", "playlistUrl": "https://x/p.m3u8"})
    assert parsed.additional_properties == {"playlistUrl": "https://x/p.m3u8"}
