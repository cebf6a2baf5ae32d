"""Bad input is refused before anything is sent, with a message naming parameter, rule and value.

The rules come from the spec (generated/firecrawl_api/_constraints.py, written by
tools/constraints.py); ``test_constraints_are_the_specs`` ties them to the vendored file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, cast

import pytest
from firecrawl_api._constraints import OPERATIONS
from firecrawl_sdk import InvalidParameterError, Profile

from .conftest import ok, session_json

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "firecrawl-v2.openapi.json"
JOB = "123e4567-e89b-12d3-a456-426614174000"

CREATE_CASES = [
    ({"ttl": 29}, "ttl", "an integer from 30 to 3600", "29"),
    ({"ttl": 3601}, "ttl", "an integer from 30 to 3600", "3601"),
    ({"ttl": "120"}, "ttl", "an integer from 30 to 3600", "'120'"),
    ({"ttl": 12.5}, "ttl", "an integer from 30 to 3600", "12.5"),
    ({"ttl": 120.0}, "ttl", "an integer from 30 to 3600", "120.0"),
    ({"ttl": True}, "ttl", "an integer from 30 to 3600", "True"),
    ({"activity_ttl": 9}, "activity_ttl", "an integer from 10 to 3600", "9"),
    ({"activity_ttl": 3601}, "activity_ttl", "an integer from 10 to 3600", "3601"),
    ({"stream_web_view": "yes"}, "stream_web_view", "True or False", "'yes'"),
    ({"stream_web_view": 1}, "stream_web_view", "True or False", "1"),
    ({"profile": ""}, "profile.name", "a string of 1 to 128 characters", "''"),
    ({"profile": "x" * 129}, "profile.name", "a string of 1 to 128 characters", "129 chars"),
    (
        {"profile": Profile(name="p", save_changes=cast(Any, "no"))},
        "profile.save_changes",
        "True or False",
        "'no'",
    ),
    ({"profile": "\ud800"}, "profile.name", "valid Unicode text", "'\\ud800'"),
    (
        {"profile": Profile(name="p", save_changes=cast(Any, None))},
        "profile.save_changes",
        "True or False",
        "None",
    ),
    ({"profile": {"name": "p"}}, "profile", "a Profile or a profile name", "{'name': 'p'}"),
]

EXECUTE_CASES = [
    (("s", ""), {}, "code", "a string of 1 to 100000 characters", "''"),
    (("s", "x" * 100_001), {}, "code", "a string of 1 to 100000 characters", "100001 chars"),
    (("s", None), {}, "code", "given (it is required)", "None"),
    (("s", b"1+1"), {}, "code", "a string of 1 to 100000 characters", "b'1+1'"),
    (("s", "1"), {"language": "ruby"}, "language", "one of 'python', 'node', 'bash'", "'ruby'"),
    (("s", "1"), {"language": "Python"}, "language", "one of 'python', 'node', 'bash'", "'Python'"),
    (("s", "1"), {"timeout": 0}, "timeout", "an integer from 1 to 300", "0"),
    (("s", "1"), {"timeout": 301}, "timeout", "an integer from 1 to 300", "301"),
    (("s", "1"), {"timeout": 1.5}, "timeout", "an integer from 1 to 300", "1.5"),
    (("", "1"), {}, "session_id", "a non-empty id", "''"),
    ((".", "1"), {}, "session_id", "a non-empty id", "'.'"),
    ((42, "1"), {}, "session_id", "a string", "42"),
]


def refused(client: Any, call: Any, param: str, allowed: str, shown: str) -> None:
    with pytest.raises(InvalidParameterError) as raised:
        call()
    message = str(raised.value)
    assert message.startswith(f"{param} (JSON ") and allowed in message and shown in message, message
    assert raised.value.param == param
    assert isinstance(raised.value, ValueError)
    assert client.sent == []  # nothing was sent


@pytest.mark.parametrize(("kwargs", "param", "allowed", "shown"), CREATE_CASES)
def test_create_refuses(sdk: Any, kwargs: dict[str, Any], param: str, allowed: str, shown: str) -> None:
    client = sdk(ok(session_json()))
    refused(client, lambda: client.interact.create(**kwargs), param, allowed, shown)


@pytest.mark.parametrize(("args", "kwargs", "param", "allowed", "shown"), EXECUTE_CASES)
def test_execute_refuses(
    sdk: Any, args: tuple[Any, ...], kwargs: dict[str, Any], param: str, allowed: str, shown: str
) -> None:
    client = sdk(ok())
    refused(client, lambda: client.interact.execute(*args, **kwargs), param, allowed, shown)


@pytest.mark.parametrize(
    ("call", "param", "allowed"),
    [
        (lambda c: c.interact.list(status="expired"), "status", "one of 'active', 'destroyed'"),
        (lambda c: c.interact.delete(".."), "session_id", "a non-empty id"),
        (lambda c: c.scrape.interact("not-a-uuid", code="1"), "job_id", "a UUID"),
        (lambda c: c.scrape.interact(JOB, code="1", language="ruby"), "language", "one of"),
        (lambda c: c.scrape.interact(JOB, code="1", origin=5), "origin", "a string"),
        (lambda c: c.scrape.stop_interaction(JOB + "0"), "job_id", "a UUID"),
    ],
)
def test_other_operations_refuse(sdk: Any, call: Any, param: str, allowed: str) -> None:
    client = sdk(ok())
    refused(client, lambda: call(client), param, allowed, "")


def test_bounds_themselves_are_accepted(sdk: Any) -> None:
    client = sdk(ok(session_json()))
    client.interact.create(ttl=30, activity_ttl=10, profile="x" * 128)
    client.interact.create(ttl=3600, activity_ttl=3600, profile="p")
    client.interact.execute("s", "x" * 100_000, language="bash", timeout=300)
    client.interact.execute("s", "1", timeout=1)
    assert len(client.sent) == 4


def _schema(spec: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    body: dict[str, Any] = spec["paths"][path][method]["requestBody"]["content"]["application/json"]["schema"]
    return body


def test_constraints_are_the_specs() -> None:
    """The table the wrapper enforces equals the vendored spec, keyword for keyword."""
    spec = json.loads(SPEC.read_text())
    create = _schema(spec, "/interact", "post")["properties"]
    table = OPERATIONS["createBrowserSession"]["body"]["schema"]["properties"]
    for json_name in ("ttl", "activityTtl"):
        for keyword in ("type", "minimum", "maximum"):
            assert table[json_name][keyword] == create[json_name][keyword]
    for keyword in ("type", "minLength", "maxLength"):
        assert (
            table["profile"]["properties"]["name"][keyword]
            == create["profile"]["properties"]["name"][keyword]
        )
    execute = _schema(spec, "/interact/{sessionId}/execute", "post")
    body = OPERATIONS["executeBrowserCode"]["body"]["schema"]
    for name in ("code", "language", "timeout"):
        for keyword in ("type", "minLength", "maxLength", "enum", "minimum", "maximum"):
            assert body["properties"][name].get(keyword) == execute["properties"][name].get(keyword)
    assert body["required"] == execute["required"]
    status = spec["paths"]["/interact"]["get"]["parameters"][0]["schema"]
    assert OPERATIONS["listBrowserSessions"]["parameters"]["status"]["schema"]["enum"] == status["enum"]
    job = spec["paths"]["/scrape/{jobId}/interact"]["post"]["parameters"][0]["schema"]
    assert (
        OPERATIONS["interactWithScrapeBrowserSession"]["parameters"]["jobId"]["schema"]["format"]
        == job["format"]
    )
