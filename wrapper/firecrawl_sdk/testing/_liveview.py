"""``liveViewUrl``/``interactiveLiveViewUrl``: a page of CDP screenshots, plus click and key forwarding."""

from __future__ import annotations

import base64
import hmac
from pathlib import Path
from typing import Any
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

from ._cdp import CDPClient, CDPError, attach_to_page
from ._sessions import Session, SessionManager

_PAGE = (Path(__file__).resolve().parent / "live_view.html").read_text(encoding="utf-8")
_KEY_TEXT = {"Enter": "\r", "Tab": "\t"}


def _session(request: Request, interactive_only: bool = False) -> tuple[Session, bool] | Response:
    manager: SessionManager = request.app.state.manager
    session = manager.sessions.get(request.path_params["session_id"])
    if session is None or not session.stream_web_view:
        return Response("live view not found", status_code=404, media_type="text/plain")
    token = request.query_params.get("token", "").encode()
    interactive = hmac.compare_digest(token, session.input_token.encode())
    if not interactive and (interactive_only or not hmac.compare_digest(token, session.view_token.encode())):
        return Response("forbidden", status_code=403, media_type="text/plain")
    if session.status != "active" or session.browser is None:
        return Response("session ended", status_code=410, media_type="text/plain")
    return session, interactive


async def page(request: Request) -> Response:
    found = _session(request)
    if isinstance(found, Response):
        return found
    _, interactive = found
    html = _PAGE.replace("__INTERACTIVE__", "true" if interactive else "false")
    return HTMLResponse(html, headers={"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"})


async def screen(request: Request) -> Response:
    """The current screen as PNG; the page's title and URL in ``X-Page-Title``/``X-Page-Url`` (quoted)."""
    found = _session(request)
    if isinstance(found, Response):
        return found
    session, _ = found
    assert session.browser is not None
    try:
        async with CDPClient(session.browser) as cdp:
            attached = await attach_to_page(cdp)
            if attached is None:
                return Response(status_code=204)
            cdp_session, info = attached
            shot = await cdp.send("Page.captureScreenshot", {"format": "png"}, cdp_session)
    except (CDPError, OSError, TimeoutError):
        return Response("browser unavailable", status_code=502, media_type="text/plain")
    headers = {
        "Cache-Control": "no-store",
        "X-Page-Title": quote(str(info.get("title", ""))),
        "X-Page-Url": quote(str(info.get("url", ""))),
    }
    return Response(base64.b64decode(shot["data"]), media_type="image/png", headers=headers)


async def input_event(request: Request) -> Response:
    """Forward ``{"type": "click", "x", "y"}`` or ``{"type": "key", "key", "code"}``; counts as activity."""
    found = _session(request, interactive_only=True)
    if isinstance(found, Response):
        return found
    session, _ = found
    assert session.browser is not None
    event: Any = await request.json()
    if not isinstance(event, dict) or event.get("type") not in ("click", "key"):
        return JSONResponse({"success": False, "error": "type must be click or key"}, status_code=400)
    session.touch()
    try:
        async with CDPClient(session.browser) as cdp:
            attached = await attach_to_page(cdp)
            if attached is not None:
                await _dispatch(cdp, attached[0], event)
    except (CDPError, OSError, TimeoutError, KeyError, ValueError) as exc:
        return JSONResponse({"success": False, "error": f"input not delivered: {exc}"}, status_code=502)
    return JSONResponse({"success": True})


async def _dispatch(cdp: CDPClient, target: str, event: dict[str, Any]) -> None:
    if event["type"] == "click":
        point = {"x": float(event["x"]), "y": float(event["y"])}
        await cdp.send("Input.dispatchMouseEvent", {"type": "mouseMoved", **point}, target)
        for kind in ("mousePressed", "mouseReleased"):
            params = {"type": kind, "button": "left", "clickCount": 1, **point}
            await cdp.send("Input.dispatchMouseEvent", params, target)
        return
    key = str(event["key"])
    text = _KEY_TEXT.get(key, key if len(key) == 1 else "")
    down = {"type": "keyDown" if text else "rawKeyDown", "key": key, "code": str(event.get("code", ""))}
    if text:
        down["text"] = text
    await cdp.send("Input.dispatchKeyEvent", down, target)
    await cdp.send("Input.dispatchKeyEvent", {"type": "keyUp", "key": key, "code": down["code"]}, target)
