from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_activity_response_200_data_item import (
        GetActivityResponse200DataItem,
    )


T = TypeVar("T", bound="GetActivityResponse200")


@redacted_repr
@_attrs_define
class GetActivityResponse200:
    """
    Attributes:
        success (bool | Unset):  Example: True.
        data (list[GetActivityResponse200DataItem] | Unset):
        cursor (None | str | Unset): Cursor to use for the next page. Null if there are no more results.
        has_more (bool | Unset): Whether there are more results available
    """

    success: bool | Unset = UNSET
    data: list[GetActivityResponse200DataItem] | Unset = UNSET
    cursor: None | str | Unset = UNSET
    has_more: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        cursor: None | str | Unset
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        else:
            cursor = self.cursor

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if data is not UNSET:
            field_dict["data"] = data
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if has_more is not UNSET:
            field_dict["has_more"] = has_more

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _data = d.pop("data", UNSET)
        data: list[GetActivityResponse200DataItem] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = GetActivityResponse200DataItem.from_dict(data_item_data)

                data.append(data_item)

        def _parse_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cursor = _parse_cursor(d.pop("cursor", UNSET))

        has_more = d.pop("has_more", UNSET)

        get_activity_response_200 = cls(
            success=success,
            data=data,
            cursor=cursor,
            has_more=has_more,
        )

        get_activity_response_200.additional_properties = d
        return get_activity_response_200

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
    global GetActivityResponse200DataItem
    from ..models.get_activity_response_200_data_item import (
        GetActivityResponse200DataItem,
    )

    _models_pending = False
