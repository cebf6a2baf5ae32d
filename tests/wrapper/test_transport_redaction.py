"""Secrets stay out of tracebacks, of the httpx/httpcore logs, and redirects never carry the key away."""

from __future__ import annotations

import http.server
import logging
import threading
import traceback
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from firecrawl_sdk import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    Firecrawl,
    FirecrawlError,
    ResponseTooLargeError,
)

from tests import _vehicle

from .conftest import BASE_URL


def chain(error: BaseException) -> Iterator[BaseException]:
    seen: BaseException | None = error
    while seen is not None:
        yield seen
        seen = seen.__cause__ or seen.__context__


def leaks(error: BaseException, secret: str) -> list[str]:
    """Where ``secret`` shows: the printed traceback, or any exception it chains (shown or not)."""
    places = ["traceback"] if secret in "".join(traceback.format_exception(error)) else []
    places += [type(e).__name__ for e in chain(error) if secret in str(e) or secret in repr(e.args)]
    return places


def echoes_the_header(request: httpx.Request) -> httpx.Response:
    """A transport failing with the request's Authorization header in its message (as h11 does
    for an illegal header value)."""
    raise httpx.LocalProtocolError(f"Illegal header value {request.headers['authorization']!r}")


HANDLERS = {
    "transport error echoing the header": echoes_the_header,
    "401 echoing the key": lambda r: httpx.Response(
        401, json={"error": f"bad key {r.headers['authorization']}"}
    ),
    "500 echoing the key": lambda r: httpx.Response(500, text=r.headers["authorization"]),
    "200 not JSON": lambda r: httpx.Response(200, text=f"<p>{r.headers['authorization']}</p>"),
    "200 too large": lambda r: httpx.Response(
        200, stream=httpx.ByteStream(r.headers["authorization"].encode() * 999)
    ),
}


@pytest.mark.parametrize("handler", HANDLERS.values(), ids=HANDLERS.keys())
def test_no_error_path_holds_the_key_in_its_traceback_or_chain(sdk: Any, api_key: str, handler: Any) -> None:
    client = sdk(handler, max_retries=0, max_response_size=1000)
    with pytest.raises(FirecrawlError) as raised:
        _vehicle.read().call(client)
    assert leaks(raised.value, api_key) == []


def test_a_transport_error_without_a_secret_keeps_its_cause(sdk: Any) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused")

    client = sdk(refuse, max_retries=0)
    with pytest.raises(APIConnectionError) as raised:
        _vehicle.read().call(client)
    assert isinstance(raised.value.__cause__, httpx.ConnectError)


class EchoHandler(http.server.BaseHTTPRequestHandler):
    """Echoes the Authorization header (and the bare key) back in response headers."""

    def do_GET(self) -> None:
        auth = self.headers.get("authorization", "")
        self.send_response(401)
        self.send_header("x-echo-authorization", auth)
        self.send_header("x-echo-key", auth.removeprefix("Bearer "))
        self.send_header("content-type", "application/json")
        self.send_header("content-length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *args: object) -> None:
        pass


def test_httpx_and_httpcore_debug_logs_never_show_the_key(
    api_key: str, caplog: pytest.LogCaptureFixture
) -> None:
    """httpcore logs response headers verbatim at DEBUG: the SDK's filter redacts them."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), EchoHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with (
            caplog.at_level(logging.DEBUG),
            Firecrawl(
                api_key, base_url=f"http://127.0.0.1:{server.server_address[1]}/v2", max_retries=0
            ) as fc,
            pytest.raises(AuthenticationError),
        ):
            _vehicle.read().call(fc)
    finally:
        server.shutdown()
        server.server_close()
    headers_logged = [
        r for r in caplog.records if r.name.startswith("httpcore") and "x-echo" in r.getMessage()
    ]
    assert headers_logged, "httpcore logged no response headers: the test does not test anything"
    assert all(api_key not in r.getMessage() for r in caplog.records)
    assert "Bearer ***" in headers_logged[0].getMessage()


def redirecting(target: str, seen: list[httpx.Request]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        create = _vehicle.create()
        if request.url.path == f"/v2{create.path}" and request.method == "POST":
            return httpx.Response(302, headers={"location": target})
        return httpx.Response(200, json=create.success)

    return handler


@pytest.mark.parametrize(
    "target", [f"{BASE_URL}{{create}}", "https://api.test/elsewhere", "https://evil.test/x"]
)
@pytest.mark.parametrize("hooked", [False, True], ids=["plain", "with-hook"])
def test_redirects_are_never_followed_even_by_a_following_user_client(
    kind: str, api_key: str, target: str, hooked: bool
) -> None:
    """A 302 on a create is an error: never a GET replayed in its place, never the key sent elsewhere."""
    import asyncio

    from firecrawl_sdk import AsyncFirecrawl

    vehicle = _vehicle.create()
    target = target.replace("{create}", vehicle.path)  # the POST's own URL
    seen: list[httpx.Request] = []
    transport = httpx.MockTransport(redirecting(target, seen))
    hooks: dict[str, list[Any]] = {"request": [lambda r: None]} if hooked else {}
    if kind == "sync":
        user: Any = httpx.Client(transport=transport, follow_redirects=True, event_hooks=hooks)
        fc: Any = Firecrawl(api_key, base_url=BASE_URL, http_client=user)
        create = lambda: vehicle.call(fc)  # noqa: E731
    else:

        async def nothing(request: httpx.Request) -> None:
            return None

        user = httpx.AsyncClient(
            transport=transport, follow_redirects=True, event_hooks={"request": [nothing]} if hooked else {}
        )
        afc = AsyncFirecrawl(api_key, base_url=BASE_URL, http_client=user)
        create = lambda: asyncio.run(vehicle.call(afc))  # noqa: E731
    with pytest.raises(APIStatusError) as raised:
        create()
    assert (
        raised.value.status_code == 302
        and target in str(raised.value)
        and "never follows" in str(raised.value)
    )
    assert [(r.method, str(r.url)) for r in seen] == [("POST", f"{BASE_URL}{vehicle.path}")]


def test_too_large_is_not_retried(sdk: Any) -> None:
    client = sdk(lambda r: httpx.Response(200, stream=httpx.ByteStream(b"x" * 2000)), max_response_size=1000)
    with pytest.raises(ResponseTooLargeError):
        _vehicle.read().call(client)
    assert len(client.sent) == 1
