"""Every operation of the overlaid spec is generated with the right method, path and inputs."""

from __future__ import annotations

import inspect
import json
import pkgutil
from typing import Any
from urllib.parse import quote

import attrs
import firecrawl_api.api
import httpx
import pytest
from firecrawl_api import errors
from firecrawl_api.client import Client

from ._openapi import ROOT, Op, attrs_classes, dummy, operations, python_name, top_level_properties

OPS = operations()


class StubBody:
    """Stands in for a request-body model: ``_get_kwargs`` only serialises it."""

    def to_dict(self) -> dict[str, Any]:
        return {}

    def to_multipart(self) -> list[Any]:
        return []


def generated_modules() -> set[str]:
    found = set()
    for info in pkgutil.walk_packages(firecrawl_api.api.__path__, "firecrawl_api.api."):
        if not info.ispkg:
            found.add(info.name)
    return found


def test_every_operation_generated() -> None:
    recorded = json.loads((ROOT / "openapi" / "PROVENANCE.json").read_text())["operations"]
    assert len(OPS) == recorded, f"the overlaid spec has {len(OPS)} operations, PROVENANCE.json {recorded}"
    expected = {op.module_name for op in OPS}
    assert generated_modules() == expected, (
        f"missing: {sorted(expected - generated_modules())}; "
        f"not in the spec: {sorted(generated_modules() - expected)}"
    )


def call_get_kwargs(op: Op, **overrides: Any) -> dict[str, Any]:
    signature = inspect.signature(op.module()._get_kwargs)
    kwargs: dict[str, Any] = {}
    for name, parameter in signature.parameters.items():
        if name == "body":
            kwargs[name] = StubBody()
        elif parameter.default is inspect.Parameter.empty:
            kwargs[name] = dummy(parameter.annotation)
    kwargs.update(overrides)
    result: dict[str, Any] = op.module()._get_kwargs(**kwargs)
    result["_args"] = kwargs
    return result


@pytest.mark.parametrize("op", OPS, ids=str)
def test_method_and_path(op: Op) -> None:
    kwargs = call_get_kwargs(op)
    assert kwargs["method"] == op.method.lower()
    url = op.path
    for param in op.params:
        if param["in"] == "path":
            value = kwargs["_args"][python_name(param["name"])]
            url = url.replace(f"{{{param['name']}}}", quote(str(value), safe=""))
    assert kwargs["url"] == url


@pytest.mark.parametrize("op", [op for op in OPS if op.params], ids=str)
def test_parameters_accepted_and_sent(op: Op) -> None:
    signature = inspect.signature(op.module()._get_kwargs)
    for param in op.params:
        name = python_name(param["name"])
        if name not in signature.parameters:  # the generator's rule for a clash between locations
            name = f"{name}_{param['in']}"
        assert name in signature.parameters, f"{op}: {param['in']} parameter {param['name']!r} not accepted"
        if param["in"] == "query":
            value = dummy(signature.parameters[name].annotation)
            sent = call_get_kwargs(op, **{name: value})["params"]
            assert param["name"] in sent, f"{op}: query parameter {param['name']!r} is not sent"


@pytest.mark.parametrize("op", [op for op in OPS if op.body is not None], ids=str)
def test_body_properties_accepted(op: Op) -> None:
    annotation = inspect.signature(op.module()._get_kwargs).parameters["body"].annotation
    classes = attrs_classes(annotation)
    assert classes, f"{op}: body annotation {annotation!r} is not a model"
    fields = {f.name for cls in classes for f in attrs.fields(cls)}
    missing = sorted(p for p in top_level_properties(op.body) if python_name(p) not in fields)
    assert not missing, f"{op}: body properties not accepted by {[c.__name__ for c in classes]}: {missing}"


@pytest.mark.parametrize("op", OPS, ids=str)
def test_every_documented_status_handled(op: Op) -> None:
    """A status the spec documents never reaches ``UnexpectedStatus``: its response was generated."""
    client = Client(base_url="http://test", raise_on_unexpected_status=True)
    for status, schema in op.responses:
        if not status.isdigit():
            continue
        response = httpx.Response(int(status), json={} if schema is not None else None)
        try:
            op.module()._parse_response(client=client, response=response)
        except errors.UnexpectedStatus:  # pragma: no cover - the failure being tested
            pytest.fail(f"{op}: documented response {status} is not generated")
        except (KeyError, TypeError, ValueError):
            pass  # an empty body may not satisfy the model; the status itself was handled
