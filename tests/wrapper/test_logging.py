"""Redaction: the SDK logger (bearer tokens, secret query values, URL passwords, given secrets)
and the generated models' reprs."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
from firecrawl_sdk._logging import logger, redact

from tests import _vehicle

from .conftest import session_json


def test_redact_patterns() -> None:
    assert redact("Authorization: Bearer fc-123 next") == "Authorization: Bearer *** next"
    assert redact("wss://cdp/x?token=abc&y=1") == "wss://cdp/x?token=***&y=1"
    assert redact("key k-9 here", "k-9") == "key *** here"


def test_every_sdk_record_is_redacted(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="firecrawl_sdk"):
        logger.debug("connecting to %s with %s", "wss://h/cdp/1?token=s3cret", "Bearer fc-abc")
    assert caplog.records[-1].getMessage() == "connecting to wss://h/cdp/1?token=*** with Bearer ***"


def test_redact_secret_query_names_but_not_look_alikes() -> None:
    url = "https://h/p?design=1&keyword=2&apiKey=A1&X-Amz-Signature=S2&sig=S3&access_token=T4&page=5"
    assert redact(url) == (
        "https://h/p?design=1&keyword=2&apiKey=***&X-Amz-Signature=***&sig=***&access_token=***&page=5"
    )
    assert redact("http://user:pa55@host/v2") == "http://user:***@host/v2"


def test_model_reprs_redact_secret_urls_in_any_field(sdk: Any) -> None:
    """Unknown fields too: a ``debugUrl?token=`` the spec does not list never shows in a repr."""
    _vehicle.require_operations("createBrowserSession")  # its session model has the cdpUrl secret
    answer = session_json(
        debugUrl="https://debug.test/s?token=debug-secret&view=1",
        nested={"download": "https://u:url-password@files.test/f?X-Amz-Signature=sig-secret"},
    )
    session = sdk(lambda r: httpx.Response(200, json=answer)).interact.create()
    shown = repr(session)
    for secret in ("debug-secret", "url-password", "sig-secret", "cdp-secret-token"):
        assert secret not in shown
    assert "debug.test/s?token=***&view=1" in shown
    assert session.additional_properties["debugUrl"].endswith(
        "token=debug-secret&view=1"
    )  # the data is intact
