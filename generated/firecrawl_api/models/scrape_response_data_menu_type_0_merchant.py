from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScrapeResponseDataMenuType0Merchant")


@redacted_repr
@_attrs_define
class ScrapeResponseDataMenuType0Merchant:
    """The merchant the menu belongs to.

    Attributes:
        name (str): The merchant name.
        type_ (str | Unset): The merchant type (e.g. 'restaurant').
    """

    name: str
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", "")

        type_ = d.pop("type", UNSET)

        scrape_response_data_menu_type_0_merchant = cls(
            name=name,
            type_=type_,
        )

        scrape_response_data_menu_type_0_merchant.additional_properties = d
        return scrape_response_data_menu_type_0_merchant

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
