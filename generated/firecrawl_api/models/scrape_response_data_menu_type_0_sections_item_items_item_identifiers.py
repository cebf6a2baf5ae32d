from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScrapeResponseDataMenuType0SectionsItemItemsItemIdentifiers")


@redacted_repr
@_attrs_define
class ScrapeResponseDataMenuType0SectionsItemItemsItemIdentifiers:
    """Merchant-specific identifiers for the item.

    Attributes:
        merchant_item_id (str | Unset): The merchant's own item ID.
    """

    merchant_item_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        merchant_item_id = self.merchant_item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if merchant_item_id is not UNSET:
            field_dict["merchantItemId"] = merchant_item_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        merchant_item_id = d.pop("merchantItemId", UNSET)

        scrape_response_data_menu_type_0_sections_item_items_item_identifiers = cls(
            merchant_item_id=merchant_item_id,
        )

        scrape_response_data_menu_type_0_sections_item_items_item_identifiers.additional_properties = d
        return scrape_response_data_menu_type_0_sections_item_items_item_identifiers

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
