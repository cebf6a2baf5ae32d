"""Fixtures for the local server tests: spec-validating clients, a loopback page server, process checks."""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests._vehicle import INTERACT_TODAY, misplaced, skipped_module

UNSERVED = misplaced(INTERACT_TODAY)  # the local server implements today's Interact operations


def pytest_pycollect_makemodule(module_path: Path, parent: pytest.Collector) -> pytest.Module | None:
    if not UNSERVED:
        return None
    reason = "the local Interact server implements today's operations; the spec in openapi/ lacks "
    return skipped_module(parent, module_path, reason + ", ".join(UNSERVED))


if not UNSERVED:  # the server's modules read today's spec when imported
    from firecrawl_sdk import Firecrawl
    from firecrawl_sdk.testing import LocalInteractServer
    from firecrawl_sdk.testing.pytest_plugin import (  # noqa: F401  (fixtures)
        firecrawl_local,
        local_interact_server,
        local_interact_server_options,
    )

    from ._spec import validate_response, validated

PAGES: dict[str, str] = {
    "/": "<!doctype html><title>Local test page</title><h1>Hello from loopback</h1>",
    "/red": (
        "<!doctype html><title>Live probe</title>"
        "<style>html,body{margin:0;height:100%;background:#ff0000}</style><body></body>"
    ),
    "/input": (
        "<!doctype html><title>Input probe</title>"
        "<style>html,body{margin:0;height:100%;background:#0000ff}</style>"
        "<body><script>window.events=[];"
        "addEventListener('click',e=>events.push('click:'+e.clientX+','+e.clientY));"
        "addEventListener('keydown',e=>events.push('key:'+e.key));</script></body>"
    ),
}


class _Pages(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = PAGES.get(self.path.split("?")[0])
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write((body or "not found").encode())

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="session")
def pages() -> Iterator[str]:
    """Origin of a loopback HTTP server with the test pages (the only network the tests use)."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def chromium_pids_under(folder: Path) -> list[int]:
    """Live (non-zombie) processes whose command line mentions ``folder`` and chromium."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        with contextlib.suppress(OSError):
            cmdline = (
                Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            )
            state = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[0]
            if "chromium" in cmdline and str(folder) in cmdline and state != "Z":
                found.append(int(entry))
    return found


def text(value: object) -> str:
    """A response field the test needs as a string (the models type them ``str | Unset | None``)."""
    assert isinstance(value, str), value
    return value


def pid_alive(pid: int) -> bool:
    with contextlib.suppress(OSError):
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        return state != "Z"
    return False


def wait_until(predicate: Any, timeout: float, interval: float = 0.2) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return bool(predicate())


def session_pids_under(folder: Path) -> list[int]:
    """Live processes other than this one whose command line, working directory or environment
    mentions ``folder``: Chromium, keepers, runners and what they spawned (sessions live there)."""
    found, needle = [], f"{folder}/".encode()  # the slash: pytest-1 is not pytest-12
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == os.getpid() or not pid_alive(int(entry)):
            continue
        with contextlib.suppress(OSError):
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
            cwd = os.readlink(f"/proc/{entry}/cwd").encode()
            environ = Path(f"/proc/{entry}/environ").read_bytes()
            if needle in cmdline or needle in cwd or needle in environ:
                found.append(int(entry))
    return found


@pytest.fixture(scope="session", autouse=True)
def no_chromium_outlives_the_tests(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Torn down last: no chromium, runner or process they started under this test session's
    temporary directories survives."""
    base = tmp_path_factory.getbasetemp()
    yield
    assert wait_until(lambda: not chromium_pids_under(base), 10), chromium_pids_under(base)
    assert wait_until(lambda: not session_pids_under(base), 10), session_pids_under(base)


@pytest.fixture(scope="session")
def server(local_interact_server: LocalInteractServer) -> LocalInteractServer:
    return local_interact_server


class SpecCheckingTransport(httpx.HTTPTransport):
    """Reads each response, validates it against the vendored spec, hands on an unread copy."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        response.read()
        response.request = request
        validate_response(response)
        return httpx.Response(
            response.status_code, headers=response.headers, content=response.content, request=request
        )


@pytest.fixture
def fc(server: LocalInteractServer) -> Iterator[Firecrawl]:
    """The SDK bound to the local server; every response is validated against the vendored spec."""
    http = httpx.Client(transport=SpecCheckingTransport(), timeout=120)
    with Firecrawl(
        api_key=server.api_key, base_url=server.base_url, max_retries=0, http_client=http
    ) as client:
        yield client


@pytest.fixture
def api(server: LocalInteractServer) -> Iterator[httpx.Client]:
    """Raw HTTP to the local server (for what the SDK refuses to send); responses validated."""
    headers = {"Authorization": f"Bearer {server.api_key}"}
    with httpx.Client(
        base_url=server.base_url, headers=headers, timeout=120, transport=SpecCheckingTransport()
    ) as client:
        yield client


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not UNSERVED and validated:
        terminalreporter.write_line(
            f"local Interact server: {len(validated)} responses validated against the spec"
        )
