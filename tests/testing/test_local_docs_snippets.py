"""The docs' cURL examples, run with real ``curl`` against ``python -m firecrawl_sdk.testing serve``.

Only the host changes: ``https://api.firecrawl.dev`` becomes the local server and ``https://example.com``
(or the snippet's site) the test's loopback site. Placeholders are filled as the docs say
(``YOUR_SESSION_ID``, ``$SCRAPE_ID``, ``$FIRECRAWL_API_KEY``); the interact snippets, which say "add -H
'Authorization: Bearer $FIRECRAWL_API_KEY'", get that header. The docs come from ``../shared/docs``
beside the repository (``$FIRECRAWL_DOCS_DIR`` overrides).
"""

from __future__ import annotations

import json
import os
import queue
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openapi_schema_validator import OAS30Validator, oas30_format_checker

from ._site import serve_site
from ._spec import components, response_schema, validated

pytestmark = pytest.mark.chromium

ROOT = Path(__file__).resolve().parents[2]
DOCS = Path(os.environ.get("FIRECRAWL_DOCS_DIR") or ROOT.parent / "shared" / "docs")
KEY = "fc-local-docs-snippets-key"


def snippet(relative: str) -> str:
    """The first cURL code block of a docs file (a snippet, or a section of a feature page)."""
    path = DOCS / relative
    if not path.is_file():
        pytest.skip(f"the docs are not beside the repository ({path})")
    text = path.read_text(encoding="utf-8")
    match = re.search(r"```bash[^\n]*\n(.*?)\n```", text, re.S)
    assert match, relative
    return match.group(1)


def section(relative: str, heading: str) -> str:
    """The first cURL code block after ``heading`` on a feature page."""
    path = DOCS / relative
    if not path.is_file():
        pytest.skip(f"the docs are not beside the repository ({path})")
    text = path.read_text(encoding="utf-8")
    start = text.index(heading)
    match = re.search(r"```bash[^\n]*\n(.*?)\n```", text[start:], re.S)
    assert match, heading
    return match.group(1)


class Served:
    """``python -m firecrawl_sdk.testing serve`` in a subprocess, and the loopback site."""

    def __init__(self, origin: str, site: str) -> None:
        self.origin, self.site = origin, site

    def run(self, script: str, add_key: bool = False, **env: str) -> list[dict[str, Any]]:
        """Run a snippet with only the hosts changed; the JSON documents it printed, in order.
        ``add_key``: the snippet says to add the Authorization header (the interact snippets)."""
        script = script.replace("https://api.firecrawl.dev", self.origin)
        script = script.replace("https://example.com", self.site)
        if add_key:  # "add -H "Authorization: Bearer $FIRECRAWL_API_KEY" for higher rate limits"
            script = script.replace("curl -s ", 'curl -s -H "Authorization: Bearer $FIRECRAWL_API_KEY" ')
        environment = {"PATH": os.environ["PATH"], "FIRECRAWL_API_KEY": KEY, **env}
        done = subprocess.run(
            ["bash", "-c", script], env=environment, capture_output=True, text=True, timeout=300, check=True
        )
        decoder, out, found = json.JSONDecoder(), done.stdout.strip(), []
        while out:
            document, end = decoder.raw_decode(out)
            found.append(document)
            out = out[end:].strip()
        return found


def check(template: str, method: str, status: int, body: dict[str, Any]) -> None:
    """``body`` as the vendored spec documents it (curl prints bodies only, so the status is implied)."""
    schema = {"allOf": [response_schema(template, method, status)], **components()}
    OAS30Validator(schema, format_checker=oas30_format_checker).validate(body)
    assert body["success"] is (status < 400), body
    validated.append((method, template, status))


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    if shutil.which("curl") is None:
        pytest.skip("curl is not installed")
    state = tmp_path_factory.mktemp("docs-serve")
    env = {**os.environ, "FIRECRAWL_LOCAL_API_KEY": KEY}
    command = [
        sys.executable,
        "-m",
        "firecrawl_sdk.testing",
        "serve",
        "--port",
        "0",
        "--state-dir",
        str(state),
    ]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: queue.Queue[str] = queue.Queue()
    assert process.stdout is not None
    stdout = process.stdout

    def pump() -> None:
        for text in stdout:
            lines.put(text)

    threading.Thread(target=pump, daemon=True).start()
    try:
        base_url = ""
        while not base_url:
            line = lines.get(timeout=60)  # bounded: the server prints its URL once it listens
            if line.startswith("Local Interact server: "):
                base_url = line.split(": ", 1)[1].strip()
        assert KEY not in line
        with serve_site() as site:
            yield Served(base_url.removesuffix("/v2"), site)
    finally:
        process.terminate()
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)


def test_browser_launch_execute_list_close(served: Served) -> None:
    """snippets/v2/browser/{launch,execute,list,close}/curl.mdx."""
    [launched] = served.run(snippet("snippets/v2/browser/launch/curl.mdx"))
    check("/interact", "POST", 200, launched)
    session = launched["id"]
    python, node = served.run(
        snippet("snippets/v2/browser/execute/curl.mdx").replace("YOUR_SESSION_ID", session)
    )
    for result in (python, node):
        check("/interact/{sessionId}/execute", "POST", 200, result)
        assert result["stdout"].strip() == "Loopback article" and result["exitCode"] == 0, result
    every, active = served.run(snippet("snippets/v2/browser/list/curl.mdx"))
    for listed in (every, active):
        check("/interact", "GET", 200, listed)
        assert session in [s["id"] for s in listed["sessions"] if s["status"] == "active"]
    [closed] = served.run(snippet("snippets/v2/browser/close/curl.mdx").replace("YOUR_SESSION_ID", session))
    check("/interact/{sessionId}", "DELETE", 200, closed)
    assert closed["creditsBilled"] == 2  # 2 credits per browser minute, one minute at least


def _scrape(served: Served, path: str) -> str:
    [scraped] = served.run(
        f"curl -s -X POST '{served.origin}/v2/scrape' -H 'Authorization: Bearer {KEY}' "
        f"-H 'Content-Type: application/json' -d '{{\"url\": \"{served.site}{path}\"}}'"
    )
    check("/scrape", "POST", 200, scraped)
    scrape_id: str = scraped["data"]["metadata"]["scrapeId"]
    return scrape_id


def test_interact_execute_node_bash_and_stop(served: Served) -> None:
    """snippets/v2/interact/{execute-node,execute-bash,stop}/curl.mdx on scrapes of the loopback site."""
    scrape_id = _scrape(served, "/next")  # the snippet clicks #next-page
    [node] = served.run(snippet("snippets/v2/interact/execute-node/curl.mdx"), True, SCRAPE_ID=scrape_id)
    check("/scrape/{jobId}/interact", "POST", 200, node)
    assert json.loads(node["result"]) == {"title": "Loopback article"}
    [stopped] = served.run(snippet("snippets/v2/interact/stop/curl.mdx"), True, SCRAPE_ID=scrape_id)
    check("/scrape/{jobId}/interact", "DELETE", 200, stopped)
    form = _scrape(served, "/form")  # a textbox (@e1) and a button (@e2), as the snippet expects
    snapshot, filled = served.run(snippet("snippets/v2/interact/execute-bash/curl.mdx"), True, SCRAPE_ID=form)
    for result in (snapshot, filled):
        check("/scrape/{jobId}/interact", "POST", 200, result)
    assert "[ref=e1]" in snapshot["stdout"] and filled["exitCode"] == 0, (snapshot, filled)
    [out] = served.run(
        f"curl -s -X POST '{served.origin}/v2/scrape/{form}/interact' -H 'Authorization: Bearer {KEY}' "
        '-H \'Content-Type: application/json\' -d \'{"code": "await page.textContent(\\"#out\\")"}\''
    )
    assert out["result"] == "clicked:firecrawl"
    served.run(snippet("snippets/v2/interact/stop/curl.mdx"), True, SCRAPE_ID=form)


@pytest.mark.skipif(shutil.which("jq") is None, reason="the docs' scripts read scrapeId with jq")
def test_scrape_with_a_profile_interact_stop(served: Served) -> None:
    """features/interact.mdx, Validate Persistence: scrape with a profile, interact (code), stop; twice."""
    results = served.run(section("features/interact.mdx", "### Validate Persistence"))
    wrote, stop1, read, stop2 = results
    assert wrote["result"] == "saved"
    assert json.loads(read["result"]) == {"localStorage": "saved", "cookie": True}
    for interaction in (wrote, read):
        check("/scrape/{jobId}/interact", "POST", 200, interaction)
    for stop in (stop1, stop2):
        check("/scrape/{jobId}/interact", "DELETE", 200, stop)


@pytest.mark.skipif(shutil.which("jq") is None, reason="the docs' scripts read scrapeId with jq")
def test_the_quickstart_prompts_get_the_needs_the_cloud_error(served: Served) -> None:
    """snippets/v2/interact/quickstart/curl.mdx: the scrape and stop work; each prompt is a clear 501."""
    script = snippet("snippets/v2/interact/quickstart/curl.mdx")
    first, second, stopped = served.run(script.replace("https://www.amazon.com", served.site), add_key=True)
    for answer in (first, second):
        check("/scrape/{jobId}/interact", "POST", 501, answer)
        assert answer["error"].startswith("prompt: ") and "needs the Firecrawl cloud" in answer["error"]
    check("/scrape/{jobId}/interact", "DELETE", 200, stopped)
