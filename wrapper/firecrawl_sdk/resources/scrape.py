"""Scrape-bound interaction (spec tag ``Scraping``): the browser of a scrape job.

``interact`` -> ``POST /scrape/{jobId}/interact``, ``stop_interaction`` ->
``DELETE /scrape/{jobId}/interact``. ``job_id`` is a UUID.
"""

from __future__ import annotations

import uuid

import httpx
from firecrawl_api.api.scraping import (
    interact_with_scrape_browser_session,
    stop_interactive_scrape_browser_session,
)
from firecrawl_api.models import (
    ScrapeInteractBody,
    ScrapeInteractLanguage,
    ScrapeInteractResult,
    StopInteractionResult,
)
from firecrawl_api.types import UNSET

from .._validation import validate
from ._base import AsyncResource, Call, SyncResource, read_timeout_at_least, unset_if_none
from .interact import EXECUTE_TIMEOUT_MARGIN, Language

#: The spec's default ``timeout`` of scrape-bound interaction, in seconds.
SCRAPE_INTERACT_DEFAULT_TIMEOUT = 30


def interact_call(
    client_timeout: httpx.Timeout,
    job_id: str | uuid.UUID,
    code: str,
    language: Language | None,
    timeout: int | None,
    origin: str | None,
) -> Call:
    job = str(job_id) if isinstance(job_id, uuid.UUID) else job_id
    validate(
        "interactWithScrapeBrowserSession",
        job_id=job,
        code=code,
        language=language,
        timeout=timeout,
        origin=origin,
    )
    body = ScrapeInteractBody(
        code=code,
        language=UNSET if language is None else ScrapeInteractLanguage(language),
        timeout=unset_if_none(timeout),
        origin=unset_if_none(origin),
    )
    seconds = SCRAPE_INTERACT_DEFAULT_TIMEOUT if timeout is None else timeout
    http_timeout = read_timeout_at_least(client_timeout, seconds + EXECUTE_TIMEOUT_MARGIN)
    return Call(
        interact_with_scrape_browser_session,
        {"job_id": job, "body": body},
        ScrapeInteractResult,
        http_timeout,
    )


def stop_call(job_id: str | uuid.UUID) -> Call:
    job = str(job_id) if isinstance(job_id, uuid.UUID) else job_id
    validate("stopInteractiveScrapeBrowserSession", job_id=job)
    return Call(stop_interactive_scrape_browser_session, {"job_id": job}, StopInteractionResult)


class Scrape(SyncResource):
    """``client.scrape``: interaction with a scrape job's browser."""

    def interact(
        self,
        job_id: str | uuid.UUID,
        *,
        code: str,
        language: Language | None = None,
        timeout: int | None = None,
        origin: str | None = None,
    ) -> ScrapeInteractResult:
        """Run ``code`` (1-100000 chars) in the scrape job's browser.

        ``language``: python | node (server default) | bash. ``timeout``: 1-300 s
        (server default 30); the HTTP read timeout is at least that + 10 s.
        ``origin``: a telemetry label. Never retried once it may have reached the server.
        """
        call = interact_call(self._client.timeout, job_id, code, language, timeout, origin)
        result: ScrapeInteractResult = self._send(call)
        return result

    def stop_interaction(self, job_id: str | uuid.UUID) -> StopInteractionResult:
        """Stop the scrape job's interactive browser session."""
        result: StopInteractionResult = self._send(stop_call(job_id))
        return result


class AsyncScrape(AsyncResource):
    """``client.scrape`` of :class:`AsyncFirecrawl`."""

    async def interact(
        self,
        job_id: str | uuid.UUID,
        *,
        code: str,
        language: Language | None = None,
        timeout: int | None = None,
        origin: str | None = None,
    ) -> ScrapeInteractResult:
        """Run ``code`` in the scrape job's browser; see :meth:`Scrape.interact`."""
        call = interact_call(self._client.timeout, job_id, code, language, timeout, origin)
        result: ScrapeInteractResult = await self._send(call)
        return result

    async def stop_interaction(self, job_id: str | uuid.UUID) -> StopInteractionResult:
        """Stop the scrape job's interactive browser session."""
        result: StopInteractionResult = await self._send(stop_call(job_id))
        return result
