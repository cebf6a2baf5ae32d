"""Validation agreement with an independent validator (issue 5): the SDK vs Prism.

Hypothesis generates arguments for ``interact.create``, ``interact.execute`` and
``interact.list``: inside, on and outside every documented bound, wrong types
(numeric strings, floats, bools, None, lists), unicode (astral characters, NUL,
zero-width), strings over 100000 characters, enum near-misses. For each input:

* the SDK decides: it raises ``InvalidParameterError`` without sending anything
  (reject), or it sends the request to Prism;
* Prism decides on the same request: 2xx (accept), or 422 / an unroutable path
  (reject). When the SDK sends, Prism judges the SDK's own bytes; when the SDK
  rejects, the equivalent request (camelCase keys, only the given fields, the
  same path escaping) is sent raw with httpx.

Every mismatch is a disagreement; there must be none. Two Prism behaviours that
contradict the spec are excluded, narrowly (only when the SDK rejected for
exactly that reason and Prism accepted), and counted in the summary line:

* ``integral float``: ``ttl=30.0`` and the like. OpenAPI 3.0 builds on JSON Schema
  draft Wright-00, where ``integer`` is "a JSON number without a fraction or
  exponent part" (1.0 became an integer only in draft-06, per the draft-06
  release notes); Prism's validator (ajv) reads JSON into JavaScript numbers,
  where ``30.0 === 30``, and accepts it. The SDK keeps ``int`` parameters ints.
* ``empty query``: ``list(status="")`` is sent as ``?status=``. OpenAPI 3.0's
  ``allowEmptyValue`` defaults to false, so an empty ``status`` is invalid (and
  not in the enum); Prism treats an empty query value as an absent parameter.

A third class is not comparable: a string with a lone surrogate (``"\\ud800"``)
has no UTF-8 encoding (RFC 8259 requires UTF-8; httpx cannot send it). The SDK
must reject it; Prism, whose strings are UTF-16, accepts the escaped JSON
``"\\ud800"``, or the request cannot be built at all (a path or query). Counted
as ``lone surrogate``.

``FIRECRAWL_FUZZ_EXAMPLES`` (default 300) sets the examples per operation;
``FIRECRAWL_FUZZ_SEED`` replays a run (the seed is printed in the summary line
and in every failure).
"""

from __future__ import annotations

import json
import os
import random
from collections.abc import Callable, Iterator
from typing import Any, cast
from urllib.parse import quote

import httpx
import pytest
from firecrawl_api.models import CodeLanguage, SessionStatusFilter
from firecrawl_api.types import UNSET, Unset
from firecrawl_sdk import APIStatusError, Firecrawl, InvalidParameterError, Profile
from hypothesis import HealthCheck, Phase, example, given, seed, settings
from hypothesis import strategies as st

from ._prism import AGREEMENT, spec

pytestmark = pytest.mark.prism

EXAMPLES = int(os.environ.get("FIRECRAWL_FUZZ_EXAMPLES") or 300)
SEED = int(os.environ.get("FIRECRAWL_FUZZ_SEED") or random.SystemRandom().randrange(2**32))
AGREEMENT.seed = SEED

SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,  # the seed alone decides the examples: a run is replayed by its seed
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)

ACCEPT, REJECT = "accept", "reject"
SESSION = "sess_1"
NULL_SAVE = Profile("p", save_changes=cast(Any, None))  # sent as "saveChanges": null


# --- the spec's bounds, read from the vendored spec (not from the SDK's table) -------------------


def _body_schema(path: str) -> dict[str, Any]:
    schema: dict[str, Any] = spec()["paths"][path]["post"]["requestBody"]["content"]["application/json"]
    properties: dict[str, Any] = schema["schema"]["properties"]
    return properties


CREATE = _body_schema("/interact")
EXECUTE = _body_schema("/interact/{sessionId}/execute")
STATUSES: list[str] = spec()["paths"]["/interact"]["get"]["parameters"][0]["schema"]["enum"]


def _int_bounds(prop: dict[str, Any]) -> tuple[int, int]:
    return prop["minimum"], prop["maximum"]


def _len_bounds(prop: dict[str, Any]) -> tuple[int, int]:
    return prop["minLength"], prop["maxLength"]


# --- strategies ---------------------------------------------------------------------------------

LONE_SURROGATES = st.sampled_from(["\ud800", "a\udfff", "\udbff\udc00\udbff", "x" * 5 + "\udc80"])
FILLERS = ["a", "\x00", "\u00e9", "\u200b", "\U0001f600", "\U0010ffff", "\ufeff"]
# Dictionary keys of at most 3 characters: never a valid profile ("name"), always a wrong type.
JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=4),
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=3), inner, max_size=2),
    max_leaves=4,
)


def wrong_types() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.floats(allow_nan=False, allow_infinity=False),
        st.booleans(),
        st.text(max_size=8),
        st.lists(st.integers(), max_size=2),
        JSONISH,
    )


def ints(low: int, high: int) -> st.SearchStrategy[Any]:
    """An ``integer`` parameter: inside, on and around the bounds, huge, and every wrong type."""
    edges = [low - 1, low, low + 1, high - 1, high, high + 1, 0, -1, 2**31, -(2**63), 2**53 + 1, 10**30]
    return st.one_of(
        st.none(),
        st.integers(low, high),
        st.sampled_from(edges),
        st.integers(),
        st.integers(low - 3, high + 3).map(str),
        st.sampled_from([float(low), float(high), low - 0.5, low + 0.5, high + 0.5, -0.0, 1e300, 5e-324]),
        wrong_types(),
    )


def bools() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.none(), st.booleans(), st.sampled_from([0, 1, 1.0, "true", "false", "", []]), wrong_types()
    )


@st.composite
def sized_text(draw: st.DrawFn, lengths: list[int]) -> str:
    """A string of exactly one of ``lengths`` code points: random unicode head, repeated filler."""
    size = draw(st.sampled_from(lengths))
    head = draw(st.text(max_size=min(size, 16)))
    return head + draw(st.sampled_from(FILLERS)) * (size - len(head))


def texts(low: int, high: int) -> st.SearchStrategy[Any]:
    """A ``string`` parameter with minLength/maxLength: any unicode, exact lengths at the bounds."""
    lengths = sorted({max(low - 1, 0), low, low + 1, high - 1, high, high + 1})
    return st.one_of(
        st.none(),
        st.text(max_size=min(high + 2, 300)),
        st.text(st.characters(min_codepoint=0x10000), max_size=min(high + 2, 300)),
        sized_text(lengths),
        st.just(""),
        LONE_SURROGATES,
        wrong_types(),
    )


def enums(values: list[str], members: list[Any]) -> st.SearchStrategy[Any]:
    """An enum parameter: its values, enum members, near misses, random text and wrong types."""
    near: set[str] = {"", "js", "javascript", "sh", "py", "null", "None", "0", "all"}
    for value in values:
        near |= {value.upper(), value.title(), f"{value} ", f" {value}", value[:-1], f"{value}s", f"{value}3"}
        near |= {f"{value}\x00", value.replace("o", "\u043e").replace("a", "\u0430"), f"{value}\u200b"}
    return st.one_of(
        st.none(),
        st.sampled_from(values),
        st.sampled_from(members),
        st.sampled_from(sorted(near - set(values))),
        st.text(max_size=10),
        LONE_SURROGATES,
        st.integers(),
        st.booleans(),
        st.floats(allow_nan=False, allow_infinity=False),
    )


name_low, name_high = _len_bounds(CREATE["profile"]["properties"]["name"])
code_low, code_high = _len_bounds(EXECUTE["code"])


def valid_text(low: int, high: int) -> st.SearchStrategy[str]:
    return st.one_of(st.text(min_size=low, max_size=min(high, 200)), sized_text([low, high]))


PROFILES = st.one_of(
    texts(name_low, name_high),
    st.builds(Profile, name=texts(name_low, name_high), save_changes=st.one_of(st.just(UNSET), bools())),
    st.integers(),
    st.lists(st.text(max_size=3), max_size=2),
)
VALID_PROFILES = st.one_of(
    st.none(),
    valid_text(name_low, name_high),
    st.builds(Profile, name=valid_text(name_low, name_high), save_changes=st.just(UNSET) | st.booleans()),
)
SESSION_IDS = st.one_of(
    st.just(SESSION),
    st.text(max_size=12),
    st.sampled_from(["", ".", "..", "%2E%2E", "/", "a/b", "?x=1", "#", " ", "\x00", "\U0001f600"]),
    LONE_SURROGATES,
)
VALID_SESSION_IDS = st.just(SESSION) | st.text(min_size=1, max_size=12).filter(
    lambda text: text not in (".", "..")
)


def valid_ints(low: int, high: int) -> st.SearchStrategy[int | None]:
    return st.one_of(st.none(), st.integers(low, high), st.sampled_from([low, high]))


def valid_enums(values: list[str], members: list[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), st.sampled_from(values), st.sampled_from(members))


def inputs(valid: dict[str, st.SearchStrategy[Any]], anything: dict[str, st.SearchStrategy[Any]]) -> Any:
    """Whole argument sets: all valid, exactly one parameter from anywhere (each rule on its own), or
    every parameter from anywhere; so accepted inputs are common, not a rare accident."""

    @st.composite
    def build(draw: st.DrawFn) -> dict[str, Any]:
        mode = draw(st.sampled_from(["valid", "valid", "one", "one", "any"]))
        odd = draw(st.sampled_from(sorted(valid)))
        pick = {
            "valid": lambda name: valid[name],
            "one": lambda name: anything[name] if name == odd else valid[name],
            "any": lambda name: anything[name],
        }[mode]
        return {name: draw(pick(name)) for name in valid}

    return build()


CREATE_INPUTS = inputs(
    {
        "ttl": valid_ints(*_int_bounds(CREATE["ttl"])),
        "activity_ttl": valid_ints(*_int_bounds(CREATE["activityTtl"])),
        "stream_web_view": st.none() | st.booleans(),
        "profile": VALID_PROFILES,
    },
    {
        "ttl": ints(*_int_bounds(CREATE["ttl"])),
        "activity_ttl": ints(*_int_bounds(CREATE["activityTtl"])),
        "stream_web_view": bools(),
        "profile": PROFILES,
    },
)
EXECUTE_INPUTS = inputs(
    {
        "session_id": VALID_SESSION_IDS,
        "code": valid_text(code_low, code_high),
        "language": valid_enums(EXECUTE["language"]["enum"], list(CodeLanguage)),
        "timeout": valid_ints(*_int_bounds(EXECUTE["timeout"])),
    },
    {
        "session_id": SESSION_IDS,
        "code": texts(code_low, code_high),
        "language": enums(EXECUTE["language"]["enum"], list(CodeLanguage)),
        "timeout": ints(*_int_bounds(EXECUTE["timeout"])),
    },
)
LIST_INPUTS = inputs(
    {"status": valid_enums(STATUSES, list(SessionStatusFilter))},
    {"status": enums(STATUSES, list(SessionStatusFilter))},
)


# --- the equivalent raw request ---------------------------------------------------------------------


def _wire_profile(profile: Any) -> Any:
    if isinstance(profile, str):
        return {"name": profile}
    if isinstance(profile, Profile):
        wire: dict[str, Any] = {"name": profile.name}
        if not isinstance(profile.save_changes, Unset):
            wire["saveChanges"] = profile.save_changes
        return wire
    return profile


def _only_given(pairs: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in pairs.items() if value is not None}


def create_request(case: dict[str, Any]) -> tuple[str, str, dict[str, Any] | None, Any]:
    body = _only_given(
        {
            "ttl": case["ttl"],
            "activityTtl": case["activity_ttl"],
            "streamWebView": case["stream_web_view"],
            "profile": None if case["profile"] is None else _wire_profile(case["profile"]),
        }
    )
    return "POST", "/interact", None, body


def execute_request(case: dict[str, Any]) -> tuple[str, str, dict[str, Any] | None, Any]:
    body = _only_given({"code": case["code"], "language": case["language"], "timeout": case["timeout"]})
    return "POST", f"/interact/{quote(case['session_id'], safe='')}/execute", None, body


def list_request(case: dict[str, Any]) -> tuple[str, str, dict[str, Any] | None, Any]:
    return "GET", "/interact", _only_given({"status": case["status"]}), None


# --- deciding --------------------------------------------------------------------------------------


class Unsendable(Exception):
    """The request cannot be encoded (a lone surrogate has no UTF-8 form)."""


def _json(body: Any) -> Any:
    # str enum members (CodeLanguage.BASH) serialise as their value, as in the SDK.
    if isinstance(body, dict):
        return {key: _json(value) for key, value in body.items()}
    if isinstance(body, list):
        return [_json(value) for value in body]
    if isinstance(body, str):
        return str(body)
    return body


def send_raw(raw: httpx.Client, request: tuple[str, str, dict[str, Any] | None, Any]) -> httpx.Response:
    method, path, query, body = request
    content = None
    if method == "POST":
        text = json.dumps(_json(body), ensure_ascii=False, allow_nan=False)
        try:
            content = text.encode("utf-8")
        except UnicodeEncodeError:
            # Valid JSON text with the surrogate escaped: what a non-UTF-8-bound client could send.
            content = json.dumps(_json(body), allow_nan=False).encode("ascii")
    try:
        return raw.request(
            method, path, params=query, content=content, headers={"content-type": "application/json"}
        )
    except UnicodeEncodeError as error:
        raise Unsendable(str(error)) from error


def prism_decision(response: httpx.Response) -> tuple[str | None, str]:
    """Prism's verdict: accept (2xx), reject (422, or a path that resolves to no operation), else None."""
    if 200 <= response.status_code < 300:
        return ACCEPT, ""
    try:  # the content, not .json(): the SDK's error responses carry no parsed JSON
        body = json.loads(response.content)
    except ValueError:
        body = {}
    body = body if isinstance(body, dict) else {}
    if response.status_code == 422:
        return REJECT, "; ".join(item["message"] for item in body.get("validation", [])) or str(body)
    kind = str(body.get("type", ""))
    if response.status_code in (404, 405) and kind.endswith(
        ("NO_PATH_MATCHED_ERROR", "NO_METHOD_MATCHED_ERROR")
    ):
        return REJECT, f"{response.status_code} {body.get('title')}"
    return None, f"{response.status_code} {response.text[:200]}"


def _lone_surrogate(value: Any) -> bool:
    """Whether ``value`` (a case, a Profile, a string...) holds a string with no UTF-8 encoding."""
    if isinstance(value, dict):
        return any(_lone_surrogate(item) for item in value.values())
    if isinstance(value, Profile):
        return _lone_surrogate(value.name) or _lone_surrogate(value.save_changes)
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return True
    return False


def _quirk(error: InvalidParameterError, rules: dict[str, dict[str, Any]]) -> str | None:
    """The excluded Prism quirk the SDK's rejection is about, if any (see the module docstring)."""
    value = error.value
    rule = rules.get(error.param, {})
    if (
        rule.get("type") == "integer"
        and isinstance(value, float)
        and value.is_integer()
        and rule["minimum"] <= value <= rule["maximum"]
    ):
        return "integral float"
    if error.param == "status" and value == "":
        return "empty query"
    return None


def _short(value: Any) -> str:
    shown = repr(value)
    if len(shown) > 70:
        size = f"{len(value)} chars" if isinstance(value, str) else f"{len(shown)} repr chars"
        shown = f"{shown[:40]}...{shown[-12:]} ({size})"
    return shown


class Judge:
    """Runs one input through the SDK and, if the SDK rejects it, through Prism raw; records the outcome."""

    def __init__(self, operation: str, fc: Firecrawl, raw: httpx.Client, sent: list[httpx.Request]) -> None:
        self.operation, self.fc, self.raw, self.sent = operation, fc, raw, sent
        self.rules = {
            "ttl": CREATE["ttl"],
            "activity_ttl": CREATE["activityTtl"],
            "timeout": EXECUTE["timeout"],
        }

    def __call__(self, case: dict[str, Any], sdk_call: Callable[[], Any], request: Callable[[], Any]) -> None:
        AGREEMENT.examples[self.operation] = AGREEMENT.examples.get(self.operation, 0) + 1
        self.sent.clear()
        prism: str | None
        try:
            sdk_call()
        except InvalidParameterError as error:
            sdk, reason = REJECT, str(error)
            AGREEMENT.sdk_rejects += 1
            if self.sent:
                return self._disagree(case, "rejected after sending a request", None, reason)
            try:
                prism, why = prism_decision(send_raw(self.raw, request()))
            except (Unsendable, UnicodeEncodeError) as unsendable:
                prism, why = None, f"not sendable: {unsendable}"
            quirk = "lone surrogate" if _lone_surrogate(case) else _quirk(error, self.rules)
            if prism != REJECT and quirk:
                AGREEMENT.excluded[quirk] = AGREEMENT.excluded.get(quirk, 0) + 1
                return None
        except APIStatusError as error:  # the SDK sent it; Prism refused (422) or could not route it
            sdk = ACCEPT
            assert error.response is not None
            prism, why = prism_decision(error.response)
            reason = f"sent; {error.status_code}"
        except Exception as error:  # anything else is an SDK bug: bad input must be InvalidParameterError
            return self._disagree(case, f"raised {type(error).__name__}: {error}", None, "")
        else:
            sdk, prism, why, reason = ACCEPT, ACCEPT, "", "sent"
        if prism == REJECT:
            AGREEMENT.prism_rejects += 1
        if sdk != prism:
            self._disagree(case, f"{sdk} ({reason})", prism, why)
        return None

    def _disagree(self, case: dict[str, Any], sdk: str, prism: str | None, why: str) -> None:
        shown = ", ".join(f"{key}={_short(value)}" for key, value in case.items())
        AGREEMENT.disagreements.append(
            f"{self.operation}({shown}): SDK {sdk}; Prism {prism or 'unexpected'} {why}".rstrip()
        )


@pytest.fixture
def judge(prism_url: str, api_key: str) -> Iterator[Callable[[str], Judge]]:
    """A factory of judges sharing one SDK client and one raw httpx client on Prism."""
    sent: list[httpx.Request] = []
    http = httpx.Client(event_hooks={"request": [sent.append]})
    with (
        Firecrawl(api_key, base_url=prism_url, max_retries=0, http_client=http) as fc,
        httpx.Client(base_url=prism_url, headers={"Authorization": f"Bearer {api_key}"}) as raw,
    ):
        yield lambda operation: Judge(operation, fc, raw, sent)


def _assert_agreement(operation: str, before: int) -> None:
    found = [line for line in AGREEMENT.disagreements[before:] if line.startswith(operation)]
    if found:
        listed = "\n  ".join(found[:40])
        more = f"\n  ... and {len(found) - 40} more" if len(found) > 40 else ""
        pytest.fail(
            f"{len(found)} disagreements between the SDK and Prism on {operation} "
            f"(replay with FIRECRAWL_FUZZ_SEED={SEED}):\n  {listed}{more}",
            pytrace=False,
        )


# --- the three properties ----------------------------------------------------------------------------


def test_create_agrees_with_prism(judge: Callable[[str], Judge]) -> None:
    before = len(AGREEMENT.disagreements)
    decide = judge("interact.create")

    @seed(SEED)
    @SETTINGS
    @given(case=CREATE_INPUTS)
    @example(case={"ttl": 29, "activity_ttl": 9, "stream_web_view": None, "profile": None})
    @example(case={"ttl": 3601, "activity_ttl": 3601, "stream_web_view": 1, "profile": ""})
    @example(case={"ttl": "30", "activity_ttl": True, "stream_web_view": "true", "profile": "x" * 129})
    @example(case={"ttl": 30.0, "activity_ttl": None, "stream_web_view": None, "profile": None})
    @example(case={"ttl": None, "activity_ttl": None, "stream_web_view": None, "profile": "\U0001f600" * 129})
    @example(
        case={
            "ttl": None,
            "activity_ttl": None,
            "stream_web_view": None,
            "profile": NULL_SAVE,
        }
    )
    @example(case={"ttl": 30, "activity_ttl": 10, "stream_web_view": False, "profile": "\U0001f600" * 128})
    def run(case: dict[str, Any]) -> None:
        decide(case, lambda: decide.fc.interact.create(**case), lambda: create_request(case))

    run()
    _assert_agreement("interact.create", before)


def test_execute_agrees_with_prism(judge: Callable[[str], Judge]) -> None:
    before = len(AGREEMENT.disagreements)
    decide = judge("interact.execute")

    def case_of(code: Any, language: Any = None, timeout: Any = None, session_id: str = SESSION) -> Any:
        return {"session_id": session_id, "code": code, "language": language, "timeout": timeout}

    @seed(SEED + 1)
    @SETTINGS
    @given(case=EXECUTE_INPUTS)
    @example(case=case_of("a" * 100_000, "bash", 300))
    @example(case=case_of("a" * 100_001, "node", 1))
    @example(case=case_of("\U0001f600" * 100_000, CodeLanguage.PYTHON, None))
    @example(case=case_of("\U0001f600" * 100_001))
    @example(case=case_of("", "Node", 0))
    @example(case=case_of("\x00", "node\x00", 301))
    @example(case=case_of(None, None, 300.5))
    @example(case=case_of("1", session_id=""))
    @example(case=case_of("1", session_id=".."))
    def run(case: dict[str, Any]) -> None:
        args = {key: value for key, value in case.items() if key != "session_id"}
        decide(
            case,
            lambda: decide.fc.interact.execute(case["session_id"], **args),
            lambda: execute_request(case),
        )

    run()
    _assert_agreement("interact.execute", before)


def test_list_agrees_with_prism(judge: Callable[[str], Judge]) -> None:
    before = len(AGREEMENT.disagreements)
    decide = judge("interact.list")

    @seed(SEED + 2)
    @SETTINGS
    @given(case=LIST_INPUTS)
    @example(case={"status": ""})
    @example(case={"status": "ACTIVE"})
    @example(case={"status": "active "})
    @example(case={"status": SessionStatusFilter.DESTROYED})
    def run(case: dict[str, Any]) -> None:
        decide(case, lambda: decide.fc.interact.list(**case), lambda: list_request(case))

    run()
    _assert_agreement("interact.list", before)


def test_the_quirk_rules_are_narrow() -> None:
    """The exclusions match only the reasons they name, never an ordinary rejection."""
    rules = {"ttl": CREATE["ttl"]}
    assert _quirk(InvalidParameterError("ttl", "an integer", 30.0), rules) == "integral float"
    assert _quirk(InvalidParameterError("ttl", "an integer", 29.0), rules) is None
    assert _quirk(InvalidParameterError("ttl", "an integer", 30.5), rules) is None
    assert _quirk(InvalidParameterError("ttl", "an integer", "30"), rules) is None
    assert _quirk(InvalidParameterError("status", "one of", ""), rules) == "empty query"
    assert _quirk(InvalidParameterError("status", "one of", " "), rules) is None
