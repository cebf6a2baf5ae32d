from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScrapeResponseDataMenuType0SectionsItemItemsItemPrice")


@redacted_repr
@_attrs_define
class ScrapeResponseDataMenuType0SectionsItemItemsItemPrice:
    """The price of the item.

    Attributes:
        amount (float): The numeric price amount.
        currency (str | Unset): The ISO 4217 currency code (e.g. 'USD').
        formatted (str | Unset): The price formatted for display (e.g. '$7.99').
    """

    amount: float
    currency: str | Unset = UNSET
    formatted: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        currency = self.currency

        formatted = self.formatted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if formatted is not UNSET:
            field_dict["formatted"] = formatted

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount = d.pop("amount")

        currency = d.pop("currency", UNSET)

        formatted = d.pop("formatted", UNSET)

        scrape_response_data_menu_type_0_sections_item_items_item_price = cls(
            amount=amount,
            currency=currency,
            formatted=formatted,
        )

        scrape_response_data_menu_type_0_sections_item_items_item_price.additional_properties = d
        return scrape_response_data_menu_type_0_sections_item_items_item_price

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
