"""Retry rules: which failures are retried, how many times, after how long."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from firecrawl_sdk import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    InternalServerError,
    RateLimitError,
)
from firecrawl_sdk._retries import MAX_BACKOFF, backoff, retry_after_seconds

from tests import _vehicle


def failing(times: int, fail: Callable[[httpx.Request], httpx.Response], success: Any = None) -> Any:
    """Fails ``times`` times, then answers ``success`` (default: the POST vehicle's success body)."""
    state = {"calls": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        state["calls"] += 1
        if state["calls"] <= times:
            return fail(request)
        return httpx.Response(200, json=success if success is not None else _vehicle.create().success)

    return handler


def status(code: int, **headers: str) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(code, json={"error": f"status {code}"}, headers=headers)


def raising(error: type[httpx.RequestError]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        raise error("injected", request=request)

    return handler


@pytest.mark.parametrize("code", [408, 429, 500, 502, 503, 504, 520])
def test_get_and_delete_are_retried_on_transient_statuses(sdk: Any, code: int) -> None:
    read, delete = _vehicle.read(), _vehicle.delete()
    client = sdk(failing(2, status(code), read.success))
    read.call(client)
    assert len(client.sent) == 3
    client = sdk(failing(2, status(code), delete.success))
    delete.call(client)
    assert len(client.sent) == 3


@pytest.mark.parametrize(
    "error", [httpx.ConnectError, httpx.ReadError, httpx.ReadTimeout, httpx.RemoteProtocolError]
)
def test_get_is_retried_on_connection_errors(sdk: Any, error: type[httpx.RequestError]) -> None:
    read = _vehicle.read()
    client = sdk(failing(1, raising(error), read.success))
    read.call(client)
    assert len(client.sent) == 2


@pytest.mark.parametrize("code", [429, 503])
def test_create_is_retried_when_the_server_certainly_did_not_act(sdk: Any, code: int) -> None:
    client = sdk(failing(2, status(code)))
    _vehicle.create().call(client)
    assert len(client.sent) == 3


@pytest.mark.parametrize("error", [httpx.ConnectError, httpx.ConnectTimeout])
def test_create_is_retried_when_the_connection_was_never_made(
    sdk: Any, error: type[httpx.RequestError]
) -> None:
    client = sdk(failing(1, raising(error)))
    _vehicle.create().call(client)
    assert len(client.sent) == 2


@pytest.mark.parametrize("code", [408, 500, 502, 504, 520])
@pytest.mark.parametrize("operation", ["create", "execute"])
def test_create_and_execute_are_never_retried_after_the_server_may_have_acted(
    sdk: Any, code: int, operation: str
) -> None:
    if operation == "execute":
        _vehicle.require_operations("executeBrowserCode")
    client = sdk(failing(5, status(code)))
    call = (
        (lambda: _vehicle.create().call(client))
        if operation == "create"
        else (lambda: client.interact.execute("s", "1"))
    )
    with pytest.raises(APIStatusError) as raised:
        call()
    assert raised.value.status_code == code
    assert len(client.sent) == 1


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (httpx.ReadTimeout, APITimeoutError),
        (httpx.ReadError, APIConnectionError),
        (httpx.RemoteProtocolError, APIConnectionError),
    ],
)
def test_create_is_not_retried_after_a_read_failure(
    sdk: Any, error: type[httpx.RequestError], expected: type
) -> None:
    client = sdk(failing(5, raising(error)))
    with pytest.raises(expected):
        _vehicle.create().call(client)
    assert len(client.sent) == 1


def test_scrape_interact_is_not_retried_after_a_500(sdk: Any) -> None:
    _vehicle.require_operations("interactWithScrapeBrowserSession")
    client = sdk(failing(5, status(500)))
    with pytest.raises(InternalServerError):
        client.scrape.interact("123e4567-e89b-12d3-a456-426614174000", code="1")
    assert len(client.sent) == 1


def test_max_retries_bounds_the_attempts(sdk: Any) -> None:
    read = _vehicle.read()
    client = sdk(failing(10, status(503)), max_retries=4)
    with pytest.raises(InternalServerError):
        read.call(client)
    assert len(client.sent) == 5
    client = sdk(failing(10, status(503)), max_retries=0)
    with pytest.raises(InternalServerError):
        read.call(client)
    assert len(client.sent) == 1


def test_retry_after_seconds_and_http_date_are_honoured(sdk: Any, slept: list[float]) -> None:
    in_5s = email.utils.formatdate(time.time() + 5, usegmt=True)
    create = _vehicle.create()
    client = sdk(failing(1, status(429, **{"Retry-After": "3"})))
    create.call(client)
    client = sdk(failing(1, status(429, **{"Retry-After": in_5s})))
    create.call(client)
    client = sdk(failing(1, status(503, **{"retry-after-ms": "250"})))
    create.call(client)
    assert slept[0] == 3.0
    assert 3.5 <= slept[1] <= 5.0
    assert slept[2] == 0.25


def test_retry_after_beyond_the_cap_is_not_waited_for(sdk: Any, slept: list[float]) -> None:
    client = sdk(failing(1, status(429, **{"Retry-After": "3600"})))
    with pytest.raises(RateLimitError) as raised:
        _vehicle.create().call(client)
    assert raised.value.retry_after == 3600.0
    assert len(client.sent) == 1 and slept == []


def test_backoff_grows_exponentially_with_jitter_and_a_cap() -> None:
    for attempt, nominal in [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (9, MAX_BACKOFF)]:
        delays = {backoff(attempt) for _ in range(20)}
        assert all(d is not None and 0.75 * nominal <= d <= nominal for d in delays)
        assert len(delays) > 1  # jitter


def test_retry_after_parsing() -> None:
    assert retry_after_seconds(httpx.Headers({"Retry-After": "7"})) == 7.0
    assert retry_after_seconds(httpx.Headers({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"})) == 0.0
    assert retry_after_seconds(httpx.Headers({"Retry-After": "soon"})) is None
    assert retry_after_seconds(httpx.Headers({})) is None
