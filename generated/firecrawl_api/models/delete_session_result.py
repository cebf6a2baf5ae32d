from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteSessionResult")


@redacted_repr
@_attrs_define
class DeleteSessionResult:
    """
    Attributes:
        success (bool | Unset):
        session_duration_ms (int | Unset): Total session duration in milliseconds
        credits_billed (float | Unset): Number of credits billed for the session
    """

    success: bool | Unset = UNSET
    session_duration_ms: int | Unset = UNSET
    credits_billed: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        session_duration_ms = self.session_duration_ms

        credits_billed = self.credits_billed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if session_duration_ms is not UNSET:
            field_dict["sessionDurationMs"] = session_duration_ms
        if credits_billed is not UNSET:
            field_dict["creditsBilled"] = credits_billed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        success = d.pop("success", UNSET)

        session_duration_ms = d.pop("sessionDurationMs", UNSET)

        credits_billed = d.pop("creditsBilled", UNSET)

        delete_session_result = cls(
            success=success,
            session_duration_ms=session_duration_ms,
            credits_billed=credits_billed,
        )

        delete_session_result.additional_properties = d
        return delete_session_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
