"""The scrape-bound interaction: code runs in the scrape's browser on the scraped page; prompt needs the
cloud; stop saves a writable profile (the docs' flow over HTTP); lifetime, limits and billing."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from firecrawl_api import AuthenticatedClient
from firecrawl_api.api.scraping import scrape_and_extract_from_url
from firecrawl_api.models import Markdown, MarkdownType, ScrapeAndExtractFromUrlBody
from firecrawl_sdk import Firecrawl
from firecrawl_sdk.testing import LocalInteractServer
from firecrawl_sdk.testing._config import ServerConfig
from firecrawl_sdk.testing._scrape_jobs import SCRAPE_ACTIVITY_TTL, SCRAPE_TTL
from firecrawl_sdk.testing._sessions import SessionManager

from ._site import serve_site
from .conftest import SpecCheckingTransport

pytestmark = pytest.mark.chromium

# The docs' "Validate Persistence" code (features/interact.mdx), verbatim.
WRITE_STATE = (
    'await page.evaluate(() => { localStorage.setItem("firecrawlProfileCheck", "saved"); '
    'document.cookie = "firecrawl_profile_check=saved; path=/; max-age=3600"; '
    'return localStorage.getItem("firecrawlProfileCheck"); });'
)
READ_STATE = (
    'await page.evaluate(() => ({ localStorage: localStorage.getItem("firecrawlProfileCheck"), '
    'cookie: document.cookie.includes("firecrawl_profile_check=saved") }));'
)


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    with serve_site() as origin:
        yield origin


def _scrape(api: httpx.Client, **body: Any) -> str:
    response = api.post("/scrape", json={"formats": ["markdown"], **body})
    assert response.status_code == 200, response.text
    job: str = response.json()["data"]["metadata"]["scrapeId"]
    return job


@pytest.fixture
def job(api: httpx.Client, site: str) -> Iterator[str]:
    """A scrape of the form page whose browser is stopped after the test."""
    scrape_id = _scrape(api, url=f"{site}/form")
    yield scrape_id
    api.delete(f"/scrape/{scrape_id}/interact")


def _interact(api: httpx.Client, job: str, **body: Any) -> dict[str, Any]:
    response = api.post(f"/scrape/{job}/interact", json=body)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


def test_code_runs_on_the_scraped_page_and_state_carries_over(api: httpx.Client, job: str, site: str) -> None:
    first = _interact(api, job, code="await page.fill('#q', 'typed'); await page.click('#go'); page.url()")
    assert first["result"] == f"{site}/form" and first["exitCode"] == 0 and first["killed"] is False
    assert first["cdpUrl"].startswith("ws://127.0.0.1:") and "token=" in first["cdpUrl"]
    assert first["liveViewUrl"] != first["interactiveLiveViewUrl"]
    second = _interact(api, job, code="await page.textContent('#out')")
    assert second["result"] == "clicked:typed"  # the same browser and page between calls
    python = _interact(api, job, language="python", code="await page.text_content('#out')")
    assert python["result"] == "clicked:typed"
    bash = _interact(api, job, language="bash", code="agent-browser get url")
    assert bash["stdout"].strip() == f"{site}/form", bash


def test_the_browser_stays_for_the_documented_time(server: LocalInteractServer, job: str) -> None:
    manager: SessionManager = server._app.state.manager
    session = manager.sessions[server._app.state.scrape_jobs.get(job).session.id]
    assert (session.ttl, session.activity_ttl) == (SCRAPE_TTL, SCRAPE_ACTIVITY_TTL) == (600, 300)


def test_a_prompt_needs_the_cloud(api: httpx.Client, job: str) -> None:
    response = api.post(f"/scrape/{job}/interact", json={"prompt": "Click the login button"})
    assert response.status_code == 501
    assert response.json()["error"].startswith("prompt: ") and "Firecrawl cloud" in response.json()["error"]


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ({}, "code or prompt is required"),
        ({"code": ""}, "code"),
        ({"prompt": ""}, "prompt"),
        ({"code": "1", "language": "ruby"}, "language"),
        ({"code": "1", "timeout": 301}, "timeout"),
        ({"code": "1", "profile": {"name": "x"}}, "unknown field(s): profile"),
    ],
)
def test_invalid_interact_bodies_are_400(
    api: httpx.Client, job: str, body: dict[str, Any], start: str
) -> None:
    response = api.post(f"/scrape/{job}/interact", json=body)
    assert response.status_code == 400
    assert response.json()["error"].startswith(start)


def test_unknown_gone_and_malformed_jobs(api: httpx.Client, site: str) -> None:
    assert api.post("/scrape/not-a-uuid/interact", json={"code": "1"}).status_code == 400
    assert api.post(f"/scrape/{uuid.uuid4()}/interact", json={"code": "1"}).status_code == 404
    assert api.delete(f"/scrape/{uuid.uuid4()}/interact").status_code == 404
    job = _scrape(api, url=f"{site}/form")
    stopped = api.delete(f"/scrape/{job}/interact")
    assert stopped.status_code == 200 and stopped.json()["creditsBilled"] == 0  # never interacted
    assert api.delete(f"/scrape/{job}/interact").json() == stopped.json()  # idempotent
    gone = api.post(f"/scrape/{job}/interact", json={"code": "1"})
    assert gone.status_code == 410 and gone.json()["error"] == "Browser session has been destroyed."


def test_scrape_with_profile_interact_stop_then_read_only(api: httpx.Client, site: str) -> None:
    """features/interact.mdx, Validate Persistence: write, stop (saved), read with saveChanges false."""
    name = f"profile-validation-{uuid.uuid4().hex[:8]}"
    writer = _scrape(api, url=f"{site}/article", profile={"name": name, "saveChanges": True})
    assert _interact(api, writer, code=WRITE_STATE)["result"] == "saved"
    second_saver = api.post("/scrape", json={"url": f"{site}/article", "profile": {"name": name}})
    assert second_saver.status_code == 409  # one saving session per profile
    assert api.delete(f"/scrape/{writer}/interact").status_code == 200
    reader = _scrape(api, url=f"{site}/article", profile={"name": name, "saveChanges": False})
    try:
        state = json.loads(_interact(api, reader, code=READ_STATE)["result"])
        assert state == {"localStorage": "saved", "cookie": True}
    finally:
        api.delete(f"/scrape/{reader}/interact")


@pytest.fixture
def small(tmp_path: Path) -> Iterator[httpx.Client]:
    """A server with one session slot and a 5-credit budget."""
    with LocalInteractServer(state_dir=tmp_path, max_sessions=1, credit_budget=5) as server:
        headers = {"Authorization": f"Bearer {server.api_key}"}
        transport = SpecCheckingTransport()
        with httpx.Client(base_url=server.base_url, headers=headers, timeout=120, transport=transport) as api:
            yield api


def test_billing_and_the_session_cap(small: httpx.Client, site: str) -> None:
    idle = _scrape(small, url=f"{site}/form")  # 1 credit
    used = _scrape(small, url=f"{site}/form")  # 1 credit; closes the idle scrape's browser for its slot
    assert small.post(f"/scrape/{idle}/interact", json={"code": "1"}).status_code == 410
    _interact(small, used, code="1")  # per-minute billing starts here
    crowded = small.post("/scrape", json={"url": f"{site}/form"})
    assert crowded.status_code == 429  # an interacted browser keeps its slot
    stopped = small.delete(f"/scrape/{used}/interact").json()
    assert stopped["creditsBilled"] == 2  # 2 credits per browser minute, one minute at least
    last = _scrape(small, url=f"{site}/form")  # 1 + 1 + 2 + 1: the 5-credit budget is spent
    spent = small.post("/scrape", json={"url": f"{site}/form"})
    assert spent.status_code == 402 and "budget" in spent.json()["error"]
    assert small.delete(f"/scrape/{last}/interact").json()["creditsBilled"] == 0


def test_credits_are_prorated_by_the_second_with_a_one_minute_minimum(tmp_path: Path) -> None:
    manager = SessionManager(ServerConfig(api_key="k", state_dir=tmp_path))
    assert manager.config.credits_per_minute == 2
    assert manager.credits_for(500) == 2 and manager.credits_for(60_000) == 2
    assert manager.credits_for(90_000) == 3 and manager.credits_for(61_000) == 2.0333
    assert manager.credits_for(None) == 0  # a scrape's browser nobody interacted with


def test_the_generated_client_scrapes_and_the_sdk_interacts_and_stops(
    server: LocalInteractServer, fc: Firecrawl, site: str
) -> None:
    """The SDK path: the generated scrape operation (with the defaults its model sends), then
    ``fc.scrape.interact`` and ``fc.scrape.stop_interaction``."""
    client = AuthenticatedClient(
        base_url=server.base_url, token=server.api_key, httpx_args={"transport": SpecCheckingTransport()}
    )
    with client:
        body = ScrapeAndExtractFromUrlBody(url=f"{site}/form", formats=[Markdown(MarkdownType.MARKDOWN)])
        response = scrape_and_extract_from_url.sync_detailed(client=client, body=body)
    assert response.status_code == 200, response.content
    scraped = json.loads(response.content)["data"]
    assert "clicked" not in scraped["markdown"] and "idle" in scraped["markdown"]
    scrape_id = scraped["metadata"]["scrapeId"]
    try:
        result = fc.scrape.interact(scrape_id, code="await page.click('#go'); await page.textContent('#out')")
        assert result.result == "clicked:" and result.cdp_url
    finally:
        fc.scrape.stop_interaction(scrape_id)
