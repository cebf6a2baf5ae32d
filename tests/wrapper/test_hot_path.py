"""The per-call path allocates and imports nothing it does not need (what ``make bench`` measures).

No timing is asserted here: each test pins the mechanism (the inner response reused in place,
the generated models' imports run once), so that a change undoing it fails.
"""

from __future__ import annotations

import ast
import builtins
import gzip
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import firecrawl_api
import httpx
import pytest
from firecrawl_sdk._transport import JSONResponse

from tests import _vehicle

from ..spec._openapi import require_field
from .conftest import BASE_URL

MODELS = Path(firecrawl_api.__file__).parent / "models"


class Made:
    """A MockTransport handler remembering every response it returned."""

    def __init__(
        self, status: int = 200, body: bytes | None = None, headers: dict[str, str] | None = None
    ) -> None:
        self.status, self.headers = status, {"content-type": "application/json", **(headers or {})}
        self.body = json.dumps(_vehicle.create().success).encode() if body is None else body
        self.responses: list[httpx.Response] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        response = httpx.Response(self.status, content=self.body, headers=self.headers)
        self.responses.append(response)
        return response


def test_the_inner_response_is_the_one_returned(sdk: Any) -> None:
    """No second ``httpx.Response`` per call: the transport's own response becomes the JSONResponse."""
    create = _vehicle.create()
    made = Made()
    fc = sdk(made)
    response = fc._http.post(create.path, json=create.body)
    if not isinstance(response, httpx.Response):  # async twin: _http is not proxied
        response = fc.run(response)
    assert response is made.responses[-1]
    assert type(response) is JSONResponse
    assert response.json() == create.success
    assert response.content == made.body and response.read() == made.body
    assert response.request.url == httpx.URL(f"{BASE_URL}{create.path}")
    create.call(fc)
    assert made.responses[-1].content == made.body


def test_a_gzip_body_is_decoded_once(sdk: Any) -> None:
    body = json.dumps(_vehicle.create().success).encode()
    made = Made(body=gzip.compress(body), headers={"content-encoding": "gzip"})
    fc = sdk(made)
    _vehicle.create().call(fc)
    response = made.responses[-1]
    assert response.content == body and "content-encoding" not in response.headers


def test_a_transport_response_subclass_is_left_alone(sdk: Any) -> None:
    class Own(httpx.Response):
        __slots__ = ("extra",)  # a layout __class__ assignment cannot change

    made = Made()
    fc = sdk(lambda request: Own(200, content=made.body, headers=made.headers))
    _vehicle.create().call(fc)
    assert fc.sent


def test_an_error_body_keeps_its_text(sdk: Any) -> None:
    from firecrawl_sdk import NotFoundError

    fc = sdk(Made(404, json.dumps({"success": False, "error": "no such session"}).encode()))
    with pytest.raises(NotFoundError, match="no such session") as caught:
        _vehicle.delete().call(fc)
    assert json.loads(caught.value.response.text)["error"] == "no such session"


def _in_method_model_imports() -> list[str]:
    found = []
    for path in sorted(MODELS.glob("*.py")):
        for cls in ast.parse(path.read_text()).body:
            if isinstance(cls, ast.ClassDef):
                for method in cls.body:
                    if isinstance(method, ast.FunctionDef) and any(
                        isinstance(node, (ast.Import, ast.ImportFrom)) for node in ast.walk(method)
                    ):
                        found.append(f"{path.name}: {cls.name}.{method.name}")
    return found


def test_no_model_method_imports_on_each_call() -> None:
    """tools/postprocess.py moves them into one ``_import_models()`` per module."""
    assert _in_method_model_imports() == []


def test_a_model_imports_its_models_on_the_first_call_only(monkeypatch: pytest.MonkeyPatch) -> None:
    from firecrawl_api.models.scrape_response import ScrapeResponse

    document = {"success": True, "data": {"markdown": "# hi", "metadata": {"statusCode": 200}}}
    ScrapeResponse.from_dict(document)  # the first call imports
    calls: list[str] = []
    real = builtins.__import__

    def counting(name: str, *args: Any, **kwargs: Any) -> Any:
        calls.append(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", counting)
    parsed = ScrapeResponse.from_dict(document)
    parsed.to_dict()
    monkeypatch.undo()
    assert calls == []
    assert parsed.data.markdown == "# hi"  # type: ignore[union-attr]


def test_importing_a_model_imports_none_of_its_models() -> None:
    """The imports stay lazy: importing a module costs no more than before."""
    code = (
        "import sys; import firecrawl_api.models.scrape_response; "
        "print('firecrawl_api.models.scrape_response_data' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_sdk_methods_skip_httpx_client_send(sdk: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The SDK's methods hand their request straight to the policy transport; ``api_client`` (the
    generated functions) still sends through the httpx client, and both meet the same policy."""

    def no_send(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("httpx.Client.send was called")

    monkeypatch.setattr(httpx.Client, "send", no_send)
    monkeypatch.setattr(httpx.AsyncClient, "send", no_send)
    fc = sdk(Made())
    _vehicle.create().call(fc)
    assert fc.sent[-1].headers["authorization"].startswith("Bearer ")


@pytest.mark.parametrize(
    ("name", "values"),
    [
        ("_CREATE_BROWSER_SESSION", (60, None, None, "shop")),  # a JSON body
        ("_LIST_BROWSER_SESSIONS", ("active",)),  # a query
        ("_EXECUTE_BROWSER_CODE", ("a b/../c?d", "1", "python", 300)),  # path escaping, server timeout
        ("_DELETE_BROWSER_SESSION", ("s-1",)),
    ],
)
def test_the_direct_request_is_the_one_build_request_makes(
    sdk: Any, name: str, values: tuple[Any, ...]
) -> None:
    """Same URL, headers, body and timeout as ``httpx.Client.build_request`` would give."""
    operation_id = "".join(word.capitalize() for word in name.strip("_").lower().split("_"))
    operation_id = operation_id[0].lower() + operation_id[1:]
    _vehicle.require_operations(operation_id)
    if name == "_CREATE_BROWSER_SESSION":  # the values are ttl, activityTtl, streamWebView, profile
        require_field(operation_id, "profile")
    from firecrawl_sdk._operation import prepare
    from firecrawl_sdk._surface import interact

    fc = sdk(Made())
    client = fc._target if hasattr(fc, "_target") else fc
    prepared = prepare(getattr(interact, name), values, client.timeout)
    direct = prepared.request(client.base_url, client._headers, client.timeout)
    built = client._http.build_request(prepared.method, prepared.url, **prepared.httpx_args())
    assert (direct.method, direct.url) == (built.method, built.url)
    assert direct.headers.multi_items() == built.headers.multi_items()
    assert direct.read() == built.read()
    assert direct.extensions == built.extensions


def test_a_closed_client_sends_nothing(sdk: Any) -> None:
    fc = sdk(Made())
    fc.close()
    with pytest.raises(RuntimeError, match="closed"):
        _vehicle.create().call(fc)
    assert fc.sent == []


def test_sniffio_is_declared_for_httpcore() -> None:
    """httpcore imports sniffio on every pool lock; absent, each import searches sys.path in vain."""
    import importlib.metadata
    import re

    names = {
        re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0]
        for requirement in importlib.metadata.requires("firecrawl-sdk") or []
    }
    assert "sniffio" in names
    import sniffio

    assert callable(sniffio.current_async_library)
