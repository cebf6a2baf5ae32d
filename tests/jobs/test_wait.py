"""The wait drivers (wait_job, await_job) against the loopback job server, through the SDK's own
httpx client (``client._http``: auth only to base_url, retries as for GET, typed errors).

Each test runs both drivers: ``run`` is sync (Firecrawl + wait_job) or async (AsyncFirecrawl +
await_job in a fresh event loop). Jobs advance per poll, never per wall-clock time: intervals are
short and nothing sleeps to synchronise.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable
from typing import Any, Protocol

import pytest
from firecrawl_sdk import AsyncFirecrawl, Firecrawl, JobFailedError, NotFoundError, WaitTimeoutError
from firecrawl_sdk._jobs import (
    AGENT,
    BATCH_SCRAPE,
    CRAWL,
    EXTRACT,
    JobFamily,
    async_page_getter,
    await_job,
    page_getter,
    wait_job,
)

from tests._vehicle import require_operations

from ._server import JobServer

INTERVAL = 0.01
PATHS = {"crawl": "crawl", "batch scrape": "batch/scrape", "extract": "extract", "agent": "agent"}
SERVER_FAMILY = {"crawl": "crawl", "batch scrape": "batch", "extract": "extract", "agent": "agent"}


class Run(Protocol):
    def __call__(
        self, family: JobFamily, job_id: str | uuid.UUID, **options: Any
    ) -> dict[str, Any]: ...  # pragma: no cover


def _sync(server: JobServer, api_key: str) -> Run:
    def run(family: JobFamily, job_id: str | uuid.UUID, **options: Any) -> dict[str, Any]:
        options.setdefault("poll_interval", INTERVAL)
        cancel = options.pop("cancel_on_first", False)
        with Firecrawl(api_key, base_url=server.base_url) as fc:
            path = f"/{PATHS[family.name]}/{job_id}"
            if cancel:
                options["on_progress"] = _once(lambda _: fc._http.delete(path))
            return wait_job(
                family, lambda: fc._http.get(path).json(), page_getter(fc._http), job_id=job_id, **options
            )

    return run


def _async(server: JobServer, api_key: str) -> Run:
    def run(family: JobFamily, job_id: str | uuid.UUID, **options: Any) -> dict[str, Any]:
        options.setdefault("poll_interval", INTERVAL)
        cancel = options.pop("cancel_on_first", False)

        async def main() -> dict[str, Any]:
            async with AsyncFirecrawl(api_key, base_url=server.base_url) as fc:
                path = f"/{PATHS[family.name]}/{job_id}"

                async def get_status() -> Any:
                    return (await fc._http.get(path)).json()

                if cancel:  # an async on_progress is awaited
                    options["on_progress"] = _once(lambda _: fc._http.delete(path))
                return await await_job(
                    family, get_status, async_page_getter(fc._http), job_id=job_id, **options
                )

        return asyncio.run(main())

    return run


def _once(action: Callable[[Any], Any]) -> Callable[[Any], Any]:
    done: list[bool] = []

    def call(snapshot: Any) -> Any:
        if not done:
            done.append(True)
            return action(snapshot)
        return None

    return call


@pytest.fixture(params=["sync", "async"])
def run(request: pytest.FixtureRequest, server: JobServer, api_key: str) -> Run:
    return (_sync if request.param == "sync" else _async)(server, api_key)


def test_crawl_returns_all_documents_across_next_pages(run: Run, server: JobServer) -> None:
    job_id = server.add_job("crawl", documents=5, page_size=1, polls=3)
    result = run(CRAWL, job_id)
    assert [doc["metadata"]["title"] for doc in result["data"]] == [f"Page {n}" for n in range(5)]
    assert "next" not in result
    assert (result["status"], result["total"], result["completed"]) == ("completed", 5, 5)
    pages = server.seen(job_id, pages=True)
    assert len(pages) == 4 and len({page.query for page in pages}) == 4  # 4 next pages, each once
    assert len(server.seen(job_id, pages=False)) == 3  # 3 polls: scraping, scraping, completed


def test_batch_scrape_pages_of_two(run: Run, server: JobServer) -> None:
    job_id = server.add_job("batch", urls=5, page_size=2)
    result = run(BATCH_SCRAPE, job_id)
    assert [doc["metadata"]["sourceURL"] for doc in result["data"]] == [
        f"https://example.com/{n}" for n in range(5)
    ]
    assert [s.query for s in server.seen(job_id, pages=True)] == ["skip=2", "skip=4"]


def test_job_id_as_uuid(run: Run, server: JobServer) -> None:
    job_id = server.add_job("crawl")
    assert len(run(CRAWL, uuid.UUID(job_id))["data"]) == 5


def test_progress_reports_every_snapshot(run: Run, server: JobServer) -> None:
    job_id = server.add_job("crawl", polls=4)
    snapshots: list[dict[str, Any]] = []
    run(CRAWL, job_id, on_progress=snapshots.append)
    assert [s["status"] for s in snapshots] == ["scraping", "scraping", "scraping", "completed"]
    assert [s["completed"] for s in snapshots] == sorted(s["completed"] for s in snapshots)


def test_timeout_raises_with_job_id_and_last_status(run: Run, server: JobServer) -> None:
    job_id = server.add_job("crawl", polls=None)
    started = time.monotonic()
    with pytest.raises(WaitTimeoutError) as caught:
        run(CRAWL, job_id, timeout=0.3, poll_interval=0.05)
    elapsed = time.monotonic() - started
    assert isinstance(caught.value, TimeoutError)
    assert caught.value.job_id == job_id and caught.value.last_status["status"] == "scraping"
    assert 0.3 <= elapsed < 3.0
    assert len(server.seen(job_id)) >= 3  # it did poll, every 0.05 s, until the deadline


@pytest.mark.parametrize("family", [CRAWL, BATCH_SCRAPE, EXTRACT, AGENT], ids=lambda f: f.name)
def test_failed_job_raises_with_the_servers_error(run: Run, server: JobServer, family: JobFamily) -> None:
    require_operations(family.status_operation)
    job_id = server.add_job(SERVER_FAMILY[family.name], outcome="failed", error="the site refused us")
    with pytest.raises(JobFailedError) as caught:
        run(family, job_id)
    assert (caught.value.job_id, caught.value.status, caught.value.error) == (
        job_id,
        "failed",
        "the site refused us",
    )


@pytest.mark.parametrize("family", [CRAWL, BATCH_SCRAPE, AGENT], ids=lambda f: f.name)
def test_cancelled_job_raises(run: Run, server: JobServer, family: JobFamily) -> None:
    """Cancelled for real: DELETE on the first snapshot; the next poll says cancelled."""
    require_operations(family.status_operation)
    job_id = server.add_job(SERVER_FAMILY[family.name], polls=None)
    with pytest.raises(JobFailedError) as caught:
        run(family, job_id, cancel_on_first=True)
    assert (caught.value.job_id, caught.value.status) == (job_id, "cancelled")
    assert [s.method for s in server.seen(job_id)] == ["GET", "DELETE", "GET"]


def test_cancelled_extract_raises(run: Run, server: JobServer) -> None:
    job_id = server.add_job("extract", outcome="cancelled")  # the spec has no DELETE /extract/{id}
    with pytest.raises(JobFailedError, match="cancelled"):
        run(EXTRACT, job_id)


@pytest.mark.parametrize("family", [EXTRACT, AGENT], ids=lambda f: f.name)
def test_extract_and_agent_return_their_data(run: Run, server: JobServer, family: JobFamily) -> None:
    require_operations(family.status_operation)
    job_id = server.add_job(SERVER_FAMILY[family.name])
    result = run(family, job_id)
    assert result["status"] == "completed" and result["data"]["answer"] == 42


def test_a_503_page_is_retried(run: Run, server: JobServer) -> None:
    job_id = server.add_job("crawl", page_faults={2: [503]})
    assert len(run(CRAWL, job_id)["data"]) == 5
    assert [s.query for s in server.seen(job_id, pages=True)] == [f"skip={n}" for n in (1, 2, 2, 3, 4)]


def test_a_404_page_raises_the_typed_error_without_retrying(run: Run, server: JobServer) -> None:
    job_id = server.add_job("crawl", page_faults={2: [404]})
    with pytest.raises(NotFoundError, match="page 2"):
        run(CRAWL, job_id)
    assert [s.query for s in server.seen(job_id, pages=True)] == ["skip=1", "skip=2"]


def test_next_pages_on_base_url_carry_the_key(run: Run, server: JobServer, api_key: str) -> None:
    job_id = server.add_job("crawl")
    run(CRAWL, job_id)
    assert {s.authorization for s in server.seen(job_id)} == {f"Bearer {api_key}"}


def test_next_pages_elsewhere_never_get_the_key(run: Run, server: JobServer) -> None:
    job_id = server.add_job("crawl", next_on="other")
    assert len(run(CRAWL, job_id)["data"]) == 5
    pages = server.seen(job_id, pages=True)
    assert len(pages) == 4 and {(s.listener, s.authorization) for s in pages} == {("other", None)}


def test_sleep_and_clock_hooks(server: JobServer, api_key: str) -> None:
    job_id = server.add_job("crawl", polls=3)
    slept: list[float] = []
    ticks = iter(range(100))
    with Firecrawl(api_key, base_url=server.base_url) as fc:
        path = f"/crawl/{job_id}"
        result = wait_job(
            CRAWL,
            lambda: fc._http.get(path).json(),
            page_getter(fc._http),
            job_id=job_id,
            poll_interval=7.0,
            timeout=100.0,
            sleep=slept.append,
            clock=lambda: float(next(ticks)),
        )
    assert slept == [7.0, 7.0] and len(result["data"]) == 5


async def test_async_hooks(server: JobServer, api_key: str) -> None:
    require_operations(AGENT.status_operation)
    job_id = server.add_job("agent", polls=None)
    slept: list[float] = []
    now = [0.0]

    async def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    async with AsyncFirecrawl(api_key, base_url=server.base_url) as fc:

        async def get_status() -> Any:
            return (await fc._http.get(f"/agent/{job_id}")).json()

        with pytest.raises(WaitTimeoutError):
            await await_job(
                AGENT,
                get_status,
                async_page_getter(fc._http),
                job_id=job_id,
                poll_interval=4.0,
                timeout=10.0,
                sleep=sleep,
                clock=lambda: now[0],
            )
    assert slept == [4.0, 4.0, 2.0]
    assert len(server.seen(job_id)) == 4
