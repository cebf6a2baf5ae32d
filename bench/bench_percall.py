"""Bench row 2, one fresh process: per-call overhead in-process on ``httpx.MockTransport``.

``python bench/bench_percall.py sync|async`` prints JSON ``{"floor_us": ..., "sdk_us": ...}``:
microseconds per call over CALLS calls of ``interact.create`` (the SDK, its mock passed as
``http_client``) and of raw ``httpx`` ``post`` + ``json.loads`` (the floor) on the same kind of
transport, alternated ROUNDS times after a warm-up; the best round of each (least disturbed).
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import Awaitable, Callable

import httpx

CALLS = 2000
ROUNDS = 3
WARMUP = 200
BASE_URL = "http://bench.invalid/v2"
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
HEADERS = {"content-type": "application/json"}


def handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=SESSION_BODY, headers=HEADERS)


def run_sync() -> dict[str, float]:
    from firecrawl_sdk import Firecrawl

    sdk = Firecrawl("x", base_url=BASE_URL, http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    raw = httpx.Client(base_url=BASE_URL, transport=httpx.MockTransport(handler))
    auth = {"Authorization": "Bearer x"}

    def floor(n: int) -> None:
        for _ in range(n):
            json.loads(raw.post("/interact", json={"ttl": 60}, headers=auth).content)

    def ours(n: int) -> None:
        for _ in range(n):
            sdk.interact.create(ttl=60)

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


async def run_async() -> dict[str, float]:
    from firecrawl_sdk import AsyncFirecrawl

    transport = httpx.MockTransport(handler)
    sdk = AsyncFirecrawl("x", base_url=BASE_URL, http_client=httpx.AsyncClient(transport=transport))
    raw = httpx.AsyncClient(base_url=BASE_URL, transport=httpx.MockTransport(handler))
    auth = {"Authorization": "Bearer x"}

    async def floor(n: int) -> None:
        for _ in range(n):
            json.loads((await raw.post("/interact", json={"ttl": 60}, headers=auth)).content)

    async def ours(n: int) -> None:
        for _ in range(n):
            await sdk.interact.create(ttl=60)

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
    result = run_sync() if sys.argv[1] == "sync" else asyncio.run(run_async())
    print(json.dumps(result))
