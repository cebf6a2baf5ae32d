"""Expectations derived from the overlaid spec at test time (tools/build_spec.build())."""

from __future__ import annotations

import datetime
import enum
import importlib
import inspect
import io
import types
import typing
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import build_spec
import httpx
import pytest
import spec_diff
from firecrawl_api.types import UNSET, File, Unset
from firecrawl_sdk._operation import Operation
from firecrawl_sdk._surface._operations import OPERATIONS as SURFACE
from openapi_python_client.strings import PythonIdentifier

ROOT = Path(__file__).resolve().parents[2]
HISTORY = ROOT.parent / "shared" / "openapi" / "history"  # earlier upstream revisions (CI clones ../shared)
Json = dict[str, Any]
OMIT = object()  # a recursive schema: leave the property out of the sample
FREE_KEY = "x-free-form-key"  # key put in free-form maps; not a documented property
MAX_DEPTH = 40  # recursion is cut by the stack of schemas being sampled
PATTERN_SAMPLES = {"^[A-Z]{2}$": "US", "^[a-z0-9][a-z0-9_-]*$": "text"}  # the spec's string patterns


@cache
def overlaid() -> Json:
    return build_spec.build()


def python_name(name: str) -> str:
    """The identifier openapi-python-client gives a property or parameter."""
    return str(PythonIdentifier(name, prefix="field_"))


@dataclass(frozen=True)
class Op:
    method: str
    path: str
    operation_id: str
    tag: str
    params: tuple[Json, ...]
    body: Json | None
    responses: tuple[tuple[str, Json | None], ...]  # (status, JSON schema or None)

    @property
    def module_name(self) -> str:
        tag = PythonIdentifier(self.tag, prefix="tag")
        return f"firecrawl_api.api.{tag}.{PythonIdentifier(self.operation_id, prefix='field_')}"

    def module(self) -> ModuleType:
        return importlib.import_module(self.module_name)

    def __str__(self) -> str:
        return f"{self.method} {self.path}"


def resolve(schema: Any) -> Any:
    return spec_diff.resolve(overlaid(), schema)[0]


@cache
def operations() -> tuple[Op, ...]:
    """Every operation; none when the spec does not build (test_pipeline.py names the reason)."""
    try:
        doc = overlaid()
    except build_spec.SpecBuildError:
        return ()
    ops = []
    for (method, path), (op, obj) in spec_diff.operations(doc).items():
        params = tuple(spec_diff.parameters(doc, path, obj).values())
        body = None
        for media in (resolve(obj.get("requestBody") or {}).get("content") or {}).values():
            body = media.get("schema") or {}
            break
        responses = []
        for status, raw in (obj.get("responses") or {}).items():
            content = resolve(raw).get("content") or {}
            schema = next((m.get("schema") for k, m in content.items() if "json" in k), None)
            responses.append((str(status), schema))
        tags = obj.get("tags") or ["default"]
        ops.append(Op(method, path, op.operation_id, tags[0], params, body, tuple(responses)))
    return tuple(ops)


def require_operation(operation_id: str) -> Op:
    """The operation, or a skip: tests of hand-written behaviour need it, older revisions lack some."""
    for op in operations():
        if op.operation_id == operation_id:
            return op
    pytest.skip(f"the spec in openapi/ has no operation {operation_id} (an earlier or later revision)")


def require_field(operation_id: str, name: str, where: str = "body") -> None:
    """Skip unless the operation's request body (``where="body"``) or a response
    (``where="response 200"``) has the field ``name`` (dotted, as tools/spec_diff.py names it)."""
    require_operation(operation_id)
    doc = overlaid()
    _, obj = next(v for v in spec_diff.operations(doc).values() if v[0].operation_id == operation_id)
    if where == "body":
        fields = spec_diff.request_fields(doc, obj)
    else:
        fields = spec_diff.response_fields(doc, obj).get(where.removeprefix("response "), {})
    if name not in fields:
        pytest.skip(f"{operation_id} has no {where} field {name} in the spec in openapi/ (another revision)")


def api_path(operation_id: str, **segments: str) -> str:
    """The operation's path in the spec in openapi/ (tag and path may change between revisions,
    the operationId stays), path parameters replaced by ``segments`` as given; skips when the
    revision lacks the operation."""
    path = require_operation(operation_id).path
    for name, segment in segments.items():
        path = path.replace(f"{{{name}}}", segment)
    return path


def top_level_properties(schema: Any) -> set[str]:
    """Property names of an object schema, through ``allOf``/``oneOf``/``anyOf``."""
    node = resolve(schema)
    if not isinstance(node, dict):
        return set()
    names = set(node.get("properties") or {})
    for keyword in ("allOf", "oneOf", "anyOf"):
        for member in node.get(keyword) or []:
            names |= top_level_properties(member)
    return names


def union_count(schema: Any, depth: int = 0, stack: tuple[int, ...] = ()) -> int:
    """The largest number of ``oneOf``/``anyOf`` members anywhere in the schema (samples to build)."""
    node = resolve(schema)
    if not isinstance(node, dict) or depth > MAX_DEPTH or id(node) in stack:
        return 1
    stack = (*stack, id(node))
    best = max(len(node.get("oneOf") or []), len(node.get("anyOf") or []), 1)
    children = [*(node.get("properties") or {}).values(), *(node.get("allOf") or [])]
    children += [*(node.get("oneOf") or []), *(node.get("anyOf") or [])]
    if "items" in node:
        children.append(node["items"])
    return max([best, *(union_count(c, depth + 1, stack) for c in children)])


def sample(schema: Any, choice: int = 0, depth: int = 0, stack: tuple[int, ...] = ()) -> Any:
    """A JSON value with every documented property; ``choice`` picks the member of each union."""
    node = resolve(schema)
    if not isinstance(node, dict) or depth > MAX_DEPTH or id(node) in stack:
        return OMIT
    stack = (*stack, id(node))
    members = [m for m in (node.get("oneOf") or node.get("anyOf") or []) if resolve(m) != {"type": "null"}]
    values = [sample(m, choice, depth + 1, stack) for m in node.get("allOf") or []]
    if members:
        values.append(sample(members[choice % len(members)], choice, depth + 1, stack))
    if node.get("properties") or node.get("type") == "object":
        obj: Json = {}
        for name, prop in (node.get("properties") or {}).items():
            value = sample(prop, choice, depth + 1, stack)
            if value is not OMIT:
                obj[name] = value
        extra = node.get("additionalProperties")
        if not node.get("properties") and extra is not False:
            value = sample(extra, choice, depth + 1, stack) if isinstance(extra, dict) and extra else "v"
            obj[FREE_KEY] = "v" if value is OMIT else value
        values.append(obj)
    elif not values:
        values.append(scalar(node, choice, depth, stack))
    dicts = [v for v in values if isinstance(v, dict)]
    if dicts and len(dicts) == len([v for v in values if v is not OMIT]):
        merged: Json = {}
        for d in dicts:
            merged.update(d)
        return merged
    return next((v for v in values if v is not OMIT), OMIT)


def scalar(node: Json, choice: int, depth: int, stack: tuple[int, ...]) -> Any:
    enum_values = [v for v in node.get("enum") or [] if v is not None]
    if enum_values:
        return enum_values[0]
    kind, fmt = node.get("type"), node.get("format")
    if kind == "array":
        item = sample(node.get("items") or {}, choice, depth + 1, stack)
        return [] if item is OMIT else [item]
    if kind == "integer":
        return int(node.get("minimum", 1))
    if kind == "number":
        return float(node.get("minimum", 1.5))
    if kind == "boolean":
        return True
    if kind == "string" and "pattern" in node:  # the request validator checks patterns
        assert node["pattern"] in PATTERN_SAMPLES, f"add a sample for the pattern {node['pattern']!r}"
        return PATTERN_SAMPLES[node["pattern"]]
    if kind == "string" or kind is None:
        return {
            "date-time": "2026-08-21T10:20:30.123Z",
            "date": "2026-08-21",
            "uuid": "123e4567-e89b-12d3-a456-426614174000",
            "uri": "https://example.com/page",
            "email": "user@example.com",
        }.get(fmt or "", "text")
    return "text"


def dummy(annotation: Any) -> Any:
    """A value of a generated function's parameter type (path and query parameters)."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        args = [a for a in typing.get_args(annotation) if a not in (Unset, type(None))]
        return dummy(args[0])
    if typing.get_origin(annotation) is list:
        return [dummy(typing.get_args(annotation)[0])]
    if inspect.isclass(annotation):
        if issubclass(annotation, enum.Enum):
            return next(iter(annotation))
        if annotation is uuid.UUID:
            return uuid.UUID("123e4567-e89b-12d3-a456-426614174000")
        if annotation is datetime.datetime:
            return datetime.datetime(2026, 8, 21, tzinfo=datetime.UTC)
        if annotation is datetime.date:
            return datetime.date(2026, 8, 21)
        if annotation is bool:
            return True
        if annotation is int:
            return 7
        if annotation is float:
            return 1.5
    return "p-value"


def attrs_classes(annotation: Any) -> list[type]:
    """The attrs model classes of an annotation (a union contributes all its members)."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return [c for a in typing.get_args(annotation) for c in attrs_classes(a)]
    return [annotation] if inspect.isclass(annotation) and attrs.has(annotation) else []


def unparsed_fields(obj: Any, data: Any, where: str = "$") -> Iterator[str]:
    """Documented keys of ``data`` that did not land in an attribute of the parsed ``obj``."""
    if isinstance(data, list) and isinstance(obj, list):
        for index, (o, d) in enumerate(zip(obj, data, strict=False)):
            yield from unparsed_fields(o, d, f"{where}[{index}]")
        return
    if not (isinstance(data, dict) and attrs.has(type(obj))):
        return
    names = {f.name for f in attrs.fields(type(obj))}
    extra = getattr(obj, "additional_properties", {})
    for key, value in data.items():
        if key == FREE_KEY:
            continue
        name = python_name(key)
        if key in extra or name not in names or getattr(obj, name) is UNSET:
            yield f"{where}.{key} (-> {type(obj).__name__}.{name})"
        else:
            yield from unparsed_fields(getattr(obj, name), value, f"{where}.{key}")


# --- calling the SDK method of an operation (surface tests, fault matrix) ---------------------------
def method_of(client: Any, op: Op) -> Any:
    """The SDK method (sync or async, as the client is) that calls ``op``."""
    resource, _, name = SURFACE[op.operation_id].partition(".")
    return getattr(getattr(client, resource), name)


def required_arguments(op: Op) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """(Python keyword arguments, expected query, expected JSON body) of a call with only what is required."""
    surface_names = _python_names(op)
    kwargs: dict[str, Any] = {}
    query: dict[str, Any] = {}
    for param in op.params:
        if not param.get("required"):
            continue
        value = sample(param.get("schema") or {})
        kwargs[surface_names[param["name"]]] = value
        if param["in"] == "query":
            query[param["name"]] = value
    body: dict[str, Any] = {}
    if op.body is not None:
        schema = resolve(op.body)
        required: list[str] = list(schema.get("required") or [])
        properties: dict[str, Any] = dict(schema.get("properties") or {})
        for member in schema.get("allOf") or []:
            member = resolve(member)
            required += member.get("required") or []
            properties.update(member.get("properties") or {})
            if member.get("anyOf"):  # "code or prompt": the first alternative's fields
                required += resolve(member["anyOf"][0]).get("required") or []
        for name in required:
            value = sample(properties[name])
            assert value is not OMIT
            kwargs[surface_names[name]] = value
            body[name] = value
    if "file" in kwargs:  # multipart (POST /parse): a real file
        kwargs["file"] = File(payload=io.BytesIO(b"%PDF-1.4"), file_name="a.pdf", mime_type="application/pdf")
    return kwargs, query, body


def _python_names(op: Op) -> dict[str, str]:
    """Spec name -> the SDK method's argument name (renames of surface.yaml included)."""
    resource = SURFACE[op.operation_id].split(".")[0]
    surface = importlib.import_module(f"firecrawl_sdk._surface.{resource}")
    for value in vars(surface).values():
        if isinstance(value, Operation) and value.id == op.operation_id:
            return {p.json: p.python for p in value.params}
    raise AssertionError(f"{op.operation_id}: no Operation record in {surface.__name__}")


def success_payload(op: Op) -> Any:
    """A documented 200 body of ``op`` (every property sampled)."""
    schema = dict(op.responses).get("200")
    payload = sample(schema) if schema is not None else {"success": True}
    return {} if payload is OMIT else payload


def response_for(op: Op) -> httpx.Response:
    return httpx.Response(200, json=success_payload(op))
