"""``cdpUrl``: Playwright connects over the server's websocket relay and drives the session's Chromium."""

from __future__ import annotations

import os
import subprocess
import time
from datetime import datetime
from pathlib import Path

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


PUPPETEER = """
const puppeteer = require(process.argv[1] + '/puppeteer-core');
(async () => {
  const browser = await puppeteer.connect({ browserWSEndpoint: process.env.CDP_URL });
  const [page] = await browser.pages();
  await page.goto(process.env.PAGE_URL);
  console.log(await page.title());
  await browser.disconnect();
})().catch(e => { console.error(e); process.exit(1); });
"""


def test_puppeteer_and_playwright_share_the_session_through_the_proxy(
    fc: Firecrawl, server: LocalInteractServer, pages: str
) -> None:
    """Two DevTools clients at once, each with its own channel on the browser's one pipe."""
    node_modules = Path(__file__).resolve().parents[2] / "node_modules"
    if not (node_modules / "puppeteer-core").is_dir():
        pytest.skip("puppeteer-core is installed by `make setup` (npm ci)")
    with fc.interact.session(ttl=60, stream_web_view=False) as session, sync_playwright() as playwright:
        browser = playwright.chromium.connect_over_cdp(text(session.cdp_url))
        env = {**os.environ, "CDP_URL": text(session.cdp_url), "PAGE_URL": f"{pages}/"}
        done = subprocess.run(
            ["node", "-e", PUPPETEER, str(node_modules)], env=env, capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == "Local test page"
        page = browser.contexts[0].pages[0]  # Playwright, still connected, sees what puppeteer did
        assert page.evaluate("location.href") == f"{pages}/" and page.title() == "Local test page"
        browser.close()
