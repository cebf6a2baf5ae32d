"""The Starlette app: the Interact and scrape operations under ``/v2``, the CDP relay and live views."""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route, WebSocketRoute

from . import _constraints, _liveview, _proxy, _scrape_routes
from ._config import ServerConfig
from ._sessions import APIProblem, Session, SessionManager


def _time(value: datetime) -> str:
    return value.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _problem(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"success": False, "error": message}, status_code=status, headers=headers)


def _urls(request: Request, session: Session) -> dict[str, str]:
    origin = f"{request.url.scheme}://{request.url.netloc}"
    urls = {"cdpUrl": request.app.state.manager.cdp_url(session, origin)}
    if session.stream_web_view:
        urls["liveViewUrl"] = f"{origin}/live/{session.id}?token={session.view_token}"
        urls["interactiveLiveViewUrl"] = f"{origin}/live/{session.id}?token={session.input_token}"
    return urls


def _authorize(request: Request) -> None:
    expected = f"Bearer {request.app.state.config.api_key}".encode()
    given = request.headers.get("authorization", "").encode()
    if not hmac.compare_digest(given, expected):
        raise APIProblem(
            401, "Unauthorized: a valid bearer token (Authorization: Bearer <api key>) is required."
        )


async def _body(request: Request) -> Any:
    try:
        return json.loads(await request.body() or b"null")
    except ValueError as exc:
        raise APIProblem(400, f"request body is not valid JSON: {exc}") from exc


def _guard(handler: Any) -> Any:
    """Authorization first; ``APIProblem`` and constraint errors become ``{"success": false, "error"}``."""

    async def endpoint(request: Request) -> Response:
        try:
            _authorize(request)
            response: Response = await handler(request, request.app.state.manager)
            return response
        except APIProblem as problem:
            return _problem(problem.status, problem.message, problem.headers)
        except _constraints.RequestError as exc:
            return _problem(400, str(exc))

    return endpoint


async def create_session(request: Request, manager: SessionManager) -> Response:
    body = _constraints.parse_create(await _body(request))
    session = await manager.create(body)
    return JSONResponse(
        {"success": True, "id": session.id, **_urls(request, session), "expiresAt": _time(session.expires_at)}
    )


async def list_sessions(request: Request, manager: SessionManager) -> Response:
    status = request.query_params.get("status")
    if status is not None:
        _constraints.enum("listBrowserSessions", "status", status)
    items = []
    for session in manager.sessions.values():
        if status is not None and session.status != status:
            continue
        item: dict[str, Any] = {
            "id": session.id,
            "status": session.status,
            "streamWebView": session.stream_web_view,
        }
        if session.status == "active":
            item.update(_urls(request, session))
        item["createdAt"] = _time(session.created_at)
        if session.last_activity_at is not None:
            item["lastActivity"] = _time(session.last_activity_at)
        items.append(item)
    return JSONResponse({"success": True, "sessions": items})


async def execute_code(request: Request, manager: SessionManager) -> Response:
    session = manager.get_active(request.path_params["session_id"])
    body = _constraints.parse_execute(await _body(request))
    outcome = await manager.execute(session, body.language, body.code, body.timeout)
    # success: the code ran; how it ended is in exitCode, killed and error
    return JSONResponse({"success": True, **outcome.fields()})


async def delete_session(request: Request, manager: SessionManager) -> Response:
    session = manager.get(request.path_params["session_id"])
    await manager.destroy(session)
    return JSONResponse(
        {"success": True, "sessionDurationMs": session.duration_ms, "creditsBilled": session.credits}
    )


async def _not_found(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    detail = exc.detail if isinstance(exc, HTTPException) else "Internal server error"
    return _problem(status, str(detail))


def create_app(config: ServerConfig) -> Starlette:
    """Build the ASGI app; the reaper runs for the app's lifespan, and shutdown destroys every session."""

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        manager = SessionManager(config, getattr(app.state, "origin", "http://127.0.0.1"))
        app.state.config, app.state.manager = config, manager
        stop = asyncio.Event()
        reaper = asyncio.create_task(manager.reap_forever(stop))
        try:
            yield
        finally:
            stop.set()
            await reaper
            await manager.close_all()

    v2 = [
        Route("/interact", _guard(create_session), methods=["POST"]),
        Route("/interact", _guard(list_sessions), methods=["GET"]),
        Route("/interact/{session_id}/execute", _guard(execute_code), methods=["POST"]),
        Route("/interact/{session_id}", _guard(delete_session), methods=["DELETE"]),
        *_scrape_routes.routes(_guard, _urls),
    ]
    routes = [
        Mount("/v2", routes=v2),
        WebSocketRoute("/cdp/{session_id}", _proxy.cdp_endpoint),
        Route("/live/{session_id}", _liveview.page),
        Route("/live/{session_id}/screen", _liveview.screen),
        Route("/live/{session_id}/input", _liveview.input_event, methods=["POST"]),
    ]
    return Starlette(routes=routes, lifespan=lifespan, exception_handlers={HTTPException: _not_found})
