"""Billing and limits: DELETE reports duration and credits; a spent budget is 402; the session cap is 429."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from firecrawl_sdk import Firecrawl, PaymentRequiredError, RateLimitError
from firecrawl_sdk.testing import LocalInteractServer

from .conftest import SpecCheckingTransport, text

pytestmark = pytest.mark.chromium


def _client(server: LocalInteractServer) -> Firecrawl:
    http = httpx.Client(transport=SpecCheckingTransport(), timeout=60)
    return Firecrawl(api_key=server.api_key, base_url=server.base_url, max_retries=0, http_client=http)


@pytest.fixture
def limited(tmp_path: Path) -> Iterator[LocalInteractServer]:
    with LocalInteractServer(state_dir=tmp_path, max_sessions=1, credit_budget=4) as server:
        yield server


def test_delete_reports_duration_and_credits(fc: Firecrawl) -> None:
    started = time.monotonic()
    session = fc.interact.create(ttl=30, stream_web_view=False)
    time.sleep(0.5)
    result = fc.interact.delete(text(session.id))
    assert isinstance(result.session_duration_ms, int)
    assert 500 <= result.session_duration_ms <= (time.monotonic() - started) * 1000 + 50
    assert result.credits_billed == 2  # 2 credits per browser minute, one minute at least
    again = fc.interact.delete(text(session.id))  # deleting again is harmless and reports the same figures
    assert (again.session_duration_ms, again.credits_billed) == (result.session_duration_ms, 2)


def test_the_session_cap_answers_429_with_retry_after(limited: LocalInteractServer) -> None:
    with _client(limited) as fc:
        first = fc.interact.create(ttl=60, activity_ttl=20, stream_web_view=False)
        with pytest.raises(RateLimitError) as caught:
            fc.interact.create(ttl=30, stream_web_view=False)
        retry_after = int(caught.value.response.headers["retry-after"])
        assert 1 <= retry_after <= 20
        fc.interact.delete(text(first.id))


def test_a_spent_credit_budget_answers_402(limited: LocalInteractServer) -> None:
    with _client(limited) as fc:
        for _ in range(2):
            fc.interact.delete(text(fc.interact.create(ttl=30, stream_web_view=False).id))  # 2 credits each
        with pytest.raises(PaymentRequiredError, match="budget"):
            fc.interact.create(ttl=30, stream_web_view=False)
        assert fc.interact.list(status="destroyed")  # listing still works
