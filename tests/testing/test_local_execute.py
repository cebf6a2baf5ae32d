"""``execute`` in node, python and bash against the session's browser; a timeout kills all it started."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from firecrawl_sdk import Firecrawl, GoneError
from firecrawl_sdk import InteractSession as Session
from firecrawl_sdk.testing import LocalInteractServer

from .conftest import pid_alive, text, wait_until

pytestmark = pytest.mark.chromium


@pytest.fixture(scope="module")
def session(server: LocalInteractServer) -> Iterator[Session]:
    with Firecrawl(api_key=server.api_key, base_url=server.base_url) as fc:
        created = fc.interact.create(ttl=120, stream_web_view=False)
        yield created
        fc.interact.delete(text(created.id))


def test_python_has_page_and_top_level_await(fc: Firecrawl, session: Session, pages: str) -> None:
    code = f"await page.goto('{pages}/')\nprint('visited', page.url)\nawait page.title()"
    result = fc.interact.execute(text(session.id), code, language="python", timeout=60)
    assert result.exit_code == 0 and result.killed is False, text(result.stderr)
    assert result.stdout == f"visited {pages}/\n"
    assert result.result == "Local test page"


def test_node_has_page_and_returns_the_last_expression(fc: Firecrawl, session: Session, pages: str) -> None:
    code = (
        f"await page.goto('{pages}/');\n"
        "console.log('node sees', await page.title());\n"
        "({ h1: await page.textContent('h1') })"
    )
    result = fc.interact.execute(text(session.id), code, language="node", timeout=60)
    assert result.exit_code == 0 and result.killed is False, text(result.stderr)
    assert result.stdout == "node sees Local test page\n"
    assert result.result == '{"h1":"Hello from loopback"}'


def test_node_is_the_default_language(fc: Firecrawl, session: Session) -> None:
    result = fc.interact.execute(text(session.id), "typeof page.goto")
    assert result.result == "function"


def test_bash_gets_the_cdp_url_in_its_environment(fc: Firecrawl, session: Session) -> None:
    result = fc.interact.execute(text(session.id), 'echo "$CDP_URL"; echo oops >&2; exit 3', language="bash")
    assert text(result.stdout).strip() == text(session.cdp_url)
    assert result.stderr == "oops\n"
    assert result.exit_code == 3 and result.killed is False


def test_errors_are_reported(fc: Firecrawl, session: Session) -> None:
    python = fc.interact.execute(
        text(session.id), "print('before')\nraise ValueError('boom')", language="python"
    )
    assert python.exit_code == 1 and python.stdout == "before\n"
    assert "ValueError: boom" in text(python.stderr)
    assert python.error == "ValueError: boom"
    node = fc.interact.execute(text(session.id), "throw new Error('kaput')", language="node")
    assert node.exit_code == 1 and "Error: kaput" in text(node.stderr) and node.error == "Error: kaput"


def test_timeout_kills_all_the_code_started(fc: Firecrawl, session: Session) -> None:
    code = "sleep 300 & echo $!; setsid sleep 300 & echo $!; wait"  # its group, and a detached child
    result = fc.interact.execute(text(session.id), code, language="bash", timeout=1)
    assert result.killed is True
    assert result.exit_code == 137  # 128 + SIGKILL
    children = [int(pid) for pid in text(result.stdout).split()]
    assert len(children) == 2
    assert wait_until(lambda: not any(pid_alive(child) for child in children), 5)


@pytest.mark.parametrize("language", ["python", "node"])
def test_timeout_kills_playwright_runners(fc: Firecrawl, session: Session, language: str) -> None:
    code = (
        "await asyncio.sleep(60)" if language == "python" else "await new Promise(r => setTimeout(r, 60000))"
    )
    result = fc.interact.execute(text(session.id), code, language=language, timeout=2)  # type: ignore[arg-type]
    assert result.killed is True and result.exit_code == 137


def test_execute_on_a_destroyed_session_is_410(fc: Firecrawl) -> None:
    created = fc.interact.create(ttl=30, stream_web_view=False)
    fc.interact.delete(text(created.id))
    with pytest.raises(GoneError):
        fc.interact.execute(text(created.id), "1")


def test_page_is_the_one_the_session_shows(fc: Firecrawl, pages: str) -> None:
    """A second tab with content, the first left blank: node and python get the shown one."""
    from playwright.sync_api import sync_playwright

    with fc.interact.session(ttl=60, stream_web_view=False) as session, sync_playwright() as playwright:
        browser = playwright.chromium.connect_over_cdp(text(session.cdp_url))
        tab = browser.contexts[0].new_page()
        tab.goto(f"{pages}/")
        browser.close()
        node = fc.interact.execute(text(session.id), "page.url()", language="node")
        python = fc.interact.execute(text(session.id), "page.url", language="python")
        assert node.result == python.result == f"{pages}/", (node.stderr, python.stderr)
