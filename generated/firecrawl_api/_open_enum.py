"""Forward-compatible response enums (written by tools/postprocess.py)."""

from enum import Enum
from typing import Any


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
