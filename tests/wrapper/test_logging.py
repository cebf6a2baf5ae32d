"""The SDK logger redacts bearer tokens, token query values and given secrets."""

from __future__ import annotations

import logging

import pytest
from firecrawl_sdk._logging import logger, redact


def test_redact_patterns() -> None:
    assert redact("Authorization: Bearer fc-123 next") == "Authorization: Bearer *** next"
    assert redact("wss://cdp/x?token=abc&y=1") == "wss://cdp/x?token=***&y=1"
    assert redact("key k-9 here", "k-9") == "key *** here"


def test_every_sdk_record_is_redacted(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="firecrawl_sdk"):
        logger.debug("connecting to %s with %s", "wss://h/cdp/1?token=s3cret", "Bearer fc-abc")
    assert caplog.records[-1].getMessage() == "connecting to wss://h/cdp/1?token=*** with Bearer ***"
