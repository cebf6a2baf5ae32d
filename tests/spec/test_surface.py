"""The SDK surface against the spec: every operation is a method, sync and async, and a bare call
sends exactly the required arguments (nothing the user did not set)."""

from __future__ import annotations

import asyncio
import inspect
import json
from typing import Any

import httpx
import pytest
from firecrawl_api.models import ScrapeOptions
from firecrawl_api.types import File
from firecrawl_sdk import AsyncFirecrawl, Firecrawl
from firecrawl_sdk._surface._operations import OPERATIONS

from ._openapi import Op, method_of, operations, required_arguments, response_for

BASE = "https://api.test/v2"


def test_every_operation_of_the_spec_has_a_method() -> None:
    spec_ids = {op.operation_id for op in operations()}
    assert spec_ids, "the spec did not build"
    assert spec_ids <= set(OPERATIONS), f"no SDK method: {sorted(spec_ids - set(OPERATIONS))}"
    sync, asynchronous = Firecrawl("k", base_url=BASE), AsyncFirecrawl("k", base_url=BASE)
    for op in operations():
        assert callable(method_of(sync, op)), op
        assert inspect.iscoroutinefunction(method_of(asynchronous, op)), op


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("op", operations(), ids=str)
def test_a_bare_call_sends_only_what_is_required(op: Op, kind: str) -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        sent.append(request)
        return response_for(op)

    kwargs, query, body = required_arguments(op)
    multipart = isinstance(kwargs.get("file"), File)
    if kind == "sync":
        with Firecrawl(
            "k", base_url=BASE, http_client=httpx.Client(transport=httpx.MockTransport(handler))
        ) as fc:
            method_of(fc, op)(**kwargs)
    else:

        async def run() -> None:
            transport = httpx.MockTransport(handler)
            async with AsyncFirecrawl(
                "k", base_url=BASE, http_client=httpx.AsyncClient(transport=transport)
            ) as fc:
                await method_of(fc, op)(**kwargs)

        asyncio.run(run())
    assert len(sent) == 1
    request = sent[0]
    assert request.method == op.method.upper()
    assert dict(request.url.params) == {k: _query_text(v) for k, v in query.items()}
    if multipart:
        assert b'name="file"' in request.content and b'name="options"' not in request.content
    elif op.body is not None:
        assert json.loads(request.content) == body
    else:
        assert request.content == b""


def _query_text(value: Any) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def test_crawl_start_sends_exactly_the_url() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"success": True, "id": "c1", "url": "https://x.test"})

    with Firecrawl(
        "k", base_url=BASE, http_client=httpx.Client(transport=httpx.MockTransport(handler))
    ) as fc:
        started = fc.crawl.start("https://example.com")
    assert json.loads(sent[0].content) == {"url": "https://example.com"}
    assert started.id == "c1"


def test_nested_models_carry_no_spec_defaults() -> None:
    """A bare ScrapeOptions() is {} (the spec's defaults are the server's to apply)."""
    assert ScrapeOptions().to_dict() == {}
