"""Helpers the generated models use (written by tools/postprocess.py)."""

from enum import Enum
from typing import Any
from urllib.parse import urlsplit, urlunsplit


def redact_url(value: object) -> str:
    """``repr`` of a URL that may carry a token: the query string becomes ``***``."""
    if not isinstance(value, str):
        return repr(value)
    parts = urlsplit(value)
    if parts.query or parts.username or parts.password:
        netloc = parts.hostname or ""
        if parts.port:
            netloc = f"{netloc}:{parts.port}"
        value = urlunsplit(
            (parts.scheme, netloc, parts.path, "***" if parts.query else "", "")
        )
    return repr(value)


def keep_unknown_value(cls: type[Enum], value: object) -> Any:
    """``Enum._missing_`` for response enums: keep a value the spec does not list yet.

    The pseudo-member compares equal to its string, its ``.value`` is the string
    the server sent, and ``to_dict()`` round-trips it unchanged.
    """
    if not isinstance(value, str):
        return None
    member = str.__new__(cls, value)  # type: ignore[call-overload]
    member._name_ = value.upper()
    member._value_ = value
    return member
