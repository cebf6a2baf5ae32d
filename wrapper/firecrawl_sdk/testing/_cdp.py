"""Chrome DevTools Protocol over ``--remote-debugging-pipe``: one pipe, many clients, no TCP port.

Chromium reads NUL-terminated JSON commands on fd 3 and writes replies and events on fd 4. The pipe
is one connection; :class:`CDPPipe` gives every client (the ``cdpUrl`` proxy, live view, profile
saving) a :class:`Channel` of its own: a browser session (``Target.attachToBrowserTarget``), so each
client has its own targets, auto-attach and ids, as with separate DevTools websockets.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
from typing import TYPE_CHECKING, Any, TypeAlias

if TYPE_CHECKING:
    from ._chromium import Browser


class CDPError(RuntimeError):
    """The browser answered a command with an error, or the connection dropped."""


class _Reader(asyncio.Protocol):
    def __init__(self, pipe: CDPPipe) -> None:
        self._pipe = pipe
        self._buffer = bytearray()

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while (end := self._buffer.find(b"\0")) >= 0:
            raw = bytes(self._buffer[:end])
            del self._buffer[: end + 1]
            with contextlib.suppress(ValueError):
                self._pipe._dispatch(json.loads(raw))

    def connection_lost(self, exc: Exception | None) -> None:
        self._pipe._lost()


_Entry: TypeAlias = "asyncio.Future[dict[str, Any]] | tuple[Channel, Any]"  # who waits for a reply


class CDPPipe:
    """The browser end of the pipe: ``call`` for root commands, ``open_channel`` per client."""

    def __init__(self, read_fd: int, write_fd: int) -> None:
        self._fds = (read_fd, write_fd)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Entry] = {}
        self._channels: dict[str, Channel] = {}  # browser session id -> channel
        self._owner: dict[str, Channel] = {}  # target session id -> channel
        self._writer: asyncio.WriteTransport | None = None
        self._reader: asyncio.ReadTransport | None = None
        self.closed = False

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        read_file = open(self._fds[0], "rb", 0)  # noqa: SIM115  (the transport owns and closes it)
        write_file = open(self._fds[1], "wb", 0)  # noqa: SIM115
        self._reader, _ = await loop.connect_read_pipe(lambda: _Reader(self), read_file)
        self._writer, _ = await loop.connect_write_pipe(asyncio.Protocol, write_file)

    def close(self) -> None:
        for transport in (self._writer, self._reader):
            if transport is not None:
                transport.close()
        self._lost()

    async def call(
        self, method: str, params: dict[str, Any] | None = None, session_id: str | None = None,
        timeout: float = 10.0,
    ) -> Any:  # fmt: skip
        """Send one command on the root connection (or to ``session_id``) and return its ``result``."""
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        message: dict[str, Any] = {"method": method, "params": params or {}}
        if session_id:
            message["sessionId"] = session_id
        msg_id = self._send(message, future)
        try:
            reply = await asyncio.wait_for(future, timeout)
        finally:
            self._pending.pop(msg_id, None)
        if "error" in reply:
            raise CDPError(f"{method}: {reply['error'].get('message', reply['error'])}")
        return reply.get("result", {})

    async def open_channel(self, events: bool = True, timeout: float = 10.0) -> Channel:
        """A new browser session for one client; ``events`` False drops events (request/reply use)."""
        result = await self.call("Target.attachToBrowserTarget", timeout=timeout)
        channel = Channel(self, str(result["sessionId"]), events)
        self._channels[channel.session_id] = channel
        return channel

    def _send(
        self, message: dict[str, Any], entry: asyncio.Future[dict[str, Any]] | tuple[Channel, Any]
    ) -> int:
        if self.closed or self._writer is None or self._writer.is_closing():
            raise CDPError("the browser's DevTools pipe is closed")
        msg_id = next(self._ids)
        self._pending[msg_id] = entry
        message["id"] = msg_id
        self._writer.write(json.dumps(message).encode() + b"\0")
        return msg_id

    def _dispatch(self, message: dict[str, Any]) -> None:
        if "id" in message:
            entry = self._pending.pop(message["id"], None)
            if isinstance(entry, asyncio.Future):
                if not entry.done():
                    entry.set_result(message)
            elif entry is not None:
                channel, client_id = entry
                message["id"] = client_id
                attached = message.get("result", {}).get("sessionId")
                if isinstance(attached, str):  # Target.attachToTarget / attachToBrowserTarget
                    self._owner[attached] = channel
                channel._deliver(message)
            return
        session_id = message.get("sessionId")
        owner = self._channels.get(session_id or "") or self._owner.get(session_id or "")
        if owner is None:
            return
        params = message.get("params") or {}
        if message.get("method") == "Target.attachedToTarget" and "sessionId" in params:
            self._owner[params["sessionId"]] = owner
        elif message.get("method") == "Target.detachedFromTarget":
            self._owner.pop(params.get("sessionId", ""), None)
        owner._deliver(message)

    def _forget(self, channel: Channel) -> None:
        self._channels.pop(channel.session_id, None)
        for session_id in [s for s, c in self._owner.items() if c is channel]:
            del self._owner[session_id]

    def _lost(self) -> None:
        if self.closed:
            return
        self.closed = True
        for entry in self._pending.values():
            if isinstance(entry, asyncio.Future) and not entry.done():
                entry.set_exception(CDPError("the browser's DevTools pipe closed"))
        self._pending.clear()
        for channel in list(self._channels.values()):
            channel._deliver(None)


class Channel:
    """One client's browser session on the pipe: ``post`` raw client messages, read ``inbox``."""

    def __init__(self, pipe: CDPPipe, session_id: str, events: bool) -> None:
        self._pipe = pipe
        self.session_id = session_id
        self._events = events
        self.inbox: asyncio.Queue[str | None] = asyncio.Queue()

    def post(self, raw: str | bytes) -> None:
        """Send a client's message: its ``id`` is mapped back in the reply; no ``sessionId`` = browser."""
        try:
            message = json.loads(raw)
        except ValueError as exc:
            raise CDPError(f"not a JSON message: {exc}") from exc
        if not isinstance(message, dict):
            raise CDPError("a CDP message is a JSON object")
        client_id = message.get("id")
        if not message.get("sessionId"):
            message["sessionId"] = self.session_id
        self._pipe._send(message, (self, client_id))

    async def request(
        self, method: str, params: dict[str, Any] | None = None, session_id: str | None = None,
        timeout: float = 10.0,
    ) -> Any:  # fmt: skip
        """One command in this browser session (or its target ``session_id``); returns ``result``."""
        result = await self._pipe.call(method, params, session_id or self.session_id, timeout)
        return result

    def _deliver(self, message: dict[str, Any] | None) -> None:
        if message is None:
            self.inbox.put_nowait(None)
            return
        if message.get("sessionId") == self.session_id:
            del message["sessionId"]
        if "id" in message or self._events:
            self.inbox.put_nowait(json.dumps(message))

    async def close(self) -> None:
        self._pipe._forget(self)
        if not self._pipe.closed:
            with contextlib.suppress(CDPError, TimeoutError):
                await self._pipe.call("Target.detachFromTarget", {"sessionId": self.session_id}, timeout=5)


class CDPClient:
    """One browser-level DevTools connection: ``async with CDPClient(session.browser) as cdp``."""

    def __init__(self, browser: Browser, timeout: float = 10.0) -> None:
        self._pipe = browser.pipe
        self._timeout = timeout
        self._channel: Channel | None = None

    async def __aenter__(self) -> CDPClient:
        try:
            self._channel = await self._pipe.open_channel(events=False, timeout=self._timeout)
        except TimeoutError as exc:
            raise CDPError("the browser did not answer") from exc
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._channel is not None:
            await self._channel.close()

    async def send(
        self, method: str, params: dict[str, Any] | None = None, session_id: str | None = None
    ) -> Any:
        """Send one command and return its ``result``."""
        assert self._channel is not None, "use CDPClient as an async context manager"
        try:
            return await self._channel.request(method, params, session_id, self._timeout)
        except TimeoutError as exc:
            raise CDPError(f"{method}: no answer in {self._timeout:g} s") from exc


async def attach_to_page(cdp: CDPClient) -> tuple[str, dict[str, Any]] | None:
    """Attach to the page the user most likely looks at: (CDP session id, target info), None if no page."""
    targets = (await cdp.send("Target.getTargets"))["targetInfos"]
    pages = [t for t in targets if t.get("type") == "page"]
    if not pages:
        return None
    shown = [t for t in pages if t.get("url") not in ("about:blank", "")] or pages
    result = await cdp.send("Target.attachToTarget", {"targetId": shown[0]["targetId"], "flatten": True})
    return str(result["sessionId"]), shown[0]
