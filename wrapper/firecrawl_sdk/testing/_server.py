"""``LocalInteractServer`` (uvicorn in a background thread) and its async twin (a task on your loop)."""

from __future__ import annotations

import asyncio
import secrets
import shutil
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path
from types import TracebackType

import uvicorn

from . import _chromium, _node
from ._app import create_app
from ._chromium import default_chromium
from ._config import DEFAULT_CREDITS_PER_MINUTE, DEFAULT_MAX_SESSIONS, ServerConfig, default_node_modules
from ._sessions import SessionManager


class ChromiumNotFound(RuntimeError):
    """Chromium is missing or does not run; the message says how to install it."""


class _Base:
    def __init__(
        self,
        api_key: str | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        state_dir: str | Path | None = None,
        chromium: str | None = None,
        node_modules: str | Path | None = None,
        install_node: bool = True,
        max_sessions: int = DEFAULT_MAX_SESSIONS,
        credit_budget: float | None = None,
        credits_per_minute: float = DEFAULT_CREDITS_PER_MINUTE,
        reap_interval: float = 0.25,
    ) -> None:
        self.api_key = api_key or f"fc-local-{secrets.token_hex(16)}"
        self.host, self._port = host, port
        self._own_state = state_dir is None
        self.state_dir = Path(state_dir) if state_dir else Path(tempfile.mkdtemp(prefix="firecrawl-local-"))
        self.config = ServerConfig(
            api_key=self.api_key,
            state_dir=self.state_dir.resolve(),
            chromium=chromium or default_chromium(),
            node_modules=Path(node_modules) if node_modules else default_node_modules(),
            max_sessions=max_sessions,
            credit_budget=credit_budget,
            credits_per_minute=credits_per_minute,
            reap_interval=reap_interval,
        )
        self._install_node = install_node and node_modules is None
        self._app = create_app(self.config)
        self._server: uvicorn.Server | None = None
        self._socket: socket.socket | None = None

    @property
    def port(self) -> int:
        assert self._socket is not None, "the server is not running"
        return int(self._socket.getsockname()[1])

    @property
    def origin(self) -> str:
        host = {"0.0.0.0": "127.0.0.1", "": "127.0.0.1", "::": "::1"}.get(self.host, self.host)
        return f"http://[{host}]:{self.port}" if ":" in host else f"http://{host}:{self.port}"

    @property
    def base_url(self) -> str:
        """The v2 base URL, as in the spec's ``servers``: pass it to ``Firecrawl(base_url=...)``."""
        return f"{self.origin}/v2"

    def browser_pid(self, session_id: str) -> int | None:
        """PID of a session's Chromium (None once destroyed or unknown): for tests that check processes."""
        manager: SessionManager | None = getattr(self._app.state, "manager", None)
        session = manager.sessions.get(session_id) if manager else None
        if session is None or session.browser is None or session.status != "active":
            return None
        return session.browser.pid

    def __repr__(self) -> str:
        running = f" base_url={self.base_url!r}" if self._socket is not None else ""
        return f"<{type(self).__name__}{running}>"

    def _check(self) -> None:
        """Before serving: Chromium runs (else ``ChromiumNotFound`` saying how to install it); the npm
        packages of node and bash execute are installed into the user cache when missing."""
        try:
            _chromium.check(self.config.chromium)
        except _chromium.BrowserLaunchError as exc:
            raise ChromiumNotFound(str(exc)) from None
        cache = _node.cache_dir()
        in_cache = self.config.node_modules == cache / "node_modules"
        if self._install_node and in_cache and not _node.complete(self.config.node_modules):
            try:
                _node.install(cache)
            except _node.NodePackagesError as exc:  # node/bash execute then say what is missing
                print(f"firecrawl-sdk: node execute unavailable: {exc}", file=sys.stderr, flush=True)

    def _prepare(self) -> uvicorn.Server:
        self._socket = socket.socket(socket.AF_INET6 if ":" in self.host else socket.AF_INET)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind((self.host, self._port))
        self._app.state.origin = self.origin  # executed code reaches the server here (its CDP_URL)
        config = uvicorn.Config(
            self._app,
            log_level="warning",
            access_log=False,  # request lines would carry cdp and live-view tokens
            lifespan="on",
            ws_max_size=256 * 1024 * 1024,
            ws_ping_interval=None,
            timeout_graceful_shutdown=3,
            backlog=128,
        )
        self._server = uvicorn.Server(config)
        return self._server

    def _cleanup(self) -> None:
        if self._socket is not None:
            self._socket.close()
        if self._own_state:
            shutil.rmtree(self.state_dir, ignore_errors=True)


class LocalInteractServer(_Base):
    """A local Interact API backed by Debian's Chromium; ``with LocalInteractServer() as server:``.

    Serves ``server.base_url`` (``http://127.0.0.1:PORT/v2``) with the bearer key ``server.api_key``
    (random unless given). Leaving the block destroys every session and its browser.
    Defaults: ``ttl`` 300 s (the schema's), ``activityTtl`` = ``ttl``, execute ``timeout`` 30 s,
    ``max_sessions`` 10 (then 429 with ``Retry-After``), billing ``credits_per_minute`` (2) per browser
    minute, prorated by the second, one minute at least, ``credit_budget`` None (unlimited; when spent,
    create and execute answer 402).
    ``state_dir`` holds profiles (a temporary directory, removed on exit, when not given).
    ``chromium``: the executable (default ``chromium`` on PATH), checked by ``start()``
    (``ChromiumNotFound`` says how to install it). ``node_modules``: playwright-core and agent-browser
    for node and bash execute (default: found, else installed once into the user cache with npm;
    ``install_node=False`` skips that).
    """

    _thread: threading.Thread | None = None

    def start(self, timeout: float = 20.0) -> LocalInteractServer:
        self._check()
        server = self._prepare()
        assert self._socket is not None
        sockets = [self._socket]
        self._thread = threading.Thread(target=server.run, kwargs={"sockets": sockets}, daemon=True)
        self._thread.name = "firecrawl-local-interact"
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the local Interact server did not start")
            time.sleep(0.01)
        return self

    def stop(self, timeout: float = 30.0) -> None:
        """Destroy every session (browsers closed, every process they started ended) and stop serving."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self._cleanup()

    def __enter__(self) -> LocalInteractServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class AsyncLocalInteractServer(_Base):
    """The same server as a task on the running event loop: ``async with AsyncLocalInteractServer() as s``."""

    _task: asyncio.Task[None] | None = None

    async def start(self, timeout: float = 20.0) -> AsyncLocalInteractServer:
        await asyncio.to_thread(self._check)
        server = self._prepare()
        assert self._socket is not None
        self._task = asyncio.create_task(server.serve(sockets=[self._socket]))
        deadline = time.monotonic() + timeout
        while not server.started:
            if self._task.done() or time.monotonic() > deadline:
                await self.stop()
                raise RuntimeError("the local Interact server did not start")
            await asyncio.sleep(0.01)
        return self

    async def stop(self, timeout: float = 30.0) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._task is not None:
            await asyncio.wait_for(asyncio.shield(self._task), timeout)
            self._task = None
        self._cleanup()

    async def __aenter__(self) -> AsyncLocalInteractServer:
        return await self.start()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()
