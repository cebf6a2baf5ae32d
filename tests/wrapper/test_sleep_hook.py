"""Every wait of a client (retry backoff, job polling) goes through its ``_sleep`` hook, and only there.

So tests replace the hook on one client instead of patching ``time.sleep`` or ``asyncio.sleep`` for
the whole process (which also hit the loops of servers running in the same test run).
"""

from __future__ import annotations

import asyncio
import threading
import uuid
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from firecrawl_sdk import AsyncFirecrawl, Firecrawl

from tests import _vehicle

from .conftest import BASE_URL, recording_sleep

ASKED = 60.0  # Retry-After: the longest wait the SDK accepts (_retries.MAX_RETRY_AFTER)
BOUND = 20.0  # seconds a call may take: far below the 2 x ASKED a wait outside the hook would add


def _run_bounded(call: Callable[[], Any]) -> Any:
    """Run ``call`` in a worker thread; fail (instead of hanging) when it takes longer than BOUND."""
    outcome: list[Any] = []
    worker = threading.Thread(target=lambda: outcome.append(call()), daemon=True)
    worker.start()
    worker.join(BOUND)
    assert not worker.is_alive(), f"the call still runs after {BOUND}s: it waits outside the _sleep hook"
    assert outcome, "the call raised (see the thread's traceback above)"
    return outcome[0]


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_retry_backoff_waits_only_through_the_hook(kind: str, api_key: str) -> None:
    create = _vehicle.create()  # a POST the spec has: retried after a 503, since the server did not act
    answers = [httpx.Response(503, headers={"retry-after": str(int(ASKED))}, json={"error": "busy"})] * 2
    answers.append(httpx.Response(200, json=create.success))
    transport = httpx.MockTransport(lambda request: answers.pop(0))
    slept: list[float] = []
    if kind == "sync":
        fc = Firecrawl(api_key, base_url=BASE_URL, http_client=httpx.Client(transport=transport))
        fc._sleep = recording_sleep(kind, slept)  # type: ignore[method-assign]
        created = _run_bounded(lambda: create.call(fc))
    else:
        afc = AsyncFirecrawl(api_key, base_url=BASE_URL, http_client=httpx.AsyncClient(transport=transport))
        afc._sleep = recording_sleep(kind, slept)  # type: ignore[method-assign]
        created = _run_bounded(lambda: asyncio.run(create.call(afc)))
    assert created is not None
    assert slept == [ASKED, ASKED]


def test_with_options_keeps_the_hook(api_key: str) -> None:
    create = _vehicle.create()
    answers = [httpx.Response(503, json={"error": "busy"}), httpx.Response(200, json=create.success)]
    transport = httpx.MockTransport(lambda request: answers.pop(0))
    slept: list[float] = []
    fc = Firecrawl(api_key, base_url=BASE_URL, http_client=httpx.Client(transport=transport))
    fc._sleep = recording_sleep("sync", slept)  # type: ignore[method-assign]
    _run_bounded(lambda: create.call(fc.with_options(max_retries=1)))
    assert len(slept) == 1


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_job_polling_waits_through_the_hook(kind: str, api_key: str) -> None:
    job = str(uuid.uuid4())
    states = ["scraping", "scraping", "completed"]

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.path == f"/v2/crawl/{job}"
        status = states.pop(0)
        body = {"success": True, "status": status, "total": 1, "completed": 0, "data": []}
        return httpx.Response(200, json=body)

    transport = httpx.MockTransport(handler)
    slept: list[float] = []
    if kind == "sync":
        fc = Firecrawl(api_key, base_url=BASE_URL, http_client=httpx.Client(transport=transport))
        fc._sleep = recording_sleep(kind, slept)  # type: ignore[method-assign]
        result = _run_bounded(lambda: fc.crawl.wait(job, poll_interval=ASKED))
    else:
        afc = AsyncFirecrawl(api_key, base_url=BASE_URL, http_client=httpx.AsyncClient(transport=transport))
        afc._sleep = recording_sleep(kind, slept)  # type: ignore[method-assign]
        result = _run_bounded(lambda: asyncio.run(afc.crawl.wait(job, poll_interval=ASKED)))
    assert str(result.status) == "completed"
    assert slept == [ASKED, ASKED]


def test_a_loop_beside_the_client_keeps_its_real_sleep(api_key: str) -> None:
    """A server's loop in the same process (uvicorn in tests/testing) keeps its real ``asyncio.sleep``
    while a client on it retries: a bystander's 50 ms sleep lasts 50 ms; only the client's wait is
    recorded (patching ``asyncio.sleep`` process-wide, as the tests once did, fails both)."""
    create = _vehicle.create()
    answers = [httpx.Response(503, json={"error": "busy"}), httpx.Response(200, json=create.success)]
    transport = httpx.MockTransport(lambda request: answers.pop(0))
    slept: list[float] = []

    async def bystander() -> float:
        started = asyncio.get_running_loop().time()
        await asyncio.sleep(0.05)
        return asyncio.get_running_loop().time() - started

    async def main() -> tuple[float, Any]:
        async with AsyncFirecrawl(
            api_key, base_url=BASE_URL, http_client=httpx.AsyncClient(transport=transport)
        ) as afc:
            afc._sleep = recording_sleep("async", slept)  # type: ignore[method-assign]
            return await asyncio.gather(bystander(), create.call(afc))

    waited, created = _run_bounded(lambda: asyncio.run(main()))
    assert created is not None
    assert waited >= 0.05
    assert len(slept) == 1 and 0 < slept[0] <= 0.5
