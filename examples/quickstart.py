"""Quickstart: an Interact session end to end, printed as a short transcript.

With FIRECRAWL_API_KEY unset it runs against a local Interact server backed by Debian's chromium
(``firecrawl_sdk.testing.LocalInteractServer``): no account, no credits, no network beyond loopback.
With the key set it uses the Firecrawl cloud (the page is then set with ``set_content``, since a cloud
browser cannot reach this machine's loopback).

Steps: create a session with a profile -> connect Playwright over ``cdp_url`` -> open a page served by
this script on 127.0.0.1 and print its title -> ``execute`` in python and node -> list sessions -> show
the live view URL and save a screenshot of the live view (step 7) -> delete the session; then the
docs' scrape-bound flow: scrape the page -> interact with the scrape's browser -> stop.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from firecrawl_sdk import Firecrawl, Profile
from playwright.sync_api import sync_playwright

PAGE = """<!doctype html><title>Firecrawl quickstart page</title>
<style>body{margin:0;min-height:100vh;font:32px sans-serif;color:#fff;
background:linear-gradient(135deg,#ff6a00,#7b2ff7)}
h1{padding:80px}</style><h1>Hello from the quickstart's own loopback server</h1>"""
SHOT = Path(os.environ.get("QUICKSTART_SCREENSHOT", "build/quickstart-live-view.png"))
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
COLOURS = """() => {
  const img = document.getElementById('screen');
  const c = document.createElement('canvas'); c.width = img.naturalWidth; c.height = img.naturalHeight;
  const ctx = c.getContext('2d'); ctx.drawImage(img, 0, 0);
  const seen = new Set();
  for (let x = 0; x < c.width; x += 16) for (let y = 0; y < c.height; y += 16)
    seen.add(ctx.getImageData(x, y, 1, 1).data.slice(0, 3).join(','));
  return seen.size;
}"""


class _Page(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(PAGE.encode())

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextlib.contextmanager
def serve_page() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()


@contextlib.contextmanager
def client() -> Iterator[tuple[Firecrawl, bool]]:
    """The cloud when FIRECRAWL_API_KEY is set, else a local Interact server (True = local)."""
    if os.environ.get("FIRECRAWL_API_KEY"):
        with Firecrawl() as fc:
            yield fc, False
        return
    from firecrawl_sdk.testing import LocalInteractServer

    with LocalInteractServer() as server, Firecrawl(api_key=server.api_key, base_url=server.base_url) as fc:
        yield fc, True


def step(n: int, text: str) -> None:
    print(f"[{n}] {text}", flush=True)


def main() -> int:
    with client() as (fc, local), serve_page() as page_url, sync_playwright() as playwright:
        where = f"local Interact server at {fc.base_url}" if local else f"Firecrawl cloud at {fc.base_url}"
        step(0, f"using the {where}")
        with fc.interact.session(ttl=120, profile=Profile(name="quickstart", save_changes=True)) as session:
            session_id = session.id
            step(
                1, f"created session {session_id} with profile 'quickstart', expires at {session.expires_at}"
            )

            browser = playwright.chromium.connect_over_cdp(session.cdp_url)
            page = browser.contexts[0].pages[0]
            if local:
                page.goto(page_url)
            else:
                page.set_content(PAGE)
            title = page.title()
            step(2, f"Playwright over cdp_url opened {page_url if local else 'the page'}; title: {title!r}")

            py = fc.interact.execute(session_id, "await page.title()", language="python", timeout=60)
            step(3, f"execute python -> result {py.result!r} (exit code {py.exit_code})")
            js = fc.interact.execute(session_id, "(await page.$$('h1')).length", language="node", timeout=60)
            step(4, f"execute node   -> result {js.result!r} (exit code {js.exit_code})")

            active = fc.interact.list(status="active")
            step(5, f"sessions: {len(active)} active ({', '.join(s.id[:8] for s in active if s.id)})")

            live = session.live_view_url
            if not live:  # a field the server leaves out is UNSET (falsy)
                raise SystemExit("the server returned no liveViewUrl")
            step(6, f"live view: {live.split('?')[0]}?token=*** (open session.live_view_url in a browser)")

            viewer_browser = playwright.chromium.launch(executable_path=_chromium(), args=CHROMIUM_FLAGS)
            viewer = viewer_browser.new_page(viewport={"width": 1300, "height": 880})
            viewer.goto(live)
            viewer.wait_for_function("document.getElementById('screen').naturalWidth > 0", timeout=30000)
            colours = int(viewer.evaluate(COLOURS)) if local else -1
            SHOT.parent.mkdir(parents=True, exist_ok=True)
            viewer.screenshot(path=str(SHOT))
            viewer_browser.close()
            blank = local and colours < 3
            step(7, f"live view screenshot: {SHOT} ({SHOT.stat().st_size} bytes, {colours} colours sampled)")
            browser.close()
        deleted = fc.interact.list(status="destroyed")
        billed = next((s for s in deleted if s.id == session_id), None)
        step(8, f"session deleted ({'listed as destroyed' if billed else 'gone'})")

        doc = fc.scrape(page_url if local else "https://example.com", formats=["markdown"])
        step(9, f"scrape -> markdown {(doc.markdown or '')[:48]!r}")
        scrape_id = doc.metadata.scrape_id if doc.metadata else ""
        reply = fc.scrape.interact(scrape_id, code="await page.title()", language="python", timeout=60)
        step(10, f"interact with the scrape's browser -> result {reply.result!r}")
        stopped = fc.scrape.stop_interaction(scrape_id)
        step(11, f"interaction stopped (success: {stopped.success})")
    ok = title == "Firecrawl quickstart page" and not blank and (not local or reply.result == title)
    print("quickstart OK" if ok else "quickstart FAILED", flush=True)
    return 0 if ok else 1


def _chromium() -> str:
    from firecrawl_sdk.testing._chromium import default_chromium

    return default_chromium()


if __name__ == "__main__":
    sys.exit(main())
