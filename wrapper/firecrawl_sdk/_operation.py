"""The sans-IO core of every SDK method: arguments -> validated request -> parsed result.

The generated surface (``firecrawl_sdk._surface``, from ``openapi/surface.yaml``)
describes each operation as an :class:`Operation`; the sync and async resources
only move bytes. ``prepare`` turns arguments into a request (JSON names, values
converted, unset arguments left out, spec rules checked); ``finish`` parses the
documented 200 model and unwraps it.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import sys
import uuid
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import attrs
import httpx
from firecrawl_api.types import Unset

from ._exceptions import APIResponseValidationError, FirecrawlError
from ._transport import VALIDATED, JSONResponse
from ._validation import validate_request

__all__ = [
    "Operation",
    "Param",
    "Prepared",
    "ServerTimeout",
    "finish",
    "parse",
    "parse_json",
    "prepare",
    "to_json",
]

#: Seconds added to a server-side ``timeout`` argument for the HTTP read timeout of that call.
SERVER_TIMEOUT_MARGIN = 10.0


@attrs.frozen
class Param:
    """One argument: its Python name, the spec's name, where it goes, and how a bare ``str`` is read."""

    python: str
    json: str
    where: str  # "path" | "query" | "body"
    string_key: str | None = None  # a str (or str item) becomes {string_key: value}


@attrs.frozen
class ServerTimeout:
    """A body argument that lets the server run that long: the read timeout is raised above it."""

    param: str
    seconds_per_unit: float
    default: float | None


@attrs.frozen
class Operation:
    id: str
    method: str
    path: str
    params: tuple[Param, ...]
    endpoint: str  # the generated module, resolved by operationId at generation time
    unwrap: str | None = None
    unwrap_list: bool = False
    multipart_body: str | None = None  # the generated body model of a multipart operation
    server_timeout: ServerTimeout | None = None


@attrs.frozen
class Prepared:
    method: str
    url: str
    params: dict[str, Any]
    json: Any
    files: Any
    timeout: httpx.Timeout | None

    def request(self, base_url: str, headers: httpx.Headers, client_timeout: httpx.Timeout) -> httpx.Request:
        """The request itself, as ``httpx.Client.build_request`` would make it (``base_url`` +
        path, the client's headers, the timeout extension), validated for the transport."""
        timeout = (self.timeout or client_timeout).as_dict()
        return httpx.Request(
            self.method,
            base_url + self.url,
            params=self.params or None,
            json=self.json,
            files=self.files,
            headers=headers,
            extensions={"timeout": timeout, VALIDATED: True},
        )

    def httpx_args(self) -> dict[str, Any]:
        """Keyword arguments of ``httpx.Client.request``, marked as validated for the transport."""
        args: dict[str, Any] = {"params": self.params or None, "extensions": {VALIDATED: True}}
        if self.files is not None:
            args["files"] = self.files
        elif self.json is not None:
            args["json"] = self.json
        if self.timeout is not None:
            args["timeout"] = self.timeout
        return args


def to_json(value: Any) -> Any:
    """A value as JSON: attrs models via ``to_dict``, enums by value, UUIDs and datetimes as strings."""
    if isinstance(value, enum.Enum):
        return value.value
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {key: to_json(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json(item) for item in value]
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return value


def _from_string(param: Param, value: Any) -> Any:
    key = param.string_key
    if key is None:
        return value
    if isinstance(value, str):
        return {key: value}
    if isinstance(value, (list, tuple)):
        return [{key: item} if isinstance(item, str) else item for item in value]
    return value


def prepare(op: Operation, values: tuple[Any, ...], client_timeout: httpx.Timeout) -> Prepared:
    """Build and check the request; raises ``InvalidParameterError`` before anything is sent."""
    path: dict[str, Any] = {}
    query: dict[str, Any] = {}
    body: dict[str, Any] = {}
    given: dict[str, Any] = {}
    for param, value in zip(op.params, values, strict=True):
        if value is None:
            continue
        given[param.python] = value
        value = to_json(_from_string(param, value))
        (path if param.where == "path" else query if param.where == "query" else body)[param.json] = value
    has_body = any(p.where == "body" for p in op.params)
    validate_request(op.id, path=path, query=query, body=body if has_body else None)
    url = op.path
    for name, value in path.items():
        url = url.replace("{" + name + "}", quote(str(value), safe=""))
    files = None
    json_body: Any = body if has_body else None
    if op.multipart_body is not None:
        model = getattr(importlib.import_module("firecrawl_api.models"), op.multipart_body)
        files = model(**{p.python: given[p.python] for p in op.params if p.python in given}).to_multipart()
        json_body = None
    return Prepared(op.method, url, query, json_body, files, _timeout(op, body, client_timeout))


def _timeout(op: Operation, body: dict[str, Any], client_timeout: httpx.Timeout) -> httpx.Timeout | None:
    rule = op.server_timeout
    if rule is None:
        return None
    value = body.get(rule.param, rule.default)
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return None
    seconds = value * rule.seconds_per_unit + SERVER_TIMEOUT_MARGIN
    read = client_timeout.read
    if read is not None and read >= seconds:
        return None
    return httpx.Timeout(
        connect=client_timeout.connect, read=seconds, write=client_timeout.write, pool=client_timeout.pool
    )


def parse(op: Operation, response: httpx.Response, api_client: Any) -> Any:
    """The endpoint's own parser (resolved by operationId), its errors mapped to the SDK's, unwrapped."""
    module = sys.modules.get(op.endpoint) or importlib.import_module(op.endpoint)
    try:
        parsed = module._parse_response(client=api_client, response=response)
    except FirecrawlError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError(
            f"{op.id}: the response does not match the spec: {type(exc).__name__}: {exc}", response=response
        ) from exc
    if parsed is None:
        raise APIResponseValidationError(f"{op.id}: undocumented status {response.status_code}")
    return finish(op, parsed)


def parse_json(op: Operation, data: Any, api_client: Any) -> Any:
    """``parse`` of a JSON document (a job's merged status) as if it were the 200 response."""
    response = JSONResponse(200, content=b"")
    response.parsed_json = data
    return parse(op, response, api_client)


def finish(op: Operation, parsed: Any) -> Any:
    """The documented result: the parsed 200 model, or its ``unwrap`` field."""
    if op.unwrap is None:
        return parsed
    value = getattr(parsed, op.unwrap, None)
    if value is None or isinstance(value, Unset):
        if op.unwrap_list:
            return []
        raise APIResponseValidationError(f"{op.id}: the response has no {op.unwrap!r}")
    return value
