from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scrape_response_data_product_type_0_variants_item_availability import (
        ScrapeResponseDataProductType0VariantsItemAvailability,
    )
    from ..models.scrape_response_data_product_type_0_variants_item_images_item import (
        ScrapeResponseDataProductType0VariantsItemImagesItem,
    )
    from ..models.scrape_response_data_product_type_0_variants_item_price import (
        ScrapeResponseDataProductType0VariantsItemPrice,
    )
    from ..models.scrape_response_data_product_type_0_variants_item_sale import (
        ScrapeResponseDataProductType0VariantsItemSale,
    )
    from ..models.scrape_response_data_product_type_0_variants_item_values import (
        ScrapeResponseDataProductType0VariantsItemValues,
    )


T = TypeVar("T", bound="ScrapeResponseDataProductType0VariantsItem")


@redacted_repr
@_attrs_define
class ScrapeResponseDataProductType0VariantsItem:
    """
    Attributes:
        availability (ScrapeResponseDataProductType0VariantsItemAvailability): The availability of the variant. Always
            present on a variant.
        id (str | Unset): The variant identifier.
        sku (str | Unset): The variant SKU.
        title (str | Unset): The variant title.
        values (ScrapeResponseDataProductType0VariantsItemValues | Unset): The variant option values (e.g. { "color":
            "Black" }).
        price (ScrapeResponseDataProductType0VariantsItemPrice | Unset): The current price of the variant.
        sale (ScrapeResponseDataProductType0VariantsItemSale | Unset): Sale/discount information for the variant,
            present when the variant is discounted.
        images (list[ScrapeResponseDataProductType0VariantsItemImagesItem] | Unset): Variant images.
    """

    availability: ScrapeResponseDataProductType0VariantsItemAvailability
    id: str | Unset = UNSET
    sku: str | Unset = UNSET
    title: str | Unset = UNSET
    values: ScrapeResponseDataProductType0VariantsItemValues | Unset = UNSET
    price: ScrapeResponseDataProductType0VariantsItemPrice | Unset = UNSET
    sale: ScrapeResponseDataProductType0VariantsItemSale | Unset = UNSET
    images: list[ScrapeResponseDataProductType0VariantsItemImagesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        availability = self.availability.to_dict()

        id = self.id

        sku = self.sku

        title = self.title

        values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values.to_dict()

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        sale: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sale, Unset):
            sale = self.sale.to_dict()

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "availability": availability,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if sku is not UNSET:
            field_dict["sku"] = sku
        if title is not UNSET:
            field_dict["title"] = title
        if values is not UNSET:
            field_dict["values"] = values
        if price is not UNSET:
            field_dict["price"] = price
        if sale is not UNSET:
            field_dict["sale"] = sale
        if images is not UNSET:
            field_dict["images"] = images

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        availability = ScrapeResponseDataProductType0VariantsItemAvailability.from_dict(
            d.pop("availability")
        )

        id = d.pop("id", UNSET)

        sku = d.pop("sku", UNSET)

        title = d.pop("title", UNSET)

        _values = d.pop("values", UNSET)
        values: ScrapeResponseDataProductType0VariantsItemValues | Unset
        if isinstance(_values, Unset):
            values = UNSET
        else:
            values = ScrapeResponseDataProductType0VariantsItemValues.from_dict(_values)

        _price = d.pop("price", UNSET)
        price: ScrapeResponseDataProductType0VariantsItemPrice | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = ScrapeResponseDataProductType0VariantsItemPrice.from_dict(_price)

        _sale = d.pop("sale", UNSET)
        sale: ScrapeResponseDataProductType0VariantsItemSale | Unset
        if isinstance(_sale, Unset):
            sale = UNSET
        else:
            sale = ScrapeResponseDataProductType0VariantsItemSale.from_dict(_sale)

        _images = d.pop("images", UNSET)
        images: list[ScrapeResponseDataProductType0VariantsItemImagesItem] | Unset = (
            UNSET
        )
        if _images is not UNSET:
            images = []
            for images_item_data in _images:
                images_item = (
                    ScrapeResponseDataProductType0VariantsItemImagesItem.from_dict(
                        images_item_data
                    )
                )

                images.append(images_item)

        scrape_response_data_product_type_0_variants_item = cls(
            availability=availability,
            id=id,
            sku=sku,
            title=title,
            values=values,
            price=price,
            sale=sale,
            images=images,
        )

        scrape_response_data_product_type_0_variants_item.additional_properties = d
        return scrape_response_data_product_type_0_variants_item

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
    global ScrapeResponseDataProductType0VariantsItemAvailability
    from ..models.scrape_response_data_product_type_0_variants_item_availability import (
        ScrapeResponseDataProductType0VariantsItemAvailability,
    )

    global ScrapeResponseDataProductType0VariantsItemImagesItem
    from ..models.scrape_response_data_product_type_0_variants_item_images_item import (
        ScrapeResponseDataProductType0VariantsItemImagesItem,
    )

    global ScrapeResponseDataProductType0VariantsItemPrice
    from ..models.scrape_response_data_product_type_0_variants_item_price import (
        ScrapeResponseDataProductType0VariantsItemPrice,
    )

    global ScrapeResponseDataProductType0VariantsItemSale
    from ..models.scrape_response_data_product_type_0_variants_item_sale import (
        ScrapeResponseDataProductType0VariantsItemSale,
    )

    global ScrapeResponseDataProductType0VariantsItemValues
    from ..models.scrape_response_data_product_type_0_variants_item_values import (
        ScrapeResponseDataProductType0VariantsItemValues,
    )

    _models_pending = False
