"""Bash execute: the docs' agent-browser commands run as written, one execute call each; a minimal env."""

from __future__ import annotations

import contextlib
import os
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from firecrawl_sdk import Firecrawl
from firecrawl_sdk import InteractSession as Session
from firecrawl_sdk.testing import LocalInteractServer

from .conftest import pid_alive, text, wait_until

pytestmark = pytest.mark.chromium

FORM = (
    "<!doctype html><title>Greeter</title>"
    '<form onsubmit="event.preventDefault();'
    "document.getElementById('out').textContent='Hello, '+document.getElementById('who').value\">"
    '<input id="who" aria-label="your name"><button type="submit">Greet</button></form>'
    '<p id="out" role="status">nobody yet</p>'
)


class _Form(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(FORM.encode())

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def form_url() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Form)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/form"
    httpd.shutdown()
    httpd.server_close()


def _bash(fc: Firecrawl, session: Session, code: str) -> str:
    result = fc.interact.execute(text(session.id), code, language="bash", timeout=60)
    assert result.exit_code == 0, (code, result.stdout, result.stderr)
    return text(result.stdout)


def _cmdlines() -> dict[str, bytes]:
    found = {}
    for entry in os.listdir("/proc"):
        with contextlib.suppress(OSError):
            found[entry] = Path(f"/proc/{entry}/cmdline").read_bytes()
    return found


def _daemons(session_id: str) -> list[int]:
    """agent-browser processes running with this session's HOME."""
    found = []
    for pid, line in _cmdlines().items():
        with contextlib.suppress(OSError):
            if b"agent-browser" in line and session_id.encode() in Path(f"/proc/{pid}/environ").read_bytes():
                found.append(int(pid))
    return found


def _ref(snapshot: str, role: str) -> str:
    match = re.search(rf"- {role} .*\[ref=(e\d+)\]", snapshot)
    assert match, snapshot
    return "@" + match.group(1)


def test_the_docs_agent_browser_sequence_in_separate_calls(fc: Firecrawl, form_url: str) -> None:
    with fc.interact.session(ttl=120, stream_web_view=False) as session:
        assert "Greeter" in _bash(fc, session, f"agent-browser open {form_url}")
        token = text(session.cdp_url).split("token=")[1].encode()
        assert not [pid for pid, line in _cmdlines().items() if token in line]  # not visible in `ps`
        snapshot = _bash(fc, session, "agent-browser snapshot -i")
        box, button = _ref(snapshot, "textbox"), _ref(snapshot, "button")
        _bash(fc, session, f'agent-browser fill {box} "Ada Lovelace"')
        _bash(fc, session, f"agent-browser click {button}")
        assert _bash(fc, session, "agent-browser get text '#out'").strip() == "Hello, Ada Lovelace"
        assert _bash(fc, session, f"agent-browser get text {button}").strip() == "Greet"
        # node and python see the page agent-browser shows
        node = fc.interact.execute(text(session.id), "await page.textContent('#out')", language="node")
        assert node.result == "Hello, Ada Lovelace", node.stderr
        python = fc.interact.execute(text(session.id), "page.url", language="python")
        assert python.result == form_url, python.stderr
        daemons = _daemons(text(session.id))
        assert daemons  # the daemon keeping the refs outlived each call ...
    assert wait_until(lambda: not any(pid_alive(pid) for pid in daemons), 15)  # ... not the session


def test_executed_code_gets_a_minimal_environment(
    fc: Firecrawl, server: LocalInteractServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIRECRAWL_LOCAL_API_KEY", "server-secret-sentinel")
    monkeypatch.setenv("SOME_SERVER_SETTING", "server-only")
    with fc.interact.session(ttl=60, stream_web_view=False) as session:
        env = _bash(fc, session, "env")
        names = {line.split("=", 1)[0] for line in env.splitlines() if "=" in line}
        assert "server-secret-sentinel" not in env and "SOME_SERVER_SETTING" not in names
        assert {"CDP_URL", "PATH", "HOME"} <= names
        home = _bash(fc, session, 'echo "$HOME"; command -v agent-browser').split()
        assert home[1] == f"{home[0]}/bin/agent-browser" and text(session.id) in home[0]
        python = fc.interact.execute(
            text(session.id),
            "import os\nsorted(k for k in os.environ if 'SERVER' in k or 'API_KEY' in k)",
            language="python",
        )
        assert python.result == "[]", python.stderr
        browser = server.browser_pid(text(session.id))
        assert browser is not None  # nor does Chromium get it (its environ is readable by executed code)
        assert b"server-secret-sentinel" not in Path(f"/proc/{browser}/environ").read_bytes()
