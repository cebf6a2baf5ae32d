from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.monitor_check_detail_response_data import (
        MonitorCheckDetailResponseData,
    )


T = TypeVar("T", bound="MonitorCheckDetailResponse")


@redacted_repr
@_attrs_define
class MonitorCheckDetailResponse:
    """
    Attributes:
        success (bool | Unset):
        next_ (None | str | Unset): URL to fetch the next page of monitor check page results, if any.
        data (MonitorCheckDetailResponseData | Unset):
    """

    success: bool | Unset = UNSET
    next_: None | str | Unset = UNSET
    data: MonitorCheckDetailResponseData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if next_ is not UNSET:
            field_dict["next"] = next_
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        def _parse_next_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_ = _parse_next_(d.pop("next", UNSET))

        _data = d.pop("data", UNSET)
        data: MonitorCheckDetailResponseData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = MonitorCheckDetailResponseData.from_dict(_data)

        monitor_check_detail_response = cls(
            success=success,
            next_=next_,
            data=data,
        )

        monitor_check_detail_response.additional_properties = d
        return monitor_check_detail_response

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
    global MonitorCheckDetailResponseData
    from ..models.monitor_check_detail_response_data import (
        MonitorCheckDetailResponseData,
    )

    _models_pending = False
