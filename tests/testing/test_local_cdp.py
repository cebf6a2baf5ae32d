"""``cdpUrl``: Playwright connects over the server's websocket relay and drives the session's Chromium."""

from __future__ import annotations

import time
from datetime import datetime

import pytest
import websockets.sync.client
from firecrawl_sdk import Firecrawl
from firecrawl_sdk.testing import LocalInteractServer
from playwright.sync_api import sync_playwright

from .conftest import pid_alive, text, wait_until

pytestmark = pytest.mark.chromium


def test_playwright_connects_over_cdp_url_and_navigates(
    fc: Firecrawl, server: LocalInteractServer, pages: str
) -> None:
    started = time.monotonic()
    with fc.interact.session(ttl=60) as session, sync_playwright() as playwright:
        assert text(session.cdp_url).startswith(
            f"{server.origin.replace('http', 'ws')}/cdp/{text(session.id)}?token="
        )
        browser = playwright.chromium.connect_over_cdp(text(session.cdp_url))
        page = browser.contexts[0].pages[0]
        usable = time.monotonic() - started
        page.goto(f"{pages}/")
        assert page.title() == "Local test page"
        assert page.inner_text("h1") == "Hello from loopback"
        summary = next(s for s in fc.interact.list(status="active") if s.id == text(session.id))
        assert isinstance(summary.last_activity, datetime) and isinstance(summary.created_at, datetime)
        assert summary.last_activity > summary.created_at  # CDP traffic counted as activity
        browser.close()
        pid = server.browser_pid(text(session.id))
        assert pid is not None and pid_alive(pid)
    print(f"time to a usable CDP session (create + connect_over_cdp): {usable:.2f} s")
    assert usable < 10
    assert wait_until(lambda: not pid_alive(pid), 5)  # deleted on leaving the block: browser gone


def test_cdp_url_needs_its_token(fc: Firecrawl) -> None:
    with fc.interact.session(ttl=30, stream_web_view=False) as session:
        wrong = text(session.cdp_url).split("?")[0] + "?token=wrong"
        with pytest.raises(Exception), websockets.sync.client.connect(wrong, open_timeout=5):  # noqa: B017
            pass
        with websockets.sync.client.connect(text(session.cdp_url), open_timeout=5) as ws:
            ws.send('{"id": 1, "method": "Browser.getVersion"}')
            assert "Chrome" in str(ws.recv(timeout=5))
