"""Bench row 4, one fresh process: the local Interact server (``firecrawl_sdk.testing``) on Chromium.

Prints JSON: seconds from ``interact.create()`` to the first CDP answer (``Browser.getVersion`` over
the session's ``cdpUrl``), per session; the create -> CDP -> delete cycle time (sessions per
minute = 60 / cycle); and memory as deltas of this whole process tree (this process, the server,
every browser; MB of PSS): what one lone session adds to an idle server, and what each further
live session adds (browsers share pages, so a lone session costs more than the next ones).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import time
from pathlib import Path
from typing import Any

CYCLES = 4
LIVE = 3
SETTLE = 1.0  # seconds for a browser to settle after its first page (a benchmark, not a test)


def tree_rss_mb(root: int) -> float:
    """Proportional set size (PSS) of ``root`` and all its descendants, in MB (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry.name))
    total, stack = 0, [root]
    page = os.sysconf("SC_PAGE_SIZE")
    while stack:
        pid = stack.pop()
        stack.extend(children.get(pid, []))
        try:  # PSS: shared pages split between the processes that share them (RSS double-counts)
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
            total += next(int(line.split()[1]) for line in rollup if line.startswith("Pss:")) * 1024
        except (OSError, StopIteration):
            with contextlib.suppress(OSError):
                total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * page
    return total / 1024 / 1024


async def cdp_ready(cdp_url: str) -> None:
    import websockets

    async with websockets.connect(cdp_url, max_size=None, open_timeout=30) as ws:
        await ws.send(json.dumps({"id": 1, "method": "Browser.getVersion"}))
        while True:
            answer = json.loads(await asyncio.wait_for(ws.recv(), 30))
            if answer.get("id") == 1:
                assert "result" in answer, answer
                return


def main() -> dict[str, list[float]]:
    from firecrawl_sdk import Firecrawl
    from firecrawl_sdk.testing import LocalInteractServer

    ready, cycles = [], []
    with (
        LocalInteractServer(max_sessions=LIVE + 1) as server,
        Firecrawl(server.api_key, base_url=server.base_url, timeout=60) as fc,
    ):
        for _ in range(CYCLES):
            start = time.perf_counter()
            session = fc.interact.create(ttl=120)
            asyncio.run(cdp_ready(str(session.cdp_url)))
            ready.append(time.perf_counter() - start)
            fc.interact.delete(str(session.id))
            cycles.append(time.perf_counter() - start)
        me = os.getpid()
        time.sleep(SETTLE)  # the deleted browsers' processes are gone
        idle = tree_rss_mb(me)
        live = [live_session(fc)]
        lone = tree_rss_mb(me) - idle
        live += [live_session(fc) for _ in range(LIVE - 1)]
        extra = (tree_rss_mb(me) - idle - lone) / (LIVE - 1)
        for session in live:
            fc.interact.delete(str(session.id))
    return {"ready_s": ready, "cycle_s": cycles, "lone_mb": [lone], "extra_mb": [extra]}


def live_session(fc: Any) -> Any:
    """A created session whose browser answered CDP and settled after its first page."""
    session = fc.interact.create(ttl=120)
    asyncio.run(cdp_ready(str(session.cdp_url)))
    time.sleep(SETTLE)
    return session


if __name__ == "__main__":
    print(json.dumps(main()))
