from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.monitor_check import MonitorCheck


T = TypeVar("T", bound="MonitorRunResponse")


@redacted_repr
@_attrs_define
class MonitorRunResponse:
    """
    Attributes:
        success (bool | Unset):
        id (UUID | Unset):
        data (MonitorCheck | Unset):
    """

    success: bool | Unset = UNSET
    id: UUID | Unset = UNSET
    data: MonitorCheck | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if id is not UNSET:
            field_dict["id"] = id
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _data = d.pop("data", UNSET)
        data: MonitorCheck | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = MonitorCheck.from_dict(_data)

        monitor_run_response = cls(
            success=success,
            id=id,
            data=data,
        )

        monitor_run_response.additional_properties = d
        return monitor_run_response

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
    global MonitorCheck
    from ..models.monitor_check import MonitorCheck

    _models_pending = False
