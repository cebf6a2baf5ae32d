from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="MonitorSummary")


@redacted_repr
@_attrs_define
class MonitorSummary:
    """
    Attributes:
        total_pages (int | Unset):
        same (int | Unset):
        changed (int | Unset):
        new (int | Unset):
        removed (int | Unset):
        error (int | Unset):
    """

    total_pages: int | Unset = UNSET
    same: int | Unset = UNSET
    changed: int | Unset = UNSET
    new: int | Unset = UNSET
    removed: int | Unset = UNSET
    error: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_pages = self.total_pages

        same = self.same

        changed = self.changed

        new = self.new

        removed = self.removed

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_pages is not UNSET:
            field_dict["totalPages"] = total_pages
        if same is not UNSET:
            field_dict["same"] = same
        if changed is not UNSET:
            field_dict["changed"] = changed
        if new is not UNSET:
            field_dict["new"] = new
        if removed is not UNSET:
            field_dict["removed"] = removed
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_pages = d.pop("totalPages", UNSET)

        same = d.pop("same", UNSET)

        changed = d.pop("changed", UNSET)

        new = d.pop("new", UNSET)

        removed = d.pop("removed", UNSET)

        error = d.pop("error", UNSET)

        monitor_summary = cls(
            total_pages=total_pages,
            same=same,
            changed=changed,
            new=new,
            removed=removed,
            error=error,
        )

        monitor_summary.additional_properties = d
        return monitor_summary

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
