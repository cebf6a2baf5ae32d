"""Client configuration: keys, base URL, timeouts, with_options, api_client, secrets in repr."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
from firecrawl_sdk import (
    AsyncFirecrawl,
    AuthenticationError,
    Firecrawl,
    InvalidParameterError,
    NotFoundError,
    RateLimitError,
)

from tests import _vehicle

from .conftest import BASE_URL, ok


def recording(seen: list[httpx.Request]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"success": True})

    return handler


def test_key_and_base_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch, api_key: str) -> None:
    monkeypatch.setenv("FIRECRAWL_API_KEY", api_key)
    monkeypatch.setenv("FIRECRAWL_BASE_URL", "http://127.0.0.1:9/v2/")
    seen: list[httpx.Request] = []
    fc = Firecrawl(http_client=httpx.Client(transport=httpx.MockTransport(recording(seen))))
    assert fc.base_url == "http://127.0.0.1:9/v2"
    delete = _vehicle.delete()
    delete.call(fc)
    assert seen[0].url == "http://127.0.0.1:9/v2" + delete.path
    assert seen[0].headers["authorization"] == f"Bearer {api_key}"


def test_keyless_sends_no_authorization(monkeypatch: pytest.MonkeyPatch) -> None:
    """The docs: no API key needed to get started. Without one, no Authorization header."""
    monkeypatch.delenv("FIRECRAWL_API_KEY", raising=False)
    monkeypatch.delenv("FIRECRAWL_BASE_URL", raising=False)
    seen: list[httpx.Request] = []
    fc = Firecrawl(http_client=httpx.Client(transport=httpx.MockTransport(recording(seen))))
    assert fc.base_url == "https://api.firecrawl.dev/v2"
    _vehicle.delete().call(fc)
    assert "authorization" not in seen[0].headers


@pytest.mark.parametrize(("status", "error"), [(401, AuthenticationError), (429, RateLimitError)])
def test_keyless_limits_say_a_key_raises_them(
    monkeypatch: pytest.MonkeyPatch, status: int, error: type[Exception], api_key: str
) -> None:
    monkeypatch.delenv("FIRECRAWL_API_KEY", raising=False)
    transport = httpx.MockTransport(lambda r: httpx.Response(status, json={"error": "slow down"}))
    keyless = Firecrawl(max_retries=0, http_client=httpx.Client(transport=transport))
    with pytest.raises(error, match=r"slow down.*API key .* raises the rate limits"):
        _vehicle.read().call(keyless)
    keyed = Firecrawl(api_key, max_retries=0, http_client=httpx.Client(transport=transport))
    with pytest.raises(error) as raised:
        _vehicle.read().call(keyed)
    assert "raises the rate limits" not in str(raised.value)


@pytest.mark.parametrize(
    ("options", "param"),
    [
        ({"timeout": 0}, "timeout"),
        ({"timeout": "5"}, "timeout"),
        ({"max_retries": -1}, "max_retries"),
        ({"max_retries": 1.5}, "max_retries"),
        ({"base_url": "api.firecrawl.dev/v2"}, "base_url"),
    ],
)
def test_bad_options_are_refused(options: dict[str, Any], param: str, api_key: str) -> None:
    with pytest.raises(InvalidParameterError, match=f"^{param} must be"):
        Firecrawl(api_key, **options)


@pytest.mark.parametrize("client_class", [Firecrawl, AsyncFirecrawl])
def test_repr_never_shows_the_key(client_class: type, api_key: str) -> None:
    client = client_class(api_key)
    assert api_key not in repr(client) and "api_key=<set>" in repr(client)
    assert api_key not in repr(client.api_client)


def test_timeout_float_and_httpx_timeout(api_key: str) -> None:
    assert Firecrawl(api_key, timeout=30).timeout == httpx.Timeout(30.0, connect=5.0)
    custom = httpx.Timeout(3.0, read=100.0)
    assert Firecrawl(api_key, timeout=custom).timeout is custom


def test_with_options_changes_defaults_and_shares_the_pool(sdk: Any) -> None:
    client = sdk(lambda r: httpx.Response(503, json={"error": "busy"}), max_retries=0)
    patient = client.with_options(max_retries=3, timeout=7.0)
    with pytest.raises(Exception, match="busy"):
        _vehicle.read().call(patient)
    assert len(client.sent) == 4  # the copy's requests go through the same transport
    assert patient.timeout.read == 7.0 and client.max_retries == 0
    assert client.sent[0].extensions["timeout"]["read"] == 7.0


def test_api_client_refuses_helpers_that_would_drop_the_transport(api_key: str) -> None:
    fc = Firecrawl(api_key)
    for call in (
        lambda: fc.api_client.with_timeout(httpx.Timeout(1)),
        lambda: fc.api_client.with_headers({}),
    ):
        with pytest.raises(NotImplementedError, match="with_options"):
            call()


def test_the_key_is_only_sent_to_base_url(api_key: str) -> None:
    seen: list[httpx.Request] = []
    transport = httpx.MockTransport(recording(seen))
    fc = Firecrawl(api_key, base_url=BASE_URL, http_client=httpx.Client(transport=transport))
    http = fc.api_client.get_httpx_client()
    http.get("http://elsewhere.test/v2/interact")
    http.get("https://api.test/v2-evil/interact")
    http.get("http://api.test/v2/interact")
    http.get(f"{BASE_URL}/interact")
    assert ["authorization" in r.headers for r in seen] == [False, False, False, True]


def test_context_manager_closes_the_pool(api_key: str) -> None:
    create = _vehicle.create()
    user_client = httpx.Client(transport=httpx.MockTransport(ok(create.success)))
    with Firecrawl(api_key, base_url=BASE_URL, http_client=user_client) as fc:
        create.call(fc)
    assert user_client.is_closed


def test_debug_logs_show_requests_but_no_secrets(
    sdk: Any, api_key: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        create = _vehicle.create()
        answers = iter([httpx.Response(503, json={"error": "x"}), httpx.Response(200, json=create.success)])
        client = sdk(lambda request: next(answers))
        create.call(client)
    text = "\n".join(record.getMessage() for record in caplog.records)
    created = BASE_URL + create.path
    assert f"POST {created} -> 503" in text and "retrying POST" in text
    assert api_key not in text and "cdp-secret-token" not in text


def test_a_user_client_whose_response_hook_reads_the_body(kind: str, api_key: str) -> None:
    """A body the user's hook already read (gzip-encoded, over a real socket) is used as is."""
    import asyncio
    import gzip
    import http.server
    import json
    import threading

    delete = _vehicle.delete()
    payload = gzip.compress(json.dumps({"success": False, "error": "no such session"}).encode())

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_DELETE(self) -> None:
            self.send_response(404)
            self.send_header("content-type", "application/json")
            self.send_header("content-encoding", "gzip")
            self.send_header("content-length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base_url = f"http://127.0.0.1:{server.server_address[1]}/v2"
    try:
        with pytest.raises(NotFoundError, match="no such session"):
            if kind == "sync":
                user = httpx.Client(event_hooks={"response": [lambda response: response.read()]}, timeout=5)
                delete.call(Firecrawl(api_key, base_url=base_url, http_client=user))
            else:

                async def aread(response: httpx.Response) -> None:
                    await response.aread()

                auser = httpx.AsyncClient(event_hooks={"response": [aread]}, timeout=5)
                client = AsyncFirecrawl(api_key, base_url=base_url, http_client=auser)
                asyncio.run(delete.call(client))
    finally:
        server.shutdown()
