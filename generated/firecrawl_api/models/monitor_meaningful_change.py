from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.monitor_meaningful_change_type import MonitorMeaningfulChangeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MonitorMeaningfulChange")


@redacted_repr
@_attrs_define
class MonitorMeaningfulChange:
    """A goal-relevant change selected by the judge from the page diff.

    Attributes:
        type_ (MonitorMeaningfulChangeType | Unset):
        before (None | str | Unset):
        after (None | str | Unset):
        reason (str | Unset):
    """

    type_: MonitorMeaningfulChangeType | Unset = UNSET
    before: None | str | Unset = UNSET
    after: None | str | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        before: None | str | Unset
        if isinstance(self.before, Unset):
            before = UNSET
        else:
            before = self.before

        after: None | str | Unset
        if isinstance(self.after, Unset):
            after = UNSET
        else:
            after = self.after

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if before is not UNSET:
            field_dict["before"] = before
        if after is not UNSET:
            field_dict["after"] = after
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: MonitorMeaningfulChangeType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = MonitorMeaningfulChangeType(_type_)

        def _parse_before(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        before = _parse_before(d.pop("before", UNSET))

        def _parse_after(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        after = _parse_after(d.pop("after", UNSET))

        reason = d.pop("reason", UNSET)

        monitor_meaningful_change = cls(
            type_=type_,
            before=before,
            after=after,
            reason=reason,
        )

        monitor_meaningful_change.additional_properties = d
        return monitor_meaningful_change

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
