from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from .._hooks import redacted_repr

T = TypeVar("T", bound="AuditMetadata")


@redacted_repr
@_attrs_define
class AuditMetadata:
    """User attribution included with SIEM logging events when SIEM Logging is enabled for the organization.

    Attributes:
        username (str): The username associated with the request.
    """

    username: str

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username", "")

        audit_metadata = cls(
            username=username,
        )

        return audit_metadata
