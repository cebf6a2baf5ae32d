"""What every resource shares: send an operation (``_call``) and wait for a job (``_wait``).

The decisions live in the sans-IO core (``firecrawl_sdk._operation``); these twins
only move bytes: a method's request goes straight to the client's policy transport
(``_send``), job polling through its httpx client on the same transport, so the
policy (auth, timeouts, retries, limits, typed errors) applies to every method.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from .._exceptions import FirecrawlError
from .._operation import Operation, parse, parse_json, prepare

if TYPE_CHECKING:
    from .._client import AsyncFirecrawl, Firecrawl


class SyncResource:
    def __init__(self, client: Firecrawl) -> None:
        self._client = client

    def _call(self, op: Operation, *values: Any) -> Any:
        client = self._client
        request = prepare(op, values, client.timeout).request(
            client.base_url, client._headers, client.timeout
        )
        return parse(op, client._send(request), client.api_client)

    def _wait(
        self,
        family: str,
        status: Operation,
        job_id: Any,
        poll_interval: float,
        timeout: float | None,
        on_progress: Any,
    ) -> Any:
        from .. import _jobs

        plan = _WaitPlan(self._client, family, status, job_id, poll_interval, timeout, on_progress)
        http = self._client._http

        def get_status() -> Any:
            return http.request(*plan.request, **plan.request_args).json()

        with plan.parsed_errors():
            merged = _jobs.wait_job(plan.family, get_status, _jobs.page_getter(http), **plan.options)
        return plan.result(merged)


class _WaitPlan:
    """What the sync and async ``_wait`` share: the family, the status request, parsing."""

    def __init__(
        self,
        client: Any,
        family: str,
        status: Operation,
        job_id: Any,
        poll_interval: float,
        timeout: float | None,
        on_progress: Any,
    ) -> None:
        from .. import _jobs

        self.family = getattr(_jobs, family.upper())
        self.status, self.api_client = status, client.api_client
        job = _jobs.job_id_str(job_id)
        prepared = prepare(status, (job,), client.timeout)
        self.request = (prepared.method, prepared.url)
        self.request_args = prepared.httpx_args()
        self.options: dict[str, Any] = {
            "job_id": job,
            "poll_interval": poll_interval,
            "timeout": timeout,
            "on_progress": _progress(status, self.api_client, on_progress),
            "sleep": client._sleep,  # the client's hook, as for retry backoff
        }

    def parsed_errors(self) -> contextlib.AbstractContextManager[None]:
        return _parsed_job_errors(self.status, self.api_client)

    def result(self, merged: Any) -> Any:
        return parse_json(self.status, merged, self.api_client)


def _progress(status: Operation, api_client: Any, on_progress: Any) -> Any:
    """The user's ``on_progress`` given parsed snapshots; what it returns is passed on (awaited by the
    async driver when it is a coroutine)."""
    if on_progress is None:
        return None
    return lambda snapshot: on_progress(parse_json(status, snapshot, api_client))


@contextlib.contextmanager
def _parsed_job_errors(status: Operation, api_client: Any) -> Iterator[None]:
    """``last_status`` of a job error as the parsed status model, like the snapshots and the result."""
    from .._exceptions import JobFailedError, WaitTimeoutError

    try:
        yield
    except (WaitTimeoutError, JobFailedError) as error:
        if isinstance(error.last_status, dict):
            with contextlib.suppress(FirecrawlError):  # unparsable: the error keeps the JSON
                error.last_status = parse_json(status, error.last_status, api_client)
        raise


class AsyncResource:
    def __init__(self, client: AsyncFirecrawl) -> None:
        self._client = client

    async def _call(self, op: Operation, *values: Any) -> Any:
        client = self._client
        request = prepare(op, values, client.timeout).request(
            client.base_url, client._headers, client.timeout
        )
        return parse(op, await client._send(request), client.api_client)

    async def _wait(
        self,
        family: str,
        status: Operation,
        job_id: Any,
        poll_interval: float,
        timeout: float | None,
        on_progress: Any,
    ) -> Any:
        from .. import _jobs

        plan = _WaitPlan(self._client, family, status, job_id, poll_interval, timeout, on_progress)
        http = self._client._http

        async def get_status() -> Any:
            return (await http.request(*plan.request, **plan.request_args)).json()

        with plan.parsed_errors():
            merged = await _jobs.await_job(
                plan.family, get_status, _jobs.async_page_getter(http), **plan.options
            )
        return plan.result(merged)
