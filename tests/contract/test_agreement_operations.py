"""Validation agreement on every operation: ``validate_request`` vs Prism, example by example.

For each operation of the vendored spec that has parameters or a JSON body, hypothesis
draws requests from strategies derived from the operation's own schemas (the vendored
file, not the SDK's table): valid requests, and requests with one mutation somewhere
(a value from outside its rule at any depth: bounds +-1, lengths +-1, enum near-misses,
bad formats, wrong types, a required field dropped, an unknown field added, arrays too
long or too short, tagged unions with a wrong tag). Each request is judged twice:

* by ``firecrawl_sdk._validation.validate_request`` (reject = ``InvalidParameterError``);
* by Prism, sent raw with httpx (no SDK in between): 2xx = accept, 422 or an
  unroutable path = reject.

Any mismatch is a disagreement; there must be none. Prism behaviours that contradict
the spec or where the SDK is stricter by design are excluded narrowly (only when the
SDK rejected for exactly that reason and Prism accepted) and counted in the summary
line (see ``_quirk``):

* ``integral float``: ``30.0`` for an ``integer`` (ajv reads it as 30; see test_agreement.py);
* ``empty query``: ``?status=`` (or an empty item of an array: ``?types=``) is treated as
  absent by Prism;
* ``lone surrogate``: a string with no UTF-8 form (not comparable);
* ``non-http uri``: ``format: uri`` values that are absolute URIs of another scheme or
  without a host (``mailto:x``, ``http:x``): the SDK wants an absolute http(s) URL, ajv
  any absolute URI.
* ``dot segment``: a path parameter ``.``/``..``: the URL would address another path.

``FIRECRAWL_FUZZ_EXAMPLES`` sets the examples per operation (``make test``: 20 unless
set; ``make fuzz``: more); ``FIRECRAWL_FUZZ_SEED`` replays a run.
"""

from __future__ import annotations

import json
import os
import random
import re
import string
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from firecrawl_sdk import InvalidParameterError
from firecrawl_sdk._validation import is_uri, validate_request
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from tests._vehicle import spec_paths

from ._prism import AGREEMENT, merged, resolve, spec

pytestmark = pytest.mark.prism

EXAMPLES = int(os.environ.get("FIRECRAWL_FUZZ_EXAMPLES") or 20)
SEED = int(os.environ.get("FIRECRAWL_FUZZ_SEED") or random.SystemRandom().randrange(2**32))
AGREEMENT.seed = AGREEMENT.seed if AGREEMENT.seed is not None else SEED

SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    phases=[Phase.generate],
    suppress_health_check=list(HealthCheck),
)
ACCEPT, REJECT = "accept", "reject"
METHODS = ("get", "put", "post", "delete", "patch")
MAX_DEPTH = 5


# --- the vendored spec ---------------------------------------------------------------------------


def operations() -> list[tuple[str, str, str, dict[str, Any]]]:
    found = []
    for path, item in spec()["paths"].items():
        for method in METHODS:
            if method in item:
                op = item[method]
                found.append((op["operationId"], method.upper(), path, {**op, "_item": item}))
    return found


def parameters(op: dict[str, Any]) -> list[dict[str, Any]]:
    return [resolve(p) for p in [*op["_item"].get("parameters", ()), *op.get("parameters", ())]]


def json_body(op: dict[str, Any]) -> dict[str, Any] | None:
    content = resolve(op.get("requestBody", {})).get("content", {})
    media = content.get("application/json")
    return None if media is None else media.get("schema", {})


JUDGED = [
    (op_id, method, path, op)
    for op_id, method, path, op in operations()
    if json_body(op) is not None or any(p["in"] in ("path", "query") for p in parameters(op))
]
#: Operations with parameters or a body that are not judged here, with the reason.
NOT_JUDGED = {
    "parseFile": "multipart/form-data body (validate_request judges JSON bodies; the transport "
    "validates parse's path and query, it has none)",
}


# --- strategies from schemas ------------------------------------------------------------------------

JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5) | st.floats(-5, 5) | st.text(max_size=4),
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=3), inner, max_size=2),
    max_leaves=4,
)
WRONG = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 3),
    st.sampled_from([1.5, -0.5, 1e300, 2.0, 0.0]),
    st.text(max_size=6),
    st.just([]),
    st.just({}),
    JSONISH,
)
LONE_SURROGATES = st.sampled_from(["\ud800", "a\udfff"])
URLS = st.sampled_from(
    [
        "https://example.com",
        "http://example.com/a?b=1#c",
        "https://sub.example.co.uk:8443/path",
        "HTTPS://EXAMPLE.COM",
        "http://127.0.0.1/x",
    ]
)
BAD_URLS = st.sampled_from(
    [
        "example.com",
        "",
        "/relative/path",
        "https://exa mple.com",
        "ftp://example.com",
        "mailto:a@b.c",
        "http:example",
        "https://",
        "https://ex%ample.com",
        "javascript:alert(1)",
        "https://例え.jp",
        "http://[::1]/",
        "https://a.com/\u00e9",
    ]
)


def text_for(schema: dict[str, Any]) -> st.SearchStrategy[str]:
    fmt = schema.get("format")
    if fmt == "uri" or fmt == "url":
        return URLS
    if fmt == "uuid":
        return st.uuids().map(str)
    if fmt == "date":
        return st.dates().map(lambda d: d.isoformat())
    if fmt == "date-time":
        return st.datetimes().map(lambda d: d.isoformat() + "Z")
    if fmt == "email":
        return st.sampled_from(["a@example.com", "first.last+tag@mail.example.org"])
    if fmt == "hostname":
        return st.sampled_from(["example.com", "a-b.example", "localhost"])
    if "pattern" in schema:
        return st.from_regex(schema["pattern"].replace("$", r"\Z"), fullmatch=True, alphabet=string.printable)
    low = schema.get("minLength", 0)
    high = min(schema.get("maxLength", low + 12), low + 12)
    return st.text(min_size=low, max_size=max(high, low))


def bad_text_for(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    options: list[st.SearchStrategy[Any]] = [LONE_SURROGATES]
    fmt = schema.get("format")
    if fmt in ("uri", "url"):
        options.append(BAD_URLS)
    if fmt == "uuid":
        options.append(
            st.sampled_from(
                [
                    "",
                    "not-a-uuid",
                    "123e4567-e89b-12d3-a456-42661417400",
                    "123e4567e89b12d3a456426614174000",
                    "zz",
                ]
            )
            | st.uuids().map(lambda u: str(u).upper())
            | st.uuids().map(lambda u: "urn:uuid:" + str(u))
            | st.uuids().map(lambda u: str(u) + " ")
        )
    if fmt == "date":
        options.append(
            st.sampled_from(["2024-02-30", "2023-02-29", "2024-13-01", "24-01-01", "2024-1-1", ""])
        )
    if fmt == "email":
        options.append(st.sampled_from(["a@", "@b.com", "a b@c.com", "a@b", "a@@b.com"]))
    if fmt == "hostname":
        options.append(st.sampled_from(["-a.com", "a..b", "a_b.com", "x" * 64 + ".com", ""]))
    if "pattern" in schema:
        options.append(
            st.text(max_size=4) | st.sampled_from(["us", "USA", "U", "US\n", "Us", "a/b", "-x", "A_b"])
        )
    low, high = schema.get("minLength"), schema.get("maxLength")
    if low is not None and low > 0:
        options.append(st.just("x" * (low - 1)))
    if high is not None:
        options.append(st.sampled_from(["y" * (high + 1), "\U0001f600" * (high + 1), "z" * high]))
    return st.one_of(options)


def numbers_for(schema: dict[str, Any], wild: bool) -> st.SearchStrategy[Any]:
    integer = schema.get("type") == "integer"
    low, high = schema.get("minimum"), schema.get("maximum")
    if not wild:
        if integer:
            return st.integers(low, high if high is not None else (low or 0) + 10**6)
        return st.floats(low, high, allow_nan=False, allow_infinity=False)
    edges = [x for bound in (low, high) if bound is not None for x in (bound - 1, bound, bound + 1)]
    edges += [0, -1, 2**53 + 1, 10**20]
    floats = [float(x) for x in edges] + [x + 0.5 for x in edges if abs(x) < 2**50]
    return st.sampled_from(edges) | st.sampled_from(floats) | st.integers() | st.text(max_size=4)


def enum_near_misses(values: list[Any]) -> list[Any]:
    near: list[Any] = ["", "null", "0"]
    for value in values[:8]:
        if isinstance(value, str) and value:
            near += [value.upper(), f"{value} ", value[:-1], f"{value}x", value.title()]
    return [value for value in near if value not in values]


@st.composite
def draw_value(draw: st.DrawFn, schema: dict[str, Any], wild: bool, depth: int = 0) -> Any:
    """A value for ``schema``: valid, or (``wild``) with exactly one mutation somewhere inside."""
    schema = merged(schema)
    if schema.get("nullable") and draw(st.integers(0, 9)) == 0:
        return None
    for union in ("oneOf", "anyOf"):
        if union in schema:
            member = draw(st.sampled_from(schema[union]))
            if wild and draw(st.integers(0, 5)) == 0:
                return draw(WRONG)
            return draw(draw_value(member, wild, depth + 1))
    if wild:
        # The mutation is here (a scalar, or the shape of this node) or further down.
        here = schema.get("type") not in ("object", "array") or draw(st.integers(0, 3)) == 0
        if here:
            return draw(mutate(schema))
    if "enum" in schema:
        return draw(st.sampled_from(schema["enum"]))
    kind = schema.get("type")
    if kind == "string":
        return draw(text_for(schema))
    if kind in ("integer", "number"):
        return draw(numbers_for(schema, False))
    if kind == "boolean":
        return draw(st.booleans())
    if kind == "array":
        items = schema.get("items", {})
        low = schema.get("minItems", 0)
        high = min(schema.get("maxItems", low + 2), low + 2)
        if depth >= MAX_DEPTH:
            high = low
        count = draw(st.integers(low, max(low, high)))
        values = [draw(draw_value(items, False, depth + 1)) for _ in range(count)]
        if wild:
            if not values:
                values = [None]
                values[0] = draw(draw_value(items, True, depth + 1))
            else:
                index = draw(st.integers(0, len(values) - 1))
                values[index] = draw(draw_value(items, True, depth + 1))
        return values
    if kind == "object" or "properties" in schema:
        properties: dict[str, Any] = schema.get("properties", {})
        required = set(schema.get("required", ()))
        names = [name for name in properties if name in required]
        if depth < MAX_DEPTH:
            names += [name for name in properties if name not in required and draw(st.integers(0, 3)) == 0]
        value = {name: draw(draw_value(properties[name], False, depth + 1)) for name in names}
        if wild:
            choices = sorted(properties)
            if choices:
                name = draw(st.sampled_from(choices))
                value[name] = draw(draw_value(properties[name], True, depth + 1))
            else:
                value["unknownField"] = draw(WRONG)
        return value
    return draw(JSONISH)


@st.composite
def mutate(draw: st.DrawFn, schema: dict[str, Any]) -> Any:
    """A value from outside this node's own rules (or, sometimes, still inside them)."""
    kind = schema.get("type")
    options: list[st.SearchStrategy[Any]] = [WRONG]
    if "enum" in schema:
        options.append(st.sampled_from(enum_near_misses(schema["enum"]) or [""]))
        options.append(st.sampled_from(schema["enum"]))
    elif kind == "string":
        options += [bad_text_for(schema), text_for(schema)]
    elif kind in ("integer", "number"):
        options.append(numbers_for(schema, True))
    elif kind == "boolean":
        options.append(st.sampled_from([0, 1, "true", "false", "yes"]))
    elif kind == "array":
        items = schema.get("items", {})
        low, high = schema.get("minItems"), schema.get("maxItems")
        if low:
            options.append(st.lists(draw_value(items, False, MAX_DEPTH), max_size=low - 1))
        if high is not None:
            options.append(
                st.lists(draw_value(items, False, MAX_DEPTH), min_size=high + 1, max_size=high + 1)
            )
        options.append(draw_value(items, False, MAX_DEPTH))  # an item where a list belongs
    elif kind == "object" or "properties" in schema:
        properties = schema.get("properties", {})
        required = list(schema.get("required", ()))
        base = {name: draw(draw_value(properties[name], False, MAX_DEPTH)) for name in required}
        if required:
            dropped = dict(base)
            dropped.pop(draw(st.sampled_from(required)))
            options.append(st.just(dropped))
        options.append(st.just({**base, "zzUnknown": 1}))
        if "type" in properties:  # a tagged member: a wrong tag
            options.append(st.just({**base, "type": "pdfx"}))
    return draw(st.one_of(options))


@st.composite
def requests(draw: st.DrawFn, op: dict[str, Any]) -> dict[str, Any]:
    """A whole request: path and query parameters, JSON body; all valid or with one mutation."""
    params = [p for p in parameters(op) if p["in"] in ("path", "query")]
    body_schema = json_body(op)
    places = [("param", p["name"]) for p in params] + ([("body", "")] if body_schema is not None else [])
    wild = draw(st.sampled_from([False, True, True]))
    target = draw(st.sampled_from(places))
    path: dict[str, Any] = {}
    query: dict[str, Any] = {}
    for p in params:
        mutate_here = wild and target == ("param", p["name"])
        if not mutate_here and not p.get("required") and p["in"] != "path" and draw(st.integers(0, 2)) == 0:
            continue
        schema = resolve(p.get("schema", {}))
        if mutate_here and not p.get("required") and draw(st.integers(0, 5)) == 0:
            continue  # fine: an optional parameter left out
        if mutate_here and p["in"] == "query" and p.get("required") and draw(st.integers(0, 7)) == 0:
            continue  # a required parameter left out
        value = draw(draw_value(schema, mutate_here))
        if p["in"] == "path" and mutate_here and draw(st.integers(0, 4)) == 0:
            value = draw(st.sampled_from(["", ".", "..", "a/b", "%2F", "?x=1", "#", " "]))
        if p["in"] == "path" and not isinstance(value, str):
            value = _wire(value)  # a path segment is text: as sent
        if p["in"] == "query" and schema.get("type") == "array":
            # As sent (and as the transport reads it back): repeated keys, each value a string.
            value = [_wire(item) for item in (value if isinstance(value, list) else [value])]
        elif p["in"] == "query" and isinstance(value, (dict, list)):
            value = json.dumps(value)  # a scalar parameter has one value in the query string
        (path if p["in"] == "path" else query)[p["name"]] = value
    body = None
    if body_schema is not None:
        body = draw(draw_value(body_schema, wild and target == ("body", "")))
        if not isinstance(body, dict):
            body = {"value": body}
    return {"path": path, "query": query, "body": body}


# --- judging -------------------------------------------------------------------------------------------


def query_items(query: dict[str, Any]) -> list[tuple[str, str | int | float | bool | None]]:
    items: list[tuple[str, str | int | float | bool | None]] = []
    for name, value in query.items():
        for item in value if isinstance(value, list) else [value]:
            items.append((name, _wire(item)))
    return items


def _wire(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value)
    return str(value)


def send(raw: httpx.Client, method: str, template: str, request: dict[str, Any]) -> httpx.Response | None:
    url = template
    try:
        for name, value in request["path"].items():
            url = url.replace("{" + name + "}", quote(_wire(value), safe=""))
    except UnicodeEncodeError:
        return None
    content = None
    if request["body"] is not None:
        try:
            content = json.dumps(request["body"], ensure_ascii=False, allow_nan=False).encode("utf-8")
        except UnicodeEncodeError:
            content = json.dumps(request["body"], allow_nan=False).encode("ascii")
    try:
        return raw.request(
            method,
            url,
            params=query_items(request["query"]),
            content=content,
            headers={"content-type": "application/json"} if content is not None else {},
        )
    except UnicodeEncodeError:
        return None


def prism_decision(response: httpx.Response | None) -> tuple[str | None, str]:
    if response is None:
        return None, "not sendable"
    if 200 <= response.status_code < 300:
        return ACCEPT, ""
    try:
        body = json.loads(response.content)
    except ValueError:
        body = {}
    body = body if isinstance(body, dict) else {}
    if response.status_code in (400, 422):  # Prism answers a documented 400 instead of its 422
        return REJECT, "; ".join(item["message"] for item in body.get("validation", [])) or str(body)
    kind = str(body.get("type", ""))
    if response.status_code in (404, 405) and kind.endswith(
        ("NO_PATH_MATCHED_ERROR", "NO_METHOD_MATCHED_ERROR")
    ):
        return REJECT, f"{response.status_code} {body.get('title')}"
    return None, f"{response.status_code} {response.text[:300]}"


def _has_lone_surrogate(value: Any) -> bool:
    if isinstance(value, dict):
        return any(_has_lone_surrogate(k) or _has_lone_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_lone_surrogate(v) for v in value)
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return True
    return False


def _quirk(error: InvalidParameterError, request: dict[str, Any]) -> str | None:
    """The excluded Prism quirk (see the module docstring) the SDK's rejection is about, if any."""
    value, allowed = error.value, error.allowed
    if _has_lone_surrogate(request):
        return "lone surrogate"
    if isinstance(value, float) and value.is_integer() and allowed.startswith("an integer"):
        bounds = [float(x) for x in re.findall(r"-?\d+", allowed)]
        if (
            ("from" in allowed and bounds[0] <= value <= bounds[1])
            or (">=" in allowed and value >= bounds[0])
            or ("<=" in allowed and value <= bounds[0])
            or allowed == "an integer"
        ):
            return "integral float"
    if value == "" and re.sub(r"\[\d+\]$", "", str(error.json_name)) in request["query"]:
        return "empty query"
    if allowed == "an absolute http(s) URL" and isinstance(value, str) and is_uri(value):
        return "non-http uri"
    if allowed.startswith("a non-empty id") and value in (".", ".."):
        return "dot segment"
    return None


def _short(value: Any) -> str:
    shown = repr(value)
    return shown if len(shown) <= 300 else f"{shown[:200]}...{shown[-60:]} ({len(shown)} repr chars)"


@pytest.fixture
def raw(prism_url: str, api_key: str) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=prism_url, headers={"Authorization": f"Bearer {api_key}"}, timeout=30
    ) as client:
        yield client


@pytest.mark.parametrize(("operation_id", "method", "path", "op"), JUDGED, ids=[j[0] for j in JUDGED])
def test_operation_agrees_with_prism(
    raw: httpx.Client, operation_id: str, method: str, path: str, op: dict[str, Any]
) -> None:
    if operation_id in NOT_JUDGED:
        pytest.skip(NOT_JUDGED[operation_id])
    found: list[str] = []
    offset = sum(map(ord, operation_id))

    @seed(SEED + offset)
    @SETTINGS
    @given(request=requests(op))
    def run(request: dict[str, Any]) -> None:
        AGREEMENT.examples[operation_id] = AGREEMENT.examples.get(operation_id, 0) + 1
        rejection: InvalidParameterError | None
        try:
            validate_request(operation_id, path=request["path"], query=request["query"], body=request["body"])
        except InvalidParameterError as error:
            sdk, reason, rejection = REJECT, str(error), error
            AGREEMENT.sdk_rejects += 1
        except Exception as error:  # anything else is a validator bug
            found.append(
                f"{operation_id}({_short(request)}): validator raised {type(error).__name__}: {error}"
            )
            return
        else:
            sdk, reason, rejection = ACCEPT, "", None
        prism, why = prism_decision(send(raw, method, path, request))
        if prism == REJECT:
            AGREEMENT.prism_rejects += 1
        if sdk == prism:
            return
        if rejection is not None:
            quirk = _quirk(rejection, request)
            if quirk and prism != REJECT:
                AGREEMENT.excluded[quirk] = AGREEMENT.excluded.get(quirk, 0) + 1
                return
        line = f"{operation_id}({_short(request)}): SDK {sdk} {reason}; Prism {prism or 'unexpected'} {why}"
        found.append(line)
        AGREEMENT.disagreements.append(line)

    run()
    if found:
        listed = "\n  ".join(found[:25])
        pytest.fail(
            f"{len(found)} disagreements on {operation_id} "
            f"(replay with FIRECRAWL_FUZZ_SEED={SEED}):\n  {listed}",
            pytrace=False,
        )


def test_every_operation_with_input_is_judged() -> None:
    """Each operation with parameters or a body is judged here, or listed in NOT_JUDGED with a reason."""
    with_input = {
        op_id
        for op_id, _, _, op in operations()
        if "requestBody" in op or any(p["in"] in ("path", "query") for p in parameters(op))
    }
    judged = {op_id for op_id, *_ in JUDGED}
    assert with_input - judged <= set(NOT_JUDGED), with_input - judged - set(NOT_JUDGED)
    # not vacuous: every operation with a path parameter (read straight from the vendored file) is here
    with_path_parameter = {name for name, (_, path) in spec_paths().items() if "{" in path}
    assert with_path_parameter and with_path_parameter <= with_input, with_path_parameter - with_input
