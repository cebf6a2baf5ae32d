"""Bench row 2, one fresh process: per-call overhead in-process on ``httpx.MockTransport``.

``python bench/bench_percall.py sync|async [create|scrape]`` prints JSON ``{"floor_us": ..., "sdk_us": ...}``:
microseconds per call over CALLS calls of the SDK call (its mock passed as ``http_client``) and of raw
``httpx`` ``post`` + ``json.loads`` of the same request (the floor) on the same kind of transport,
alternated ROUNDS times after a warm-up; the best round of each (least disturbed).

- ``create`` (default): ``fc.interact.create(ttl=60)`` vs ``post("/interact", json={"ttl": 60})``.
- ``scrape``: ``fc.scrape(url, formats=["markdown"])`` (validation, body, unwrapping ``data`` into the
  typed document) vs ``post("/scrape", json={"url": url, "formats": [{"type": "markdown"}]})``, the
  body the SDK sends; the answer is a small document (~1 KB).
- ``scrape50k``: the same with a ~50 KB markdown document.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

CALLS = 2000
ROUNDS = 3
WARMUP = 200
BASE_URL = "https://bench.invalid/v2"
SCRAPE_URL = "https://example.com/"
SESSION_BODY = json.dumps(
    {
        "success": True,
        "id": "3f1c9e52-6d0b-4a4e-9d0e-2b7f0a1c5e42",
        "cdpUrl": "wss://bench.invalid/cdp/3f1c9e52?token=bench",
        "liveViewUrl": "https://bench.invalid/live/3f1c9e52",
        "interactiveLiveViewUrl": "https://bench.invalid/live/3f1c9e52?interactive=true",
        "expiresAt": "2030-01-01T00:10:00Z",
    }
).encode()
SCRAPE_BODY = json.dumps(
    {
        "success": True,
        "data": {
            "markdown": "# Example Domain\n\nThis domain is for use in illustrative examples in "
            "documents. You may use this domain in literature without prior coordination or asking "
            "for permission.\n\n[More information...](https://www.iana.org/domains/example)\n",
            "metadata": {
                "title": "Example Domain",
                "language": "en",
                "viewport": "width=device-width, initial-scale=1",
                "sourceURL": SCRAPE_URL,
                "url": SCRAPE_URL,
                "statusCode": 200,
                "contentType": "text/html",
                "scrapeId": "0b9f6c1e-2a3d-4e5f-8a7b-1c2d3e4f5a6b",
                "proxyUsed": "basic",
                "cacheState": "miss",
                "creditsUsed": 1,
            },
        },
    }
).encode()
_document = json.loads(SCRAPE_BODY)
_document["data"]["markdown"] = (_document["data"]["markdown"] * 200)[: 50 * 1024]
SCRAPE_BODY_50KB = json.dumps(_document).encode()
HEADERS = {"content-type": "application/json"}
_SCRAPE_REQUEST = {
    "url": SCRAPE_URL,
    "formats": [{"type": "markdown"}],
}  # what the SDK sends for ["markdown"]
# operation -> (floor path, floor JSON body, response body, the SDK call on a client)
OPERATIONS: dict[str, tuple[str, dict[str, Any], bytes, Callable[[Any], Any]]] = {
    "create": ("/interact", {"ttl": 60}, SESSION_BODY, lambda fc: fc.interact.create(ttl=60)),
    "scrape": (
        "/scrape",
        _SCRAPE_REQUEST,
        SCRAPE_BODY,
        lambda fc: fc.scrape(SCRAPE_URL, formats=["markdown"]),
    ),
    "scrape50k": (
        "/scrape",
        _SCRAPE_REQUEST,
        SCRAPE_BODY_50KB,
        lambda fc: fc.scrape(SCRAPE_URL, formats=["markdown"]),
    ),
}


def answering(body: bytes) -> Callable[[httpx.Request], httpx.Response]:
    """The MockTransport handler: every request gets ``body`` (JSON)."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers=HEADERS)

    return handler


def run_sync(operation: str) -> dict[str, float]:
    from firecrawl_sdk import Firecrawl

    path, body, answer, call = OPERATIONS[operation]
    handler = answering(answer)
    sdk = Firecrawl("x", base_url=BASE_URL, http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    raw = httpx.Client(base_url=BASE_URL, transport=httpx.MockTransport(handler))
    auth = {"Authorization": "Bearer x"}
    call(sdk)  # the resource module loads on first use: not part of the per-call figure

    def floor(n: int) -> None:
        for _ in range(n):
            json.loads(raw.post(path, json=body, headers=auth).content)

    def ours(n: int) -> None:
        for _ in range(n):
            call(sdk)

    def timed(fn: Callable[[int], None]) -> float:
        start = time.perf_counter()
        fn(CALLS)
        return (time.perf_counter() - start) / CALLS * 1e6

    floor(WARMUP)
    ours(WARMUP)
    floors, sdks = [], []
    for _ in range(ROUNDS):
        floors.append(timed(floor))
        sdks.append(timed(ours))
    return {"floor_us": min(floors), "sdk_us": min(sdks)}


async def run_async(operation: str) -> dict[str, float]:
    from firecrawl_sdk import AsyncFirecrawl

    path, body, answer, call = OPERATIONS[operation]
    handler = answering(answer)
    transport = httpx.MockTransport(handler)
    sdk = AsyncFirecrawl("x", base_url=BASE_URL, http_client=httpx.AsyncClient(transport=transport))
    raw = httpx.AsyncClient(base_url=BASE_URL, transport=httpx.MockTransport(handler))
    auth = {"Authorization": "Bearer x"}
    await call(sdk)

    async def floor(n: int) -> None:
        for _ in range(n):
            json.loads((await raw.post(path, json=body, headers=auth)).content)

    async def ours(n: int) -> None:
        for _ in range(n):
            await call(sdk)

    async def timed(fn: Callable[[int], Awaitable[None]]) -> float:
        start = time.perf_counter()
        await fn(CALLS)
        return (time.perf_counter() - start) / CALLS * 1e6

    await floor(WARMUP)
    await ours(WARMUP)
    floors, sdks = [], []
    for _ in range(ROUNDS):
        floors.append(await timed(floor))
        sdks.append(await timed(ours))
    return {"floor_us": min(floors), "sdk_us": min(sdks)}


if __name__ == "__main__":
    mode, operation = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "create"
    result = run_sync(operation) if mode == "sync" else asyncio.run(run_async(operation))
    print(json.dumps(result))
