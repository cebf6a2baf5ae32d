"""Live views: the page, opened in headless Chromium, shows the session's screen; the interactive one
forwards clicks and key presses. The viewer is itself a local session driven over CDP.

The tests wait for states the page shows (its title, the frame counter ``data-frames``, the events the
watched page recorded), never for a span of time: they hold on a loaded machine. ``BOUND`` only limits
how long a state may take to appear."""

from __future__ import annotations

import httpx
import pytest
from firecrawl_sdk import Firecrawl
from playwright.sync_api import sync_playwright

from .conftest import text

pytestmark = pytest.mark.chromium

BOUND = 60_000  # ms
_FRAMES = "+document.getElementById('screen').dataset.frames"  # frames shown so far
_SHOWN = "document.getElementById('title').textContent === %r && " + _FRAMES + " > 0"
_CENTER_PIXEL = """() => {
  const img = document.getElementById('screen');
  if (!img.naturalWidth) return null;
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth; canvas.height = img.naturalHeight;
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0);
  return Array.from(ctx.getImageData(img.naturalWidth / 2, img.naturalHeight / 2, 1, 1).data.slice(0, 3));
}"""


def test_live_view_shows_the_session_page(fc: Firecrawl, pages: str) -> None:
    with (
        fc.interact.session(ttl=60) as watched,
        fc.interact.session(ttl=60, stream_web_view=False) as viewer,
        sync_playwright() as playwright,
    ):
        watched_browser = playwright.chromium.connect_over_cdp(text(watched.cdp_url))
        watched_browser.contexts[0].pages[0].goto(f"{pages}/red")
        viewer_browser = playwright.chromium.connect_over_cdp(text(viewer.cdp_url))
        view = viewer_browser.contexts[0].pages[0]
        view.goto(text(watched.live_view_url))
        view.wait_for_function(_SHOWN % "Live probe", timeout=BOUND)
        assert view.evaluate(_CENTER_PIXEL) == [255, 0, 0]
        # it keeps refreshing: three more frames are shown, each a new image
        first, source = view.evaluate(_FRAMES), view.evaluate("document.getElementById('screen').src")
        view.wait_for_function(f"{_FRAMES} >= {first + 3}", timeout=BOUND)
        assert view.evaluate("document.getElementById('screen').src") != source
        view.screenshot(type="png")  # the viewer renders it (used by the quickstart)
        watched_browser.close()
        viewer_browser.close()


def test_interactive_live_view_forwards_clicks_and_keys(fc: Firecrawl, pages: str) -> None:
    with (
        fc.interact.session(ttl=60) as watched,
        fc.interact.session(ttl=60, stream_web_view=False) as viewer,
        sync_playwright() as playwright,
    ):
        watched_page = playwright.chromium.connect_over_cdp(text(watched.cdp_url)).contexts[0].pages[0]
        watched_page.goto(f"{pages}/input")
        view = playwright.chromium.connect_over_cdp(text(viewer.cdp_url)).contexts[0].pages[0]
        view.goto(text(watched.interactive_live_view_url))
        view.wait_for_function(_SHOWN % "Input probe", timeout=BOUND)
        screen = view.locator("#screen")
        box = screen.bounding_box()
        assert box is not None
        view.mouse.click(box["x"] + box["width"] / 4, box["y"] + box["height"] / 4)
        view.keyboard.press("q")
        watched_page.wait_for_function("window.events.length >= 2", timeout=BOUND)
        events = watched_page.evaluate("window.events")
        assert events[-1] == "key:q"
        x, y = map(int, events[0].removeprefix("click:").split(","))
        natural = view.evaluate("(s => [s.naturalWidth, s.naturalHeight])(document.getElementById('screen'))")
        assert abs(x - natural[0] / 4) <= 3 and abs(y - natural[1] / 4) <= 3, (events, natural)


def test_the_view_only_url_forwards_nothing(fc: Firecrawl) -> None:
    with fc.interact.session(ttl=30) as session:
        base, token = text(session.live_view_url).split("?token=")
        response = httpx.post(f"{base}/input", params={"token": token}, json={"type": "key", "key": "a"})
        assert response.status_code == 403
        assert httpx.get(f"{base}/screen", params={"token": "wrong"}).status_code == 403
        shot = httpx.get(f"{base}/screen", params={"token": token})
        assert shot.status_code == 200 and shot.content.startswith(b"\x89PNG")
    assert httpx.get(text(session.live_view_url)).status_code == 410


def test_no_live_view_without_stream_web_view(fc: Firecrawl) -> None:
    with fc.interact.session(ttl=30, stream_web_view=False) as session:
        assert not session.live_view_url and not session.interactive_live_view_url
