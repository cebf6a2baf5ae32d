from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExtractResponse")


@redacted_repr
@_attrs_define
class ExtractResponse:
    """
    Attributes:
        id (str):
        success (bool | Unset):
        invalid_ur_ls (list[str] | None | Unset): If ignoreInvalidURLs is true, this is an array containing the invalid
            URLs that were specified in the request. If there were no invalid URLs, this will be an empty array. If
            ignoreInvalidURLs is false, this field will be undefined.
    """

    id: str
    success: bool | Unset = UNSET
    invalid_ur_ls: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        success = self.success

        invalid_ur_ls: list[str] | None | Unset
        if isinstance(self.invalid_ur_ls, Unset):
            invalid_ur_ls = UNSET
        elif isinstance(self.invalid_ur_ls, list):
            invalid_ur_ls = self.invalid_ur_ls

        else:
            invalid_ur_ls = self.invalid_ur_ls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if success is not UNSET:
            field_dict["success"] = success
        if invalid_ur_ls is not UNSET:
            field_dict["invalidURLs"] = invalid_ur_ls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", "")

        success = d.pop("success", UNSET)

        def _parse_invalid_ur_ls(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                invalid_ur_ls_type_0 = cast(list[str], data)

                return invalid_ur_ls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        invalid_ur_ls = _parse_invalid_ur_ls(d.pop("invalidURLs", UNSET))

        extract_response = cls(
            id=id,
            success=success,
            invalid_ur_ls=invalid_ur_ls,
        )

        extract_response.additional_properties = d
        return extract_response

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
