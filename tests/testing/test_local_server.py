"""The server as a process and as objects: CLI, async twin, and no Chromium left however it stops."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from firecrawl_sdk import AsyncFirecrawl, Firecrawl
from firecrawl_sdk.testing import AsyncLocalInteractServer, LocalInteractServer

from .conftest import chromium_pids_under, pid_alive, text, wait_until

pytestmark = pytest.mark.chromium


@pytest.fixture
def cli(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], str, str]]:
    """``python -m firecrawl_sdk.testing serve`` on a free port: (process, base_url, api_key)."""
    env = {**os.environ, "FIRECRAWL_LOCAL_API_KEY": "local-test-key-123"}
    process = subprocess.Popen(
        [sys.executable, "-m", "firecrawl_sdk.testing", "serve", "--state-dir", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("Local Interact server: http://127.0.0.1:"), first
        yield process, first.split(": ", 1)[1].strip(), "local-test-key-123"
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(10)


def _create(base_url: str, key: str) -> dict[str, str]:
    headers = {"Authorization": f"Bearer {key}"}
    response = httpx.post(f"{base_url}/interact", json={"ttl": 60}, headers=headers, timeout=30)
    response.raise_for_status()
    data: dict[str, str] = response.json()
    return data


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_no_chromium_survives_the_cli_server(
    cli: tuple[subprocess.Popen[str], str, str], tmp_path: Path, how: signal.Signals
) -> None:
    process, base_url, key = cli
    session = _create(base_url, key)
    pids = chromium_pids_under(tmp_path)
    assert pids
    process.send_signal(how)
    process.wait(20)
    assert wait_until(lambda: not chromium_pids_under(tmp_path), 10), chromium_pids_under(tmp_path)
    assert not any(pid_alive(pid) for pid in pids)
    assert process.stderr is not None and process.stdout is not None
    output = process.stdout.read() + process.stderr.read()
    assert key not in output and session["cdpUrl"].split("token=")[1] not in output
    if how == signal.SIGTERM:
        assert process.returncode == 0 and "stopped" in output


def test_leaving_the_context_manager_destroys_every_browser(tmp_path: Path) -> None:
    with (
        LocalInteractServer(state_dir=tmp_path) as server,
        Firecrawl(api_key=server.api_key, base_url=server.base_url) as fc,
    ):
        session = fc.interact.create(ttl=60, profile="kept")
        pid = server.browser_pid(text(session.id))
        assert pid is not None and pid_alive(pid)
    assert wait_until(lambda: not pid_alive(pid), 5)
    assert not chromium_pids_under(tmp_path)
    assert (tmp_path / "profiles").is_dir()  # a given state_dir keeps its profiles


async def test_the_async_twin(tmp_path: Path) -> None:
    async with (
        AsyncLocalInteractServer(state_dir=tmp_path) as server,
        AsyncFirecrawl(api_key=server.api_key, base_url=server.base_url) as fc,
    ):
        async with fc.interact.session(ttl=30, stream_web_view=False) as session:
            result = await fc.interact.execute(text(session.id), "echo async", language="bash")
            assert result.stdout == "async\n"
            assert [text(s.id) for s in await fc.interact.list(status="active")] == [text(session.id)]
        assert [s.status for s in await fc.interact.list()] == ["destroyed"]
    assert not chromium_pids_under(tmp_path)


def test_an_ipv6_loopback_server_serves_execute(tmp_path: Path) -> None:
    """The runners reach the server at its own origin: bracketed for IPv6."""
    try:
        server = LocalInteractServer(host="::1", state_dir=tmp_path).start()
    except OSError:
        pytest.skip("no IPv6 loopback here")
    try:
        assert server.base_url.startswith("http://[::1]:")
        with Firecrawl(api_key=server.api_key, base_url=server.base_url) as fc:
            session = fc.interact.create(ttl=30, stream_web_view=False)
            assert fc.interact.execute(text(session.id), "await page.evaluate('1 + 1')").result == "2"
            fc.interact.delete(text(session.id))
    finally:
        server.stop()
