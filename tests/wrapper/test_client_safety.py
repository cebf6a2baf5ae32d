"""What the client refuses or warns about at construction (base URL, key), and a closed client."""

from __future__ import annotations

import asyncio
import logging
import traceback
import warnings
from typing import Any

import httpx
import pytest
from firecrawl_sdk import (
    AsyncFirecrawl,
    ClientClosedError,
    Firecrawl,
    FirecrawlError,
    InsecureBaseURLWarning,
    InvalidParameterError,
)

from tests import _vehicle

from .conftest import ok


def mock_client(kind: str) -> Any:
    transport = httpx.MockTransport(ok(_vehicle.read().success))
    return httpx.Client(transport=transport) if kind == "sync" else httpx.AsyncClient(transport=transport)


def build(kind: str, api_key: str | None, **options: Any) -> Any:
    options.setdefault("http_client", mock_client(kind))
    return (Firecrawl if kind == "sync" else AsyncFirecrawl)(api_key, **options)


def call(client: Any) -> Any:
    """A GET the spec has (Interact's list where the revision has it)."""
    result = _vehicle.read().call(client)
    return asyncio.run(result) if asyncio.iscoroutine(result) else result


@pytest.mark.parametrize("host", ["api.example.com", "10.1.2.3", "firecrawl.internal:3002"])
def test_a_key_over_plain_http_to_a_remote_host_warns_and_still_works(
    kind: str, api_key: str, host: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Self-hosted Firecrawl on an internal http host keeps working; the user is told once."""
    with pytest.warns(InsecureBaseURLWarning, match=f"plain http to {host.split(':')[0]}") as warned:
        client = build(kind, api_key, base_url=f"http://{host}/v2")
    ours = [w for w in warned if w.category is InsecureBaseURLWarning]
    assert len(ours) == 1 and ours[0].filename == __file__  # points at the caller's line
    assert any("plain http" in r.getMessage() and r.levelno == logging.WARNING for r in caplog.records)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        client.with_options(max_retries=0)  # a copy does not warn again
        assert call(client) is not None


@pytest.mark.parametrize(
    ("base_url", "key"),
    [
        ("https://api.example.com/v2", "k"),
        ("http://127.0.0.1:3002/v2", "k"),
        ("http://localhost:3002/v2", "k"),
        ("http://[::1]:3002/v2", "k"),
        ("http://api.example.com/v2", None),  # no key, nothing to protect
    ],
)
def test_no_warning_for_https_loopback_or_no_key(
    kind: str, base_url: str, key: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FIRECRAWL_API_KEY", raising=False)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        build(kind, key, base_url=base_url)


def test_userinfo_in_base_url_is_refused_without_showing_the_password(kind: str, api_key: str) -> None:
    password = "hunter2-" + "pass"  # built at run time: the traceback's source lines do not show it
    with pytest.raises(InvalidParameterError, match=r"^base_url must be .*without user:password@") as raised:
        build(kind, api_key, base_url=f"http://admin:{password}@api.example.com/v2")
    text = str(raised.value) + repr(raised.value) + "".join(traceback.format_exception(raised.value))
    assert password not in text and "***@api.example.com" in text


@pytest.mark.parametrize("base_url", ["https://api.example.com/v2?x=1", "https://api.example.com/v2#top"])
def test_query_or_fragment_in_base_url_is_refused(kind: str, api_key: str, base_url: str) -> None:
    with pytest.raises(InvalidParameterError, match=r"^base_url must be .*without \?query or #fragment; got"):
        build(kind, api_key, base_url=base_url)


@pytest.mark.parametrize("bad_key", ["fc-abc123\n", "fc-abc 123", "\tfc-abc123", "fc-abc\x00123", "fc-é123"])
def test_a_key_with_spaces_or_control_characters_is_refused_redacted(kind: str, bad_key: str) -> None:
    with pytest.raises(InvalidParameterError, match=r"^api_key must be printable ASCII") as raised:
        build(kind, bad_key, base_url="https://api.example.com/v2")
    text = str(raised.value) + repr(raised.value.value) + "".join(traceback.format_exception(raised.value))
    assert "abc" not in text and "123" not in text


def test_a_key_from_the_environment_is_checked_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIRECRAWL_API_KEY", "fc-from-a-file\n")
    with pytest.raises(InvalidParameterError, match="trailing newline"):
        Firecrawl()


@pytest.mark.parametrize("own_pool", [True, False], ids=["sdk-pool", "user-client"])
def test_a_closed_client_and_its_copies_raise_client_closed(kind: str, api_key: str, own_pool: bool) -> None:
    options: dict[str, Any] = {"base_url": "https://api.example.com/v2"}
    if own_pool:
        options["http_client"] = None
    client = build(kind, api_key, **options)
    copy = client.with_options(max_retries=0)
    closing = client.close()
    if asyncio.iscoroutine(closing):
        asyncio.run(closing)
    for target in (client, copy):
        with pytest.raises(ClientClosedError, match="client is closed") as raised:
            call(target)
        assert isinstance(raised.value, FirecrawlError) and isinstance(raised.value, RuntimeError)
        api_client = target.api_client  # generated operations go through the same transport
        http = api_client.get_httpx_client() if kind == "sync" else api_client.get_async_httpx_client()
        with pytest.raises(ClientClosedError):
            result = http.get("/interact")
            if asyncio.iscoroutine(result):
                asyncio.run(result)


def test_closing_a_copy_leaves_the_origin_open(kind: str, api_key: str) -> None:
    client = build(kind, api_key, base_url="https://api.example.com/v2")
    closing = client.with_options(max_retries=0).close()
    if asyncio.iscoroutine(closing):
        asyncio.run(closing)
    assert call(client) is not None
