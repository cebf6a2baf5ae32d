"""Check arguments against the spec's constraints before anything is sent.

The rules are the spec's own, extracted at generation time into
``firecrawl_api._constraints`` (tools/constraints.py). One rule the spec cannot
state is added for every path parameter: it must be a non-empty string that is
not a dot segment (``.``/``..`` would change the URL's path).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

from firecrawl_api._constraints import OPERATIONS
from firecrawl_api.types import UNSET, Unset

from ._exceptions import InvalidParameterError

# The uuid format as JSON-Schema validators (ajv-formats) check it.
UUID = re.compile(r"^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$", re.IGNORECASE)


def validate(operation_id: str, **params: Any) -> None:
    """Raise :class:`InvalidParameterError` unless ``params`` meet the operation's rules (None = omitted)."""
    rules: dict[str, dict[str, Any]] = OPERATIONS[operation_id]["params"]
    for name, value in params.items():
        rule = rules[name]
        if value is None or isinstance(value, Unset):
            if rule.get("required"):
                raise InvalidParameterError(name, "given (it is required)", value)
            continue
        check(name, rule, value)


def check(label: str, rule: dict[str, Any], value: Any) -> None:
    kind = rule.get("type")
    if value is None and rule.get("nullable"):
        return
    if "enum" in rule:
        if isinstance(value, bool) or value not in rule["enum"]:
            raise InvalidParameterError(label, "one of " + ", ".join(map(repr, rule["enum"])), value)
    elif kind == "integer":
        if not isinstance(value, int) or isinstance(value, bool):
            raise InvalidParameterError(label, _range("an integer", rule), value)
    elif kind == "number":
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value):
            raise InvalidParameterError(label, _range("a finite number", rule), value)
    elif kind == "boolean":
        if not isinstance(value, bool):
            raise InvalidParameterError(label, "True or False", value)
    elif kind == "string":
        _check_string(label, rule, value)
    elif kind == "object" and "properties" in rule:
        _check_object(label, rule, value)
    _check_bounds(label, rule, value)


def _check_string(label: str, rule: dict[str, Any], value: Any) -> None:
    if not isinstance(value, str):
        raise InvalidParameterError(label, _length("a string", rule), value)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidParameterError(label, "valid Unicode text (no lone surrogates)", value) from None
    if rule.get("in") == "path" and value in ("", ".", ".."):
        raise InvalidParameterError(label, "a non-empty id (not '.' or '..')", value)
    if rule.get("format") == "uuid" and not UUID.match(value):
        raise InvalidParameterError(label, "a UUID (8-4-4-4-12 hex digits)", value)
    too_short = "minLength" in rule and len(value) < rule["minLength"]
    if too_short or ("maxLength" in rule and len(value) > rule["maxLength"]):
        raise InvalidParameterError(label, _length("a string", rule), value)


def _check_object(label: str, rule: dict[str, Any], value: Any) -> None:
    for name, sub in rule["properties"].items():
        # Only an absent (UNSET) field is omitted: a None inside a model is sent as JSON null.
        field = value.get(name, UNSET) if isinstance(value, dict) else getattr(value, name, UNSET)
        if isinstance(field, Unset):
            if sub.get("required"):
                raise InvalidParameterError(f"{label}.{name}", "given (it is required)", None)
            continue
        check(f"{label}.{name}", sub, field)


def _check_bounds(label: str, rule: dict[str, Any], value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return
    low, high = rule.get("minimum"), rule.get("maximum")
    kind = "an integer" if rule.get("type") == "integer" else "a number"
    if (low is not None and value < low) or (high is not None and value > high):
        raise InvalidParameterError(label, _range(kind, rule), value)
    if ("exclusiveMinimum" in rule and value <= rule["exclusiveMinimum"]) or (
        "exclusiveMaximum" in rule and value >= rule["exclusiveMaximum"]
    ):
        raise InvalidParameterError(label, _range(kind, rule), value)


_WORDING = {  # (both bounds, lower only, upper only)
    ("minimum", "maximum"): ("{kind} from {low} to {high}", "{kind} >= {low}", "{kind} <= {high}"),
    ("minLength", "maxLength"): (
        "{kind} of {low} to {high} characters",
        "{kind} of at least {low} characters",
        "{kind} of at most {high} characters",
    ),
}


def _bounded(kind: str, rule: dict[str, Any], keys: tuple[str, str]) -> str:
    low, high = rule.get(keys[0]), rule.get(keys[1])
    both, lower, upper = _WORDING[keys]
    if low is not None and high is not None:
        return both.format(kind=kind, low=low, high=high)
    if low is not None:
        return lower.format(kind=kind, low=low)
    if high is not None:
        return upper.format(kind=kind, high=high)
    return kind


def _range(kind: str, rule: dict[str, Any]) -> str:
    return _bounded(kind, rule, ("minimum", "maximum"))


def _length(kind: str, rule: dict[str, Any]) -> str:
    return _bounded(kind, rule, ("minLength", "maxLength"))


def validate_request(
    operation_id: str, *, path: Mapping[str, Any], query: Mapping[str, Any], body: Any
) -> None:
    """Check a request's JSON-level values (spec names) against the operation's rules."""
    rules: dict[str, dict[str, Any]] = OPERATIONS[operation_id]["params"]
    for python_name, rule in rules.items():
        where = rule.get("in")
        source = path if where == "path" else query if where == "query" else (body or {})
        value = source.get(rule["name"], UNSET) if isinstance(source, Mapping) else UNSET
        if isinstance(value, Unset):
            if rule.get("required"):
                raise InvalidParameterError(python_name, "given (it is required)", None)
            continue
        check(python_name, rule, value)
