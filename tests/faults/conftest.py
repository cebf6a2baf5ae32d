"""Fixtures of the fault matrix, and its summary line at the end of the run."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import firecrawl_sdk._operation as operation
import firecrawl_sdk._retries as retries
import httpx
import pytest

from ._rules import BOOKS


@dataclass
class BackoffSpy:
    """Replaces ``_retries.backoff``: records every delay the SDK chose and returns 0 (no sleeping).

    ``on_retry`` runs before each retry (the refused scenarios open the port there).
    """

    real: Callable[..., float | None]
    delays: list[float] = field(default_factory=list)
    on_retry: Callable[[], None] | None = None

    def __call__(self, attempt: int, headers: httpx.Headers | None = None) -> float | None:
        delay = self.real(attempt, headers)
        if delay is None:
            return None
        self.delays.append(delay)
        if self.on_retry is not None:
            self.on_retry()
        return 0.0

    @property
    def attempts(self) -> int:
        return len(self.delays) + 1


@pytest.fixture
def backoff(monkeypatch: pytest.MonkeyPatch) -> Iterator[BackoffSpy]:
    spy = BackoffSpy(retries.backoff)
    monkeypatch.setattr(retries, "backoff", spy)
    yield spy


@pytest.fixture(params=["httpx", "aiohttp"])
def async_http(request: pytest.FixtureRequest) -> Callable[[], httpx.AsyncClient | None]:
    """What ``AsyncFirecrawl`` sends through: its own httpx transport, or aiohttp
    (``DefaultAioHttpClient``, the ``[aiohttp]`` extra). The policy must hold on both."""
    if request.param == "httpx":
        return lambda: None
    from firecrawl_sdk import DefaultAioHttpClient

    return DefaultAioHttpClient


@pytest.fixture(autouse=True)
def short_scrape_timeouts(monkeypatch: pytest.MonkeyPatch) -> None:
    """scrape.interact's read timeout is at least the server's 30 s default + 10 s: use the client's
    (short) timeout instead, so a read-timeout scenario takes a fraction of a second."""
    monkeypatch.setattr(operation, "_timeout", lambda op, body, client_timeout: None)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if BOOKS.scenarios or BOOKS.session_scenarios:
        terminalreporter.write_line(BOOKS.line())
