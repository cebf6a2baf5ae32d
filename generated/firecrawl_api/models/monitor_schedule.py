from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="MonitorSchedule")


@redacted_repr
@_attrs_define
class MonitorSchedule:
    """Schedule for monitor checks. Provide either `cron` or `text`.

    Attributes:
        cron (str | Unset): Five-field cron expression. Minimum interval is 5 minutes. Example: */30 * * * *.
        text (str | Unset): Natural language schedule. Supported examples include `every 30 minutes`, `every 15 minutes
            starting at :07`, `hourly`, `every 2 hours`, `daily`, `daily at 9:00`, `daily at 9am`, `daily at 5:30 PM`, and
            `weekly`. Example: every 30 minutes.
        timezone (str | Unset): IANA timezone for the schedule. Default: 'UTC'. Example: UTC.
    """

    cron: str | Unset = UNSET
    text: str | Unset = UNSET
    timezone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cron = self.cron

        text = self.text

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cron is not UNSET:
            field_dict["cron"] = cron
        if text is not UNSET:
            field_dict["text"] = text
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cron = d.pop("cron", UNSET)

        text = d.pop("text", UNSET)

        timezone = d.pop("timezone", UNSET)

        monitor_schedule = cls(
            cron=cron,
            text=text,
            timezone=timezone,
        )

        monitor_schedule.additional_properties = d
        return monitor_schedule

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
