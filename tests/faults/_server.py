"""A scripted loopback HTTP/1.1 server that injects one fault per request.

Raw sockets, one thread per connection, so a fault can be placed anywhere: a
reset before the status line, a reset or a clean close in the middle of a body,
a silent hang, a body trickled byte by byte, a 50 MB body. Each operation of the
Interact API has a queue of actions; a request pops the next one (``"ok"`` when
the queue is empty). Every request is counted per operation, and the server
keeps its own books of sessions created and deleted (to catch leaks).

Everything is bounded: a hang lasts until the client goes away or ``HANG_LIMIT``,
a trickle sends a fixed number of bytes, and ``stop()`` ends every thread.
"""

from __future__ import annotations

import contextlib
import email.utils
import functools
import itertools
import json
import re
import select
import socket
import struct
import threading
import time
import zlib
from collections import Counter, deque
from collections.abc import Iterable
from typing import Any

#: The faults, by name. ``refused`` never reaches a server: see FaultServer(start=False).
FAULTS = (
    "refused",
    "reset_before",
    "reset_mid_body",
    "read_timeout",
    "truncated",
    "invalid_json",
    "html_502",
    "429_seconds",
    "429_date",
    "503",
    "trickle",
    "body_50mb",
    "gzip_bomb",
    "deep_json_401",
    "redirect_302",
)

JOB_ID = "0b5e3a62-8a46-4d6c-9d1e-4f1f3c2b7a10"
HANG_LIMIT = 5.0
TRICKLE_BYTES = 200
TRICKLE_INTERVAL = 0.02
HUGE_BODY_BYTES = 50 * 1024 * 1024
BACKLOG = 256
SLOW_SECONDS = 0.3
_PADDING = b"x" * HUGE_BODY_BYTES
BOMB_BYTES = 128 * 1024 * 1024  # inflated: twice the SDK's default max_response_size
_DEEP_JSON = b"[" * 100_000 + b"]" * 100_000


@functools.cache
def _gzip_bomb() -> bytes:
    """BOMB_BYTES of zeros, gzip-compressed (about 130 kB), built once on first use."""
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = b"\0" * (1024 * 1024)
    return b"".join(packer.compress(block) for _ in range(BOMB_BYTES // len(block))) + packer.flush()


def _routes() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """(method, path pattern, operation name) of every operation of the spec, literal paths first."""
    from ._rules import SPEC_OPERATIONS

    routes = []
    for name, op in SPEC_OPERATIONS.items():
        pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(op.path))
        routes.append((op.method.upper(), re.compile(f"^/v2{pattern}$"), name))
    return tuple(sorted(routes, key=lambda r: r[1].pattern.count("[^/]+")))


def _documented_success(operation: str) -> dict[str, Any]:
    from ..spec._openapi import success_payload
    from ._rules import SPEC_OPERATIONS

    payload: dict[str, Any] = success_payload(SPEC_OPERATIONS[operation])
    return payload


_ROUTES = _routes()

_HTML_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)


def route(method: str, path: str) -> str:
    for route_method, pattern, name in _ROUTES:
        if method == route_method and pattern.match(path):
            return name
    return "unknown"


def free_port() -> int:
    """A loopback port nobody listens on (connecting to it is refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


class FaultServer:
    """``FaultServer().script("create", ["503", "ok"])``; ``base_url`` ends in ``/v2``."""

    def __init__(self, port: int = 0, *, start: bool = True) -> None:
        self.port = port or free_port()
        self.base_url = f"http://127.0.0.1:{self.port}/v2"
        self.requests: Counter[str] = Counter()
        self.created: set[str] = set()
        self.deleted: set[str] = set()
        self._scripts: dict[str, deque[str]] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ids = itertools.count(1)
        self._listener: socket.socket | None = None
        self._threads: list[threading.Thread] = []
        if start:
            self.start()

    # --- control ----------------------------------------------------------------------
    def script(self, operation: str, actions: Iterable[str]) -> None:
        with self._lock:
            self._scripts.setdefault(operation, deque()).extend(actions)

    @property
    def live_sessions(self) -> set[str]:
        with self._lock:
            return self.created - self.deleted

    def start(self) -> None:
        if self._listener is not None:
            return
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(BACKLOG)  # the default backlog (5) resets bursts of connections
        self._listener = listener
        self._spawn(self._accept_loop)

    def stop(self) -> None:
        self._stop.set()
        if self._listener is not None:
            with contextlib.suppress(OSError):
                self._listener.shutdown(socket.SHUT_RDWR)  # wakes the accept() below at once
        for thread in self._threads:
            thread.join(timeout=HANG_LIMIT + 1)
        if self._listener is not None:
            self._listener.close()

    def __enter__(self) -> FaultServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- serving ----------------------------------------------------------------------
    def _spawn(self, target: Any, *args: Any) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        with self._lock:
            self._threads.append(thread)
        thread.start()

    def _accept_loop(self) -> None:
        assert self._listener is not None
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            self._spawn(self._serve, conn)

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(HANG_LIMIT)
        buffer = b""
        try:
            while not self._stop.is_set():
                request, buffer = _read_request(conn, buffer)
                if request is None:
                    return
                method, path, body = request
                operation = route(method, path.split("?")[0])
                with self._lock:
                    self.requests[operation] += 1
                    queue = self._scripts.get(operation)
                    action = queue.popleft() if queue else "ok"
                if not self._act(conn, action, operation, path, body):
                    return
        except OSError:
            return
        finally:
            with contextlib.suppress(OSError):
                conn.close()

    def _act(self, conn: socket.socket, action: str, operation: str, path: str, body: bytes) -> bool:
        """Answer one request; False when the connection is finished."""
        if action == "ok":
            conn.sendall(_response(200, json.dumps(self._success(operation, path)).encode()))
            return True
        if action == "slow_ok":  # takes SLOW_SECONDS; like most servers, drops the work if the client left
            if not self._client_stays(conn, SLOW_SECONDS):
                return False
            conn.sendall(_response(200, json.dumps(self._success(operation, path)).encode()))
            return True
        if action == "reset_before":
            _reset(conn)
            return False
        if action == "reset_mid_body":
            conn.sendall(_head(200, 2000) + b'{"success": true, "pad": "' + b"x" * 100)
            time.sleep(0.02)
            _reset(conn)
            return False
        if action == "truncated":
            conn.sendall(_head(200, 2000) + b'{"success": true, "pad": "' + b"x" * 100)
            conn.shutdown(socket.SHUT_WR)
            return False
        if action == "read_timeout":
            self._hang(conn)
            return False
        if action == "invalid_json":
            conn.sendall(_response(200, b'{"success": true, "id": "sess-1", <html>'))
            return True
        if action == "html_502":
            conn.sendall(_response(502, _HTML_502, content_type="text/html"))
            return True
        if action == "429_seconds":
            conn.sendall(_response(429, b'{"error": "rate limited"}', extra={"Retry-After": "1"}))
            return True
        if action == "429_date":
            when = email.utils.formatdate(time.time() + 2, usegmt=True)
            conn.sendall(_response(429, b'{"error": "rate limited"}', extra={"Retry-After": when}))
            return True
        if action == "503":
            conn.sendall(_response(503, b'{"success": false, "error": "overloaded"}'))
            return True
        if action == "trickle":
            conn.sendall(_head(200, TRICKLE_BYTES))
            payload = (b'{"success": true, "pad": "' + b"x" * TRICKLE_BYTES)[: TRICKLE_BYTES - 2] + b'"}'
            for index in range(TRICKLE_BYTES):
                if self._stop.wait(TRICKLE_INTERVAL):
                    return False
                conn.sendall(payload[index : index + 1])
            return True
        if action == "gzip_bomb":
            conn.sendall(_response(200, _gzip_bomb(), extra={"Content-Encoding": "gzip"}))
            return True
        if action == "deep_json_401":
            conn.sendall(_response(401, _DEEP_JSON))
            return True
        if action == "redirect_302":  # to the same URL: a client that follows would send it again
            conn.sendall(_response(302, b"", extra={"Location": path}))
            return True
        if action == "body_50mb":
            success = json.dumps(self._success(operation, path)).encode()
            conn.sendall(_response(200, success[:-1] + b', "padding": "' + _PADDING + b'"}'))
            return True
        raise ValueError(f"unknown action {action!r}")

    def _client_stays(self, conn: socket.socket, seconds: float) -> bool:
        """Wait ``seconds``; False if the client hung up meanwhile (or the server stops)."""
        deadline = time.monotonic() + seconds
        while not self._stop.is_set() and time.monotonic() < deadline:
            readable, _, _ = select.select([conn], [], [], 0.01)
            if readable and not conn.recv(1, socket.MSG_PEEK):
                return False
        return not self._stop.is_set()

    def _hang(self, conn: socket.socket) -> None:
        """Say nothing until the client hangs up (or HANG_LIMIT, or stop())."""
        deadline = time.monotonic() + HANG_LIMIT
        while not self._stop.is_set() and time.monotonic() < deadline:
            readable, _, _ = select.select([conn], [], [], 0.05)
            if readable and not conn.recv(65536):
                return

    def _success(self, operation: str, path: str) -> dict[str, Any]:
        if operation == "create":
            session_id = f"sess-{next(self._ids)}"
            with self._lock:
                self.created.add(session_id)
            return {
                "success": True,
                "id": session_id,
                "cdpUrl": f"wss://127.0.0.1/cdp/{session_id}?token=cdp-secret",
                "liveViewUrl": f"https://127.0.0.1/live/{session_id}",
                "interactiveLiveViewUrl": f"https://127.0.0.1/live/{session_id}?interactive=1",
                "expiresAt": "2030-01-01T00:10:00Z",
            }
        if operation == "list":
            return {"success": True, "sessions": [{"id": "sess-1", "status": "active"}]}
        if operation == "execute":
            return {"success": True, "result": "2", "stdout": "", "exitCode": 0}
        if operation == "delete":
            session_id = path.rstrip("/").rsplit("/", 1)[-1]
            with self._lock:
                self.deleted.add(session_id)
            return {"success": True, "sessionDurationMs": 1234, "creditsBilled": 1}
        if operation in ("scrape_interact", "scrape_stop", "unknown"):
            return {"success": True}
        return _documented_success(operation)


def _read_request(conn: socket.socket, buffer: bytes) -> tuple[tuple[str, str, bytes] | None, bytes]:
    while b"\r\n\r\n" not in buffer:
        chunk = conn.recv(65536)
        if not chunk:
            return None, b""
        buffer += chunk
    head, _, rest = buffer.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, path, _ = lines[0].split(" ", 2)
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "content-length":
            length = int(value.strip())
    while len(rest) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return None, b""
        rest += chunk
    return (method, path, rest[:length]), rest[length:]


def _head(status: int, length: int, content_type: str = "application/json", extra: Any = None) -> bytes:
    reason = {
        200: "OK",
        302: "Found",
        401: "Unauthorized",
        429: "Too Many Requests",
        502: "Bad Gateway",
        503: "Service Unavailable",
    }[status]
    lines = [f"HTTP/1.1 {status} {reason}", f"Content-Type: {content_type}", f"Content-Length: {length}"]
    lines += [f"{name}: {value}" for name, value in (extra or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _response(
    status: int, body: bytes, content_type: str = "application/json", extra: dict[str, str] | None = None
) -> bytes:
    return _head(status, len(body), content_type, extra) + body


def _reset(conn: socket.socket) -> None:
    """Close with an RST instead of a FIN (SO_LINGER 0)."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()
