from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scrape_response_data_menu_type_0_merchant import (
        ScrapeResponseDataMenuType0Merchant,
    )
    from ..models.scrape_response_data_menu_type_0_sections_item import (
        ScrapeResponseDataMenuType0SectionsItem,
    )


T = TypeVar("T", bound="ScrapeResponseDataMenuType0")


@redacted_repr
@_attrs_define
class ScrapeResponseDataMenuType0:
    """Menu information extracted from the page if `menu` is in `formats`. Includes the merchant, currency, and a list of
    sections, where each section carries items with description, images, price, availability, dietary tags, calories,
    and option groups.

        Attributes:
            is_menu (bool): Whether the page was identified as a menu.
            sections (list[ScrapeResponseDataMenuType0SectionsItem]): Menu sections (e.g. 'Appetizers', 'Entrees').
            confidence (float | Unset): A confidence score between 0 and 1 for the menu extraction.
            merchant (ScrapeResponseDataMenuType0Merchant | Unset): The merchant the menu belongs to.
            currency (str | Unset): The ISO 4217 currency code for the menu (e.g. 'USD'), reported only when the page
                sources it.
            source_url (None | str | Unset): The URL the menu was extracted from.
    """

    is_menu: bool
    sections: list[ScrapeResponseDataMenuType0SectionsItem]
    confidence: float | Unset = UNSET
    merchant: ScrapeResponseDataMenuType0Merchant | Unset = UNSET
    currency: str | Unset = UNSET
    source_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_menu = self.is_menu

        sections = []
        for sections_item_data in self.sections:
            sections_item = sections_item_data.to_dict()
            sections.append(sections_item)

        confidence = self.confidence

        merchant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merchant, Unset):
            merchant = self.merchant.to_dict()

        currency = self.currency

        source_url: None | str | Unset
        if isinstance(self.source_url, Unset):
            source_url = UNSET
        else:
            source_url = self.source_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isMenu": is_menu,
                "sections": sections,
            }
        )
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if merchant is not UNSET:
            field_dict["merchant"] = merchant
        if currency is not UNSET:
            field_dict["currency"] = currency
        if source_url is not UNSET:
            field_dict["sourceUrl"] = source_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        is_menu = d.pop("isMenu")

        sections = []
        _sections = d.pop("sections")
        for sections_item_data in _sections:
            sections_item = ScrapeResponseDataMenuType0SectionsItem.from_dict(
                sections_item_data
            )

            sections.append(sections_item)

        confidence = d.pop("confidence", UNSET)

        _merchant = d.pop("merchant", UNSET)
        merchant: ScrapeResponseDataMenuType0Merchant | Unset
        if isinstance(_merchant, Unset):
            merchant = UNSET
        else:
            merchant = ScrapeResponseDataMenuType0Merchant.from_dict(_merchant)

        currency = d.pop("currency", UNSET)

        def _parse_source_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_url = _parse_source_url(d.pop("sourceUrl", UNSET))

        scrape_response_data_menu_type_0 = cls(
            is_menu=is_menu,
            sections=sections,
            confidence=confidence,
            merchant=merchant,
            currency=currency,
            source_url=source_url,
        )

        scrape_response_data_menu_type_0.additional_properties = d
        return scrape_response_data_menu_type_0

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
    global ScrapeResponseDataMenuType0Merchant
    from ..models.scrape_response_data_menu_type_0_merchant import (
        ScrapeResponseDataMenuType0Merchant,
    )

    global ScrapeResponseDataMenuType0SectionsItem
    from ..models.scrape_response_data_menu_type_0_sections_item import (
        ScrapeResponseDataMenuType0SectionsItem,
    )

    _models_pending = False
