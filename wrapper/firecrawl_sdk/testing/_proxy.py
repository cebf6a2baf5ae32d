"""``cdpUrl``: a token-checked websocket; each connection is its own channel on the browser's pipe."""

from __future__ import annotations

import asyncio
import contextlib
import hmac
from collections.abc import Callable

from starlette.websockets import WebSocket, WebSocketDisconnect

from ._cdp import CDPError, Channel
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
        channel = await session.browser.pipe.open_channel()
    except (CDPError, TimeoutError):
        await websocket.close(code=1011)
        return
    await websocket.accept()
    session.touch()
    try:
        tasks = [
            asyncio.create_task(_client_to_browser(websocket, channel, session.touch)),
            asyncio.create_task(_browser_to_client(websocket, channel)),
        ]
        _, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
    finally:
        await channel.close()
    with contextlib.suppress(Exception):
        await websocket.close()


async def _client_to_browser(websocket: WebSocket, channel: Channel, touch: Callable[[], None]) -> None:
    with contextlib.suppress(WebSocketDisconnect, CDPError, Exception):
        while True:
            message = await websocket.receive()
            if message["type"] == "websocket.disconnect":
                return
            data = message.get("text") if message.get("text") is not None else message.get("bytes")
            if data is None:
                continue
            touch()
            channel.post(data)


async def _browser_to_client(websocket: WebSocket, channel: Channel) -> None:
    with contextlib.suppress(Exception):
        while (data := await channel.inbox.get()) is not None:
            await websocket.send_text(data)
