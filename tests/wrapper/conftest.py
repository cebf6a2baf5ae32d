"""Wrapper tests run every rule against both clients over httpx.MockTransport.

``sdk(handler)`` builds a ``Firecrawl`` or an ``AsyncFirecrawl`` (the fixture is
parametrized) whose calls look synchronous: coroutines are run on a private loop.
Every request the SDK sends is recorded in ``sent``.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from firecrawl_sdk import AsyncFirecrawl, Firecrawl

BASE_URL = "https://api.test/v2"
Handler = Callable[[httpx.Request], httpx.Response]


class Twin:
    """Proxy running an async client's coroutines to completion, so tests read the same."""

    def __init__(self, target: Any, loop: asyncio.AbstractEventLoop) -> None:
        self._target, self._loop = target, loop

    def run(self, awaitable: Any) -> Any:
        return self._loop.run_until_complete(awaitable)

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if type(value).__module__.startswith(("firecrawl_sdk.resources", "firecrawl_sdk._surface")):
            return Twin(value, self._loop)  # a resource (callable ones too: fc.scrape(url))
        if callable(value):

            def call(*args: Any, **kwargs: Any) -> Any:
                result = value(*args, **kwargs)
                if inspect.isawaitable(result):
                    return self._loop.run_until_complete(result)
                if isinstance(result, AsyncFirecrawl):  # with_options()
                    return Twin(result, self._loop)
                return result

            return call
        return value

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        result = self._target(*args, **kwargs)
        return self._loop.run_until_complete(result) if inspect.isawaitable(result) else result


class Recorder:
    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.sent: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.sent.append(request)
        return self.handler(request)


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def slept() -> list[float]:
    """Every wait (retry backoff, job polling) the clients made by ``sdk`` asked for: their ``_sleep``
    hook records it and returns at once. Nothing process-wide (``time``/``asyncio``) is patched."""
    return []


@pytest.fixture
def sdk(kind: str, api_key: str, slept: list[float]) -> Iterator[Callable[..., Any]]:
    loop = asyncio.new_event_loop()
    made: list[Any] = []

    def factory(handler: Handler, **options: Any) -> Any:
        recorder = Recorder(handler)
        transport = httpx.MockTransport(recorder)
        options.setdefault("base_url", BASE_URL)
        if kind == "sync":
            client: Any = Firecrawl(api_key, http_client=httpx.Client(transport=transport), **options)
        else:
            client = AsyncFirecrawl(api_key, http_client=httpx.AsyncClient(transport=transport), **options)
        client._sleep = recording_sleep(kind, slept)
        made.append(client)
        twin = Twin(client, loop) if kind == "async" else client
        twin.sent = recorder.sent  # type: ignore[union-attr]
        return twin

    yield factory
    for client in made:
        result = client.close()
        if inspect.isawaitable(result):
            loop.run_until_complete(result)
    loop.close()


def recording_sleep(kind: str, slept: list[float]) -> Any:
    """A ``_sleep`` hook for a client of ``kind``: records each wait and returns at once."""
    if kind == "sync":
        return slept.append

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    return sleep


def session_json(**extra: Any) -> dict[str, Any]:
    return {
        "success": True,
        "id": "sess-1",
        "cdpUrl": "wss://cdp.test/cdp/sess-1?token=cdp-secret-token",
        "liveViewUrl": "https://live.test/sess-1",
        "interactiveLiveViewUrl": "https://live.test/sess-1?interactive=true",
        "expiresAt": "2026-11-26T10:00:00Z",
        **extra,
    }


def ok(payload: Any = None, status: int = 200, **kwargs: Any) -> Handler:
    return lambda request: httpx.Response(
        status, json={"success": True} if payload is None else payload, **kwargs
    )
