"""Drive one scrape over CDP in a session's browser: emulation, headers, navigation, actions, capture.

Every wait here is bounded: the caller runs :func:`scrape_page` under the request's ``timeout``.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

from . import _chromium
from ._cdp import CDPClient, CDPError, attach_to_page
from ._scrape_content import metadata, read_page_expression, to_markdown
from ._scrape_request import PAPER, ScrapeRequest, Shot

DESKTOP = {"width": 1280, "height": 800, "deviceScaleFactor": 1, "mobile": False}
MOBILE = {"width": 390, "height": 844, "deviceScaleFactor": 3, "mobile": True}
MOBILE_UA = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/156.0.0.0 Mobile Safari/537.36"
)
# key -> (code, windowsVirtualKeyCode, text)
KEYS: dict[str, tuple[str, int, str]] = {
    "Enter": ("Enter", 13, "\r"), "Tab": ("Tab", 9, ""), "Escape": ("Escape", 27, ""),
    "Backspace": ("Backspace", 8, ""), "Delete": ("Delete", 46, ""), "Space": ("Space", 32, " "),
    "ArrowUp": ("ArrowUp", 38, ""), "ArrowDown": ("ArrowDown", 40, ""), "ArrowLeft": ("ArrowLeft", 37, ""),
    "ArrowRight": ("ArrowRight", 39, ""), "Home": ("Home", 36, ""), "End": ("End", 35, ""),
    "PageUp": ("PageUp", 33, ""), "PageDown": ("PageDown", 34, ""),
}  # fmt: skip
_POLL = 0.05
_CONTEXT_RETRIES = 40
SCRAPE_ACTION = """({url: location.href, html: (document.doctype ? new XMLSerializer()
  .serializeToString(document.doctype) : '') + document.documentElement.outerHTML})"""


class ScrapeFailed(Exception):
    """The page could not be scraped: ``status`` and ``code`` for the error answer."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


class Page:
    """One attached page target: commands, evaluation, bounded waits."""

    def __init__(self, cdp: CDPClient, session_id: str) -> None:
        self.cdp, self.sid = cdp, session_id

    async def send(self, method: str, params: dict[str, Any] | None = None) -> Any:
        return await self.cdp.send(method, params, self.sid)

    async def evaluate(self, expression: str, what: str = "script") -> dict[str, Any]:
        """The ``RemoteObject`` of ``expression`` (awaited, by value); a thrown error is ScrapeFailed."""
        params = {"expression": expression, "returnByValue": True, "awaitPromise": True}
        for attempt in range(_CONTEXT_RETRIES):  # a navigation an action started replaces the context
            try:
                reply = await self.send("Runtime.evaluate", params)
                break
            except CDPError as exc:
                if "context" not in str(exc).lower() or attempt == _CONTEXT_RETRIES - 1:
                    raise
                await asyncio.sleep(_POLL)
        if "exceptionDetails" in reply:
            details = reply["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text", "error")
            raise ScrapeFailed(
                400 if "SyntaxError" in text else 500, "SCRAPE_ACTION_ERROR", f"{what}: {text}"
            )
        result: dict[str, Any] = reply["result"]
        return result

    async def value(self, expression: str, what: str = "script") -> Any:
        return (await self.evaluate(expression, what)).get("value")

    async def loaded(self) -> None:
        """Until the current document is complete (the caller's timeout bounds it)."""
        state = "document.readyState === 'complete' && location.href !== 'about:blank'"
        while not await self.value(state):
            await asyncio.sleep(_POLL)

    async def emulate(self, request: ScrapeRequest) -> None:
        await self.send("Network.enable")
        if request.headers:
            await self.send("Network.setExtraHTTPHeaders", {"headers": request.headers})
        await self.send("Security.setIgnoreCertificateErrors", {"ignore": request.skip_tls_verification})
        await self.send("Emulation.setDeviceMetricsOverride", MOBILE if request.mobile else DESKTOP)
        if request.mobile:
            await self.send("Emulation.setUserAgentOverride", {"userAgent": MOBILE_UA})
            await self.send("Emulation.setTouchEmulationEnabled", {"enabled": True})

    async def navigate(self, url: str) -> None:
        reply = await self.send("Page.navigate", {"url": url})
        if reply.get("errorText"):
            raise ScrapeFailed(500, "SCRAPE_NAVIGATION_FAILED", f"could not load {url}: {reply['errorText']}")
        await self.loaded()

    async def screenshot(self, shot: Shot, mobile: bool) -> str:
        """A ``data:`` URL of a PNG (JPEG when ``quality`` is given)."""
        if shot.viewport:
            width, height = shot.viewport
            metrics = {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile}
            await self.send("Emulation.setDeviceMetricsOverride", metrics)
        kind = "jpeg" if shot.quality else "png"
        params: dict[str, Any] = {"format": kind}
        if shot.quality:
            params["quality"] = shot.quality
        if shot.full_page:
            size = (await self.send("Page.getLayoutMetrics"))["cssContentSize"]
            params["captureBeyondViewport"] = True
            params["clip"] = {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}
        data = (await self.send("Page.captureScreenshot", params))["data"]
        if shot.viewport:
            await self.send("Emulation.setDeviceMetricsOverride", MOBILE if mobile else DESKTOP)
        return f"data:image/{kind};base64,{data}"


async def _click(page: Page, selector: str, every: bool, where: str) -> None:
    points = await page.value(
        f"""[...document.querySelectorAll({_js(selector)})].slice(0, {"Infinity" if every else 1})
        .map((el) => {{ el.scrollIntoView({{block: "center", inline: "center"}});
          const r = el.getBoundingClientRect();
          if (!r.width || !r.height) {{ el.click(); return null; }}
          return [r.x + r.width / 2, r.y + r.height / 2]; }})""",
        where,
    )
    if not points and not every:
        raise ScrapeFailed(500, "SCRAPE_ACTION_ERROR", f"{where}: no element matches {selector!r}")
    for point in points or []:
        if point is None:
            continue
        x, y = point
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            event = {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1}
            await page.send("Input.dispatchMouseEvent", event)


async def _press(page: Page, key: str) -> None:
    code, vk, text = KEYS.get(key) or (f"Key{key.upper()}", ord(key.upper()), key)
    down = {"type": "keyDown" if text else "rawKeyDown", "key": " " if key == "Space" else key, "code": code}
    await page.send("Input.dispatchKeyEvent", {**down, "windowsVirtualKeyCode": vk, "text": text})
    await page.send("Input.dispatchKeyEvent", {**down, "type": "keyUp", "windowsVirtualKeyCode": vk})


async def _javascript(page: Page, script: str, where: str) -> dict[str, Any]:
    try:
        result = await page.evaluate(script, where)
    except ScrapeFailed as failed:
        if "Illegal return statement" not in failed.message:
            raise
        result = await page.evaluate(f"(async () => {{\n{script}\n}})()", where)
    return {"type": result.get("type", "undefined"), "value": result.get("value")}


async def run_actions(page: Page, request: ScrapeRequest) -> dict[str, list[Any]]:
    """The documented actions in order; their results as the spec's ``actions`` object."""
    out: dict[str, list[Any]] = {"screenshots": [], "scrapes": [], "javascriptReturns": [], "pdfs": []}
    for index, action in enumerate(request.actions):
        kind, where = action["type"], f"actions[{index}]"
        if kind == "wait" and "milliseconds" in action:
            await asyncio.sleep(action["milliseconds"] / 1000)  # the documented delay itself
        elif kind == "wait":
            while not await page.value(f"!!document.querySelector({_js(action['selector'])})", where):
                await asyncio.sleep(_POLL)
        elif kind == "click":
            await _click(page, action["selector"], bool(action.get("all")), where)
        elif kind == "write":
            for char in action["text"]:
                await page.send("Input.dispatchKeyEvent", {"type": "keyDown", "key": char, "text": char})
                await page.send("Input.dispatchKeyEvent", {"type": "keyUp", "key": char})
        elif kind == "press":
            await _press(page, action["key"])
        elif kind == "scroll":
            sign = -1 if action.get("direction") == "up" else 1
            target = (
                f"document.querySelector({_js(action['selector'])})" if "selector" in action else "window"
            )
            if not await page.value(
                f"(t => t ? (t.scrollBy(0, {sign} * innerHeight), true) : false)({target})"
            ):
                raise ScrapeFailed(500, "SCRAPE_ACTION_ERROR", f"{where}: no element matches the selector")
        elif kind == "screenshot":
            shot = Shot(bool(action.get("fullPage")), action.get("quality"), _viewport(action))
            out["screenshots"].append(await page.screenshot(shot, request.mobile))
        elif kind == "scrape":
            html = "(document.doctype ? new XMLSerializer().serializeToString(document.doctype) : '')"
            scraped = await page.value(
                f"({{url: location.href, html: {html} + document.documentElement.outerHTML}})"
            )
            out["scrapes"].append(scraped)
        elif kind == "executeJavascript":
            out["javascriptReturns"].append(await _javascript(page, action["script"], where))
        elif kind == "pdf":
            out["pdfs"].append(await _pdf(page, action))
        if kind in ("click", "press", "executeJavascript"):
            await page.loaded()  # an action may have navigated
    return out


async def _pdf(page: Page, action: dict[str, Any]) -> str:
    """A ``data:application/pdf`` URL of the page as printed (Chromium's print to PDF)."""
    width, height = PAPER[action.get("format", "Letter")]
    params = {
        "paperWidth": width, "paperHeight": height, "landscape": bool(action.get("landscape")),
        "scale": action.get("scale", 1), "printBackground": True,
    }  # fmt: skip
    data = (await page.send("Page.printToPDF", params))["data"]
    return f"data:application/pdf;base64,{data}"


def _viewport(action: dict[str, Any]) -> tuple[int, int] | None:
    viewport = action.get("viewport")
    return (viewport["width"], viewport["height"]) if viewport else None


def _js(value: str) -> str:
    """A JavaScript string literal."""
    return json.dumps(value)


async def scrape_page(browser: _chromium.Browser, request: ScrapeRequest, scrape_id: str) -> dict[str, Any]:
    """Load ``request.url`` in ``browser``'s page and return the spec's ``data`` object."""
    async with CDPClient(browser, timeout=max(10.0, request.timeout_ms / 1000)) as cdp:
        attached = await attach_to_page(cdp)
        if attached is None:
            raise ScrapeFailed(500, "SCRAPE_FAILED", "the browser has no page")
        page = Page(cdp, attached[0])
        try:
            await page.emulate(request)
            await page.navigate(request.url)
            if request.wait_for_ms:
                await asyncio.sleep(request.wait_for_ms / 1000)  # the documented extra delay
            actions = await run_actions(page, request)
            read = read_page_expression(request.include_tags, request.exclude_tags, request.only_main_content)
            found = await page.value(read, "includeTags/excludeTags")
            data: dict[str, Any] = {}
            if "markdown" in request.formats:
                data["markdown"] = to_markdown(found["html"], request.remove_base64_images)
            for name in ("html", "rawHtml", "links", "images"):
                if name in request.formats:
                    data[name] = found[name]
            if request.screenshot is not None:
                data["screenshot"] = await page.screenshot(request.screenshot, request.mobile)
            if request.actions:
                data["actions"] = actions
            data["metadata"] = metadata(found, request.url, scrape_id)
            return data
        except CDPError as exc:
            raise ScrapeFailed(500, "SCRAPE_FAILED", f"the browser failed: {exc}") from exc
