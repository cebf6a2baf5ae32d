"""Check requests against the spec's constraints before anything is sent.

The rules are the spec's own, extracted at generation time into
``firecrawl_api._constraints`` (tools/constraints.py): JSON Schema, normalised.
Each schema is compiled once, on first use, into closures; validating a small
body costs microseconds.

:func:`validate_request` judges a request at the JSON level (path and query
parameters by their spec names, the JSON body) as Prism's validator (ajv) does,
with these deliberate differences:

* ``integer`` means a JSON integer: ``30.0`` is refused (ajv reads ``30.0 === 30``);
* ``format: uri`` also requires an absolute ``http``/``https`` URL with a host;
* a string must be valid Unicode (a lone surrogate has no UTF-8 form);
* a path parameter must be a non-empty string that is not ``.`` or ``..``
  (it would change the URL's path).

Path and query values given as strings are read as the server reads the query
string (``"5"`` is the integer 5, ``"true"`` the boolean); other values must have
the parameter's own type.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Mapping
from typing import Any

from firecrawl_api.types import Unset

from ._exceptions import InvalidParameterError

# A failure: (path from the checked value, as (json_name, python_name) pairs or indexes; allowed; value).
Segment = tuple[str, str] | int
Failure = tuple[tuple[Segment, ...], str, Any]
Check = Callable[[Any], Failure | None]

# Formats as ajv-formats ("full") checks them.
UUID = re.compile(r"^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}\Z", re.IGNORECASE)
_URI_PATTERN = r"^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?\Z"  # noqa: E501 - ajv-formats "full" uri, verbatim
_HTTP_URL = re.compile(r"^https?://(?:[^/?#@]*@)?(?:\[[^\]/?#]+\]|[^/?#@:\[\]]+)", re.IGNORECASE | re.ASCII)
_EMAIL = re.compile(
    r"^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+"
    r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\Z",
    re.IGNORECASE | re.ASCII,
)
_HOSTNAME = re.compile(
    r"^(?=.{1,253}\.?\Z)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?\Z",
    re.IGNORECASE | re.ASCII,
)
_DATE = re.compile(r"^(\d\d\d\d)-(\d\d)-(\d\d)\Z", re.ASCII)
_TIME = re.compile(r"^(\d\d):(\d\d):(\d\d)(\.\d+)?(z|[+-]\d\d(?::?\d\d)?)?\Z", re.IGNORECASE | re.ASCII)
_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


@functools.cache
def _uri() -> re.Pattern[str]:
    return re.compile(_URI_PATTERN, re.IGNORECASE | re.ASCII)  # compiled on first use: ~8 ms


def is_uri(text: str) -> bool:
    """ajv-formats' ``uri``: an absolute URI (any scheme)."""
    return ("/" in text or ":" in text) and _uri().match(text) is not None


def is_http_url(text: str) -> bool:
    """The SDK's ``uri``: an absolute URI (as ajv judges it) with scheme http/https and a host."""
    return is_uri(text) and _HTTP_URL.match(text) is not None


def _is_date(text: str) -> bool:
    found = _DATE.match(text)
    if not found:
        return False
    year, month, day = (int(part) for part in found.groups())
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 1 <= month <= 12 and 1 <= day <= (29 if month == 2 and leap else _DAYS[month])


def _is_time(text: str) -> bool:
    found = _TIME.match(text)
    if not found:
        return False
    hour, minute, second = int(found[1]), int(found[2]), int(found[3])
    ok = (hour <= 23 and minute <= 59 and second <= 59) or (hour, minute, second) == (23, 59, 60)
    return ok and bool(found[5])


def _is_date_time(text: str) -> bool:
    parts = re.split(r"[tT\s]", text)
    return len(parts) == 2 and _is_date(parts[0]) and _is_time(parts[1])


FORMATS: dict[str, tuple[Callable[[str], bool], str]] = {
    "uri": (is_http_url, "an absolute http(s) URL"),
    "url": (is_http_url, "an absolute http(s) URL"),
    "uuid": (lambda text: UUID.match(text) is not None, "a UUID (8-4-4-4-12 hex digits)"),
    "date": (_is_date, "a date (YYYY-MM-DD)"),
    "date-time": (_is_date_time, "a date-time (RFC 3339)"),
    "email": (lambda text: _EMAIL.match(text) is not None, "an email address"),
    "hostname": (lambda text: _HOSTNAME.match(text) is not None, "a host name"),
}

# --- wording --------------------------------------------------------------------------------------

_WORDING = {  # (both bounds, lower only, upper only)
    ("minimum", "maximum"): ("{kind} from {low} to {high}", "{kind} >= {low}", "{kind} <= {high}"),
    ("minLength", "maxLength"): (
        "{kind} of {low} to {high} characters",
        "{kind} of at least {low} characters",
        "{kind} of at most {high} characters",
    ),
    ("minItems", "maxItems"): (
        "{kind} of {low} to {high} items",
        "{kind} of at least {low} items",
        "{kind} of at most {high} items",
    ),
}


def _bounded(kind: str, rule: Mapping[str, Any], keys: tuple[str, str]) -> str:
    low, high = rule.get(keys[0]), rule.get(keys[1])
    both, lower, upper = _WORDING[keys]
    if low is not None and high is not None:
        return both.format(kind=kind, low=low, high=high)
    if low is not None:
        return lower.format(kind=kind, low=low)
    if high is not None:
        return upper.format(kind=kind, high=high)
    return kind


def _range(kind: str, rule: Mapping[str, Any]) -> str:
    text = _bounded(kind, rule, ("minimum", "maximum"))
    if "exclusiveMinimum" in rule:
        text += f" > {rule['exclusiveMinimum']}"
    if "exclusiveMaximum" in rule:
        text += f" < {rule['exclusiveMaximum']}"
    return text


def _length(kind: str, rule: Mapping[str, Any]) -> str:
    return _bounded(kind, rule, ("minLength", "maxLength"))


def _one_of(values: list[Any]) -> str:
    shown = [repr(value) if value is not None else "None" for value in values]
    if len(shown) > 12:
        shown = [*shown[:10], "...", shown[-1]]
    return "one of " + ", ".join(shown)


_KINDS = {
    "integer": "an integer",
    "number": "a number",
    "string": "a string",
    "boolean": "True or False",
    "object": "an object (dict)",
    "array": "a list",
    "null": "None",
}


def describe(rule: Mapping[str, Any]) -> str:
    """What a schema allows, in a few words."""
    if "$ref" in rule:
        return describe(_schemas()[rule["$ref"]])
    if "enum" in rule:
        return _one_of(rule["enum"])
    kind = rule.get("type")
    if isinstance(kind, list):
        return " or ".join(_KINDS.get(str(k), str(k)) for k in kind)
    if kind in ("integer", "number"):
        return _range(_KINDS[kind], rule)
    if kind == "string":
        if "format" in rule and rule["format"] in FORMATS:
            return FORMATS[rule["format"]][1]
        return _length("a string", rule)
    if kind == "array":
        return _bounded("a list", rule, ("minItems", "maxItems"))
    if "oneOf" in rule or "anyOf" in rule:
        members = rule.get("oneOf") or rule.get("anyOf") or []
        names = [
            title or describe(member) for title, member in zip(rule.get("titles", ()), members, strict=False)
        ]
        word = "exactly one of" if "oneOf" in rule else "at least one of"
        return f"{word}: " + "; ".join(names)
    return _KINDS.get(str(kind), "a value of the documented shape")


# --- compiling -------------------------------------------------------------------------------------


def _is_int(value: Any) -> bool:
    return type(value) is int or (isinstance(value, int) and not isinstance(value, bool))


def _is_number(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    return isinstance(value, float) and math.isfinite(value)


_TYPE_TESTS: dict[str, Callable[[Any], bool]] = {
    "integer": _is_int,
    "number": _is_number,
    "string": lambda value: isinstance(value, str),
    "boolean": lambda value: isinstance(value, bool),
    "object": lambda value: isinstance(value, Mapping),
    "array": lambda value: isinstance(value, (list, tuple)),
    "null": lambda value: value is None,
}


def _json_equal(left: Any, right: Any) -> bool:
    if isinstance(left, bool) or isinstance(right, bool):
        return isinstance(left, bool) and isinstance(right, bool) and left is right
    if isinstance(left, Mapping) and isinstance(right, Mapping):
        return left.keys() == right.keys() and all(_json_equal(left[key], right[key]) for key in left)
    if isinstance(left, (list, tuple)) and isinstance(right, (list, tuple)):
        return len(left) == len(right) and all(_json_equal(a, b) for a, b in zip(left, right, strict=True))
    if _is_number(left) and _is_number(right):
        return bool(left == right)
    if isinstance(left, str) and isinstance(right, str):
        return str(left) == str(right)  # a str enum member equals its value
    return type(left) is type(right) and bool(left == right)


_COMPILED: dict[int, tuple[Mapping[str, Any], Check]] = {}
_REFS: dict[str, Check] = {}


def _schemas() -> dict[str, dict[str, Any]]:
    from firecrawl_api._constraints import SCHEMAS

    return SCHEMAS


def compile_schema(rule: Mapping[str, Any]) -> Check:
    """A check for one normalised schema (cached by identity: the table never changes)."""
    key = id(rule)
    found = _COMPILED.get(key)
    if found is None or found[0] is not rule:  # the rule is kept: its id stays its own
        found = _COMPILED[key] = (rule, _compile(rule))
    return found[1]


def _ref_check(name: str) -> Check:
    def check(value: Any) -> Failure | None:
        compiled = _REFS.get(name)
        if compiled is None:
            compiled = _REFS[name] = compile_schema(_schemas()[name])
        return compiled(value)

    return check


def _python_segment(name: str, py: Mapping[str, str]) -> tuple[str, str]:
    python = py.get(name, name)
    if python == name + "_":  # a reserved word (type -> type_): the JSON name reads better nested
        python = name
    return (name, python)


def _compile(rule: Mapping[str, Any]) -> Check:
    if "$ref" in rule:
        return _ref_check(rule["$ref"])
    checks: list[Check] = []
    kind = rule.get("type")
    kinds = [kind] if isinstance(kind, str) else list(kind or ())
    nullable = rule.get("nullable") is True or "null" in kinds
    allowed = describe(rule)

    if kinds:
        tests = [_TYPE_TESTS[k] for k in kinds if k in _TYPE_TESTS]

        def check_type(value: Any) -> Failure | None:
            for test in tests:
                if test(value):
                    return None
            return ((), allowed, value)

        checks.append(check_type)

    if "enum" in rule:
        values = list(rule["enum"]) + ([None] if nullable and None not in rule["enum"] else [])
        strings = frozenset(v for v in values if isinstance(v, str))
        only_strings = len(strings) == len(values)
        enum_text = _one_of(rule["enum"])

        def check_enum(value: Any) -> Failure | None:
            if isinstance(value, str):
                if value in strings:
                    return None
            elif not only_strings and any(_json_equal(value, v) for v in values):
                return None
            return ((), enum_text, value)

        checks.append(check_enum)

    low, high = rule.get("minimum"), rule.get("maximum")
    xlow, xhigh = rule.get("exclusiveMinimum"), rule.get("exclusiveMaximum")
    if low is not None or high is not None or xlow is not None or xhigh is not None:
        kind_text = "an integer" if "integer" in kinds else "a number"
        range_text = _range(kind_text, rule)

        def check_range(value: Any) -> Failure | None:
            if not _is_number(value):
                return None
            if (
                (low is not None and value < low)
                or (high is not None and value > high)
                or (xlow is not None and value <= xlow)
                or (xhigh is not None and value >= xhigh)
            ):
                return ((), range_text, value)
            return None

        checks.append(check_range)

    # Strings: valid Unicode, length (in code points, as ajv counts), pattern, format.
    min_len, max_len = rule.get("minLength"), rule.get("maxLength")
    pattern = re.compile(_python_pattern(rule["pattern"])) if "pattern" in rule else None
    fmt = FORMATS.get(rule.get("format", "")) if "format" in rule else None
    if "string" in kinds or min_len is not None or max_len is not None or pattern or fmt:
        length_text = _length("a string", rule)

        def check_string(value: Any) -> Failure | None:
            if not isinstance(value, str):
                return None
            if not value.isascii():
                try:
                    value.encode("utf-8")
                except UnicodeEncodeError:
                    return ((), "valid Unicode text (no lone surrogates)", value)
            if (min_len is not None and len(value) < min_len) or (
                max_len is not None and len(value) > max_len
            ):
                return ((), length_text, value)
            if pattern is not None and not pattern.search(value):
                return ((), f"a string matching {rule['pattern']}", value)
            if fmt is not None and not fmt[0](value):
                return ((), fmt[1], value)
            return None

        checks.append(check_string)

    # Arrays.
    min_items, max_items = rule.get("minItems"), rule.get("maxItems")
    items = compile_schema(rule["items"]) if "items" in rule else None
    unique = rule.get("uniqueItems") is True
    if min_items is not None or max_items is not None or items is not None or unique:
        items_text = _bounded("a list", rule, ("minItems", "maxItems"))

        def check_array(value: Any) -> Failure | None:
            if not isinstance(value, (list, tuple)):
                return None
            if (min_items is not None and len(value) < min_items) or (
                max_items is not None and len(value) > max_items
            ):
                return ((), items_text, value)
            if items is not None:
                for index, item in enumerate(value):
                    failure = items(item)
                    if failure is not None:
                        return ((index, *failure[0]), failure[1], failure[2])
            if unique:
                for index, item in enumerate(value):
                    if any(_json_equal(item, other) for other in value[:index]):
                        return ((), "a list of unique items", value)
            return None

        checks.append(check_array)

    # Objects.
    py: Mapping[str, str] = rule.get("py", {})
    required = [(name, _python_segment(name, py)) for name in rule.get("required", ())]
    properties = [
        (name, _python_segment(name, py), compile_schema(sub))
        for name, sub in rule.get("properties", {}).items()
    ]
    extra = rule.get("additionalProperties")
    known = frozenset(rule.get("properties", {}))
    extra_check = compile_schema(extra) if isinstance(extra, Mapping) else None
    if required or properties or extra is not None:

        def check_object(value: Any) -> Failure | None:
            if not isinstance(value, Mapping):
                return None
            for name, segment in required:
                if name not in value:
                    return ((segment,), REQUIRED, None)
            for name, segment, sub in properties:
                if name in value:
                    failure = sub(value[name])
                    if failure is not None:
                        return ((segment, *failure[0]), failure[1], failure[2])
            if extra is False:
                for name in value:
                    if name not in known:
                        allowed_names = ", ".join(sorted(known))
                        return (((name, name),), f"not given (allowed fields: {allowed_names})", value[name])
            elif extra_check is not None:
                for name, item in value.items():
                    if name not in known:
                        failure = extra_check(item)
                        if failure is not None:
                            return (((name, name), *failure[0]), failure[1], failure[2])
            return None

        checks.append(check_object)

    if "oneOf" in rule:
        checks.append(_compile_one_of(rule))
    if "anyOf" in rule:
        members = [compile_schema(member) for member in rule["anyOf"]]

        def check_any_of(value: Any) -> Failure | None:
            failures = []
            for member in members:
                failure = member(value)
                if failure is None:
                    return None
                failures.append(failure)
            missing = [f[0][0] for f in failures if f[1] == REQUIRED and len(f[0]) == 1]
            if len(missing) == len(failures) > 1:  # "code or prompt": name every alternative
                names = " or ".join(python for _, python in missing)  # type: ignore[misc]
                return ((missing[0],), f"{names} given (one of them is required)", None)
            return _closest(failures, allowed, value)

        checks.append(check_any_of)
    if "allOf" in rule:
        parts = [compile_schema(member) for member in rule["allOf"]]

        def check_all_of(value: Any) -> Failure | None:
            for part in parts:
                failure = part(value)
                if failure is not None:
                    return failure
            return None

        checks.append(check_all_of)

    if len(checks) == 1 and not nullable:
        return checks[0]

    def check(value: Any) -> Failure | None:
        if value is None and nullable:
            return None
        for step in checks:
            failure = step(value)
            if failure is not None:
                return failure
        return None

    return check


REQUIRED = "given (it is required)"


def _closest(failures: list[Failure], allowed: str, value: Any) -> Failure:
    """Of the members' failures, the one that got deepest into the value (it had the right shape)."""
    deepest = max(failures, key=lambda failure: len(failure[0]))
    return deepest if deepest[0] else ((), allowed, value)


def _compile_one_of(rule: Mapping[str, Any]) -> Check:
    members = [compile_schema(member) for member in rule["oneOf"]]
    allowed = describe({"oneOf": rule["oneOf"], "titles": rule.get("titles", ())})
    if "tags" in rule:
        tags: dict[str, int] = {value: index for value, index in rule["tags"]}
        tag: str = rule["tag"]
        tag_text = _one_of(list(tags))
        tag_segment = (tag, tag)
        scalars: list[Check] = [members[index] for index in rule.get("scalars", ())]

        def check_tagged(value: Any) -> Failure | None:
            if not isinstance(value, Mapping):
                if len(scalars) == 1:  # no object member can match: the scalar one decides
                    return scalars[0](value)
                if scalars:
                    matched = sum(member(value) is None for member in scalars)
                    return None if matched == 1 else ((), allowed, value)
                return ((), f"an object with a {tag!r} field ({tag_text})", value)
            if tag not in value:
                return ((tag_segment,), f"given (it is required: {tag_text})", None)
            chosen = value[tag]
            index = tags.get(chosen) if isinstance(chosen, str) else None
            if index is None:
                return ((tag_segment,), tag_text, chosen)
            return members[index](value)

        return check_tagged

    def check_one_of(value: Any) -> Failure | None:
        failures = []
        matched = 0
        for member in members:
            failure = member(value)
            if failure is None:
                matched += 1
            else:
                failures.append(failure)
        if matched == 1:
            return None
        if matched > 1:
            return ((), f"{allowed} (it matches {matched} of them)", value)
        return _closest(failures, allowed, value)

    return check_one_of


def _python_pattern(pattern: str) -> str:
    """A JavaScript (ajv, ``u`` flag) pattern as a Python one: ``$`` is the end of the text."""
    return re.sub(r"(?<!\\)\$", r"\\Z", pattern)


# --- requests --------------------------------------------------------------------------------------


class _Operation:
    """One operation's compiled checks."""

    def __init__(self, operation_id: str, table: Mapping[str, Any]) -> None:
        self.operation_id = operation_id
        self.method: str = table["method"]
        self.path: str = table["path"]
        self.parameters = [
            (
                name,
                entry["in"],
                entry["python"],
                bool(entry.get("required")),
                entry["schema"],
                compile_schema(entry["schema"]),
            )
            for name, entry in table["parameters"].items()
        ]
        self.by_location: dict[str, set[str]] = {"path": set(), "query": set()}
        for name, location, *_ in self.parameters:
            self.by_location[location].add(name)
        body = table.get("body")
        self.body_required = bool(body and body["required"])
        self.json_body = bool(body and body["contentType"] == "application/json")
        self.body_check = compile_schema(body["schema"]) if body else None
        top = body["schema"] if body else {}
        while "$ref" in top:
            top = _schemas()[top["$ref"]]
        self.body_python: dict[str, str] = {
            name: top.get("py", {}).get(name, name) for name in top.get("properties", {})
        }
        self.python_to_json: dict[str, tuple[str, str]] = {
            python: (location, name) for name, location, python, *_ in self.parameters
        }
        for name, python in self.body_python.items():
            self.python_to_json.setdefault(python, ("body", name))


_OPERATIONS: dict[str, _Operation] = {}


def operation(operation_id: str) -> _Operation:
    found = _OPERATIONS.get(operation_id)
    if found is None:
        from firecrawl_api._constraints import OPERATIONS

        found = _OPERATIONS[operation_id] = _Operation(operation_id, OPERATIONS[operation_id])
    return found


_JS_SPACE = (  # what JavaScript's Number() trims
    " \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000\ufeff"
)
_JS_DECIMAL = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\Z", re.ASCII)
_JS_RADIX = re.compile(r"0([xX][0-9a-fA-F]+|[oO][0-7]+|[bB][01]+)\Z", re.ASCII)


def _js_number(text: str) -> float | int | None:
    """``+text`` in JavaScript when it is a number (ajv's string coercion), else None."""
    body = text.strip(_JS_SPACE)
    if body == "":
        return 0
    if _JS_DECIMAL.match(body):
        number = float(body)
        return int(number) if number.is_integer() and abs(number) < 2**63 else number
    radix = _JS_RADIX.match(body)
    if radix:
        return int(body, 0)
    if body.lstrip("+-") == "Infinity":
        return None  # coerced to Infinity, which is no integer and no finite number either
    return None


def _wire_string(value: Any) -> Any:
    """A path/query value as httpx writes it into the URL."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return value


def _coerce(value: Any, schema: Mapping[str, Any]) -> Any:
    """A path/query value as the server reads it: strings coerced to the parameter's type (ajv's rules)."""
    while "$ref" in schema:
        schema = _schemas()[schema["$ref"]]
    kind = schema.get("type")
    if kind == "array" and isinstance(value, (list, tuple)):
        items = schema.get("items", {})
        return [_coerce(item, items) for item in value]
    if kind == "string":
        return _wire_string(value)
    if not isinstance(value, str):
        return value
    if kind in ("integer", "number"):
        number = _js_number(value)
        return value if number is None or value == "" else number
    if kind == "boolean":
        return {"true": True, "false": False}.get(value, value)
    return value


def _labels(top: tuple[str, str], path: tuple[Segment, ...]) -> tuple[str, str]:
    json_name, python_name = top
    for segment in path:
        if isinstance(segment, int):
            json_name += f"[{segment}]"
            python_name += f"[{segment}]"
        else:
            json_name += f".{segment[0]}"
            python_name += f".{segment[1]}"
    return python_name, json_name


def _raise(top: tuple[str, str], failure: Failure) -> None:
    python_name, json_name = _labels(top, failure[0])
    raise InvalidParameterError(python_name, failure[1], failure[2], json_name=json_name)


def validate_request(
    operation_id: str, *, path: Mapping[str, Any], query: Mapping[str, Any], body: Any
) -> None:
    """Raise :class:`InvalidParameterError` unless the request meets the operation's documented rules.

    ``path``/``query``: by the spec's parameter names, values as sent (path: str; query:
    str, int, bool or a list); None or absent = not sent. ``body``: the JSON body (None = no body).
    """
    op = operation(operation_id)
    for name, location, python, required, schema, check in op.parameters:
        value = (path if location == "path" else query).get(name)
        if value is None or isinstance(value, Unset):
            if required:
                raise InvalidParameterError(python, "given (it is required)", None, json_name=name)
            continue
        if location == "path" and not (isinstance(value, str) and value not in ("", ".", "..")):
            allowed = "a non-empty id (not '.' or '..')" if isinstance(value, str) else "a string"
            raise InvalidParameterError(python, allowed, value, json_name=name)
        value = _coerce(value, schema)
        failure = check(value)
        if failure is not None:
            _raise((name, python), failure)
    if op.body_check is None:
        return
    if body is None:
        if op.body_required:
            raise InvalidParameterError("body", "given (the request body is required)", None, json_name="")
        return
    failure = op.body_check(body)
    if failure is not None:
        segments = failure[0]
        if not segments:
            raise InvalidParameterError("body", failure[1], failure[2], json_name="")
        first = segments[0]
        if isinstance(first, int):
            _raise(("body", "body"), failure)
        else:
            name = first[0]
            _raise((name, op.body_python.get(name, first[1])), (segments[1:], failure[1], failure[2]))


def validate(operation_id: str, **params: Any) -> None:
    """Check keyword arguments by their Python names (None/UNSET = omitted) against the operation's rules.

    Values may be JSON values or the generated attrs models (converted with ``to_dict``).
    """
    op = operation(operation_id)
    where: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "body": {}}
    for python, value in params.items():
        location, name = op.python_to_json[python]
        if value is None or isinstance(value, Unset):
            continue
        where[location][name] = _to_json(value)
    for name, value in where["path"].items():
        if not isinstance(value, str):  # a Python caller gives ids as str (a UUID is converted first)
            python = next(p for p, (loc, n) in op.python_to_json.items() if loc == "path" and n == name)
            raise InvalidParameterError(python, "a string", value, json_name=name)
    body = where["body"] if op.body_check is not None and op.json_body else None
    validate_request(operation_id, path=where["path"], query=where["query"], body=body)


def _to_json(value: Any) -> Any:
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and not isinstance(value, Mapping):
        return to_dict()
    return value


# --- routing (the transport's view: method + path -> operation) --------------------------------------

_Route = tuple[str, "re.Pattern[str]", str, tuple[str, ...]]
_ROUTES: list[_Route] = []


def _routes() -> list[_Route]:
    """(method, path regex, operationId, path parameter names); literal paths first (/crawl/active)."""
    if not _ROUTES:
        from firecrawl_api._constraints import OPERATIONS

        routes = []
        for operation_id, table in OPERATIONS.items():
            template: str = table["path"]
            names = tuple(re.findall(r"\{([^}]+)\}", template))
            # A path segment may be empty here: an empty id is then refused, not sent elsewhere.
            pattern = "".join(
                "([^/]*)" if part.startswith("{") else re.escape(part)
                for part in re.split(r"(\{[^}]+\})", template)
                if part
            )
            routes.append((len(names), table["method"], re.compile(pattern + r"/?\Z"), operation_id, names))
        routes.sort(key=lambda route: route[0])
        _ROUTES.extend((method, regex, op, names) for _, method, regex, op, names in routes)
    return _ROUTES


def route(method: str, raw_path: str) -> tuple[str, dict[str, str]] | None:
    """The operation a request is for (``raw_path``: percent-encoded, relative to the base URL), if any."""
    from urllib.parse import unquote

    for route_method, regex, operation_id, names in _routes():
        if route_method != method:
            continue
        found = regex.match(raw_path)
        if found:
            return operation_id, {
                name: unquote(value) for name, value in zip(names, found.groups(), strict=True)
            }
    return None


def query_values(operation_id: str, params: Any) -> dict[str, Any]:
    """An operation's query parameters from httpx ``QueryParams``: a list for array parameters."""
    values: dict[str, Any] = {}
    for name, location, _, _, schema, _ in operation(operation_id).parameters:
        if location != "query" or name not in params:
            continue
        while "$ref" in schema:
            schema = _schemas()[schema["$ref"]]
        values[name] = params.get_list(name) if schema.get("type") == "array" else params.get(name)
    return values


def is_json_body(operation_id: str) -> bool:
    return operation(operation_id).json_body
