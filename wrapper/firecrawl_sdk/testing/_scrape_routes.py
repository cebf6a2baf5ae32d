"""The scrape operations under ``/v2``: scrape, its status, and the scrape-bound interaction."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ._scrape_jobs import ScrapeJobs
from ._scrape_page import ScrapeFailed
from ._scrape_request import parse_interact, parse_job_id, parse_scrape
from ._sessions import APIProblem, Session, SessionManager

Handler = Callable[[Request, SessionManager], Any]
Urls = Callable[[Request, Session], dict[str, str]]


def _jobs(request: Request, manager: SessionManager) -> ScrapeJobs:
    """One registry per app, made on first use (all on the server's event loop)."""
    jobs: ScrapeJobs | None = getattr(request.app.state, "scrape_jobs", None)
    if jobs is None or jobs.manager is not manager:
        jobs = request.app.state.scrape_jobs = ScrapeJobs(manager)
    return jobs


async def _json(request: Request) -> Any:
    try:
        return json.loads(await request.body() or b"null")
    except ValueError as exc:
        raise APIProblem(400, f"request body is not valid JSON: {exc}") from exc


def _job_id(request: Request, status: int, message: str) -> str:
    job_id = parse_job_id(request.path_params["job_id"])
    if job_id is None:
        raise APIProblem(status, message)
    return job_id


async def scrape(request: Request, manager: SessionManager) -> Response:
    body = parse_scrape(await _json(request))
    try:
        job = await _jobs(request, manager).scrape(body)
    except ScrapeFailed as failed:
        return JSONResponse(
            {"success": False, "code": failed.code, "error": failed.message}, status_code=failed.status
        )
    return JSONResponse({"success": True, "data": job.data})


async def scrape_status(request: Request, manager: SessionManager) -> Response:
    job = _jobs(request, manager).get(_job_id(request, 404, "Job not found."))
    return JSONResponse({"success": True, "data": job.data})


def interact(urls: Urls) -> Handler:
    async def endpoint(request: Request, manager: SessionManager) -> Response:
        job_id = _job_id(request, 400, "Invalid job ID format.")
        body = parse_interact(await _json(request))
        jobs = _jobs(request, manager)
        session = jobs.start_interaction(jobs.get(job_id))
        outcome = await manager.execute(session, body.language, body.code, body.timeout)
        return JSONResponse({"success": True, **urls(request, session), **outcome.fields()})

    return endpoint


async def stop_interaction(request: Request, manager: SessionManager) -> Response:
    """Idempotent, like ``DELETE /interact/{id}``: a known job answers 200 with the session's figures."""
    job_id = _job_id(request, 404, "Browser session not found.")
    job = _jobs(request, manager).jobs.get(job_id)
    if job is None:
        raise APIProblem(404, "Browser session not found.")
    session = job.session
    await manager.destroy(session)
    return JSONResponse(
        {"success": True, "sessionDurationMs": session.duration_ms, "creditsBilled": session.credits}
    )


def routes(guard: Callable[[Handler], Any], urls: Urls) -> list[Route]:
    """The four routes, each behind the app's ``guard`` (auth, error answers); ``urls`` gives a session's
    ``cdpUrl`` and live-view URLs."""
    return [
        Route("/scrape", guard(scrape), methods=["POST"]),
        Route("/scrape/{job_id}", guard(scrape_status), methods=["GET"]),
        Route("/scrape/{job_id}/interact", guard(interact(urls)), methods=["POST"]),
        Route("/scrape/{job_id}/interact", guard(stop_interaction), methods=["DELETE"]),
    ]
