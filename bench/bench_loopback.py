"""Bench row 3, one fresh process: creates against the loopback server.

``python bench/bench_loopback.py ORIGIN KIND`` prints JSON: the median latency of SEQUENTIAL
sequential creates (ms), the process CPU time per sequential create (ms), and the median
throughput of BURSTS bursts of CONCURRENT concurrent creates (per second). ORIGIN is
``http://127.0.0.1:PORT`` or ``https://127.0.0.1:PORT`` (the certificate's CA in ``SSL_CERT_FILE``,
which every client here reads). KIND is one of KINDS; ``official`` (firecrawl-py 4.55.0,
``/v2/browser``) runs under the bench-only venv's interpreter.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

SEQUENTIAL = 200
CONCURRENT = 200
BURSTS = 5
WARMUP = 20
BODY = {"ttl": 60}
AUTH = {"Authorization": "Bearer x"}

Create = Callable[[], Awaitable[Any]]
Close = Callable[[], Awaitable[None]]


def block_sniffio() -> None:
    """``import sniffio`` fails in this process as where it is not installed: each attempt first
    searches sys.path in vain (what a missing module costs), then raises ModuleNotFoundError."""
    import importlib.abc
    import importlib.machinery

    class Blocker(importlib.abc.MetaPathFinder):
        def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
            if name == "sniffio" or name.startswith("sniffio."):
                importlib.machinery.PathFinder.find_spec(f"{name}_not_installed", path)
                raise ModuleNotFoundError(f"No module named {name!r} (blocked by bench_loopback)", name=name)
            return None

    sys.modules.pop("sniffio", None)
    sys.meta_path.insert(0, Blocker())


def raw_httpx(origin: str, keepalive: bool = True) -> tuple[Create, Close]:
    import httpx

    limits = httpx.Limits() if keepalive else httpx.Limits(max_keepalive_connections=0)
    raw = httpx.AsyncClient(base_url=f"{origin}/v2", timeout=60.0, limits=limits)

    async def create() -> Any:
        response = await raw.post("/interact", json=BODY, headers=AUTH)
        response.raise_for_status()
        return json.loads(response.content)

    return create, raw.aclose


def raw_aiohttp(origin: str) -> tuple[Create, Close]:
    import aiohttp

    session: aiohttp.ClientSession | None = None

    async def create() -> Any:
        nonlocal session
        if session is None:  # inside the loop
            session = aiohttp.ClientSession(f"{origin}/v2/")
        async with session.post("interact", json=BODY, headers=AUTH) as response:
            response.raise_for_status()
            return json.loads(await response.read())

    async def close() -> None:
        if session is not None:
            await session.close()

    return create, close


def sdk(origin: str, aiohttp: bool = False) -> tuple[Create, Close]:
    from firecrawl_sdk import AsyncFirecrawl

    if aiohttp:
        from firecrawl_sdk import DefaultAioHttpClient

        client = AsyncFirecrawl("x", base_url=f"{origin}/v2", http_client=DefaultAioHttpClient())
    else:
        client = AsyncFirecrawl("x", base_url=f"{origin}/v2")

    async def create() -> Any:
        return await client.interact.create(ttl=60)

    return create, client.close


def official(origin: str) -> tuple[Create, Close]:
    from firecrawl import AsyncFirecrawl as Official  # type: ignore[import-not-found]

    client = Official(api_key="x", api_url=origin, timeout=60.0)

    async def create() -> Any:
        return await client.browser(ttl=60)

    async def nothing() -> None:
        return None

    return create, nothing


KINDS: dict[str, Callable[[str], tuple[Create, Close]]] = {
    "floor": raw_httpx,
    "floor-no-keepalive": lambda origin: raw_httpx(origin, keepalive=False),
    "sdk": sdk,
    "sdk-no-sniffio": sdk,  # the same client, with sniffio blocked first (see __main__)
    "sdk-aiohttp": lambda origin: sdk(origin, aiohttp=True),
    "raw-aiohttp": raw_aiohttp,
    "official": official,
}


async def main(origin: str, kind: str) -> dict[str, float]:
    create, close = KINDS[kind](origin)
    for _ in range(WARMUP):
        await create()
    latencies = []
    cpu_start = time.process_time()
    for _ in range(SEQUENTIAL):
        start = time.perf_counter()
        await create()
        latencies.append((time.perf_counter() - start) * 1000)
    cpu_ms = (time.process_time() - cpu_start) / SEQUENTIAL * 1000
    rates = []
    for _ in range(BURSTS):
        start = time.perf_counter()
        results = await asyncio.gather(*(create() for _ in range(CONCURRENT)))
        rates.append(CONCURRENT / (time.perf_counter() - start))
        assert len(results) == CONCURRENT
    await close()
    return {
        "latency_ms": statistics.median(latencies),
        "cpu_ms": cpu_ms,
        "throughput": statistics.median(rates),
        "tls": float(origin.startswith("https:") and bool(os.environ.get("SSL_CERT_FILE"))),
    }


if __name__ == "__main__":
    if sys.argv[2] == "sdk-no-sniffio":
        block_sniffio()
    print(json.dumps(asyncio.run(main(sys.argv[1], sys.argv[2]))))
