"""Response enums accept values the spec does not list yet; request enums stay strict.

Which enum is which is derived from the generated functions' type hints (what a
response parses into, what a request accepts), independently of the AST rules
in tools/postprocess.py. One-value enums reachable from responses tag a union
member (an action's ``type``) and must stay strict for the union parser to work:
tests/spec/test_responses.py covers them by parsing every member.
"""

from __future__ import annotations

import enum
import inspect
import types
import typing
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

import attrs
import firecrawl_api.models
import pytest

from ._openapi import operations, require_operation

UNKNOWN = "value-the-spec-does-not-list"


@cache
def namespace() -> dict[str, Any]:
    models = firecrawl_api.models
    return {name: getattr(models, name) for name in models.__all__}


def enums_in(hints: Iterable[Any]) -> set[type[enum.Enum]]:
    found: set[type[enum.Enum]] = set()
    seen: set[Any] = set()
    stack = list(hints)
    while stack:
        hint = stack.pop()
        if isinstance(hint, str):
            hint = namespace().get(hint, hint)
        if hint in seen or isinstance(hint, str):
            continue
        seen.add(hint)
        if isinstance(hint, types.UnionType) or typing.get_origin(hint) is not None:
            stack.extend(typing.get_args(hint))
        elif inspect.isclass(hint) and issubclass(hint, enum.Enum):
            found.add(hint)
        elif inspect.isclass(hint) and attrs.has(hint):
            module = inspect.getmodule(hint)
            stack.extend(typing.get_type_hints(hint, {**vars(module), **namespace()}).values())
    return found


def endpoint_hints(kind: str) -> Iterator[Any]:
    for op in operations():
        try:
            module = op.module()
        except ImportError:  # reported by test_operations.py::test_every_operation_generated
            continue
        if kind == "response":
            yield typing.get_type_hints(module._parse_response)["return"]
        else:
            yield from typing.get_type_hints(module._get_kwargs).values()


@cache
def response_enums() -> frozenset[type[enum.Enum]]:
    return frozenset(enums_in(endpoint_hints("response")))


@cache
def request_only_enums() -> frozenset[type[enum.Enum]]:
    return frozenset(enums_in(endpoint_hints("request")) - response_enums())


def test_derivation_finds_known_enums() -> None:
    require_operation("listBrowserSessions")  # SessionStatus
    require_operation("executeBrowserCode")  # CodeLanguage
    names = {e.__name__ for e in response_enums()}
    assert "SessionStatus" in names
    assert "CodeLanguage" in {e.__name__ for e in request_only_enums()}


def open_candidates() -> list[type[enum.Enum]]:
    return sorted((e for e in response_enums() if len(e) > 1), key=lambda e: e.__name__)


def name_of(enum_cls: Any) -> str:
    return str(enum_cls.__name__)


@pytest.mark.parametrize("enum_cls", open_candidates(), ids=name_of)
def test_response_enum_accepts_unknown_value(enum_cls: type[enum.Enum]) -> None:
    member = enum_cls(UNKNOWN)
    assert member.value == UNKNOWN
    assert str(member) == UNKNOWN
    known = next(iter(enum_cls))
    assert enum_cls(known.value) is known


@pytest.mark.parametrize("enum_cls", sorted(request_only_enums(), key=name_of), ids=name_of)
def test_request_enum_stays_strict(enum_cls: type[enum.Enum]) -> None:
    with pytest.raises(ValueError, match="is not a valid"):
        enum_cls(UNKNOWN)


def test_session_status_expired_parses() -> None:
    require_operation("listBrowserSessions")
    summary = namespace()["InteractSessionSummary"].from_dict({"id": "s", "status": "expired"})
    assert summary.status == "expired"
    assert summary.to_dict()["status"] == "expired"
