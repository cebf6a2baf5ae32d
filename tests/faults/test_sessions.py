"""``interact.session()`` leaks no session: the server's books (created vs deleted) must balance
after an exception, a ``KeyboardInterrupt``, a fault inside the block, a transient failure of the
delete itself, or (async) the cancellation of the task; the block's exception is never masked."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterator

import httpx
import pytest
from firecrawl_sdk import APITimeoutError, AsyncFirecrawl, Firecrawl

from tests._vehicle import has_operation

from ._rules import BOOKS
from ._server import FaultServer
from .conftest import BackoffSpy

SESSION_OPERATIONS = ("createBrowserSession", "executeBrowserCode", "deleteBrowserSession")
if not all(map(has_operation, SESSION_OPERATIONS)):
    pytest.skip(
        f"the spec in openapi/ lacks some of {', '.join(SESSION_OPERATIONS)}: no interact.session() to test",
        allow_module_level=True,
    )

AsyncHTTP = Callable[[], httpx.AsyncClient | None]


class Boom(Exception):
    pass


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as running:
        yield running


def _balance(server: FaultServer, created: int = 1) -> None:
    BOOKS.session_scenarios += 1
    BOOKS.leaks += len(server.live_sessions)
    assert len(server.created) == created, server.created
    assert server.live_sessions == set(), f"leaked: {server.live_sessions}"


# --- sync ------------------------------------------------------------------------------
@pytest.mark.parametrize("raised", [Boom, KeyboardInterrupt, SystemExit])
def test_sync_block_raises(raised: type[BaseException], server: FaultServer, api_key: str) -> None:
    with Firecrawl(api_key, base_url=server.base_url) as fc, pytest.raises(raised):  # noqa: SIM117
        with fc.interact.session(ttl=60) as session:
            assert session.id in server.live_sessions
            raise raised()
    _balance(server)


def test_sync_normal_exit(server: FaultServer, api_key: str) -> None:
    with Firecrawl(api_key, base_url=server.base_url) as fc, fc.interact.session() as session:
        fc.interact.execute(str(session.id), "1 + 1")
    _balance(server)


def test_sync_fault_inside_block(server: FaultServer, api_key: str, backoff: BackoffSpy) -> None:
    server.script("execute", ["read_timeout"])
    with Firecrawl(api_key, base_url=server.base_url, timeout=0.2) as fc, pytest.raises(APITimeoutError):  # noqa: SIM117
        with fc.interact.session() as session:
            fc.interact.execute(str(session.id), "while (true) {}")
    assert server.requests["execute"] == 1
    _balance(server)


def test_sync_delete_retried_after_block_raised(
    server: FaultServer, api_key: str, backoff: BackoffSpy
) -> None:
    server.script("delete", ["503", "reset_before"])
    with Firecrawl(api_key, base_url=server.base_url) as fc, pytest.raises(Boom):  # noqa: SIM117
        with fc.interact.session():
            raise Boom()
    assert server.requests["delete"] == 3
    _balance(server)


def test_sync_failed_delete_never_masks_the_block(
    server: FaultServer, api_key: str, backoff: BackoffSpy, caplog: pytest.LogCaptureFixture
) -> None:
    """The server refuses every delete: the block's own exception still comes out, with a warning."""
    server.script("delete", ["html_502"] * 3)
    with Firecrawl(api_key, base_url=server.base_url) as fc, pytest.raises(Boom):  # noqa: SIM117
        with fc.interact.session():
            raise Boom()
    assert server.requests["delete"] == 3
    assert any("could not delete" in record.getMessage() for record in caplog.records)


# --- async -----------------------------------------------------------------------------
@pytest.mark.parametrize("raised", [Boom, KeyboardInterrupt])
async def test_async_block_raises(
    raised: type[BaseException], server: FaultServer, api_key: str, async_http: AsyncHTTP
) -> None:
    async with AsyncFirecrawl(api_key, http_client=async_http(), base_url=server.base_url) as fc:
        try:
            async with fc.interact.session(ttl=60) as session:
                assert session.id in server.live_sessions
                raise raised()
        except raised:
            pass
        else:
            pytest.fail("the block's exception was swallowed")
    _balance(server)


async def test_async_normal_exit(server: FaultServer, api_key: str, async_http: AsyncHTTP) -> None:
    async with (
        AsyncFirecrawl(api_key, http_client=async_http(), base_url=server.base_url) as fc,
        fc.interact.session() as session,
    ):
        await fc.interact.execute(str(session.id), "1 + 1")
    _balance(server)


async def _until(condition: Callable[[], bool], what: str, limit: float = 10.0) -> None:
    """Wait for a state of the server (checked every 10 ms, at most ``limit`` seconds)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit
    while not condition():
        if loop.time() > deadline:
            pytest.fail(f"not within {limit:g}s: {what}")
        await asyncio.sleep(0.01)


async def _blocked_in_session(fc: AsyncFirecrawl) -> asyncio.Task[None]:
    """A task inside ``fc.interact.session()``, waiting there until cancelled."""
    entered = asyncio.Event()

    async def work() -> None:
        async with fc.interact.session():
            entered.set()
            await asyncio.sleep(30)

    task = asyncio.create_task(work())
    await asyncio.wait_for(entered.wait(), 5)
    return task


async def test_async_task_cancelled_inside_block(
    server: FaultServer, api_key: str, async_http: AsyncHTTP
) -> None:
    async with AsyncFirecrawl(api_key, http_client=async_http(), base_url=server.base_url) as fc:
        task = await _blocked_in_session(fc)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    _balance(server)


async def test_async_timeout_cancels_block(server: FaultServer, api_key: str, async_http: AsyncHTTP) -> None:
    """``asyncio.timeout`` cancels the block while a request is in flight."""
    server.script("execute", ["slow_ok"])

    async def expire_once_executing(deadline: asyncio.Timeout) -> None:
        await _until(lambda: server.requests["execute"] == 1, "the execute request reached the server")
        deadline.reschedule(asyncio.get_running_loop().time())

    async with AsyncFirecrawl(api_key, http_client=async_http(), base_url=server.base_url) as fc:
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(None) as deadline, fc.interact.session() as session:
                expiry = asyncio.create_task(expire_once_executing(deadline))
                await fc.interact.execute(str(session.id), "1 + 1")
        await expiry
    _balance(server)


async def test_async_cancelled_twice_delete_still_completes(
    server: FaultServer, api_key: str, async_http: AsyncHTTP
) -> None:
    """A second cancel while the (shielded) delete is in flight: the delete still reaches the server."""
    server.script("delete", ["slow_ok"])
    async with AsyncFirecrawl(api_key, http_client=async_http(), base_url=server.base_url) as fc:
        task = await _blocked_in_session(fc)
        task.cancel()
        await _until(lambda: server.requests["delete"] == 1, "the delete request reached the server")
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await _until(lambda: not server.live_sessions, "the shielded delete finished in the background")
    _balance(server)


async def test_async_fault_inside_block(
    server: FaultServer, api_key: str, async_http: AsyncHTTP, backoff: BackoffSpy
) -> None:
    server.script("execute", ["trickle"])
    async with AsyncFirecrawl(api_key, http_client=async_http(), base_url=server.base_url, timeout=0.2) as fc:
        with pytest.raises(APITimeoutError):
            async with fc.interact.session() as session:
                await fc.interact.execute(str(session.id), "1 + 1")
    assert server.requests["execute"] == 1
    _balance(server)


async def test_async_delete_retried_after_block_raised(
    server: FaultServer, api_key: str, async_http: AsyncHTTP, backoff: BackoffSpy
) -> None:
    server.script("delete", ["429_seconds", "truncated"])
    async with AsyncFirecrawl(api_key, http_client=async_http(), base_url=server.base_url) as fc:
        with pytest.raises(Boom):
            async with fc.interact.session():
                raise Boom()
    assert server.requests["delete"] == 3
    _balance(server)


async def test_async_failed_delete_never_masks_the_block(
    server: FaultServer,
    api_key: str,
    async_http: AsyncHTTP,
    backoff: BackoffSpy,
    caplog: pytest.LogCaptureFixture,
) -> None:
    server.script("delete", ["503"] * 3)
    with caplog.at_level(logging.WARNING, logger="firecrawl_sdk"):
        async with AsyncFirecrawl(api_key, http_client=async_http(), base_url=server.base_url) as fc:
            with pytest.raises(Boom):
                async with fc.interact.session():
                    raise Boom()
    assert server.requests["delete"] == 3
    assert any("could not delete" in record.getMessage() for record in caplog.records)
