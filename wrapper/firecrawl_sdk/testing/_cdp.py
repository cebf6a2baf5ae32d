"""A minimal Chrome DevTools Protocol client: commands over the browser's websocket, events ignored."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
from typing import TYPE_CHECKING, Any

from websockets.asyncio.client import ClientConnection, connect

if TYPE_CHECKING:
    from ._chromium import Browser


class CDPError(RuntimeError):
    """The browser answered a command with an error, or the connection dropped."""


class CDPClient:
    """One browser-level DevTools connection: ``async with CDPClient(session.browser) as cdp``."""

    def __init__(self, browser: Browser, timeout: float = 10.0) -> None:
        self._url = browser.ws_url
        self._timeout = timeout
        self._ids = itertools.count(1)
        self._pending: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self._ws: ClientConnection | None = None
        self._reader: asyncio.Task[None] | None = None

    async def __aenter__(self) -> CDPClient:
        self._ws = await asyncio.wait_for(
            connect(self._url, max_size=None, ping_interval=None, open_timeout=self._timeout), self._timeout
        )
        self._reader = asyncio.create_task(self._read())
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._reader is not None:
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._reader
        if self._ws is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._ws.close(), 2.0)

    async def send(
        self, method: str, params: dict[str, Any] | None = None, session_id: str | None = None
    ) -> Any:
        """Send one command and return its ``result``."""
        assert self._ws is not None, "use CDPClient as an async context manager"
        msg_id = next(self._ids)
        message: dict[str, Any] = {"id": msg_id, "method": method, "params": params or {}}
        if session_id:
            message["sessionId"] = session_id
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._pending[msg_id] = future
        try:
            await self._ws.send(json.dumps(message))
            reply = await asyncio.wait_for(future, self._timeout)
        finally:
            self._pending.pop(msg_id, None)
        if "error" in reply:
            raise CDPError(f"{method}: {reply['error'].get('message', reply['error'])}")
        return reply.get("result", {})

    async def _read(self) -> None:
        assert self._ws is not None
        try:
            async for raw in self._ws:
                message = json.loads(raw)
                future = self._pending.get(message.get("id", -1))
                if future is not None and not future.done():
                    future.set_result(message)
        finally:
            for future in self._pending.values():
                if not future.done():
                    future.set_exception(CDPError("DevTools connection closed"))


async def attach_to_page(cdp: CDPClient) -> tuple[str, dict[str, Any]] | None:
    """Attach to the page the user most likely looks at: (CDP session id, target info), None if no page."""
    targets = (await cdp.send("Target.getTargets"))["targetInfos"]
    pages = [t for t in targets if t.get("type") == "page"]
    if not pages:
        return None
    shown = [t for t in pages if t.get("url") not in ("about:blank", "")] or pages
    result = await cdp.send("Target.attachToTarget", {"targetId": shown[0]["targetId"], "flatten": True})
    return str(result["sessionId"]), shown[0]
