"""Helpers the generated models use (written by tools/postprocess.py)."""

import re
from enum import Enum
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

T = TypeVar("T")

#: Query values that carry a credential, and URL passwords (the pattern of ``firecrawl_sdk._logging``).
SECRET_QUERY = re.compile(
    "(?i)([?&;#](?:[\\w.\\-]*?(?:token|secret|signature|credential|passw)[\\w.\\-]*|[\\w.\\-]*?(?:key|sig|auth|authorization|jwt))=)[^&;#\\s'\\\"\\\\]+"
)
URL_PASSWORD = re.compile("(?i)([a-z][a-z0-9+.\\-]*://[^/@\\s:'\\\"]*:)[^/@\\s'\\\"]+@")


def redact_secrets(text: str) -> str:
    """``text`` with secret-looking query values and URL passwords replaced by ``***``."""
    return URL_PASSWORD.sub(r"\1***@", SECRET_QUERY.sub(r"\1***", text))


def redacted_repr(cls: type[T]) -> type[T]:
    """Class decorator: the model's ``repr`` with :func:`redact_secrets` applied, so a token in
    any string (an unknown field's URL included) never shows."""
    plain = cls.__repr__

    def __repr__(self: object) -> str:
        return redact_secrets(plain(self))

    cls.__repr__ = __repr__  # type: ignore[method-assign,assignment]
    return cls


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
