"""Error mapping at the transport: every status becomes its typed exception, for every operation."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from firecrawl_api.api.billing import get_credit_usage
from firecrawl_sdk import (
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    FirecrawlError,
    GoneError,
    InternalServerError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)

from tests import _vehicle

STATUSES = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (402, PaymentRequiredError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (409, ConflictError),
    (410, GoneError),
    (422, UnprocessableEntityError),
    (429, RateLimitError),
    (418, APIStatusError),
    (500, InternalServerError),
    (502, InternalServerError),
    (520, InternalServerError),
    (599, InternalServerError),
]


@pytest.mark.parametrize(("status", "error_class"), STATUSES)
def test_status_maps_to_its_class_with_the_servers_message(
    sdk: Any, status: int, error_class: type[APIStatusError]
) -> None:
    answer = {"success": False, "error": f"server says {status}"}
    client = sdk(
        lambda r: httpx.Response(status, json=answer, headers={"x-request-id": "req-9"}), max_retries=0
    )
    with pytest.raises(error_class) as raised:
        _vehicle.create().call(client)
    error: APIStatusError = raised.value
    assert type(error) is error_class
    assert (error.status_code, error.message, error.body, error.request_id) == (
        status,
        f"server says {status}",
        answer,
        "req-9",
    )
    assert error.response.status_code == status
    assert str(error) == f"Error code: {status} - server says {status} (request_id=req-9)"


def test_html_error_page_is_a_status_error_not_a_json_error(sdk: Any) -> None:
    page = "<html><body><h1>502 Bad Gateway</h1></body></html>"
    client = sdk(
        lambda r: httpx.Response(502, text=page, headers={"content-type": "text/html"}), max_retries=0
    )
    with pytest.raises(InternalServerError) as raised:
        _vehicle.read().call(client)
    assert raised.value.body is None
    assert "502" in raised.value.message and "text/html" in raised.value.message


@pytest.mark.parametrize(
    ("content", "content_type"),
    [(b"not json", "application/json"), (b"<html>ok</html>", "text/html"), (b"", "application/json")],
)
def test_success_without_json_is_a_validation_error(sdk: Any, content: bytes, content_type: str) -> None:
    client = sdk(lambda r: httpx.Response(200, content=content, headers={"content-type": content_type}))
    with pytest.raises(APIResponseValidationError) as raised:
        _vehicle.create().call(client)
    assert raised.value.status_code == 200


@pytest.mark.parametrize("payload", [[1, 2], {"expiresAt": "not a date"}, {"id": "x", "expiresAt": 12}])
def test_json_of_the_wrong_shape_is_a_validation_error(sdk: Any, payload: Any) -> None:
    if isinstance(payload, dict):  # wrong for a browser session, not for every operation
        _vehicle.require_operations("createBrowserSession")
    client = sdk(lambda r: httpx.Response(200, json=payload))
    with pytest.raises(APIResponseValidationError):
        _vehicle.create().call(client)


def test_key_echoed_by_the_server_is_scrubbed_from_the_message(sdk: Any, api_key: str) -> None:
    client = sdk(lambda r: httpx.Response(401, json={"error": f"Invalid token {api_key}"}))
    with pytest.raises(AuthenticationError) as raised:
        _vehicle.read().call(client)
    assert api_key not in str(raised.value) and "***" in str(raised.value)


def test_typed_errors_apply_to_generated_operations_through_api_client(sdk: Any, kind: str) -> None:
    client = sdk(lambda r: httpx.Response(402, json={"success": False, "error": "Payment required"}))
    endpoint = get_credit_usage.sync_detailed if kind == "sync" else get_credit_usage.asyncio_detailed
    with pytest.raises(PaymentRequiredError, match="Payment required"):
        outcome = endpoint(client=client.api_client)
        if kind == "async":
            client.run(outcome)
    assert client.sent[0].url.path == "/v2/team/credit-usage"


def test_every_error_is_a_firecrawl_error() -> None:
    for _, error_class in STATUSES:
        assert issubclass(error_class, FirecrawlError)


def test_401_shows_the_servers_message_with_only_the_key_redacted(sdk: Any, api_key: str) -> None:
    said = "a valid bearer token (Authorization: Bearer <key>) is required; got {}"
    client = sdk(lambda r: httpx.Response(401, json={"error": said.format(api_key)}))
    with pytest.raises(AuthenticationError) as raised:
        _vehicle.read().call(client)
    assert raised.value.message == said.format("***")


@pytest.mark.parametrize(
    ("base_url", "requested"),
    [
        ("https://api.test", "https://api.test"),  # the firecrawl-py habit: no /v2
        ("https://api.test/v1", "https://api.test/v1"),
    ],
)
def test_404_without_v2_says_base_url_should_end_in_v2(sdk: Any, base_url: str, requested: str) -> None:
    requested += _vehicle.read().path
    client = sdk(lambda r: httpx.Response(404, text="Not Found"), base_url=base_url, max_retries=0)
    with pytest.raises(NotFoundError) as raised:
        _vehicle.read().call(client)
    text = str(raised.value)
    assert "base_url should end in /v2" in text and requested in text and f"base_url is {base_url}/" in text
    assert raised.value.hint is not None and raised.value.hint in text
    assert "/v2" not in raised.value.message  # the server's message stays the server's


def test_404_with_v2_has_no_hint(sdk: Any) -> None:
    client = sdk(lambda r: httpx.Response(404, json={"error": "no such session"}))
    with pytest.raises(NotFoundError) as raised:
        _vehicle.delete().call(client)
    assert raised.value.message == "no such session" and raised.value.hint is None


def test_retry_after_is_seconds_from_delta_or_http_date(sdk: Any) -> None:
    import email.utils
    import time

    for header, low, high in [("7", 7.0, 7.0), ("0.5", 0.5, 0.5)]:
        client = sdk(
            lambda r, h=header: httpx.Response(429, headers={"Retry-After": h}, json={}), max_retries=0
        )
        with pytest.raises(RateLimitError) as raised:
            _vehicle.create().call(client)
        assert isinstance(raised.value.retry_after, float) and low <= raised.value.retry_after <= high
    date = email.utils.formatdate(time.time() + 120, usegmt=True)
    client = sdk(lambda r: httpx.Response(429, headers={"Retry-After": date}, json={}), max_retries=0)
    with pytest.raises(RateLimitError) as raised:
        _vehicle.create().call(client)
    assert raised.value.retry_after is not None and 115 <= raised.value.retry_after <= 121
    client = sdk(lambda r: httpx.Response(429, json={}), max_retries=0)
    with pytest.raises(RateLimitError) as raised:
        _vehicle.create().call(client)
    assert raised.value.retry_after is None
