from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr

if TYPE_CHECKING:
    from ..models.scrape_response_data_product_type_0_variants_item_sale_original_price import (
        ScrapeResponseDataProductType0VariantsItemSaleOriginalPrice,
    )


T = TypeVar("T", bound="ScrapeResponseDataProductType0VariantsItemSale")


@redacted_repr
@_attrs_define
class ScrapeResponseDataProductType0VariantsItemSale:
    """Sale/discount information for the variant, present when the variant is discounted.

    Attributes:
        original_price (ScrapeResponseDataProductType0VariantsItemSaleOriginalPrice): The original (pre-discount) price
            of the variant.
    """

    original_price: ScrapeResponseDataProductType0VariantsItemSaleOriginalPrice
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        original_price = self.original_price.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "originalPrice": original_price,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        original_price = (
            ScrapeResponseDataProductType0VariantsItemSaleOriginalPrice.from_dict(
                d.pop("originalPrice")
            )
        )

        scrape_response_data_product_type_0_variants_item_sale = cls(
            original_price=original_price,
        )

        scrape_response_data_product_type_0_variants_item_sale.additional_properties = d
        return scrape_response_data_product_type_0_variants_item_sale

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
    global ScrapeResponseDataProductType0VariantsItemSaleOriginalPrice
    from ..models.scrape_response_data_product_type_0_variants_item_sale_original_price import (
        ScrapeResponseDataProductType0VariantsItemSaleOriginalPrice,
    )

    _models_pending = False
