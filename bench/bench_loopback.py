"""Bench row 3, one fresh process: creates against the loopback server.

``python bench/bench_loopback.py ORIGIN floor|sdk|official`` prints JSON with the median latency of
SEQUENTIAL sequential creates (ms) and the throughput of CONCURRENT concurrent creates (per second).
``official`` (firecrawl-py 4.55.0, ``/v2/browser``) runs under the bench-only venv's interpreter.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

SEQUENTIAL = 200
CONCURRENT = 200
WARMUP = 20


def make_client(origin: str, kind: str) -> tuple[Callable[[], Awaitable[Any]], Callable[[], Awaitable[None]]]:
    if kind == "floor":
        import httpx

        raw = httpx.AsyncClient(base_url=f"{origin}/v2", timeout=60.0)
        auth = {"Authorization": "Bearer x"}

        async def floor() -> Any:
            response = await raw.post("/interact", json={"ttl": 60}, headers=auth)
            response.raise_for_status()
            return json.loads(response.content)

        return floor, raw.aclose
    if kind == "sdk":
        from firecrawl_sdk import AsyncFirecrawl

        sdk = AsyncFirecrawl("x", base_url=f"{origin}/v2")

        async def ours() -> Any:
            return await sdk.interact.create(ttl=60)

        return ours, sdk.close
    from firecrawl import AsyncFirecrawl as Official  # type: ignore[import-not-found]

    official = Official(api_key="x", api_url=origin, timeout=60.0)

    async def theirs() -> Any:
        return await official.browser(ttl=60)

    async def nothing() -> None:
        return None

    return theirs, nothing


async def main(origin: str, kind: str) -> dict[str, float]:
    create, close = make_client(origin, kind)
    for _ in range(WARMUP):
        await create()
    latencies = []
    for _ in range(SEQUENTIAL):
        start = time.perf_counter()
        await create()
        latencies.append((time.perf_counter() - start) * 1000)
    start = time.perf_counter()
    results = await asyncio.gather(*(create() for _ in range(CONCURRENT)))
    elapsed = time.perf_counter() - start
    assert len(results) == CONCURRENT
    await close()
    return {"latency_ms": statistics.median(latencies), "throughput": CONCURRENT / elapsed}


if __name__ == "__main__":
    print(json.dumps(asyncio.run(main(sys.argv[1], sys.argv[2]))))
