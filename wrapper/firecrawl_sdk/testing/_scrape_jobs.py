"""Scrape jobs: each scrape runs in its own session browser, which stays up for the scrape-bound interact.

The browser lives like a cloud interact session (features/interact.mdx): ``SCRAPE_TTL`` (10 min) after
the scrape at most, and ``SCRAPE_ACTIVITY_TTL`` (5 min) without activity (interact calls, CDP traffic).
A scrape costs 1 credit; its browser is billed per minute (2 credits, one minute at least) only from
its first interaction. When the session cap is reached, a new scrape first closes the oldest scrape
browser that was never interacted with. The newest ``KEEP_JOBS`` jobs are kept; an older job's browser
is closed when the job is forgotten.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from ._constraints import CreateRequest
from ._scrape_page import ScrapeFailed, scrape_page
from ._scrape_request import ScrapeRequest
from ._sessions import APIProblem, Session, SessionManager

SCRAPE_TTL = 600
SCRAPE_ACTIVITY_TTL = 300
SCRAPE_CREDITS = 1.0
KEEP_JOBS = 200


@dataclass(eq=False)
class ScrapeJob:
    id: str
    session: Session = field(repr=False)
    data: dict[str, Any] = field(repr=False)


class ScrapeJobs:
    """The server's finished scrapes (the newest ``KEEP_JOBS``) and their browsers."""

    def __init__(self, manager: SessionManager) -> None:
        self.manager = manager
        self.jobs: OrderedDict[str, ScrapeJob] = OrderedDict()

    async def scrape(self, request: ScrapeRequest) -> ScrapeJob:
        """Launch a browser, scrape, keep the browser for interaction; 408/500 errors end the browser."""
        await self._make_room()
        session = await self.manager.create(
            CreateRequest(
                ttl=SCRAPE_TTL,
                activity_ttl=SCRAPE_ACTIVITY_TTL,
                stream_web_view=True,
                profile_name=request.profile_name,
                save_changes=request.save_changes,
            )
        )
        session.unbilled = True
        job_id = str(uuid.uuid4())
        assert session.browser is not None
        try:
            data = await asyncio.wait_for(
                scrape_page(session.browser, request, job_id), request.timeout_ms / 1000
            )
        except BaseException as exc:
            await self.manager.destroy(session)
            if isinstance(exc, TimeoutError):
                raise ScrapeFailed(
                    408, "SCRAPE_TIMEOUT", f"the scrape did not finish within timeout={request.timeout_ms} ms"
                ) from exc
            raise
        self.manager.charge(SCRAPE_CREDITS)
        session.touch()
        job = ScrapeJob(job_id, session, data)
        self.jobs[job_id] = job
        while len(self.jobs) > KEEP_JOBS:  # a forgotten job's browser could not be reached: end it
            _, forgotten = self.jobs.popitem(last=False)
            await self.manager.destroy(forgotten.session)
        return job

    async def _make_room(self) -> None:
        """At the session cap, close the oldest scrape browser nobody interacted with."""
        if len(self.manager.active()) < self.manager.config.max_sessions:
            return
        for job in self.jobs.values():
            if job.session.status == "active" and job.session.unbilled and not job.session.busy:
                await self.manager.destroy(job.session)
                return

    def get(self, job_id: str) -> ScrapeJob:
        job = self.jobs.get(job_id)
        if job is None:
            raise APIProblem(404, "Job not found.")
        return job

    def start_interaction(self, job: ScrapeJob) -> Session:
        """The job's live browser; per-minute billing starts at the first interaction."""
        session = job.session
        if session.status != "active":
            raise APIProblem(410, "Browser session has been destroyed.")
        if session.unbilled:
            session.unbilled, session.billed_from = False, time.monotonic()
        return session
