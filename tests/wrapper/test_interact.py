"""firecrawl_sdk.resources.interact: bodies, results, and the session context manager."""

from __future__ import annotations

import asyncio
import datetime
import json
from typing import Any

import httpx
import pytest
from firecrawl_api.types import UNSET

from ..spec._openapi import api_path, operations, require_field, require_operation, top_level_properties

if "createBrowserSession" not in {op.operation_id for op in operations()}:
    pytest.skip(
        "the spec in openapi/ has no Interact operations (an earlier revision)", allow_module_level=True
    )

from firecrawl_sdk import (
    AsyncFirecrawl,
    DeleteSessionResult,
    ExecuteResult,
    Firecrawl,
    InteractSession,
    NotFoundError,
    RateLimitError,
)

from .conftest import BASE_URL, Recorder, ok, session_json


def body(request: httpx.Request) -> Any:
    return json.loads(request.content)


def test_create_sends_only_what_was_given(sdk: Any) -> None:
    require_field("createBrowserSession", "profile")
    from firecrawl_sdk import Profile

    client = sdk(ok(session_json()))
    client.interact.create()
    client.interact.create(ttl=120, activity_ttl=60, stream_web_view=False, profile="shop")
    client.interact.create(profile=Profile(name="shop", save_changes=False))
    assert [body(r) for r in client.sent] == [
        {},
        {"ttl": 120, "activityTtl": 60, "streamWebView": False, "profile": {"name": "shop"}},
        {"profile": {"name": "shop", "saveChanges": False}},
    ]
    assert all(
        r.method == "POST" and r.url == BASE_URL + api_path("createBrowserSession") for r in client.sent
    )


def test_create_returns_the_session_with_aware_datetime_and_unknown_fields(sdk: Any) -> None:
    payload = session_json(playlistUrl="https://live.test/p.m3u8")
    client = sdk(ok(payload))
    session = client.interact.create(ttl=60)
    assert isinstance(session, InteractSession)
    assert session.id == "sess-1"
    assert isinstance(session.cdp_url, str) and session.cdp_url.startswith("wss://cdp.test/")
    assert isinstance(session.expires_at, datetime.datetime) and session.expires_at.tzinfo is not None
    assert session.expires_at == datetime.datetime(2026, 11, 26, 10, tzinfo=datetime.UTC)
    documented = top_level_properties(dict(require_operation("createBrowserSession").responses)["200"])
    assert "playlistUrl" not in documented
    assert session.additional_properties == {k: v for k, v in payload.items() if k not in documented}


def test_fields_the_server_leaves_out_are_falsy(sdk: Any) -> None:
    client = sdk(ok({"id": "s"}))
    session = client.interact.create()
    assert not session.expires_at and not session.cdp_url and session.expires_at is UNSET


def test_list_returns_summaries_and_keeps_unknown_status(sdk: Any) -> None:
    sessions = [{"id": "a", "status": "active"}, {"id": "b", "status": "expired", "region": "eu"}]
    client = sdk(ok({"success": True, "sessions": sessions}))
    listed = client.interact.list(status="active")
    assert [s.id for s in listed] == ["a", "b"]
    assert listed[1].status == "expired" and listed[1].status.value == "expired"
    assert listed[1].additional_properties == {"region": "eu"}
    assert client.sent[0].url.params["status"] == "active"


def test_list_without_sessions_field_is_empty(sdk: Any) -> None:
    client = sdk(ok({"success": True}))
    assert client.interact.list() == []
    assert "status" not in client.sent[0].url.params


def test_execute_sends_code_language_timeout_and_raises_read_timeout(sdk: Any) -> None:
    client = sdk(ok({"success": True, "stdout": "2\n", "exitCode": 0, "killed": False}), timeout=20.0)
    result = client.interact.execute("sess-1", "print(1+1)", language="python", timeout=120)
    assert isinstance(result, ExecuteResult) and result.stdout == "2\n" and result.exit_code == 0
    request = client.sent[0]
    assert body(request) == {"code": "print(1+1)", "language": "python", "timeout": 120}
    assert request.url == BASE_URL + api_path("executeBrowserCode", sessionId="sess-1")
    assert request.extensions["timeout"]["read"] >= 120 + 10
    client.interact.execute("sess-1", "1")
    assert body(client.sent[1]) == {"code": "1"}
    assert client.sent[1].extensions["timeout"]["read"] == 20.0


def test_delete_returns_duration_and_credits(sdk: Any) -> None:
    client = sdk(ok({"success": True, "sessionDurationMs": 1234, "creditsBilled": 2.5}))
    result = client.interact.delete("sess-1")
    assert isinstance(result, DeleteSessionResult)
    assert (result.session_duration_ms, result.credits_billed) == (1234, 2.5)
    assert client.sent[0].method == "DELETE"


def test_path_ids_are_escaped_into_one_segment(sdk: Any) -> None:
    client = sdk(ok())
    client.interact.delete("../scrape/x?y=1")
    client.interact.execute("a/b#c", "1")
    deleted = api_path("deleteBrowserSession", sessionId="..%2Fscrape%2Fx%3Fy%3D1")
    assert client.sent[0].url.raw_path == f"/v2{deleted}".encode()
    assert client.sent[0].url.query == b""
    executed = api_path("executeBrowserCode", sessionId="a%2Fb%23c")
    assert client.sent[1].url.raw_path == f"/v2{executed}".encode()


class SessionServer:
    """Counts creates and deletes; ``delete_status`` answers DELETE."""

    def __init__(self, delete_status: int = 200) -> None:
        self.created = self.deleted = 0
        self.delete_status = delete_status

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            self.created += 1
            return httpx.Response(200, json=session_json())
        self.deleted += 1
        return httpx.Response(
            self.delete_status, json={"success": self.delete_status == 200, "error": "gone"}
        )


def sync_client(server: SessionServer, api_key: str) -> Firecrawl:
    transport = httpx.MockTransport(Recorder(server))
    return Firecrawl(api_key, base_url=BASE_URL, http_client=httpx.Client(transport=transport), max_retries=0)


def async_client(server: SessionServer, api_key: str) -> AsyncFirecrawl:
    transport = httpx.MockTransport(Recorder(server))
    return AsyncFirecrawl(api_key, base_url=BASE_URL, http_client=httpx.AsyncClient(transport=transport))


def test_session_deletes_on_exit(api_key: str) -> None:
    server = SessionServer()
    with sync_client(server, api_key) as fc, fc.interact.session(ttl=60) as session:
        assert session.id == "sess-1"
    assert (server.created, server.deleted) == (1, 1)


@pytest.mark.parametrize("error", [RuntimeError("body failed"), KeyboardInterrupt()])
def test_session_deletes_when_the_body_raises_and_keeps_its_exception(
    api_key: str, error: BaseException
) -> None:
    server = SessionServer(delete_status=500)  # the delete fails too: the body's error must win
    fc = sync_client(server, api_key)
    with pytest.raises(type(error)) as raised, fc.interact.session():
        raise error
    assert raised.value is error
    assert (server.created, server.deleted) == (1, 1)


def test_session_already_gone_on_exit_is_not_an_error(api_key: str) -> None:
    server = SessionServer(delete_status=404)
    with sync_client(server, api_key).interact.session():
        pass
    assert server.deleted == 1


def test_session_delete_failure_after_a_clean_body_is_raised(api_key: str) -> None:
    server = SessionServer(delete_status=429)
    with pytest.raises(RateLimitError), sync_client(server, api_key).interact.session():
        pass


async def test_async_session_deletes_on_exit_and_on_error(api_key: str) -> None:
    server = SessionServer()
    fc = async_client(server, api_key)
    profiled = "profile" in top_level_properties(require_operation("createBrowserSession").body)
    options: dict[str, Any] = {"profile": "p"} if profiled else {}  # not every revision has profiles
    async with fc.interact.session(**options) as session:
        assert session.id == "sess-1"
    with pytest.raises(ValueError, match="inside"):
        async with fc.interact.session():
            raise ValueError("inside")
    assert (server.created, server.deleted) == (2, 2)
    await fc.close()


async def test_async_session_delete_survives_a_second_cancellation(api_key: str) -> None:
    """Cancelled in the body, then cancelled again while deleting: the delete still completes."""
    gate, deleting, deleted = asyncio.Event(), asyncio.Event(), asyncio.Event()
    counts = {"created": 0, "deleted": 0}

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            counts["created"] += 1
            return httpx.Response(200, json=session_json())
        deleting.set()
        await gate.wait()
        counts["deleted"] += 1
        deleted.set()
        return httpx.Response(200, json={"success": True})

    transport = httpx.MockTransport(handler)
    fc = AsyncFirecrawl(api_key, base_url=BASE_URL, http_client=httpx.AsyncClient(transport=transport))
    entered = asyncio.Event()

    async def work() -> None:
        async with fc.interact.session():
            entered.set()
            await asyncio.Event().wait()  # until cancelled

    task = asyncio.ensure_future(work())
    await entered.wait()
    task.cancel()
    await deleting.wait()
    task.cancel()  # again, while the delete is in flight
    with pytest.raises(asyncio.CancelledError):
        await task
    gate.set()
    await asyncio.wait_for(deleted.wait(), 5)  # the shielded delete finishes on its own
    assert counts == {"created": 1, "deleted": 1}
    await fc.close()


def test_not_found_on_delete_is_typed(sdk: Any) -> None:
    client = sdk(lambda r: httpx.Response(404, json={"success": False, "error": "Session not found"}))
    with pytest.raises(NotFoundError, match="Session not found"):
        client.interact.delete("nope")


async def test_async_session_cancelled_during_create_deletes_the_late_session(api_key: str) -> None:
    """The server creates the session after the caller gave up: it is deleted, not leaked."""
    creating, release, deleted = asyncio.Event(), asyncio.Event(), asyncio.Event()
    counts = {"created": 0, "deleted": 0}

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            creating.set()
            await release.wait()
            counts["created"] += 1
            return httpx.Response(200, json=session_json())
        counts["deleted"] += 1
        deleted.set()
        return httpx.Response(200, json={"success": True})

    transport = httpx.MockTransport(handler)
    fc = AsyncFirecrawl(api_key, base_url=BASE_URL, http_client=httpx.AsyncClient(transport=transport))

    async def work() -> None:
        async with fc.interact.session():
            raise AssertionError("the body must not run")

    task = asyncio.ensure_future(work())
    await creating.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    release.set()
    await asyncio.wait_for(deleted.wait(), 5)
    assert counts == {"created": 1, "deleted": 1}
    await fc.close()
