"""Lifetimes: ``activityTtl`` without traffic and ``ttl`` destroy the session and its Chromium process.

The ttl session (the minimum ttl, 30 s) is created by a module fixture before the activityTtl test, so
both waits overlap; a thread keeps CDP traffic flowing on it, which must keep it past its activityTtl.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import websockets.sync.client
from firecrawl_sdk import Firecrawl
from firecrawl_sdk.testing import LocalInteractServer

from .conftest import pid_alive, text, wait_until

pytestmark = pytest.mark.chromium


def _status(fc: Firecrawl, session_id: str) -> str:
    return str(next(s.status for s in fc.interact.list() if s.id == session_id))


@dataclass
class Busy:
    id: str
    pid: int
    created: float
    traffic_ended: threading.Event


def _keep_busy(cdp_url: str, ended: threading.Event) -> None:
    """CDP traffic every second until the server closes the relay (the session is destroyed)."""
    try:
        with websockets.sync.client.connect(cdp_url, open_timeout=5, max_size=None) as ws:
            for n in itertools.count(1):
                if n > 120:
                    break
                ws.send(json.dumps({"id": n, "method": "Browser.getVersion"}))
                ws.recv(timeout=5)
                time.sleep(1)
    except Exception:
        pass
    finally:
        ended.set()


@pytest.fixture(scope="module")
def busy_session(server: LocalInteractServer) -> Iterator[Busy]:
    from firecrawl_sdk import Firecrawl

    with Firecrawl(api_key=server.api_key, base_url=server.base_url) as fc:
        created = time.monotonic()
        session = fc.interact.create(ttl=30, activity_ttl=10, stream_web_view=False)
        pid = server.browser_pid(text(session.id))
        assert pid is not None
        ended = threading.Event()
        threading.Thread(target=_keep_busy, args=(text(session.cdp_url), ended), daemon=True).start()
        yield Busy(text(session.id), pid, created, ended)
        fc.interact.delete(text(session.id))


def test_activity_ttl_destroys_an_idle_session(
    fc: Firecrawl, server: LocalInteractServer, busy_session: Busy
) -> None:
    started = time.monotonic()
    session = fc.interact.create(activity_ttl=10, stream_web_view=False)
    pid = server.browser_pid(text(session.id))
    assert pid is not None and pid_alive(pid)
    # listing is not activity: poll the list while waiting
    assert wait_until(lambda: _status(fc, text(session.id)) == "destroyed", 16, interval=0.5)
    elapsed = time.monotonic() - started
    assert 9.5 <= elapsed <= 14, elapsed
    assert wait_until(lambda: not pid_alive(pid), 5)
    assert [text(s.id) for s in fc.interact.list(status="destroyed") if s.id == text(session.id)] == [
        text(session.id)
    ]
    assert text(session.id) not in [text(s.id) for s in fc.interact.list(status="active")]


def test_cdp_traffic_counts_as_activity(fc: Firecrawl, busy_session: Busy) -> None:
    assert wait_until(lambda: time.monotonic() - busy_session.created > 12, 15)
    assert (
        _status(fc, text(busy_session.id)) == "active"
    )  # past its activityTtl of 10 s, kept alive by traffic
    assert pid_alive(busy_session.pid)


def test_ttl_destroys_even_a_busy_session(fc: Firecrawl, busy_session: Busy) -> None:
    assert wait_until(lambda: _status(fc, text(busy_session.id)) == "destroyed", 35, interval=0.5)
    lived = time.monotonic() - busy_session.created
    assert 29 <= lived <= 33, lived
    assert wait_until(lambda: not pid_alive(busy_session.pid), 5)
    assert busy_session.traffic_ended.wait(5)  # the relay was closed when the browser went away
