"""Every fault x every operation of the spec x sync/async x (fault once | fault on every attempt).

The operations come from the spec and the SDK's operations table: each is called through its
generated method with the arguments the spec requires. The Interact family gets every fault once
and persistent; every other operation every fault but the slow timing ones (a hang, a trickle: the
same transport code whatever the operation) once, and persistent a 503 and a reset, which keeps
the run short while each method meets each kind of failure.

The outcome is success after a retry or exactly the expected ``FirecrawlError`` subclass, never a
raw httpx/json/attrs exception; the server counts what it received, so an acting POST sent more
often than the rules allow fails the scenario.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from firecrawl_sdk import AsyncFirecrawl, Firecrawl, FirecrawlError

from tests import _vehicle

from ..spec._openapi import method_of, required_arguments
from ._rules import ACTING_POSTS, ALIASES, BOOKS, MAX_RETRIES, OPERATIONS, SPEC_OPERATIONS, Expected, expected
from ._server import FAULTS, FaultServer
from .conftest import BackoffSpy

TIMING_FAULTS = frozenset({"read_timeout", "trickle"})
CLIENT_TIMEOUT = 0.5  # read timeout / body deadline of the scenarios about timing (s)
CALM_TIMEOUT = 10.0  # every other scenario: a loaded machine must not turn "ok" into a timeout
HUGE_TIMEOUT = 30.0  # 50 MB must arrive and parse within this

INTERACT = frozenset(ALIASES.values())
PERSISTENT_FOR_ALL = frozenset({"503", "reset_before"})
BODY_FAULTS = frozenset({"body_50mb", "gzip_bomb", "deep_json_401", "redirect_302"})


def _call(fc: Any, operation: str) -> Any:
    """The operation's SDK method, called with what the spec requires (a coroutine for async)."""
    op = SPEC_OPERATIONS[operation]
    kwargs, _, _ = required_arguments(op)
    return method_of(fc, op)(**kwargs)


def _wanted(fault: str, operation: str, persistent: bool) -> bool:
    if fault in BODY_FAULTS:  # the same body-reading code whatever the operation
        return operation in INTERACT and not persistent
    if operation in INTERACT:
        return True
    return fault not in TIMING_FAULTS and (not persistent or fault in PERSISTENT_FOR_ALL)


SCENARIOS = [
    pytest.param(fault, operation, persistent, id=f"{fault}-{operation}-{'always' if persistent else 'once'}")
    for fault in FAULTS
    for operation in OPERATIONS
    for persistent in (False, True)
    if _wanted(fault, operation, persistent)
]


def _prepare(fault: str, operation: str, persistent: bool, backoff: BackoffSpy) -> FaultServer:
    times = MAX_RETRIES + 1 if persistent else 1
    if fault == "refused":
        server = FaultServer(start=False)  # nobody listens: connection refused
        if not persistent:
            backoff.on_retry = server.start  # the port opens before the first retry
        return server
    server = FaultServer()
    server.script(operation, [fault] * times)
    return server


def _timeout(fault: str) -> float:
    if fault == "body_50mb":
        return HUGE_TIMEOUT
    return CLIENT_TIMEOUT if fault in TIMING_FAULTS else CALM_TIMEOUT


def _check(
    fault: str,
    operation: str,
    want: Expected,
    outcome: BaseException | None,
    server: FaultServer,
    spy: BackoffSpy,
) -> None:
    BOOKS.scenarios += 1
    name = "success" if outcome is None else type(outcome).__name__
    if outcome is not None and not isinstance(outcome, FirecrawlError):
        name = f"RAW {type(outcome).__module__}.{name}"
    BOOKS.outcomes[name] += 1
    received = server.requests[operation]
    if operation in ACTING_POSTS and received > 1:
        BOOKS.posts_repeated += 1
        if want.attempts == 1:
            BOOKS.posts_repeated_disallowed += 1

    if outcome is not None and not isinstance(outcome, FirecrawlError):
        raise AssertionError(f"raw {type(outcome).__module__}.{type(outcome).__name__} escaped") from outcome
    if want.error is None:
        assert outcome is None, f"expected success, got {outcome!r}"
    else:
        assert type(outcome) is want.error, f"expected {want.error.__name__}, got {outcome!r}"
    assert spy.attempts == want.attempts, f"client made {spy.attempts} attempts, expected {want.attempts}"
    if fault == "refused":  # only the attempt after the port opened reached the server
        assert received == (0 if want.error else 1)
    else:
        assert received == want.attempts, f"server received {received} requests, expected {want.attempts}"
    if fault == "redirect_302":  # not followed: nothing else reached the server
        assert sum(server.requests.values()) == 1, server.requests
    if fault == "429_seconds":
        assert all(delay == 1.0 for delay in spy.delays), spy.delays  # Retry-After: 1
    if fault == "429_date":
        assert all(0.5 <= delay <= 2.1 for delay in spy.delays), spy.delays  # an HTTP date ~2 s ahead


@pytest.mark.parametrize(("fault", "operation", "persistent"), SCENARIOS)
def test_sync(fault: str, operation: str, persistent: bool, api_key: str, backoff: BackoffSpy) -> None:
    want = expected(fault, operation, persistent)
    with _prepare(fault, operation, persistent, backoff) as server:
        outcome: BaseException | None = None
        with Firecrawl(api_key, base_url=server.base_url, timeout=_timeout(fault)) as fc:
            try:
                _call(fc, operation)
            except Exception as error:
                outcome = error
    _check(fault, operation, want, outcome, server, backoff)


@pytest.mark.parametrize(("fault", "operation", "persistent"), SCENARIOS)
async def test_async(
    fault: str,
    operation: str,
    persistent: bool,
    api_key: str,
    backoff: BackoffSpy,
    async_http: Callable[[], httpx.AsyncClient | None],
) -> None:
    want = expected(fault, operation, persistent)
    with _prepare(fault, operation, persistent, backoff) as server:
        outcome: BaseException | None = None
        http_client = async_http()
        async with AsyncFirecrawl(
            api_key, base_url=server.base_url, timeout=_timeout(fault), http_client=http_client
        ) as fc:
            try:
                await _call(fc, operation)
            except Exception as error:
                outcome = error
    _check(fault, operation, want, outcome, server, backoff)


@pytest.mark.parametrize("fault", ["429_seconds", "429_date"])
def test_retry_after_is_really_waited(fault: str, api_key: str) -> None:
    """Without the spy: the SDK sleeps what the server asked (1 s; an HTTP date 1-2 s ahead)."""
    create = _vehicle.create()  # a POST: retried after a 429, since the server did not act
    name = ALIASES.get(create.operation_id, create.operation_id)
    with FaultServer() as server:
        server.script(name, [fault])
        with Firecrawl(api_key, base_url=server.base_url, timeout=5.0) as fc:
            started = time.monotonic()
            create.call(fc)
            elapsed = time.monotonic() - started
    assert server.requests[name] == 2
    assert 0.9 <= elapsed < 3.0, elapsed


async def test_retry_after_is_really_waited_async(
    api_key: str, async_http: Callable[[], httpx.AsyncClient | None]
) -> None:
    create = _vehicle.create()
    name = ALIASES.get(create.operation_id, create.operation_id)
    with FaultServer() as server:
        server.script(name, ["429_seconds"])
        async with AsyncFirecrawl(
            api_key, base_url=server.base_url, timeout=5.0, http_client=async_http()
        ) as fc:
            started = time.monotonic()
            await create.call(fc)
            elapsed = time.monotonic() - started
    assert server.requests[name] == 2
    assert 0.9 <= elapsed < 3.0, elapsed
