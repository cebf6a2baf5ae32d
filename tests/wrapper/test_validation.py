"""Bad input is refused before anything is sent, with a message naming parameter, rule and value.

The rules come from the spec (generated/firecrawl_api/_constraints.py, written by
tools/constraints.py); ``test_constraints_are_the_specs`` ties them to the vendored file.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, cast

import firecrawl_sdk
import httpx
import pytest
from firecrawl_api._constraints import OPERATIONS
from firecrawl_sdk import Firecrawl, InvalidParameterError

from ..spec._openapi import api_path, require_field, require_operation
from .conftest import BASE_URL, Recorder, ok, session_json

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "firecrawl-v2.openapi.json"
JOB = "123e4567-e89b-12d3-a456-426614174000"


def profile(**fields: Any) -> Any:
    """A ``Profile`` built when the test runs: revisions without profiles have no such model."""
    return lambda: firecrawl_sdk.Profile(**fields)


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
        {"profile": profile(name="p", save_changes=cast(Any, "no"))},
        "profile.save_changes",
        "True or False",
        "'no'",
    ),
    ({"profile": "\ud800"}, "profile.name", "valid Unicode text", "'\\ud800'"),
    (
        {"profile": profile(name="p", save_changes=cast(Any, None))},
        "profile.save_changes",
        "True or False",
        "None",
    ),
    ({"profile": {"name": ""}}, "profile.name", "a string of 1 to 128 characters", "''"),  # a dict is JSON
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
    field = param.split(".")[0]
    require_field("createBrowserSession", re.sub(r"_(\w)", lambda m: m[1].upper(), field))
    kwargs = {name: value() if callable(value) else value for name, value in kwargs.items()}
    client = sdk(ok(session_json()))
    refused(client, lambda: client.interact.create(**kwargs), param, allowed, shown)


@pytest.mark.parametrize(("args", "kwargs", "param", "allowed", "shown"), EXECUTE_CASES)
def test_execute_refuses(
    sdk: Any, args: tuple[Any, ...], kwargs: dict[str, Any], param: str, allowed: str, shown: str
) -> None:
    require_operation("executeBrowserCode")
    client = sdk(ok())
    refused(client, lambda: client.interact.execute(*args, **kwargs), param, allowed, shown)


@pytest.mark.parametrize(
    ("operation", "call", "param", "allowed"),
    [
        (
            "listBrowserSessions",
            lambda c: c.interact.list(status="expired"),
            "status",
            "one of 'active', 'destroyed'",
        ),
        ("deleteBrowserSession", lambda c: c.interact.delete(".."), "session_id", "a non-empty id"),
        (
            "interactWithScrapeBrowserSession",
            lambda c: c.scrape.interact("not-a-uuid", code="1"),
            "job_id",
            "a UUID",
        ),
        (
            "interactWithScrapeBrowserSession",
            lambda c: c.scrape.interact(JOB, code="1", language="ruby"),
            "language",
            "one of",
        ),
        (
            "interactWithScrapeBrowserSession",
            lambda c: c.scrape.interact(JOB, code="1", origin=5),
            "origin",
            "a string",
        ),
        (
            "stopInteractiveScrapeBrowserSession",
            lambda c: c.scrape.stop_interaction(JOB + "0"),
            "job_id",
            "a UUID",
        ),
    ],
)
def test_other_operations_refuse(sdk: Any, operation: str, call: Any, param: str, allowed: str) -> None:
    require_operation(operation)
    client = sdk(ok())
    refused(client, lambda: call(client), param, allowed, "")


def test_bounds_themselves_are_accepted(sdk: Any) -> None:
    require_operation("createBrowserSession")
    require_operation("executeBrowserCode")
    profiles = "profile" in _operation_body("createBrowserSession")["properties"]
    longest, shortest = ({"profile": "x" * 128}, {"profile": "p"}) if profiles else ({}, {})
    client = sdk(ok(session_json()))
    client.interact.create(ttl=30, activity_ttl=10, **longest)
    client.interact.create(ttl=3600, activity_ttl=3600, **shortest)
    client.interact.execute("s", "x" * 100_000, language="bash", timeout=300)
    client.interact.execute("s", "1", timeout=1)
    assert len(client.sent) == 4


def _schema(spec: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    body: dict[str, Any] = spec["paths"][path][method]["requestBody"]["content"]["application/json"]["schema"]
    return body


def _operation_body(operation_id: str) -> dict[str, Any]:
    schema = require_operation(operation_id).body
    assert schema is not None, operation_id
    return _resolve(schema)


def _operation_param(operation_id: str, name: str) -> dict[str, Any]:
    param = next(p for p in require_operation(operation_id).params if p["name"] == name)
    return _resolve(param["schema"])


def test_constraints_are_the_specs() -> None:
    """The table the wrapper enforces equals the vendored spec, keyword for keyword."""
    create = _operation_body("createBrowserSession")["properties"]
    table = OPERATIONS["createBrowserSession"]["body"]["schema"]["properties"]
    for json_name in ("ttl", "activityTtl"):
        for keyword in ("type", "minimum", "maximum"):
            assert table[json_name][keyword] == create[json_name][keyword]
    for keyword in ("type", "minLength", "maxLength") if "profile" in create else ():  # not on every revision
        assert (
            table["profile"]["properties"]["name"][keyword]
            == _resolve(create["profile"])["properties"]["name"][keyword]
        )
    execute = _operation_body("executeBrowserCode")
    body = OPERATIONS["executeBrowserCode"]["body"]["schema"]
    for name in ("code", "language", "timeout"):
        for keyword in ("type", "minLength", "maxLength", "enum", "minimum", "maximum"):
            assert body["properties"][name].get(keyword) == execute["properties"][name].get(keyword)
    assert body["required"] == execute["required"]
    status = _operation_param("listBrowserSessions", "status")
    assert OPERATIONS["listBrowserSessions"]["parameters"]["status"]["schema"]["enum"] == status["enum"]
    job = _operation_param("interactWithScrapeBrowserSession", "jobId")  # skips where it is absent
    assert (
        OPERATIONS["interactWithScrapeBrowserSession"]["parameters"]["jobId"]["schema"]["format"]
        == job["format"]
    )


# --- validate_request: one test per rule kind, expectations read from the vendored spec ----------------

from firecrawl_api._constraints import SCHEMAS  # noqa: E402
from firecrawl_sdk._validation import compile_schema, validate, validate_request  # noqa: E402

URL = "https://example.com"


def _spec() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SPEC.read_text())
    return loaded


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = _spec()
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def _path_item(path: str) -> dict[str, Any]:
    """The spec's path item; a revision without that path skips the test that reads it."""
    item: dict[str, Any] | None = _spec()["paths"].get(path)
    if item is None:
        pytest.skip(f"the spec in openapi/ has no path {path} (an earlier or later revision)")
    return item


def _body(path: str, method: str = "post") -> dict[str, Any]:
    return _resolve(_path_item(path)[method]["requestBody"]["content"]["application/json"]["schema"])


def _component(name: str) -> dict[str, Any]:
    if name not in _spec()["components"]["schemas"]:
        pytest.skip(f"the spec in openapi/ has no schema {name} (an earlier or later revision)")
    return _resolve({"$ref": f"#/components/schemas/{name}"})


def _param(path: str, method: str, name: str) -> dict[str, Any]:
    item = _path_item(path)
    for parameter in [*item.get("parameters", ()), *item[method].get("parameters", ())]:
        parameter = _resolve(parameter)
        if parameter["name"] == name:
            return _resolve(parameter["schema"])
    raise KeyError(name)


def rejects(
    operation_id: str, *, path: Any = None, query: Any = None, body: Any = None
) -> InvalidParameterError:
    with pytest.raises(InvalidParameterError) as raised:
        validate_request(operation_id, path=path or {}, query=query or {}, body=body)
    return raised.value


def accepts(operation_id: str, *, path: Any = None, query: Any = None, body: Any = None) -> None:
    validate_request(operation_id, path=path or {}, query=query or {}, body=body)


def test_all_of_bodies_are_merged() -> None:
    """POST /scrape is allOf [{url}, ScrapeOptions, {zeroDataRetention}]: rules of every member apply."""
    members = _body("/scrape")["allOf"]
    assert "url" in members[0]["required"]
    error = rejects("scrapeAndExtractFromUrl", body={})
    assert (error.param, error.allowed) == ("url", "given (it is required)")
    scrape_options = _resolve(members[1])["properties"]
    assert scrape_options["onlyMainContent"]["type"] == "boolean"
    error = rejects("scrapeAndExtractFromUrl", body={"url": URL, "onlyMainContent": "yes"})
    assert str(error) == "only_main_content (JSON \"onlyMainContent\"): True or False; got 'yes'"
    assert _resolve(members[2])["properties"]["zeroDataRetention"]["type"] == "boolean"
    assert rejects("scrapeAndExtractFromUrl", body={"url": URL, "zeroDataRetention": 1}).json_name == (
        "zeroDataRetention"
    )
    accepts("scrapeAndExtractFromUrl", body={"url": URL, "onlyMainContent": True, "zeroDataRetention": False})
    # /feedback: allOf [SearchFeedbackRequest, {...}]: the first member's required field applies.
    feedback = _body("/feedback")["allOf"]
    required = _resolve(feedback[0])["required"]
    assert rejects("submitEndpointFeedback", body={}).json_name in required


def test_legacy_validate_accepts_all_of_fields() -> None:
    """validate(op, **python_kwargs) knows the fields of merged allOf bodies (it raised KeyError)."""
    validate("scrapeAndExtractFromUrl", url=URL, only_main_content=True)
    with pytest.raises(InvalidParameterError, match="url"):
        validate("scrapeAndExtractFromUrl", url="not a url")


def test_arrays_max_items_and_item_rules() -> None:
    sources = _param("/search/developer", "get", "sources")
    high, item_high = sources["maxItems"], sources["items"]["maxLength"]
    accepts("developerSearch", query={"query": "q", "sources": ["a"] * high})
    error = rejects("developerSearch", query={"query": "q", "sources": ["a"] * (high + 1)})
    assert error.json_name == "sources" and f"at most {high} items" in error.allowed
    error = rejects("developerSearch", query={"query": "q", "sources": ["a", "b" * (item_high + 1)]})
    assert error.json_name == "sources[1]" and error.param == "sources[1]"
    error = rejects("developerSearch", query={"query": "q", "sources": [""]})
    assert error.json_name == "sources[0]"


def test_arrays_min_items() -> None:
    targets = _component("MonitorCreateRequest")["properties"]["targets"]
    low = targets["minItems"]
    error = rejects("createMonitor", body={"name": "n", "schedule": {}, "targets": [None] * (low - 1)})
    assert error.json_name == "targets" and f"{low} to" in error.allowed


def test_array_items_of_a_query_enum() -> None:
    allowed = _param("/search/developer", "get", "types")["items"]["enum"]
    accepts("developerSearch", query={"query": "q", "types": list(allowed)})
    error = rejects("developerSearch", query={"query": "q", "types": [allowed[0], "wiki"]})
    assert error.json_name == "types[1]" and error.value == "wiki"


def test_format_uri_is_an_absolute_http_url() -> None:
    assert _body("/map")["properties"]["url"]["format"] == "uri"
    for good in (URL, "http://127.0.0.1:8080/a?b#c", "HTTPS://EXAMPLE.COM"):
        accepts("mapUrls", body={"url": good})
    for bad in (
        "example.com",
        "/path",
        "ftp://example.com",
        "mailto:a@b.c",
        "https://",
        "https://a b.com",
        "",
    ):
        error = rejects("mapUrls", body={"url": bad})
        assert (error.json_name, error.allowed) == ("url", "an absolute http(s) URL"), bad


def test_format_uuid() -> None:
    assert _param("/crawl/{id}", "get", "id")["format"] == "uuid"
    accepts("getCrawlStatus", path={"id": JOB})
    for bad in ("nope", JOB[:-1], JOB + "0", JOB.replace("-", "")):
        error = rejects("getCrawlStatus", path={"id": bad})
        assert error.param == "job_id" and "UUID" in error.allowed  # the SDK's name (surface.yaml rename)
        assert '(JSON "id")' in str(error)


def test_enum() -> None:
    allowed = _param("/team/activity", "get", "endpoint")["enum"]
    for value in allowed:
        accepts("getActivity", query={"endpoint": value})
    error = rejects("getActivity", query={"endpoint": allowed[0].upper()})
    assert error.allowed.startswith("one of " + repr(allowed[0]))


def test_range() -> None:
    limit = _param("/team/activity", "get", "limit")
    low, high = limit["minimum"], limit["maximum"]
    for good in (low, high, str(low), str(high)):  # a query string value is read as the server reads it
        accepts("getActivity", query={"limit": good})
    for bad in (low - 1, high + 1, str(high + 1), "ten", 1.5, True):
        error = rejects("getActivity", query={"limit": bad})
        assert error.allowed == f"an integer from {low} to {high}", bad


def test_exclusive_bounds_and_any_of() -> None:
    """The spec has no exclusive bound or anyOf today; the validator implements them as JSON Schema does."""
    check = compile_schema({"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1})
    assert check(0.5) is None and check(0) is not None and check(1) is not None
    any_of = compile_schema(
        {"anyOf": [{"type": "integer"}, {"type": "string", "maxLength": 2}], "titles": ["", ""]}
    )
    assert (
        any_of(5) is None and any_of("ab") is None and any_of("abc") is not None and any_of(1.5) is not None
    )


def test_length() -> None:
    prompt = _body("/crawl/params-preview")["properties"]["prompt"]
    high = prompt["maxLength"]
    accepts("crawlParamsPreview", body={"url": URL, "prompt": "p" * high})
    error = rejects("crawlParamsPreview", body={"url": URL, "prompt": "p" * (high + 1)})
    assert error.allowed == f"a string of at most {high} characters"
    low = _param("/search/research/papers", "get", "query")["minLength"]
    assert rejects("researchSearchPapers", query={"query": "q" * (low - 1)}).json_name == "query"


def test_required() -> None:
    required = _body("/crawl/params-preview")["required"]
    for name in required:
        body = {"url": URL, "prompt": "p"}
        del body[name]
        error = rejects("crawlParamsPreview", body=body)
        assert (error.json_name, error.allowed) == (name, "given (it is required)")
    query = [p["name"] for p in _path_item("/search/developer")["get"]["parameters"] if p.get("required")]
    assert rejects("developerSearch", query={}).json_name == query[0]


def test_nested_objects_at_depth() -> None:
    country = _component("ScrapeOptions")["properties"]["location"]["properties"]["country"]
    assert country["pattern"] == "^[A-Z]{2}$"
    accepts("scrapeAndExtractFromUrl", body={"url": URL, "location": {"country": "DE"}})
    for bad in ("de", "DEU", "DE\n"):
        error = rejects("scrapeAndExtractFromUrl", body={"url": URL, "location": {"country": bad}})
        assert (error.param, error.json_name) == ("location.country", "location.country"), bad
    # A $ref inside an array inside a oneOf member inside the body: monitors' scrape targets.
    scrape_target = _component("MonitorTarget")["oneOf"][0]
    assert scrape_target["properties"]["urls"]["minItems"] == 1
    error = rejects(
        "createMonitor", body={"name": "n", "schedule": {}, "targets": [{"type": "scrape", "urls": []}]}
    )
    assert error.json_name == "targets[0].urls"


def test_nullable() -> None:
    goal = _component("MonitorCreateRequest")["properties"]["goal"]
    assert goal["nullable"] is True
    body = {"name": "n", "schedule": {}, "targets": [{"type": "scrape", "urls": [URL]}]}
    accepts("createMonitor", body={**body, "goal": None})
    assert rejects("createMonitor", body={**body, "name": None}).json_name == "name"  # not nullable


def test_one_of_tag_selects_the_member() -> None:
    members = _component("Formats")["items"]["oneOf"]
    tags = [m["properties"]["type"]["enum"][0] for m in members]
    plain = [m["properties"]["type"]["enum"][0] for m in members if m.get("required") == ["type"]]
    accepts("scrapeAndExtractFromUrl", body={"url": URL, "formats": [{"type": tag} for tag in plain]})
    error = rejects(
        "scrapeAndExtractFromUrl", body={"url": URL, "formats": [{"type": "markdown"}, {"type": "pdfx"}]}
    )
    assert (error.param, error.json_name, error.value) == ("formats[1].type", "formats[1].type", "pdfx")
    assert str(error).startswith('formats[1].type (JSON "formats[1].type"): one of ' + repr(tags[0]))
    # The tag chooses the member whose own rules then apply (screenshot's viewport needs width and height).
    screenshot = next(m for m in members if m["properties"]["type"]["enum"] == ["screenshot"])
    viewport = _resolve(screenshot["properties"]["viewport"])
    error = rejects(
        "scrapeAndExtractFromUrl", body={"url": URL, "formats": [{"type": "screenshot", "viewport": {}}]}
    )
    assert error.json_name == f"formats[0].viewport.{viewport['required'][0]}"


def test_one_of_without_tags_needs_exactly_one_member() -> None:
    """redactPII is oneOf [boolean, RedactPIIOptions]; wait actions are oneOf two closed objects."""
    require_field("scrapeAndExtractFromUrl", "redactPII")
    accepts("scrapeAndExtractFromUrl", body={"url": URL, "redactPII": True})
    accepts("scrapeAndExtractFromUrl", body={"url": URL, "redactPII": {}})
    assert rejects("scrapeAndExtractFromUrl", body={"url": URL, "redactPII": "yes"}).json_name == "redactPII"
    accepts("scrapeAndExtractFromUrl", body={"url": URL, "actions": [{"type": "wait", "milliseconds": 5}]})
    accepts("scrapeAndExtractFromUrl", body={"url": URL, "actions": [{"type": "wait", "selector": "#a"}]})
    both = {"type": "wait", "milliseconds": 5, "selector": "#a"}  # matches neither closed member
    error = rejects("scrapeAndExtractFromUrl", body={"url": URL, "actions": [both]})
    assert str(error.json_name).startswith("actions[0]")


def test_additional_properties_false() -> None:
    assert _component("RedactPIIOptions")["additionalProperties"] is False
    error = rejects("scrapeAndExtractFromUrl", body={"url": URL, "redactPII": {"unknown": 1}})
    assert error.json_name == "redactPII.unknown" and error.allowed.startswith("not given")
    accepts("scrapeAndExtractFromUrl", body={"url": URL, "unknownTopLevel": 1})  # open objects stay open


def test_recursive_references_compile() -> None:
    """A schema that refers to itself compiles (references are resolved when first used)."""
    SCHEMAS["_Tree"] = {
        "type": "object",
        "properties": {"child": {"$ref": "_Tree"}, "n": {"type": "integer"}},
    }
    try:
        check = compile_schema({"$ref": "_Tree"})
        assert check({"child": {"child": {"n": 1}}}) is None
        failure = check({"child": {"child": {"n": "x"}}})
        assert failure is not None and len(failure[0]) == 3
    finally:
        del SCHEMAS["_Tree"]


def test_messages_name_python_and_json_names() -> None:
    require_operation("createBrowserSession")
    error = rejects("createBrowserSession", body={"activityTtl": 1})
    assert str(error).startswith('activity_ttl (JSON "activityTtl"): an integer from ')
    assert isinstance(error, ValueError)


def test_small_body_validation_costs_microseconds() -> None:
    import time

    body = {"url": URL, "formats": [{"type": "markdown"}, {"type": "links"}], "onlyMainContent": True}
    accepts("scrapeAndExtractFromUrl", body=body)  # compiled once
    start = time.perf_counter()
    for _ in range(1000):
        accepts("scrapeAndExtractFromUrl", body=body)
    assert (time.perf_counter() - start) / 1000 < 200e-6  # ~6 us here; generous for a busy machine


# --- the transport: requests the SDK's methods did not validate ------------------------------------------


def test_generated_function_called_directly_is_validated_and_not_sent(sdk: Any, kind: str) -> None:
    create_browser_session: Any = require_operation("createBrowserSession").module()
    from firecrawl_api.models import CreateSessionBody

    client = sdk(ok(session_json()))
    low = _operation_body("createBrowserSession")["properties"]["ttl"]["minimum"]
    api = client._target.api_client if kind == "async" else client.api_client
    call: Any = (
        create_browser_session.asyncio_detailed if kind == "async" else create_browser_session.sync_detailed
    )
    with pytest.raises(InvalidParameterError, match='ttl \\(JSON "ttl"\\)'):
        client.run(call(client=api, body=CreateSessionBody(ttl=low - 1))) if kind == "async" else call(
            client=api, body=CreateSessionBody(ttl=low - 1)
        )
    assert client.sent == []
    result = (
        client.run(call(client=api, body=CreateSessionBody(ttl=low)))
        if kind == "async"
        else call(client=api, body=CreateSessionBody(ttl=low))
    )
    assert result.status_code == 200 and len(client.sent) == 1


def _sync_client() -> Any:
    """One Firecrawl over a recording MockTransport (Policy.prepare is the same for both clients;
    the async path is tested above)."""
    recorder = Recorder(ok())
    transport = httpx.MockTransport(recorder)
    client: Any = Firecrawl("k", base_url=BASE_URL, http_client=httpx.Client(transport=transport))
    client.sent = recorder.sent
    return client


def test_transport_validates_path_and_query() -> None:
    client = _sync_client()
    http = client.api_client.get_httpx_client()
    with pytest.raises(InvalidParameterError, match="UUID"):
        http.get("/crawl/not-a-uuid")
    with pytest.raises(InvalidParameterError, match="status"):
        http.get(api_path("listBrowserSessions"), params={"status": "expired"})
    with pytest.raises(InvalidParameterError, match="only_main_content"):
        http.post("/scrape", json={"url": URL, "onlyMainContent": "yes"})
    assert client.sent == []


def test_transport_passes_unmatched_and_already_validated_requests() -> None:
    client = _sync_client()
    http = client.api_client.get_httpx_client()
    http.get("/no-such-operation")  # no operation: the server judges it
    http.get("http://elsewhere.test/crawl/not-a-uuid")  # another host: not ours to judge
    request = http.build_request("GET", "/crawl/not-a-uuid", extensions={"firecrawl_sdk.validated": True})
    http.send(request)  # validated by an SDK method already: not judged twice
    assert len(client.sent) == 3


def test_any_of_required_sets_name_every_alternative() -> None:
    """Scrape-bound interact takes `code` or `prompt` (overlay): neither names both."""
    require_operation("interactWithScrapeBrowserSession")
    error = rejects("interactWithScrapeBrowserSession", path={"jobId": JOB}, body={})
    assert error.param == "code" and error.allowed == "code or prompt given (one of them is required)"
    accepts("interactWithScrapeBrowserSession", path={"jobId": JOB}, body={"prompt": "title?"})
    accepts("interactWithScrapeBrowserSession", path={"jobId": JOB}, body={"code": "1"})


def test_a_tagged_union_with_a_scalar_member_takes_names_and_tagged_objects() -> None:
    """Formats: tagged objects plus a format by name (overlay). A string is judged by the name member
    alone; an object by its tag. The names allowed are the spec's (the name member's enum)."""
    formats = SCHEMAS["Formats"]["items"]
    names = next(m for m in formats["oneOf"] if m.get("type") == "string")["enum"]
    url = "https://example.com"
    for name in names:
        accepts("scrapeAndExtractFromUrl", body={"url": url, "formats": [name]})
    error = rejects("scrapeAndExtractFromUrl", body={"url": url, "formats": ["markdown", "pdfx"]})
    assert error.param == "formats[1]" and error.allowed.startswith(f"one of {names[0]!r}")
    error = rejects("scrapeAndExtractFromUrl", body={"url": url, "formats": [{"type": "pdfx"}]})
    assert error.param == "formats[0].type"
