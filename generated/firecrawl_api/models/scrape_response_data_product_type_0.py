from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scrape_response_data_product_type_0_variants_item import (
        ScrapeResponseDataProductType0VariantsItem,
    )


T = TypeVar("T", bound="ScrapeResponseDataProductType0")


@redacted_repr
@_attrs_define
class ScrapeResponseDataProductType0:
    """Product information extracted from the page if `product` is in `formats`. Includes title, brand, category,
    description, and variants. Pricing, availability, and images live on each variant.

        Attributes:
            title (str): The product title.
            url (str): The canonical URL of the product page.
            variants (list[ScrapeResponseDataProductType0VariantsItem]): Product variants (e.g. different colors or sizes).
            brand (str | Unset): The product brand or manufacturer.
            category (str | Unset): The product category, optionally as a breadcrumb path (e.g. 'Electronics > Audio >
                Headphones').
            description (str | Unset): The product description.
    """

    title: str
    url: str
    variants: list[ScrapeResponseDataProductType0VariantsItem]
    brand: str | Unset = UNSET
    category: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        url = self.url

        variants = []
        for variants_item_data in self.variants:
            variants_item = variants_item_data.to_dict()
            variants.append(variants_item)

        brand = self.brand

        category = self.category

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "url": url,
                "variants": variants,
            }
        )
        if brand is not UNSET:
            field_dict["brand"] = brand
        if category is not UNSET:
            field_dict["category"] = category
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        title = d.pop("title", "")

        url = d.pop("url", "")

        variants = []
        _variants = d.pop("variants")
        for variants_item_data in _variants:
            variants_item = ScrapeResponseDataProductType0VariantsItem.from_dict(
                variants_item_data
            )

            variants.append(variants_item)

        brand = d.pop("brand", UNSET)

        category = d.pop("category", UNSET)

        description = d.pop("description", UNSET)

        scrape_response_data_product_type_0 = cls(
            title=title,
            url=url,
            variants=variants,
            brand=brand,
            category=category,
            description=description,
        )

        scrape_response_data_product_type_0.additional_properties = d
        return scrape_response_data_product_type_0

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
    global ScrapeResponseDataProductType0VariantsItem
    from ..models.scrape_response_data_product_type_0_variants_item import (
        ScrapeResponseDataProductType0VariantsItem,
    )

    _models_pending = False
