"""Contract tests: a Prism mock server of the vendored spec, started once per test session.

Prism (``@stoplight/prism-cli``, pinned in package.json) validates every request
against ``openapi/firecrawl-v2.openapi.json`` (422 with reasons, 401 without a
bearer token) and answers with the documented responses. It serves the spec's
paths at its root: the SDK's ``base_url`` is ``http://127.0.0.1:PORT`` (no /v2).

The vendored spec is loaded, not ``build/openapi.overlaid.json``: the overlay is
what the generator saw, the vendored file is the independent truth.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests._vehicle import INTERACT_TODAY, misplaced, skipped_module

from ._prism import AGREEMENT, PRISM, ROOT, SPEC

START_TIMEOUT = 60.0
#: Modules that test the Interact operations themselves, at today's paths.
INTERACT_MODULES = {"test_agreement.py", "test_prism_interact.py"}


def pytest_pycollect_makemodule(module_path: Path, parent: pytest.Collector) -> pytest.Module | None:
    missing = misplaced(INTERACT_TODAY) if module_path.name in INTERACT_MODULES else []
    if not missing:
        return None
    reason = "tests of today's Interact operations; the spec in openapi/ lacks " + ", ".join(missing)
    return skipped_module(parent, module_path, reason)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Terminate Prism's whole process group (the CLI forks node children)."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    except ProcessLookupError:
        pass


def _wait_until_up(process: subprocess.Popen[bytes], base_url: str, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    with httpx.Client(timeout=2.0) as client:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                pytest.fail(
                    f"Prism exited with status {process.returncode} before answering; its output:\n"
                    + log.read_text(errors="replace")[-4000:],
                    pytrace=False,
                )
            try:
                # Any HTTP answer (401: no bearer token) means the server is up.
                client.get(f"{base_url}/interact")
                return
            except httpx.TransportError:
                time.sleep(0.2)
    _stop(process)
    pytest.fail(
        f"Prism did not answer on {base_url} within {START_TIMEOUT:.0f}s; its output:\n"
        + log.read_text(errors="replace")[-4000:],
        pytrace=False,
    )


@pytest.fixture(scope="session")
def prism_url() -> Iterator[str]:
    """Base URL of a Prism mock server of the vendored spec, on a free loopback port."""
    if not PRISM.exists():
        pytest.fail(f"{PRISM.relative_to(ROOT)} is missing: run `make setup` (npm ci) first", pytrace=False)
    if shutil.which("node") is None:
        pytest.fail("node is not on PATH: Prism needs Node.js (see `make setup`)", pytrace=False)
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="prism-") as tmp:
        log = Path(tmp) / "prism.log"
        with log.open("wb") as out:
            process = subprocess.Popen(
                [
                    str(PRISM),
                    "mock",
                    "-h",
                    "127.0.0.1",
                    "-p",
                    str(port),
                    "-v",
                    "warn",
                    "--seed",
                    "1",
                    str(SPEC),
                ],
                cwd=ROOT,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group, killed as a whole
            )
        try:
            _wait_until_up(process, base_url, log)
            yield base_url
        finally:
            _stop(process)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if AGREEMENT.examples:
        terminalreporter.write_line(AGREEMENT.summary())
