from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.monitor_notification_email import MonitorNotificationEmail


T = TypeVar("T", bound="MonitorNotification")


@redacted_repr
@_attrs_define
class MonitorNotification:
    """
    Attributes:
        email (MonitorNotificationEmail | Unset):
    """

    email: MonitorNotificationEmail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        _email = d.pop("email", UNSET)
        email: MonitorNotificationEmail | Unset
        if isinstance(_email, Unset):
            email = UNSET
        else:
            email = MonitorNotificationEmail.from_dict(_email)

        monitor_notification = cls(
            email=email,
        )

        monitor_notification.additional_properties = d
        return monitor_notification

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


_models_pending = True


def _import_models() -> None:
    """The models the methods above refer to, imported on the first call (not at import
    time: they may refer back to this module) and never again (written by postprocess.py)."""
    global _models_pending
    global MonitorNotificationEmail
    from ..models.monitor_notification_email import MonitorNotificationEmail

    _models_pending = False
