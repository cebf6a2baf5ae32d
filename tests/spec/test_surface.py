"""The SDK surface against the spec: every operation is a method, sync and async, and a bare call
sends exactly the required arguments (nothing the user did not set)."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import io
import json
from typing import Any

import httpx
import pytest
from firecrawl_api.models import ScrapeOptions
from firecrawl_api.types import File
from firecrawl_sdk import AsyncFirecrawl, Firecrawl
from firecrawl_sdk._operation import Operation
from firecrawl_sdk._surface._operations import OPERATIONS

from ._openapi import OMIT, Op, operations, resolve, sample

BASE = "http://api.test/v2"


def method_of(client: Any, op: Op) -> Any:
    resource, _, name = OPERATIONS[op.operation_id].partition(".")
    return getattr(getattr(client, resource), name)


def test_every_operation_of_the_spec_has_a_method() -> None:
    spec_ids = {op.operation_id for op in operations()}
    assert spec_ids, "the spec did not build"
    assert spec_ids <= set(OPERATIONS), f"no SDK method: {sorted(spec_ids - set(OPERATIONS))}"
    sync, asynchronous = Firecrawl("k", base_url=BASE), AsyncFirecrawl("k", base_url=BASE)
    for op in operations():
        assert callable(method_of(sync, op)), op
        assert inspect.iscoroutinefunction(method_of(asynchronous, op)), op


def required_arguments(op: Op) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """(Python keyword arguments, expected query, expected JSON body) of a call with only what is required."""
    surface_names = _python_names(op)
    kwargs: dict[str, Any] = {}
    query: dict[str, Any] = {}
    for param in op.params:
        if not param.get("required"):
            continue
        value = sample(param.get("schema") or {})
        kwargs[surface_names[param["name"]]] = value
        if param["in"] == "query":
            query[param["name"]] = value
    body: dict[str, Any] = {}
    if op.body is not None:
        schema = resolve(op.body)
        required: list[str] = list(schema.get("required") or [])
        properties: dict[str, Any] = dict(schema.get("properties") or {})
        for member in schema.get("allOf") or []:
            member = resolve(member)
            required += member.get("required") or []
            properties.update(member.get("properties") or {})
        for name in required:
            value = sample(properties[name])
            assert value is not OMIT
            kwargs[surface_names[name]] = value
            body[name] = value
    return kwargs, query, body


def _python_names(op: Op) -> dict[str, str]:
    """Spec name -> the SDK method's argument name (renames of surface.yaml included)."""
    resource = OPERATIONS[op.operation_id].split(".")[0]
    surface = importlib.import_module(f"firecrawl_sdk._surface.{resource}")
    for value in vars(surface).values():
        if isinstance(value, Operation) and value.id == op.operation_id:
            return {p.json: p.python for p in value.params}
    raise AssertionError(f"{op.operation_id}: no Operation record in {surface.__name__}")


def response_for(op: Op) -> httpx.Response:
    schema = dict(op.responses).get("200")
    payload = sample(schema) if schema is not None else {"success": True}
    return httpx.Response(200, json=payload if payload is not OMIT else {})


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("op", operations(), ids=str)
def test_a_bare_call_sends_only_what_is_required(op: Op, kind: str) -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        sent.append(request)
        return response_for(op)

    kwargs, query, body = required_arguments(op)
    multipart = op.body is not None and "file" in kwargs
    if multipart:
        kwargs["file"] = File(payload=io.BytesIO(b"%PDF-1.4"), file_name="a.pdf", mime_type="application/pdf")
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
