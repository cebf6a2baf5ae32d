"""Contract tests against Prism (issue 3): the wrapped operations, sync and async.

Every wrapped operation is called with every documented parameter; Prism checks
each request against the vendored spec (an invalid one gets 422, which the SDK
raises as UnprocessableEntityError, so a pass means Prism accepted it) and the
2xx answer must parse into the documented model. Each documented error status,
forced with ``Prefer: code=N``, must become its typed exception. Requests are
recorded by a hook on the user's httpx client, so the tests also check what was
sent: the camelCase body with exactly the given fields, one escaped path segment.
"""

from __future__ import annotations

import inspect
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import datetime
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from firecrawl_api.api.billing import get_credit_usage
from firecrawl_api.api.interact import create_browser_session
from firecrawl_api.models import (
    CodeLanguage,
    CreateSessionBody,
    DeleteSessionResult,
    ExecuteResult,
    InteractSession,
    InteractSessionSummary,
    ScrapeInteractResult,
    SessionStatusFilter,
    StopInteractionResult,
)
from firecrawl_sdk import (
    APIStatusError,
    AsyncFirecrawl,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    Firecrawl,
    GoneError,
    InternalServerError,
    InvalidParameterError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    Profile,
    RateLimitError,
    UnprocessableEntityError,
)

from ._prism import Hook, documented_statuses, drop_auth, prefer, spec

pytestmark = pytest.mark.prism

JOB = "123e4567-e89b-12d3-a456-426614174000"
Client = Firecrawl | AsyncFirecrawl


class Recorder:
    """Requests as they left the SDK (after auth was added), from a request hook."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> None:
        request.read()
        self.requests.append(request)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def body(self, index: int = -1) -> Any:
        import json

        request = self.requests[index]
        return json.loads(request.content) if request.content else None


Factory = Callable[..., tuple[Client, Recorder]]


@pytest.fixture(params=["sync", "async"])
async def make_client(request: pytest.FixtureRequest, prism_url: str, api_key: str) -> AsyncIterator[Factory]:
    """Build a Firecrawl (or AsyncFirecrawl) on Prism whose httpx client runs ``hooks`` on each request."""
    mode: str = request.param
    built: list[Client] = []

    def factory(*hooks: Hook, max_retries: int = 2) -> tuple[Client, Recorder]:
        recorder = Recorder()
        chain: list[Hook] = [*hooks, recorder]
        client: Client
        if mode == "sync":
            http = httpx.Client(event_hooks={"request": list(chain)})
            client = Firecrawl(api_key, base_url=prism_url, max_retries=max_retries, http_client=http)
        else:
            ahttp = httpx.AsyncClient(event_hooks={"request": [_async(hook) for hook in chain]})
            client = AsyncFirecrawl(api_key, base_url=prism_url, max_retries=max_retries, http_client=ahttp)
        built.append(client)
        return client, recorder

    yield factory
    for client in built:
        if isinstance(client, AsyncFirecrawl):
            await client.close()
        else:
            client.close()


def _async(hook: Hook) -> Callable[[httpx.Request], Awaitable[None]]:
    async def run(request: httpx.Request) -> None:
        hook(request)

    return run


async def call(client: Client, operation: str, *args: Any, **kwargs: Any) -> Any:
    """``call(fc, "interact.create", ttl=30)``: the same line for the sync and the async client."""
    target: Any = client
    for part in operation.split("."):
        target = getattr(target, part)
    result = target(*args, **kwargs)
    return await result if inspect.isawaitable(result) else result


# --- every documented parameter: (SDK kwargs, the JSON body Prism must receive) ----------------------

CREATE_CASES: list[tuple[dict[str, Any], dict[str, Any]]] = [
    ({}, {}),
    ({"ttl": 30}, {"ttl": 30}),
    ({"ttl": 3600}, {"ttl": 3600}),
    ({"activity_ttl": 10}, {"activityTtl": 10}),
    ({"activity_ttl": 3600}, {"activityTtl": 3600}),
    ({"stream_web_view": True}, {"streamWebView": True}),
    ({"stream_web_view": False}, {"streamWebView": False}),
    ({"profile": "shop"}, {"profile": {"name": "shop"}}),
    ({"profile": "\U0001f600" * 128}, {"profile": {"name": "\U0001f600" * 128}}),
    ({"profile": Profile(name="p")}, {"profile": {"name": "p"}}),  # the spec's default is the server's
    (
        {"profile": Profile(name="x" * 128, save_changes=False)},
        {"profile": {"name": "x" * 128, "saveChanges": False}},
    ),
    (
        dict(ttl=120, activity_ttl=60, stream_web_view=False, profile=Profile("s", save_changes=True)),
        dict(ttl=120, activityTtl=60, streamWebView=False, profile={"name": "s", "saveChanges": True}),
    ),
]

EXECUTE_CASES: list[tuple[dict[str, Any], dict[str, Any]]] = [
    ({"code": "1 + 1"}, {"code": "1 + 1"}),
    ({"code": "x"}, {"code": "x"}),
    ({"code": "a" * 100_000}, {"code": "a" * 100_000}),
    ({"code": "\U0001f600" * 100_000}, {"code": "\U0001f600" * 100_000}),
    ({"code": "print('\x00é')", "language": "python"}, {"code": "print('\x00é')", "language": "python"}),
    ({"code": "1", "language": "node"}, {"code": "1", "language": "node"}),
    ({"code": "ls", "language": "bash"}, {"code": "ls", "language": "bash"}),
    ({"code": "ls", "language": CodeLanguage.BASH}, {"code": "ls", "language": "bash"}),
    ({"code": "1", "timeout": 1}, {"code": "1", "timeout": 1}),
    ({"code": "1", "timeout": 300}, {"code": "1", "timeout": 300}),
    (
        {"code": "await page.title()", "language": "node", "timeout": 120},
        {"code": "await page.title()", "language": "node", "timeout": 120},
    ),
]

SCRAPE_CASES: list[tuple[dict[str, Any], dict[str, Any]]] = [
    *EXECUTE_CASES,
    ({"code": "1", "origin": "contract-test"}, {"code": "1", "origin": "contract-test"}),
    ({"code": "1", "origin": ""}, {"code": "1", "origin": ""}),
    (
        {"code": "ls", "language": "bash", "timeout": 300, "origin": "sdk"},
        {"code": "ls", "language": "bash", "timeout": 300, "origin": "sdk"},
    ),
]

LIST_CASES: list[tuple[Any, str]] = [
    (None, ""),
    ("active", "status=active"),
    ("destroyed", "status=destroyed"),
    (SessionStatusFilter.DESTROYED, "status=destroyed"),
]

SESSION_IDS = ["sess_123", "a b/c?d#e%2F..", "\U0001f600-é", JOB]
JOB_IDS: list[str | uuid.UUID] = [JOB, uuid.UUID(JOB), JOB.upper()]


def _body_properties(path: str, method: str) -> set[str]:
    """The request body's documented properties, nested ones as ``parent.child``."""
    schema = spec()["paths"][path][method]["requestBody"]["content"]["application/json"]["schema"]
    names = set()
    for name, prop in schema["properties"].items():
        names.add(name)
        names.update(f"{name}.{sub}" for sub in prop.get("properties", {}))
    return names


def _sent_properties(bodies: list[dict[str, Any]]) -> set[str]:
    names = set()
    for body in bodies:
        for name, value in body.items():
            names.add(name)
            if isinstance(value, dict):
                names.update(f"{name}.{sub}" for sub in value)
    return names


@pytest.mark.parametrize(
    ("path", "method", "cases"),
    [
        ("/interact", "post", CREATE_CASES),
        ("/interact/{sessionId}/execute", "post", EXECUTE_CASES),
        ("/scrape/{jobId}/interact", "post", SCRAPE_CASES),
    ],
)
def test_the_cases_cover_every_documented_body_parameter(
    path: str, method: str, cases: list[tuple[dict[str, Any], dict[str, Any]]]
) -> None:
    assert _sent_properties([body for _, body in cases]) == _body_properties(path, method)


def test_the_cases_cover_every_documented_list_filter() -> None:
    (status,) = spec()["paths"]["/interact"]["get"]["parameters"]
    sent = {query.removeprefix("status=") for _, query in LIST_CASES if query}
    assert status["name"] == "status" and sent == set(status["schema"]["enum"])


# --- a 2xx for every documented parameter set ---------------------------------------------------


def _aware(moment: Any) -> None:
    assert isinstance(moment, datetime) and moment.tzinfo is not None


@pytest.mark.parametrize(("kwargs", "body"), CREATE_CASES)
async def test_create(make_client: Factory, kwargs: dict[str, Any], body: dict[str, Any]) -> None:
    client, sent = make_client()
    session = await call(client, "interact.create", **kwargs)
    assert isinstance(session, InteractSession)
    assert session.id and session.cdp_url
    _aware(session.expires_at)
    assert (sent.last.method, sent.last.url.path) == ("POST", "/interact")
    assert sent.body() == body


@pytest.mark.parametrize(("status", "query"), LIST_CASES)
async def test_list(make_client: Factory, status: Any, query: str) -> None:
    client, sent = make_client()
    sessions = await call(client, "interact.list", status=status)
    assert isinstance(sessions, list) and sessions
    assert all(isinstance(item, InteractSessionSummary) for item in sessions)
    _aware(sessions[0].created_at)
    assert (sent.last.method, sent.last.url.path, sent.last.url.query.decode()) == ("GET", "/interact", query)


@pytest.mark.parametrize(("kwargs", "body"), EXECUTE_CASES)
async def test_execute(make_client: Factory, kwargs: dict[str, Any], body: dict[str, Any]) -> None:
    client, sent = make_client()
    result = await call(client, "interact.execute", "sess_123", **kwargs)
    assert isinstance(result, ExecuteResult)
    assert result.success is True
    assert (sent.last.method, sent.last.url.path) == ("POST", "/interact/sess_123/execute")
    assert sent.body() == body


@pytest.mark.parametrize("session_id", SESSION_IDS)
async def test_execute_session_id_is_one_escaped_segment(make_client: Factory, session_id: str) -> None:
    client, sent = make_client()
    result = await call(client, "interact.execute", session_id, "1", language="python", timeout=30)
    assert isinstance(result, ExecuteResult)
    assert sent.last.url.raw_path.decode() == f"/interact/{quote(session_id, safe='')}/execute"


@pytest.mark.parametrize("session_id", SESSION_IDS)
async def test_delete(make_client: Factory, session_id: str) -> None:
    client, sent = make_client()
    result = await call(client, "interact.delete", session_id)
    assert isinstance(result, DeleteSessionResult)
    assert isinstance(result.session_duration_ms, int)
    assert (sent.last.method, sent.last.url.raw_path.decode()) == (
        "DELETE",
        f"/interact/{quote(session_id, safe='')}",
    )


@pytest.mark.parametrize(("kwargs", "body"), SCRAPE_CASES)
async def test_scrape_interact(make_client: Factory, kwargs: dict[str, Any], body: dict[str, Any]) -> None:
    client, sent = make_client()
    result = await call(client, "scrape.interact", JOB, **kwargs)
    assert isinstance(result, ScrapeInteractResult)
    assert result.success is True
    assert (sent.last.method, sent.last.url.path) == ("POST", f"/scrape/{JOB}/interact")
    assert sent.body() == body


@pytest.mark.parametrize("job_id", JOB_IDS, ids=str)
async def test_scrape_interact_job_id_forms(make_client: Factory, job_id: str | uuid.UUID) -> None:
    client, sent = make_client()
    result = await call(client, "scrape.interact", job_id, code="1", language="bash", timeout=5, origin="o")
    assert isinstance(result, ScrapeInteractResult)
    assert sent.last.url.path == f"/scrape/{job_id}/interact"


@pytest.mark.parametrize("job_id", JOB_IDS, ids=str)
async def test_scrape_stop_interaction(make_client: Factory, job_id: str | uuid.UUID) -> None:
    client, sent = make_client()
    result = await call(client, "scrape.stop_interaction", job_id)
    assert isinstance(result, StopInteractionResult)
    assert result.success is True
    assert (sent.last.method, sent.last.url.path) == ("DELETE", f"/scrape/{job_id}/interact")


@pytest.mark.parametrize(("kwargs", "body"), CREATE_CASES)
async def test_session_creates_then_deletes(
    make_client: Factory, kwargs: dict[str, Any], body: dict[str, Any]
) -> None:
    client, sent = make_client()
    if isinstance(client, AsyncFirecrawl):
        async with client.interact.session(**kwargs) as session:
            assert isinstance(session, InteractSession)
    else:
        with client.interact.session(**kwargs) as session:
            assert isinstance(session, InteractSession)
    assert [(r.method, r.url.path) for r in sent.requests] == [
        ("POST", "/interact"),
        ("DELETE", f"/interact/{session.id}"),
    ]
    assert sent.body(0) == body


async def test_session_deletes_when_the_block_raises(make_client: Factory) -> None:
    client, sent = make_client()
    with pytest.raises(KeyError, match="from the block"):
        if isinstance(client, AsyncFirecrawl):
            async with client.interact.session(ttl=60):
                raise KeyError("from the block")
        else:
            with client.interact.session(ttl=60):
                raise KeyError("from the block")
    assert [r.method for r in sent.requests] == ["POST", "DELETE"]


async def test_session_payment_required_creates_nothing_to_delete(make_client: Factory) -> None:
    client, sent = make_client(prefer("code=402"))
    with pytest.raises(PaymentRequiredError):
        if isinstance(client, AsyncFirecrawl):
            async with client.interact.session():
                pytest.fail("the block must not run")  # pragma: no cover
        else:
            with client.interact.session():
                pytest.fail("the block must not run")  # pragma: no cover
    assert [r.method for r in sent.requests] == ["POST"]


# --- dynamic bodies (Prism's json-schema-faker): still parse into the models --------------------

DYNAMIC = [
    ("interact.create", (), {"ttl": 60}, InteractSession),
    ("interact.execute", ("s",), {"code": "1"}, ExecuteResult),
    ("interact.delete", ("s",), {}, DeleteSessionResult),
    ("scrape.interact", (JOB,), {"code": "1"}, ScrapeInteractResult),
    ("scrape.stop_interaction", (JOB,), {}, StopInteractionResult),
]


@pytest.mark.parametrize(("operation", "args", "kwargs", "model"), DYNAMIC, ids=[d[0] for d in DYNAMIC])
async def test_dynamic_responses_parse(
    make_client: Factory, operation: str, args: tuple[Any, ...], kwargs: dict[str, Any], model: type
) -> None:
    client, _ = make_client(prefer("dynamic=true"))
    for _ in range(5):
        assert isinstance(await call(client, operation, *args, **kwargs), model)


async def test_dynamic_list_parses(make_client: Factory) -> None:
    client, _ = make_client(prefer("dynamic=true"))
    for _ in range(5):
        sessions = await call(client, "interact.list", status="active")
        assert all(isinstance(item, InteractSessionSummary) for item in sessions)


# --- every documented error status becomes its typed exception ------------------------------------

ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    410: GoneError,
    429: RateLimitError,
    502: InternalServerError,
}

OPERATIONS = [
    ("interact.create", (), {}, "/interact", "post"),
    ("interact.list", (), {}, "/interact", "get"),
    ("interact.execute", ("s",), {"code": "1"}, "/interact/{sessionId}/execute", "post"),
    ("interact.delete", ("s",), {}, "/interact/{sessionId}", "delete"),
    ("scrape.interact", (JOB,), {"code": "1"}, "/scrape/{jobId}/interact", "post"),
    ("scrape.stop_interaction", (JOB,), {}, "/scrape/{jobId}/interact", "delete"),
]
ERROR_CASES = [
    pytest.param(operation, args, kwargs, path, method, status, id=f"{operation}-{status}")
    for operation, args, kwargs, path, method in OPERATIONS
    for status in documented_statuses(path, method)
    if status >= 400
]


def test_every_wrapped_operation_documents_an_error() -> None:
    assert {case.values[0] for case in ERROR_CASES} == {op[0] for op in OPERATIONS}
    assert {case.values[5] for case in ERROR_CASES} <= set(ERRORS)


@pytest.mark.parametrize(("operation", "args", "kwargs", "path", "method", "status"), ERROR_CASES)
async def test_documented_error_status_is_typed(
    make_client: Factory,
    operation: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    path: str,
    method: str,
    status: int,
) -> None:
    # 429 is retried (the server did not act); the others must go out exactly once.
    client, sent = make_client(prefer(f"code={status}"), max_retries=0 if status == 429 else 2)
    with pytest.raises(ERRORS[status]) as caught:
        await call(client, operation, *args, **kwargs)
    error = caught.value
    assert error.status_code == status
    example = spec()["paths"][path][method]["responses"][str(status)]["content"]["application/json"]
    expected = example["schema"]["properties"]["error"].get("example")
    if expected:
        assert error.message == expected
    assert len(sent.requests) == 1


async def test_payment_required_on_every_interact_operation(make_client: Factory) -> None:
    """The seed's promise: ``402`` is PaymentRequiredError, on each of the Interact operations."""
    client, _ = make_client(prefer("code=402"))
    for operation, args, kwargs, *_ in OPERATIONS[:5]:
        with pytest.raises(PaymentRequiredError) as caught:
            await call(client, operation, *args, **kwargs)
        assert caught.value.status_code == 402
        assert caught.value.message == "Payment required to access this resource."


async def test_an_undocumented_status_is_still_typed(make_client: Factory) -> None:
    """stop_interaction documents no 402: Prism says so with a 404, a NotFoundError."""
    client, _ = make_client(prefer("code=402"))
    with pytest.raises(NotFoundError):
        await call(client, "scrape.stop_interaction", JOB)


# --- the generated client through fc.api_client: auth and typed errors for any operation ----------


async def _detailed(client: Client, module: Any, **kwargs: Any) -> Any:
    if isinstance(client, AsyncFirecrawl):
        return await module.asyncio_detailed(client=client.api_client, **kwargs)
    return module.sync_detailed(client=client.api_client, **kwargs)


async def test_api_client_sends_the_key_and_parses(make_client: Factory, api_key: str) -> None:
    client, sent = make_client()
    response = await _detailed(client, get_credit_usage)
    assert response.status_code == 200
    assert type(response.parsed).__name__.startswith("GetCreditUsage")
    assert response.parsed.data.remaining_credits == 1000
    assert sent.last.headers["Authorization"] == f"Bearer {api_key}"
    assert sent.last.url.path == "/team/credit-usage"


async def test_api_client_without_a_bearer_token_is_an_authentication_error(
    make_client: Factory, api_key: str
) -> None:
    client, _ = make_client(drop_auth)
    with pytest.raises(AuthenticationError) as caught:
        await _detailed(client, get_credit_usage)
    assert caught.value.status_code == 401
    assert api_key not in f"{caught.value} {caught.value!r} {caught.value.body}"


@pytest.mark.parametrize(("status", "error"), [(404, NotFoundError), (500, InternalServerError)])
async def test_api_client_documented_errors_are_typed(
    make_client: Factory, status: int, error: type[APIStatusError]
) -> None:
    client, sent = make_client(prefer(f"code={status}"), max_retries=0)
    with pytest.raises(error) as caught:
        await _detailed(client, get_credit_usage)
    assert caught.value.status_code == status and len(sent.requests) == 1


async def test_api_client_invalid_request_is_refused_before_sending(make_client: Factory) -> None:
    """A generated function called with ``fc.api_client`` is validated at the transport: nothing is sent."""
    client, sent = make_client()
    with pytest.raises(InvalidParameterError, match='ttl \\(JSON "ttl"\\)'):
        await _detailed(client, create_browser_session, body=CreateSessionBody(ttl=5))
    assert sent.requests == []


async def test_unprocessable_entity_comes_back_typed(make_client: Factory) -> None:
    """A request the server judges invalid (here: marked as validated, so the SDK lets it through)."""
    client, _ = make_client()
    marked = {"firecrawl_sdk.validated": True}
    with pytest.raises(UnprocessableEntityError) as caught:
        if isinstance(client, AsyncFirecrawl):
            http = client.api_client.get_async_httpx_client()
            await http.post("/interact", json={"ttl": 5}, extensions=marked)
        else:
            client.api_client.get_httpx_client().post("/interact", json={"ttl": 5}, extensions=marked)
    assert caught.value.status_code == 422
    body: Any = caught.value.body
    reasons = [item["location"] for item in body["validation"]]
    assert reasons == [["body", "ttl"]]
