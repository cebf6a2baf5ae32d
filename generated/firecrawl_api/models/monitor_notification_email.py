from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="MonitorNotificationEmail")


@redacted_repr
@_attrs_define
class MonitorNotificationEmail:
    """
    Attributes:
        enabled (bool | Unset):  Default: False.
        recipients (list[str] | Unset):
        include_diffs (bool | Unset): Include changed page details in email summaries. Default: False.
    """

    enabled: bool | Unset = UNSET
    recipients: list[str] | Unset = UNSET
    include_diffs: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        recipients: list[str] | Unset = UNSET
        if not isinstance(self.recipients, Unset):
            recipients = self.recipients

        include_diffs = self.include_diffs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        if include_diffs is not UNSET:
            field_dict["includeDiffs"] = include_diffs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        recipients = cast(list[str], d.pop("recipients", UNSET))

        include_diffs = d.pop("includeDiffs", UNSET)

        monitor_notification_email = cls(
            enabled=enabled,
            recipients=recipients,
            include_diffs=include_diffs,
        )

        monitor_notification_email.additional_properties = d
        return monitor_notification_email

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
