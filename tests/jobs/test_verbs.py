"""The one-call job verbs of the generated surface (``fc.crawl(url)``, ``fc.crawl.wait(id)``,
``fc.batch_scrape(urls)``, ``fc.extract(urls)``, ``fc.agent(prompt)``), end to end against the
loopback job server; sync, and the same with ``await`` on AsyncFirecrawl."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from firecrawl_api.models import (
    BatchScrapeStatusResponseObj,
    CrawlStatusResponseObj,
    CrawlStatusResponseObjStatus,
    ExtractStatusResponse,
)
from firecrawl_api.types import UNSET
from firecrawl_sdk import AsyncFirecrawl, Firecrawl, JobFailedError, NotFoundError, WaitTimeoutError

from tests._vehicle import require_operations

from ..spec._openapi import require_operation, top_level_properties
from ._server import JobServer

AGENT_OPERATIONS = ("startAgent", "getAgentStatus", "cancelAgent")  # absent from older revisions

FAST: dict[str, Any] = {"poll_interval": 0.01}
URLS = [f"https://example.com/{n}" for n in range(5)]


@pytest.fixture
def fc(server: JobServer, api_key: str) -> Iterator[Firecrawl]:
    with Firecrawl(api_key, base_url=server.base_url) as client:
        yield client


@pytest.fixture
async def afc(server: JobServer, api_key: str) -> AsyncIterator[AsyncFirecrawl]:
    async with AsyncFirecrawl(api_key, base_url=server.base_url) as client:
        yield client


def _crawled(result: CrawlStatusResponseObj, server: JobServer) -> None:
    assert isinstance(result, CrawlStatusResponseObj)
    assert result.status is CrawlStatusResponseObjStatus.COMPLETED and result.next_ is UNSET
    assert [doc.metadata.title for doc in result.data] == [f"Page {n}" for n in range(5)]  # type: ignore[union-attr]
    (job_id,) = server.jobs
    assert len(server.seen(job_id, pages=True)) == 4  # the status page + 4 `next` pages


# --- sync ------------------------------------------------------------------------------------------
def test_crawl_returns_all_documents(fc: Firecrawl, server: JobServer) -> None:
    _crawled(fc.crawl("https://example.com", limit=5, **FAST), server)


def test_crawl_wait_by_uuid_reports_progress(fc: Firecrawl, server: JobServer) -> None:
    started = fc.crawl.start("https://example.com", limit=5)
    seen: list[Any] = []
    _crawled(fc.crawl.wait(uuid.UUID(started.id), on_progress=seen.append, **FAST), server)
    assert [type(s) for s in seen] == [CrawlStatusResponseObj] * 3  # parsed snapshots
    assert [str(s.status) for s in seen] == ["scraping", "scraping", "completed"]


def test_batch_scrape_and_extract(fc: Firecrawl) -> None:
    batch = fc.batch_scrape(URLS, **FAST)
    assert isinstance(batch, BatchScrapeStatusResponseObj) and len(batch.data) == 5  # type: ignore[arg-type]
    extract = fc.extract(urls=URLS[:2], prompt="the answer", **FAST)
    assert isinstance(extract, ExtractStatusResponse) and extract.data["answer"] == 42  # type: ignore[index]


def test_agent(fc: Firecrawl) -> None:
    require_operations(*AGENT_OPERATIONS)
    from firecrawl_api.models import GetAgentStatusResponse200

    agent = fc.agent("find the answer", **FAST)
    assert isinstance(agent, GetAgentStatusResponse200) and agent.data["answer"] == 42  # type: ignore[index]


def test_crawl_timeout(fc: Firecrawl, server: JobServer) -> None:
    server.plan(polls=None)
    with pytest.raises(WaitTimeoutError) as caught:
        fc.crawl("https://example.com", wait_timeout=0.2, **FAST)
    (job_id,) = server.jobs
    assert caught.value.job_id == job_id
    assert isinstance(caught.value.last_status, CrawlStatusResponseObj)
    assert str(caught.value.last_status.status) == "scraping"


def test_failed_and_cancelled(fc: Firecrawl, server: JobServer) -> None:
    server.plan(outcome="failed", error="blocked by the site")
    with pytest.raises(JobFailedError) as caught:
        fc.crawl("https://example.com", **FAST)
    assert (caught.value.status, caught.value.error) == ("failed", "blocked by the site")
    assert isinstance(caught.value.last_status, CrawlStatusResponseObj)


def test_agent_cancelled(fc: Firecrawl, server: JobServer) -> None:
    require_operations(*AGENT_OPERATIONS)
    server.plan(polls=None)
    started = fc.agent.start("forever")
    with pytest.raises(JobFailedError) as caught:
        fc.agent.wait(started.id, on_progress=lambda _: fc.agent.cancel(started.id), **FAST)
    assert (caught.value.job_id, caught.value.status) == (str(started.id), "cancelled")


def test_a_404_page_is_a_typed_error(fc: Firecrawl, server: JobServer) -> None:
    server.plan(page_faults={3: [404]})
    with pytest.raises(NotFoundError):
        fc.crawl("https://example.com", **FAST)


def test_next_elsewhere_gets_no_key(fc: Firecrawl, server: JobServer) -> None:
    server.plan(next_on="other")
    _crawled(fc.crawl("https://example.com", **FAST), server)
    assert {s.authorization for s in server.requests if s.listener == "other"} == {None}


# --- async: the same, awaited ------------------------------------------------------------------------
async def test_async_crawl_returns_all_documents(afc: AsyncFirecrawl, server: JobServer) -> None:
    _crawled(await afc.crawl("https://example.com", limit=5, **FAST), server)


async def test_async_crawl_wait_awaits_an_async_progress(afc: AsyncFirecrawl, server: JobServer) -> None:
    started = await afc.crawl.start("https://example.com", limit=5)
    seen: list[Any] = []

    async def progress(snapshot: CrawlStatusResponseObj) -> None:
        seen.append(snapshot)

    _crawled(await afc.crawl.wait(started.id, on_progress=progress, **FAST), server)
    assert [str(s.status) for s in seen] == ["scraping", "scraping", "completed"]


async def test_async_batch_scrape_and_extract(afc: AsyncFirecrawl) -> None:
    batch = await afc.batch_scrape(URLS, **FAST)
    assert len(batch.data) == 5  # type: ignore[arg-type]
    extract = await afc.extract(urls=URLS[:2], **FAST)
    assert extract.data["answer"] == 42  # type: ignore[index]


async def test_async_agent(afc: AsyncFirecrawl) -> None:
    require_operations(*AGENT_OPERATIONS)
    agent = await afc.agent("find the answer", **FAST)
    assert agent.data["answer"] == 42  # type: ignore[index]


async def test_async_timeout_failed_cancelled(afc: AsyncFirecrawl, server: JobServer) -> None:
    server.plan(polls=None)
    with pytest.raises(WaitTimeoutError) as timed_out:
        await afc.crawl("https://example.com", wait_timeout=0.2, **FAST)
    assert isinstance(timed_out.value.last_status, CrawlStatusResponseObj)
    server.plan(outcome="failed", error="blocked by the site")
    with pytest.raises(JobFailedError, match="blocked by the site"):
        await afc.batch_scrape(URLS, **FAST)
    server.plan(polls=None)
    started = await afc.crawl.start("https://example.com")

    async def cancel(_: Any) -> None:
        await afc.crawl.cancel(started.id)

    with pytest.raises(JobFailedError) as cancelled:
        await afc.crawl.wait(started.id, on_progress=cancel, **FAST)
    assert cancelled.value.status == "cancelled"


def test_errors_and_cancel_routes(fc: Firecrawl, server: JobServer) -> None:
    server.plan(polls=None)
    started = fc.batch_scrape.start(URLS)
    assert fc.batch_scrape.errors(started.id).errors == []
    cancelled = fc.batch_scrape.cancel(started.id)
    response = dict(require_operation("cancelBatchScrape").responses)["200"]
    if "status" in top_level_properties(response):  # earlier revisions answer {"success": true} only
        assert str(cancelled.status) == "cancelled"
    assert str(fc.batch_scrape.status(started.id).status) == "cancelled"
    with pytest.raises(NotFoundError):
        fc.crawl.status(uuid.uuid4())
