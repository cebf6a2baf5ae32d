"""Response bodies are bounded: on the wire and once decompressed, with memory near the limit.

The memory checks run the client in a fresh subprocess (its peak RSS from
``resource.getrusage``) against a loopback server in this process, so httpx and
httpcore really stream (and the SDK really inflates) the hostile body.
"""

from __future__ import annotations

import gzip
import http.server
import json
import subprocess
import sys
import threading
import zlib
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from firecrawl_sdk import (
    APIResponseValidationError,
    AuthenticationError,
    Firecrawl,
    InvalidParameterError,
    ResponseTooLargeError,
)
from firecrawl_sdk._body import DEFAULT_MAX_RESPONSE_SIZE

from tests import _vehicle

MiB = 1024 * 1024
LIMIT = 8 * MiB
HOSTILE_SIZE = 256 * MiB  # what the hostile bodies amount to: 32 times the limit
BLOCK = b"\0" * MiB


def gzip_bomb(size: int) -> bytes:
    """``size`` zero bytes, gzip-compressed (about 1/1000 of it), built a block at a time."""
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    parts = [packer.compress(BLOCK) for _ in range(size // MiB)]
    return b"".join(parts) + packer.flush()


class HostileHandler(http.server.BaseHTTPRequestHandler):
    bomb = b""

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("content-type", "application/json")
        if self.path.startswith("/bomb/"):
            self.send_header("content-encoding", "gzip")
            self.send_header("content-length", str(len(self.bomb)))
            self.end_headers()
            body: Iterator[bytes] = iter([self.bomb])
        else:  # no content-length: only counting while reading can stop it
            self.end_headers()
            body = (BLOCK for _ in range(HOSTILE_SIZE // MiB))
        try:
            for part in body:
                self.wfile.write(part)
        except OSError:  # the client stopped reading and closed the connection
            pass

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def hostile_server() -> Iterator[str]:
    HostileHandler.bomb = gzip_bomb(HOSTILE_SIZE)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), HostileHandler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


CHILD = """
import asyncio, json, resource, sys
from firecrawl_sdk import AsyncFirecrawl, Firecrawl

kind, base_url, limit, method = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4].split(".")
def peak_mib(): return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
def call(client):
    for name in method:
        client = getattr(client, name)
    return client()
before = peak_mib()
try:
    if kind == "sync":
        call(Firecrawl("k", base_url=base_url, max_response_size=limit))
    else:
        asyncio.run(call(AsyncFirecrawl("k", base_url=base_url, max_response_size=limit)))
    outcome = {"error": None}
except Exception as error:
    outcome = {"error": type(error).__name__, "message": str(error), "limit": getattr(error, "limit", None)}
outcome.update(before=before, after=peak_mib())
print(json.dumps(outcome))
"""


def run_child(kind: str, base_url: str, limit: int) -> dict[str, Any]:
    read = _vehicle.read()
    assert not read.args  # the child calls it without arguments
    done = subprocess.run(
        [sys.executable, "-c", CHILD, kind, base_url, str(limit), read.sdk_method],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize(("path", "where"), [("/bomb", "once decompressed"), ("/huge", "on the wire")])
def test_hostile_body_stops_at_the_limit_with_memory_near_it(
    hostile_server: str, kind: str, path: str, where: str
) -> None:
    outcome = run_child(kind, f"{hostile_server}{path}", LIMIT)
    assert outcome["error"] == "ResponseTooLargeError", outcome
    assert outcome["limit"] == LIMIT
    assert f"max_response_size={LIMIT}" in outcome["message"] and where in outcome["message"]
    grown = outcome["after"] - outcome["before"]
    # the collected chunks and their join: at most about twice the limit, plus buffers
    assert grown < 4 * LIMIT / MiB + 24, f"peak RSS grew by {grown:.0f} MiB for a {LIMIT // MiB} MiB limit"


def test_default_limit_is_64_mib_and_must_be_positive(api_key: str) -> None:
    assert 64 * MiB == DEFAULT_MAX_RESPONSE_SIZE
    assert Firecrawl(api_key).max_response_size == 64 * MiB
    for bad in (0, -1, 1.5, True, "64"):
        with pytest.raises(
            InvalidParameterError, match=r"^max_response_size must be a positive number of bytes"
        ):
            Firecrawl(api_key, max_response_size=bad)  # type: ignore[arg-type]


def streamed(data: bytes, status: int = 200, headers: dict[str, str] | None = None) -> httpx.Response:
    """A response whose body is still to be read (``content=`` would have httpx read and decode it)."""
    return httpx.Response(status, stream=httpx.ByteStream(data), headers=headers)


def body_of(size: int) -> bytes:
    """The POST vehicle's success body, padded to ``size`` bytes."""
    success = _vehicle.create().success
    pad = size - len(json.dumps({**success, "pad": ""}).encode())
    return json.dumps({**success, "pad": "x" * pad}).encode()


@pytest.mark.parametrize(
    ("encoding", "encode"),
    [
        (None, lambda b: b),
        ("gzip", gzip.compress),
        ("deflate", zlib.compress),  # zlib-wrapped, as the RFC says
        ("deflate", lambda b: zlib.compress(b)[2:-4]),  # raw deflate, as some servers send it
    ],
)
def test_a_body_of_exactly_the_limit_is_read_and_one_byte_more_is_not(
    sdk: Any, encoding: str | None, encode: Any
) -> None:
    limit = 4096
    headers = {"content-encoding": encoding} if encoding else {}
    fits = sdk(lambda r: streamed(encode(body_of(limit)), headers=headers), max_response_size=limit)
    _vehicle.create().call(fits)
    over = sdk(lambda r: streamed(encode(body_of(limit + 1)), headers=headers), max_response_size=limit)
    with pytest.raises(ResponseTooLargeError, match=f"max_response_size={limit} bytes") as raised:
        _vehicle.create().call(over)
    assert isinstance(raised.value, APIResponseValidationError) and raised.value.limit == limit


def test_the_limit_applies_to_error_bodies_and_with_options_copies(sdk: Any) -> None:
    client = sdk(lambda r: streamed(b"x" * 5000, 500), max_retries=0)
    with pytest.raises(ResponseTooLargeError, match="returned 500"):
        _vehicle.read().call(client.with_options(max_response_size=4096))


def test_a_body_the_users_hook_read_is_checked_too(api_key: str) -> None:
    def read(response: httpx.Response) -> None:
        response.read()  # httpx decodes it, unbounded: the SDK checks the result

    gzipped = gzip.compress(body_of(5000))
    transport = httpx.MockTransport(
        lambda r: httpx.Response(200, content=gzipped, headers={"content-encoding": "gzip"})
    )
    client = httpx.Client(transport=transport, event_hooks={"response": [read]})
    fc = Firecrawl(api_key, base_url="https://api.test/v2", http_client=client, max_response_size=4096)
    with pytest.raises(ResponseTooLargeError, match="once decompressed"):
        _vehicle.read().call(fc)


def test_a_corrupt_gzip_body_is_a_connection_error_not_a_crash(sdk: Any) -> None:
    from firecrawl_sdk import APIConnectionError

    client = sdk(lambda r: streamed(b"not gzip", headers={"content-encoding": "gzip"}))
    with pytest.raises(APIConnectionError, match="gzip body cannot be decoded"):
        _vehicle.create().call(client)


DEEP = b"[" * 100_000 + b"]" * 100_000


def test_json_too_deep_on_a_success_is_a_validation_error(sdk: Any) -> None:
    client = sdk(lambda r: httpx.Response(200, content=DEEP, headers={"content-type": "application/json"}))
    with pytest.raises(APIResponseValidationError, match="returned 200 with JSON nested deeper"):
        _vehicle.create().call(client)


def test_json_too_deep_on_a_401_keeps_the_authentication_error(sdk: Any) -> None:
    client = sdk(lambda r: httpx.Response(401, content=DEEP, headers={"content-type": "application/json"}))
    with pytest.raises(AuthenticationError, match="HTTP 401 Unauthorized"):
        _vehicle.create().call(client)
