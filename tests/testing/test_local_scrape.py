"""POST /scrape and GET /scrape/{jobId} on real Chromium against a loopback site: formats, options,
actions, and the clear errors for what needs the cloud. Every response is validated against the spec."""

from __future__ import annotations

import base64
import socket
import struct
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from firecrawl_sdk.testing import LocalInteractServer, _scrape_jobs
from firecrawl_sdk.testing import _scrape_request as rules

from ._site import serve_site
from ._spec import SPEC

pytestmark = pytest.mark.chromium

Scrape = Callable[..., dict[str, Any]]


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    with serve_site() as origin:
        yield origin


@pytest.fixture
def scrape(api: httpx.Client) -> Iterator[Scrape]:
    """POST /scrape expecting 200; the scrape's browser is stopped after the test."""
    jobs: list[str] = []

    def run(**body: Any) -> dict[str, Any]:
        response = api.post("/scrape", json=body)
        assert response.status_code == 200, response.text
        data: dict[str, Any] = response.json()["data"]
        jobs.append(data["metadata"]["scrapeId"])
        return data

    yield run
    for job in jobs:
        api.delete(f"/scrape/{job}/interact")


def png_size(data_url: str) -> tuple[int, int]:
    assert data_url.startswith("data:image/png;base64,"), data_url[:40]
    raw = base64.b64decode(data_url.split(",", 1)[1])
    assert raw[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", raw[16:24])
    return width, height


def test_default_format_is_markdown_of_the_main_content(scrape: Scrape, site: str) -> None:
    data = scrape(url=f"{site}/article")
    assert set(data) == {"markdown", "metadata"}
    markdown = data["markdown"]
    assert markdown.startswith("# Main heading")
    assert "Some **bold** words and [a relative link](" + site + "/next)." in markdown
    assert "- first item\n- second item" in markdown
    for outside in (
        "Site header text",
        "Home",
        "Sidebar text",
        "Footer text",
        "Buy now advert",
        "script text",
    ):
        assert outside not in markdown
    assert "![dot](<Base64-Image-Removed>)" in markdown  # removeBase64Images (default true)
    kept = scrape(url=f"{site}/article", removeBase64Images=False)["markdown"]
    assert "![dot](data:image/png;base64," in kept


def test_html_raw_html_links_images_and_metadata(scrape: Scrape, site: str) -> None:
    url = f"{site}/article?x=1"
    data = scrape(url=url, formats=["html", "rawHtml", "links", "images"])
    html, raw = data["html"], data["rawHtml"]
    assert "<h1>Main heading</h1>" in html and f'href="{site}/next"' in html
    assert f'src="{site}/large.png"' in html and "srcset" not in html  # the largest srcset candidate
    for removed in ("<script", "<style", "Site header text", "Footer text"):
        assert removed not in html
    assert raw.startswith("<!DOCTYPE html>") and "<script>" in raw and "Site header text" in raw
    assert data["links"] == [f"{site}/home", f"{site}/next", "mailto:team@example.org"]
    assert data["images"][0] == f"{site}/small.png"
    meta = data["metadata"]
    assert meta["title"] == "Loopback article"
    assert meta["description"] == "A page served by the test"
    assert meta["og:title"] == "OG loopback"
    assert (meta["language"], meta["statusCode"], meta["contentType"]) == ("en", 200, "text/html")
    assert meta["sourceURL"] == meta["url"] == url
    assert str(uuid.UUID(meta["scrapeId"])) == meta["scrapeId"]
    assert "markdown" not in data


def test_a_redirect_reports_the_final_url(scrape: Scrape, site: str) -> None:
    meta = scrape(url=f"{site}/redirect")["metadata"]
    assert (meta["sourceURL"], meta["url"], meta["title"]) == (
        f"{site}/redirect",
        f"{site}/article",
        "Loopback article",
    )


def test_a_missing_page_reports_its_status(scrape: Scrape, site: str) -> None:
    assert scrape(url=f"{site}/missing")["metadata"]["statusCode"] == 404


def test_only_main_content_false_keeps_the_whole_body(scrape: Scrape, site: str) -> None:
    markdown = scrape(url=f"{site}/article", onlyMainContent=False)["markdown"]
    for text in ("Site header text", "Sidebar text", "Footer text", "Buy now advert", "Main heading"):
        assert text in markdown
    assert "script text" not in markdown


def test_include_and_exclude_tags(scrape: Scrape, site: str) -> None:
    only = scrape(url=f"{site}/article", includeTags=["#keep", "ul"], formats=["markdown"])
    assert only["markdown"] == "- first item\n- second item\n\nKept paragraph"
    without = scrape(url=f"{site}/article", excludeTags=["#keep", "ul"], formats=["html"])
    assert "Main heading" in without["html"]
    assert "Kept paragraph" not in without["html"] and "first item" not in without["html"]


def test_an_invalid_selector_is_400(api: httpx.Client, site: str) -> None:
    response = api.post("/scrape", json={"url": f"{site}/article", "includeTags": ["p[["]})
    assert response.status_code == 400
    assert "includeTags" in response.json()["error"]


def test_screenshots_viewport_full_page_and_viewport_option(scrape: Scrape, site: str) -> None:
    data = scrape(url=f"{site}/tall", formats=["screenshot"])
    assert png_size(data["screenshot"]) == (1280, 800)
    full = scrape(url=f"{site}/tall", formats=[{"type": "screenshot", "fullPage": True}])
    width, height = png_size(full["screenshot"])
    assert 1200 <= width <= 1280 and height >= 3000  # the content's width: the page less its scrollbar
    sized = scrape(
        url=f"{site}/tall", formats=[{"type": "screenshot", "viewport": {"width": 600, "height": 400}}]
    )
    assert png_size(sized["screenshot"]) == (600, 400)
    jpeg = scrape(url=f"{site}/tall", formats=[{"type": "screenshot", "quality": 50}])
    assert jpeg["screenshot"].startswith("data:image/jpeg;base64,")


def test_wait_for_gives_the_page_time(scrape: Scrape, site: str) -> None:
    assert "late content" in scrape(url=f"{site}/late?ms=300", waitFor=3000)["markdown"]
    assert "late content" not in scrape(url=f"{site}/late?ms=20000")["markdown"]


def test_headers_reach_the_page(scrape: Scrape, site: str) -> None:
    markdown = scrape(url=f"{site}/headers", headers={"X-Scrape-Test": "hello there"})["markdown"]
    assert "x-scrape-test: hello there" in markdown.lower()


def test_mobile_emulates_a_phone(scrape: Scrape, site: str) -> None:
    desktop = scrape(url=f"{site}/width")["markdown"]
    mobile = scrape(url=f"{site}/width", mobile=True, formats=["markdown", "screenshot"])
    assert "width:1280" in desktop and "Mobile" not in desktop
    assert "width:390" in mobile["markdown"] and "Mobile" in mobile["markdown"]
    assert png_size(mobile["screenshot"])[0] == 390 * 3  # device scale factor 3


def test_actions_run_in_order_and_report_results(scrape: Scrape, site: str) -> None:
    data = scrape(
        url=f"{site}/form",
        formats=["markdown"],
        actions=[
            {"type": "wait", "selector": "#q"},
            {"type": "click", "selector": "#q"},
            {"type": "write", "text": "firecrawl"},
            {"type": "press", "key": "Enter"},
            {"type": "click", "selector": "#go"},
            {"type": "wait", "milliseconds": 10},
            {"type": "scroll", "direction": "down"},
            {"type": "screenshot"},
            {"type": "scrape"},
            {"type": "executeJavascript", "script": "document.getElementById('out').textContent"},
            {"type": "executeJavascript", "script": "return 6 * 7"},
            {"type": "pdf", "format": "A4", "landscape": True},
        ],
    )
    assert "clicked:firecrawl" in data["markdown"] and "enter:firecrawl" in data["markdown"]
    actions = data["actions"]
    assert png_size(actions["screenshots"][0]) == (1280, 800)
    assert actions["scrapes"][0]["url"] == f"{site}/form"
    assert "clicked:firecrawl" in actions["scrapes"][0]["html"]
    [pdf] = actions["pdfs"]
    assert base64.b64decode(pdf.removeprefix("data:application/pdf;base64,"))[:5] == b"%PDF-"
    assert actions["javascriptReturns"] == [
        {"type": "string", "value": "clicked:firecrawl"},
        {"type": "number", "value": 42},
    ]


def test_a_click_that_navigates_then_a_wait_for_the_new_page(scrape: Scrape, site: str) -> None:
    data = scrape(
        url=f"{site}/next",
        actions=[
            {"type": "click", "selector": "#next-page"},
            {"type": "wait", "selector": "#keep"},
            {"type": "executeJavascript", "script": "document.title"},
        ],
    )
    assert data["actions"]["javascriptReturns"] == [{"type": "string", "value": "Loopback article"}]
    assert (data["metadata"]["sourceURL"], data["metadata"]["url"]) == (f"{site}/next", f"{site}/article")
    assert "Main heading" in data["markdown"]


def test_the_wait_action_waits_for_a_selector(scrape: Scrape, site: str) -> None:
    data = scrape(url=f"{site}/late?ms=300", actions=[{"type": "wait", "selector": "#late"}])
    assert "late content" in data["markdown"]


def test_get_scrape_returns_the_job(api: httpx.Client, scrape: Scrape, site: str) -> None:
    data = scrape(url=f"{site}/article")
    response = api.get(f"/scrape/{data['metadata']['scrapeId']}")
    assert response.status_code == 200 and response.json()["data"] == data
    assert api.get(f"/scrape/{uuid.uuid4()}").status_code == 404
    assert api.get("/scrape/not-a-uuid").status_code == 404


def test_only_the_newest_jobs_are_kept_and_a_forgotten_ones_browser_ends(
    api: httpx.Client, scrape: Scrape, site: str, server: LocalInteractServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_scrape_jobs, "KEEP_JOBS", 1)
    older = scrape(url=f"{site}/article")["metadata"]["scrapeId"]
    session = server._app.state.scrape_jobs.get(older).session
    newer = scrape(url=f"{site}/article")["metadata"]["scrapeId"]
    assert api.get(f"/scrape/{older}").status_code == 404
    assert api.get(f"/scrape/{newer}").status_code == 200
    assert session.status == "destroyed"


def test_skip_tls_verification(api: httpx.Client, scrape: Scrape, tmp_path: Path) -> None:
    with serve_site(tls_dir=tmp_path) as tls_site:
        assert "Main heading" in scrape(url=f"{tls_site}/article")["markdown"]  # default: skip
        strict = api.post("/scrape", json={"url": f"{tls_site}/article", "skipTlsVerification": False})
        assert strict.status_code == 500 and "ERR_CERT" in strict.json()["error"]


def test_a_scrape_past_its_timeout_is_408(api: httpx.Client, site: str) -> None:
    response = api.post("/scrape", json={"url": f"{site}/hang", "timeout": 1000})
    assert response.status_code == 408
    assert response.json()["code"] == "SCRAPE_TIMEOUT"
    assert "timeout=1000" in response.json()["error"]


def test_an_unreachable_url_is_a_clear_500(api: httpx.Client) -> None:
    with socket.socket() as probe:  # a port nothing listens on once closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    response = api.post("/scrape", json={"url": f"http://127.0.0.1:{port}/", "timeout": 30000})
    assert response.status_code == 500
    assert "net::ERR_CONNECTION_REFUSED" in response.json()["error"]


def test_the_sdk_defaults_ask_for_nothing_and_are_accepted(scrape: Scrape, site: str) -> None:
    defaults = {
        "proxy": "auto", "maxAge": 172800000, "storeInCache": True, "blockAds": True, "parsers": ["pdf"],
        "skipTlsVerification": True, "removeBase64Images": True, "onlyCleanContent": False,
        "lockdown": False, "zeroDataRetention": False, "redactPII": False, "mobile": False, "waitFor": 0,
        "timeout": 60000, "onlyMainContent": True, "formats": [{"type": "markdown"}],
    }  # fmt: skip
    assert "Main heading" in scrape(url=f"{site}/article", **defaults)["markdown"]


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        ({"formats": ["json"]}, "formats[0]"),
        ({"formats": ["markdown", {"type": "summary"}]}, "formats[1]"),
        ({"formats": ["branding"]}, "formats[0]"),
        ({"formats": [{"type": "question", "question": "why?"}]}, "formats[0]"),
        ({"formats": [{"type": "changeTracking"}]}, "formats[0]"),
        ({"proxy": "enhanced"}, "proxy"),
        ({"proxy": "basic"}, "proxy"),
        ({"location": {"country": "DE"}}, "location"),
        ({"onlyCleanContent": True}, "onlyCleanContent"),
        ({"redactPII": True}, "redactPII"),
        ({"minAge": 1}, "minAge"),
        ({"lockdown": True}, "lockdown"),
        ({"zeroDataRetention": True}, "zeroDataRetention"),
        ({"threatProtection": {}}, "threatProtection"),
    ],
)
def test_what_needs_the_cloud_answers_501_naming_the_field(
    api: httpx.Client, site: str, server: LocalInteractServer, extra: dict[str, Any], field: str
) -> None:
    sessions = len(server._app.state.manager.sessions)
    response = api.post("/scrape", json={"url": f"{site}/article", **extra})
    assert response.status_code == 501
    assert len(server._app.state.manager.sessions) == sessions  # refused before any browser started
    error = response.json()["error"]
    assert error.startswith(f"{field}: ") and "needs the Firecrawl cloud" in error


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"url": None}, "url"),
        ({"url": "ftp://example.org/x"}, "url"),
        ({"url": "/relative"}, "url"),
        ({"formats": ["nope"]}, "formats[0]"),
        ({"formats": [{"type": "markdown", "extra": 1}]}, "formats[0]"),
        ({"timeout": 999}, "timeout"),
        ({"timeout": 300001}, "timeout"),
        ({"waitFor": -1}, "waitFor"),
        ({"mobile": "yes"}, "mobile"),
        ({"headers": {"X": 1}}, "headers"),
        ({"includeTags": "main"}, "includeTags"),
        ({"actions": [{"type": "click"}]}, "actions[0].selector"),
        ({"actions": [{"type": "press", "key": "NotAKey"}]}, "actions[0].key"),
        ({"actions": [{"type": "wait"}]}, "actions[0]"),
        ({"actions": [{"type": "teleport"}]}, "actions[0].type"),
        ({"actions": [{"type": "pdf", "format": "B5"}]}, "actions[0].format"),
        ({"actions": [{"type": "click", "selector": "a", "all": 1}]}, "actions[0].all"),
        ({"formats": [{"type": "screenshot", "fullPage": "yes"}]}, "formats[0].fullPage"),
        ({"profile": {"name": ""}}, "profile.name"),
        ({"profile": {"name": "p", "saveChanges": "no"}}, "profile.saveChanges"),
        ({"formatz": ["markdown"]}, "unknown field(s): formatz"),
    ],
)
def test_invalid_scrape_requests_answer_400_naming_the_field(
    api: httpx.Client, site: str, body: dict[str, Any], field: str
) -> None:
    response = api.post("/scrape", json={"url": f"{site}/article", **body})
    assert response.status_code == 400
    assert response.json()["error"].startswith(field)


def test_scrape_needs_the_key(api: httpx.Client, site: str) -> None:
    response = api.post("/scrape", json={"url": f"{site}/article"}, headers={"Authorization": "Bearer wrong"})
    assert response.status_code == 401


def test_every_spec_field_format_and_action_is_classified() -> None:
    """A spec update that adds a scrape field, format or action fails here, not silently at run time.
    Ones the local server knows and the revision lacks are fine (earlier revisions have fewer)."""
    options = SPEC["components"]["schemas"]["ScrapeOptions"]["properties"]
    body = SPEC["paths"]["/scrape"]["post"]["requestBody"]["content"]["application/json"]["schema"]["allOf"]
    fields = {*options, *body[0]["properties"], *body[2]["properties"]}
    classified = [*rules.SCRAPE_FIELDS, *rules.CLOUD_FIELDS, *rules.ACCEPTED_FIELDS]
    assert not fields - set(classified), (
        f"scrape fields the local server does not classify: {fields - set(classified)}"
    )
    formats = {
        m["properties"]["type"]["enum"][0] for m in SPEC["components"]["schemas"]["Formats"]["items"]["oneOf"]
    }
    assert formats <= {*rules.LOCAL_FORMATS, *rules.CLOUD_FORMATS}, formats
    actions = set()
    for member in options["actions"]["items"]["oneOf"]:
        for variant in member.get("oneOf", [member]):
            actions.add(variant["properties"]["type"]["enum"][0])
    assert actions <= set(rules._ACTION_FIELDS), actions - set(rules._ACTION_FIELDS)
