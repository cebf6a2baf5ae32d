"""The four Interact operations: auth, the spec's request constraints, error shapes, no secrets shown."""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest
from firecrawl_sdk import Firecrawl, NotFoundError
from firecrawl_sdk.testing import LocalInteractServer
from firecrawl_sdk.testing._constraints import ENUMS, INT_RANGES, STR_LENGTHS

from ._spec import SPEC


def _request_schema(operation_id: str) -> tuple[dict[str, object], list[dict[str, object]]]:
    for item in SPEC["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                body = (
                    op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
                )
                return body, op.get("parameters", [])
    raise AssertionError(operation_id)


def _field(operation_id: str, dotted: str) -> dict[str, object]:
    body, parameters = _request_schema(operation_id)
    for parameter in parameters:
        if parameter["name"] == dotted:
            return parameter["schema"]  # type: ignore[return-value]
    schema: dict[str, object] = body
    for part in dotted.split("."):
        schema = schema["properties"][part]  # type: ignore[index]
    return schema


def test_constraint_table_matches_the_vendored_spec() -> None:
    for (op, field), (low, high) in INT_RANGES.items():
        schema = _field(op, field)
        assert (schema["type"], schema["minimum"], schema["maximum"]) == ("integer", low, high), field
    for (op, field), (low, high) in STR_LENGTHS.items():
        schema = _field(op, field)
        assert (schema["type"], schema["minLength"], schema["maxLength"]) == ("string", low, high), field
    for (op, field), allowed in ENUMS.items():
        assert _field(op, field)["enum"] == list(allowed), field


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"ttl": 29}, "ttl"),
        ({"ttl": 3601}, "ttl"),
        ({"ttl": "120"}, "ttl"),
        ({"ttl": True}, "ttl"),
        ({"ttl": 12.5}, "ttl"),
        ({"activityTtl": 9}, "activityTtl"),
        ({"activityTtl": 3601}, "activityTtl"),
        ({"streamWebView": "yes"}, "streamWebView"),
        ({"profile": {"name": ""}}, "profile.name"),
        ({"profile": {"name": "x" * 129}}, "profile.name"),
        ({"profile": {}}, "profile.name"),
        ({"profile": "p"}, "profile"),
        ({"profile": {"name": "p", "saveChanges": 1}}, "profile.saveChanges"),
        ([], "request body"),
    ],
)
def test_create_constraints_answer_400_naming_the_field(api: httpx.Client, body: object, field: str) -> None:
    response = api.post("/interact", json=body)
    assert response.status_code == 400
    assert response.json()["error"].startswith(field)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "code"),
        ({"code": ""}, "code"),
        ({"code": "x" * 100001}, "code"),
        ({"code": "1", "language": "ruby"}, "language"),
        ({"code": "1", "timeout": 0}, "timeout"),
        ({"code": "1", "timeout": 301}, "timeout"),
    ],
)
def test_execute_constraints_answer_400_naming_the_field(api: httpx.Client, body: object, field: str) -> None:
    created = api.post("/interact", json={"ttl": 30, "activityTtl": 10, "streamWebView": False}).json()
    try:
        response = api.post(f"/interact/{created['id']}/execute", json=body)
        assert response.status_code == 400
        assert response.json()["error"].startswith(field)
    finally:
        api.delete(f"/interact/{created['id']}")


def test_list_status_must_be_in_the_enum(api: httpx.Client) -> None:
    response = api.get("/interact", params={"status": "running"})
    assert response.status_code == 400
    assert response.json()["error"].startswith("status")


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic x"}])
def test_a_wrong_or_missing_key_is_401(api: httpx.Client, headers: dict[str, str]) -> None:
    api.headers.pop("Authorization")
    for method, path in [("POST", "/interact"), ("GET", "/interact"), ("DELETE", "/interact/x")]:
        response = api.request(method, path, headers=headers, json={} if method == "POST" else None)
        assert response.status_code == 401


def test_unknown_session_is_404(fc: Firecrawl, api: httpx.Client) -> None:
    with pytest.raises(NotFoundError):
        fc.interact.delete("no-such-session")
    assert api.post("/interact/nope/execute", json={"code": "1"}).status_code == 404


def test_unknown_route_is_a_json_404(server: LocalInteractServer) -> None:
    response = httpx.get(f"{server.base_url}/nope")
    assert response.status_code == 404
    assert response.json()["success"] is False


def test_secrets_stay_out_of_repr(server: LocalInteractServer) -> None:
    assert server.api_key not in repr(server)
    assert server.api_key not in repr(server.config)


def test_import_firecrawl_sdk_does_not_import_the_testing_package() -> None:
    code = (
        "import sys, firecrawl_sdk\nfirecrawl_sdk.Firecrawl\nprint([m for m in sys.modules if 'test' in m])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_plugin_fixture_is_a_bound_client(
    firecrawl_local: Firecrawl, server: LocalInteractServer
) -> None:
    assert firecrawl_local.base_url == server.base_url
    assert isinstance(firecrawl_local.interact.list(), list)


def test_the_local_scrape_default_timeout_is_the_spec_default() -> None:
    """The one scrape value the generated rule table does not carry (a default) is held to the spec."""
    from firecrawl_sdk.testing import _scrape_request

    from ..spec._openapi import overlaid

    timeout = overlaid()["components"]["schemas"]["ScrapeOptions"]["properties"]["timeout"]
    assert timeout["default"] == _scrape_request.DEFAULT_TIMEOUT_MS
    assert (
        timeout["minimum"],
        timeout["maximum"],
    ) == (_scrape_request.MIN_TIMEOUT_MS, _scrape_request.MAX_TIMEOUT_MS)
