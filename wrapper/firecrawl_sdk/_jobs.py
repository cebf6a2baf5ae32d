"""Jobs that run on the server (crawl, batch scrape, extract, agent): wait, progress, all pages.

One mechanism for the four families, in the sans-IO style of httpx/h11:

- :class:`JobFamily` records say what the spec says about each family's status response;
- :class:`JobWait` is the state machine. It is fed status and page bodies (and the clock) and
  answers what to do next: :class:`Poll`, :class:`FetchPage` or :class:`Done`; it raises
  :class:`~firecrawl_sdk.WaitTimeoutError` and :class:`~firecrawl_sdk.JobFailedError`. No I/O.
- :func:`wait_job` (sync) and :func:`await_job` (async) are the thin drivers doing the I/O through
  two callables; ``sleep`` and ``clock`` are hooks, so tests need not patch ``time``/``asyncio``.

What the spec says (values the spec gives only in prose are made enums by ``openapi/overlay.yaml``):

- crawl ``GET /crawl/{id}`` and batch scrape ``GET /batch/scrape/{id}``: ``status`` scraping |
  completed | failed | cancelled; ``data`` the documents; ``next`` "the URL to retrieve the next
  10MB of data", returned while the job runs or while more data remains; ``total``, ``completed``.
- extract ``GET /extract/{id}``: ``status`` processing | completed | failed | cancelled; ``data`` an
  object.
- agent ``GET /agent/{jobId}``: ``status`` processing | completed | failed (the docs add
  cancelled); ``data`` an object when completed; ``error`` "only present when status is failed".

The spec gives crawl, batch scrape and extract no ``error`` field; when a server sends one it is
reported in :class:`~firecrawl_sdk.JobFailedError` all the same.
"""

from __future__ import annotations

import inspect
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import attrs

from ._exceptions import APIResponseValidationError, InvalidParameterError, JobFailedError, WaitTimeoutError

if TYPE_CHECKING:
    import httpx

__all__ = [
    "AGENT",
    "BATCH_SCRAPE",
    "CRAWL",
    "EXTRACT",
    "FAMILIES",
    "Done",
    "FetchPage",
    "JobFamily",
    "JobWait",
    "Poll",
    "async_page_getter",
    "await_job",
    "job_id_str",
    "page_getter",
    "wait_job",
]

DEFAULT_POLL_INTERVAL = 2.0


@attrs.frozen
class JobFamily:
    """What a job family's status response means: the operation, its terminal statuses, paging."""

    name: str
    status_operation: str
    done: frozenset[str]
    failed: frozenset[str]
    paginates: bool


_FAILED = frozenset({"failed", "cancelled"})
CRAWL = JobFamily("crawl", "getCrawlStatus", frozenset({"completed"}), _FAILED, paginates=True)
BATCH_SCRAPE = JobFamily("batch scrape", "getBatchScrapeStatus", frozenset({"completed"}), _FAILED, True)
EXTRACT = JobFamily("extract", "getExtractStatus", frozenset({"completed"}), _FAILED, paginates=False)
AGENT = JobFamily("agent", "getAgentStatus", frozenset({"completed"}), _FAILED, paginates=False)
FAMILIES = (CRAWL, BATCH_SCRAPE, EXTRACT, AGENT)


@attrs.frozen
class Poll:
    """Call the status operation after ``delay`` seconds (0: at once)."""

    delay: float


@attrs.frozen
class FetchPage:
    """GET the absolute ``url`` (a ``next`` link) and pass its JSON to :meth:`JobWait.page_received`."""

    url: str


@attrs.frozen
class Done:
    """The job completed; ``result`` is its status JSON with every page's ``data`` and no ``next``."""

    result: dict[str, Any]


Action = Poll | FetchPage | Done


def job_id_str(job_id: str | uuid.UUID) -> str:
    """A job id as sent in paths: a ``uuid.UUID`` or a non-empty ``str``."""
    if isinstance(job_id, uuid.UUID):
        return str(job_id)
    if isinstance(job_id, str) and job_id:
        return job_id
    raise InvalidParameterError("job_id", "a job id (str or uuid.UUID)", job_id)


class JobWait:
    """The sans-IO state of one wait. Feed it; follow the :data:`Action` it returns.

    ``start()`` → ``Poll(0)``. For each status body: ``status_received(body)`` (returns the validated
    snapshot, for progress), then ``after_status(now)``: ``Poll(delay)`` while the job runs,
    ``FetchPage`` when it completed with a ``next`` link, ``Done`` when it completed without one; it
    raises ``JobFailedError`` for a failed or cancelled job and ``WaitTimeoutError`` once ``now`` is
    past the deadline. For each page body: ``page_received(body, now)`` → ``FetchPage`` or ``Done``.
    The deadline (``timeout`` seconds after ``now`` at creation) covers the pages too.
    """

    def __init__(
        self,
        family: JobFamily,
        job_id: str | uuid.UUID,
        *,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        timeout: float | None = None,
        now: float,
    ) -> None:
        self.family = family
        self.job_id = job_id_str(job_id)
        self.poll_interval = _seconds("poll_interval", poll_interval)
        self.timeout = None if timeout is None else _seconds("timeout", timeout)
        self.deadline = None if self.timeout is None else now + self.timeout
        self.last_status: dict[str, Any] | None = None
        self._result: dict[str, Any] | None = None
        self._seen: set[str] = set()

    def start(self) -> Poll:
        return Poll(0.0)

    def status_received(self, body: Any) -> dict[str, Any]:
        """Validate a status body and keep it as ``last_status``; returns it."""
        snapshot = self._object(body, "status")
        if not isinstance(snapshot.get("status"), str):
            raise APIResponseValidationError(
                f"{self.family.name} job {self.job_id}: status response has no string `status`", body=body
            )
        self.last_status = snapshot
        return snapshot

    def after_status(self, now: float) -> Action:
        """What follows the last status received."""
        snapshot = self.last_status
        if snapshot is None:
            raise RuntimeError("after_status() before status_received()")
        status = snapshot["status"]
        if status in self.family.failed:
            error = snapshot.get("error")
            text = error if isinstance(error, str) and error else None
            raise JobFailedError(self.job_id, status, text, snapshot)
        if status in self.family.done:
            self._result = {key: value for key, value in snapshot.items() if key != "next"}
            if self.family.paginates:
                self._result["data"] = list(self._documents(snapshot))
            return self._next_page(snapshot, now)
        self._check_deadline(now)  # any other value (scraping, processing, one not in the spec yet) runs
        delay = self.poll_interval
        if self.deadline is not None:
            delay = min(delay, self.deadline - now)  # the last poll happens at the deadline
        return Poll(delay)

    def page_received(self, body: Any, now: float) -> Action:
        """Add a ``next`` page's documents; follow its own ``next``, if any."""
        if self._result is None:
            raise RuntimeError("page_received() before the job completed")
        page = self._object(body, "page")
        self._result["data"].extend(self._documents(page))
        return self._next_page(page, now)

    def _next_page(self, body: dict[str, Any], now: float) -> FetchPage | Done:
        url = body.get("next") if self.family.paginates else None
        if url is None:
            assert self._result is not None
            return Done(self._result)
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            raise APIResponseValidationError(
                f"{self.family.name} job {self.job_id}: `next` is not an absolute http(s) URL: {url!r}",
                body=body,
            )
        if url in self._seen:  # a server sending the same page again would never end
            raise APIResponseValidationError(
                f"{self.family.name} job {self.job_id}: `next` repeats a page already fetched", body=body
            )
        self._check_deadline(now)
        self._seen.add(url)
        return FetchPage(url)

    def _documents(self, body: dict[str, Any]) -> list[Any]:
        data = body.get("data")
        if data is None:
            return []
        if not isinstance(data, list):
            raise APIResponseValidationError(
                f"{self.family.name} job {self.job_id}: `data` is not a list of documents", body=body
            )
        return data

    def _object(self, body: Any, what: str) -> dict[str, Any]:
        if not isinstance(body, dict):
            raise APIResponseValidationError(
                f"{self.family.name} job {self.job_id}: the {what} response is not a JSON object", body=body
            )
        return body

    def _check_deadline(self, now: float) -> None:
        if self.deadline is not None and now >= self.deadline:
            assert self.timeout is not None
            raise WaitTimeoutError(self.job_id, self.timeout, self.last_status)


def _seconds(name: str, value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
        raise InvalidParameterError(name, "a positive number of seconds", value)
    return float(value)


def wait_job(
    family: JobFamily,
    get_status: Callable[[], Any],
    get_page: Callable[[str], Any],
    *,
    job_id: str | uuid.UUID,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    timeout: float | None = None,
    on_progress: Callable[[dict[str, Any]], object] | None = None,
    sleep: Callable[[float], object] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> dict[str, Any]:
    """Poll ``get_status()`` every ``poll_interval`` s until the job ends; return all of its data.

    ``on_progress(snapshot)`` is called with every status JSON received, the terminal one included.
    A completed job's ``next`` pages are fetched with ``get_page(url)`` and their ``data`` appended;
    the result has no ``next``. ``timeout`` (seconds, ``clock``) bounds the whole wait, pages
    included: :class:`~firecrawl_sdk.WaitTimeoutError` with the last snapshot. A failed or cancelled
    job raises :class:`~firecrawl_sdk.JobFailedError`. Errors of the two callables propagate.
    """
    wait = JobWait(family, job_id, poll_interval=poll_interval, timeout=timeout, now=clock())
    action: Action = wait.start()
    while not isinstance(action, Done):  # ends: the deadline raises, a `next` page is never fetched twice
        if isinstance(action, Poll):
            if action.delay > 0:
                sleep(action.delay)
            snapshot = wait.status_received(get_status())
            if on_progress is not None:
                on_progress(snapshot)
            action = wait.after_status(clock())
        else:
            action = wait.page_received(get_page(action.url), clock())
    return action.result


async def await_job(
    family: JobFamily,
    get_status: Callable[[], Awaitable[Any]],
    get_page: Callable[[str], Awaitable[Any]],
    *,
    job_id: str | uuid.UUID,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    timeout: float | None = None,
    on_progress: Callable[[dict[str, Any]], object] | None = None,
    sleep: Callable[[float], Awaitable[object]] | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> dict[str, Any]:
    """:func:`wait_job` with awaited callables; ``on_progress`` may be sync or async.
    ``sleep`` defaults to ``asyncio.sleep``."""
    if sleep is None:
        import asyncio  # on first async use only (import cost)

        sleep = asyncio.sleep
    wait = JobWait(family, job_id, poll_interval=poll_interval, timeout=timeout, now=clock())
    action: Action = wait.start()
    while not isinstance(action, Done):  # ends: the deadline raises, a `next` page is never fetched twice
        if isinstance(action, Poll):
            if action.delay > 0:
                await sleep(action.delay)
            snapshot = wait.status_received(await get_status())
            if on_progress is not None:
                reported = on_progress(snapshot)
                if inspect.isawaitable(reported):
                    await reported
            action = wait.after_status(clock())
        else:
            action = wait.page_received(await get_page(action.url), clock())
    return action.result


def page_getter(http: httpx.Client) -> Callable[[str], Any]:
    """``get_page`` through the SDK's own httpx client (``client._http``): its transport sends the
    API key only to ``base_url``, retries as for any GET and raises the typed errors."""

    def get_page(url: str) -> Any:
        return http.get(url).json()

    return get_page


def async_page_getter(http: httpx.AsyncClient) -> Callable[[str], Awaitable[Any]]:
    """:func:`page_getter` for ``AsyncFirecrawl``."""

    async def get_page(url: str) -> Any:
        return (await http.get(url)).json()

    return get_page
