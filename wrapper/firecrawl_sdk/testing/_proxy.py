"""``cdpUrl``: a websocket on the server relayed to the session browser's DevTools socket."""

from __future__ import annotations

import asyncio
import contextlib
import hmac
from collections.abc import Callable

from starlette.websockets import WebSocket, WebSocketDisconnect
from websockets.asyncio.client import ClientConnection, connect

from ._sessions import SessionManager


async def cdp_endpoint(websocket: WebSocket) -> None:
    """Relay both ways; a message from the client counts as session activity."""
    manager: SessionManager = websocket.app.state.manager
    session = manager.sessions.get(websocket.path_params["session_id"])
    token = websocket.query_params.get("token", "")
    if session is None or session.status != "active" or session.browser is None:
        await websocket.close(code=1008)
        return
    if not hmac.compare_digest(token.encode(), session.cdp_token.encode()):
        await websocket.close(code=1008)
        return
    try:
        upstream = await connect(session.browser.ws_url, max_size=None, ping_interval=None, open_timeout=10)
    except (OSError, TimeoutError):
        await websocket.close(code=1011)
        return
    await websocket.accept()
    session.touch()
    async with upstream:
        tasks = [
            asyncio.create_task(_client_to_browser(websocket, upstream, session.touch)),
            asyncio.create_task(_browser_to_client(websocket, upstream)),
        ]
        _, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
    with contextlib.suppress(Exception):
        await websocket.close()


async def _client_to_browser(
    websocket: WebSocket, upstream: ClientConnection, touch: Callable[[], None]
) -> None:
    with contextlib.suppress(WebSocketDisconnect, Exception):
        while True:
            message = await websocket.receive()
            if message["type"] == "websocket.disconnect":
                return
            data = message.get("text") if message.get("text") is not None else message.get("bytes")
            if data is None:
                continue
            touch()
            await upstream.send(data)


async def _browser_to_client(websocket: WebSocket, upstream: ClientConnection) -> None:
    with contextlib.suppress(Exception):
        async for data in upstream:
            if isinstance(data, str):
                await websocket.send_text(data)
            else:
                await websocket.send_bytes(data)
