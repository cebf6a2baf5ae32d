"""Ergonomics the generated surface adds: formats by name, unwrapping, ids as str or UUID, prompt."""

from __future__ import annotations

import json
import uuid
from typing import Any

from ..spec._openapi import require_field
from .conftest import ok

SCRAPE_ID = "123e4567-e89b-12d3-a456-426614174000"
DOC: dict[str, Any] = {"markdown": "# Hi", "metadata": {"title": "Hi", "scrapeId": SCRAPE_ID}}


def test_formats_take_names_and_dicts(sdk: Any) -> None:
    """The spec: a format by name or as an object with options; both are sent as given."""
    client = sdk(ok({"success": True, "data": DOC}))
    schema = {"type": "object", "properties": {"title": {"type": "string"}}}
    client.scrape("https://example.com", formats=["markdown", "links", {"type": "json", "schema": schema}])
    sent = json.loads(client.sent[0].content)
    assert sent == {
        "url": "https://example.com",
        "formats": ["markdown", "links", {"type": "json", "schema": schema}],
    }


def test_scrape_returns_the_document(sdk: Any) -> None:
    document = sdk(ok({"success": True, "data": DOC})).scrape("https://example.com")
    assert document.markdown == "# Hi"
    assert document.metadata.scrape_id == DOC["metadata"]["scrapeId"]


def test_map_returns_the_links(sdk: Any) -> None:
    links = [{"url": "https://example.com/a", "title": "A"}, {"url": "https://example.com/b"}]
    result = sdk(ok({"success": True, "links": links})).map("https://example.com")
    assert [link.url for link in result] == ["https://example.com/a", "https://example.com/b"]


def test_a_missing_list_envelope_is_empty(sdk: Any) -> None:
    assert sdk(ok({"success": True})).crawl.active() == []


def test_job_ids_are_str_or_uuid(sdk: Any) -> None:
    job = uuid.UUID("123e4567-e89b-12d3-a456-426614174000")
    client = sdk(ok({"success": True, "status": "scraping", "data": []}))
    client.crawl.status(job)
    client.crawl.status(str(job))
    assert [r.url.path for r in client.sent] == [f"/v2/crawl/{job}"] * 2


def test_profile_takes_a_name(sdk: Any) -> None:
    require_field("createBrowserSession", "profile")
    client = sdk(ok({"success": True, "id": "s", "cdpUrl": "wss://x"}))
    client.interact.create(profile="shop")
    assert json.loads(client.sent[0].content) == {"profile": {"name": "shop"}}


def test_scrape_interact_takes_a_prompt_and_returns_its_output(sdk: Any) -> None:
    """The docs' scrape-bound interact with `prompt` (added to the schema by the overlay)."""
    require_field("interactWithScrapeBrowserSession", "output", "response 200")
    client = sdk(ok({"success": True, "output": "The title is Hi", "cdpUrl": "wss://x/cdp?token=t"}))
    reply = client.scrape.interact(SCRAPE_ID, prompt="What is the title?")
    assert reply.output == "The title is Hi"
    assert json.loads(client.sent[0].content) == {"prompt": "What is the title?"}
    assert client.sent[0].url.path == f"/v2/scrape/{SCRAPE_ID}/interact"


def test_a_string_in_a_tagged_union_array_stands_for_its_tag(sdk: Any) -> None:
    """search `sources` items are objects tagged by `type`: "web" means {"type": "web"}."""
    client = sdk(ok({"success": True, "data": {}}))
    client.search("firecrawl", sources=["web", {"type": "news"}])
    assert json.loads(client.sent[0].content)["sources"] == [{"type": "web"}, {"type": "news"}]
