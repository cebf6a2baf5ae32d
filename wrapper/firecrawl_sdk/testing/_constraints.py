"""The spec's request constraints for the four Interact operations, checked server-side.

Written once here; ``tests/testing/test_constraints.py`` holds this table to the vendored spec.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# (operation, field) -> (minimum, maximum) for integers, (minLength, maxLength) for strings.
INT_RANGES: dict[tuple[str, str], tuple[int, int]] = {
    ("createBrowserSession", "ttl"): (30, 3600),
    ("createBrowserSession", "activityTtl"): (10, 3600),
    ("executeBrowserCode", "timeout"): (1, 300),
}
STR_LENGTHS: dict[tuple[str, str], tuple[int, int]] = {
    ("createBrowserSession", "profile.name"): (1, 128),
    ("executeBrowserCode", "code"): (1, 100000),
}
ENUMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("executeBrowserCode", "language"): ("python", "node", "bash"),
    ("listBrowserSessions", "status"): ("active", "destroyed"),
}


class RequestError(ValueError):
    """A request that breaks a documented constraint; the message names the field."""


@dataclass(frozen=True)
class CreateRequest:
    ttl: int | None
    activity_ttl: int | None
    stream_web_view: bool
    profile_name: str | None
    save_changes: bool


@dataclass(frozen=True)
class ExecuteRequest:
    code: str
    language: str
    timeout: int | None


def _int(op: str, body: dict[str, Any], field: str) -> int | None:
    value = body.get(field)
    if value is None:
        return None
    low, high = INT_RANGES[(op, field)]
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise RequestError(f"{field} must be an integer between {low} and {high} (got {value!r})")
    return value


def _str(op: str, value: Any, field: str) -> str:
    low, high = STR_LENGTHS[(op, field)]
    if not isinstance(value, str) or not low <= len(value) <= high:
        shown = f"{len(value)} characters" if isinstance(value, str) else repr(value)
        raise RequestError(f"{field} must be a string of {low} to {high} characters (got {shown})")
    return value


def _bool(value: Any, field: str, default: bool) -> bool:
    if value is None:
        return default
    if not isinstance(value, bool):
        raise RequestError(f"{field} must be a boolean (got {value!r})")
    return value


def enum(op: str, field: str, value: Any) -> str:
    allowed = ENUMS[(op, field)]
    if value not in allowed:
        raise RequestError(f"{field} must be one of {', '.join(allowed)} (got {value!r})")
    return str(value)


def _object(body: Any, what: str) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise RequestError(f"{what} must be a JSON object")
    return body


def parse_create(body: Any) -> CreateRequest:
    op = "createBrowserSession"
    body = _object(body, "request body")
    profile = body.get("profile")
    name: str | None = None
    save = True
    if profile is not None:
        profile = _object(profile, "profile")
        name = _str(op, profile.get("name"), "profile.name")
        save = _bool(profile.get("saveChanges"), "profile.saveChanges", True)
    return CreateRequest(
        ttl=_int(op, body, "ttl"),
        activity_ttl=_int(op, body, "activityTtl"),
        stream_web_view=_bool(body.get("streamWebView"), "streamWebView", True),
        profile_name=name,
        save_changes=save,
    )


def parse_execute(body: Any) -> ExecuteRequest:
    op = "executeBrowserCode"
    body = _object(body, "request body")
    language = body.get("language")
    return ExecuteRequest(
        code=_str(op, body.get("code"), "code"),
        language="node" if language is None else enum(op, "language", language),
        timeout=_int(op, body, "timeout"),
    )
