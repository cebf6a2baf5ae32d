"""Fixtures of the job tests: the loopback job server, and clients bound to it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parents[2] / "tools"
if str(TOOLS) not in sys.path:
    sys.path.insert(0, str(TOOLS))

from ._server import JobServer  # noqa: E402  (needs tools/ on the path: build_spec)


@pytest.fixture
def server(api_key: str) -> Iterator[JobServer]:
    """A job server; every response it sent must match the overlaid spec."""
    with JobServer(api_key) as job_server:
        yield job_server
    assert job_server.invalid == [], job_server.invalid
