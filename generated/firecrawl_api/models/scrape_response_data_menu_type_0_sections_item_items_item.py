from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scrape_response_data_menu_type_0_sections_item_items_item_availability import (
        ScrapeResponseDataMenuType0SectionsItemItemsItemAvailability,
    )
    from ..models.scrape_response_data_menu_type_0_sections_item_items_item_identifiers import (
        ScrapeResponseDataMenuType0SectionsItemItemsItemIdentifiers,
    )
    from ..models.scrape_response_data_menu_type_0_sections_item_items_item_images_item import (
        ScrapeResponseDataMenuType0SectionsItemItemsItemImagesItem,
    )
    from ..models.scrape_response_data_menu_type_0_sections_item_items_item_option_groups_item import (
        ScrapeResponseDataMenuType0SectionsItemItemsItemOptionGroupsItem,
    )
    from ..models.scrape_response_data_menu_type_0_sections_item_items_item_price import (
        ScrapeResponseDataMenuType0SectionsItemItemsItemPrice,
    )


T = TypeVar("T", bound="ScrapeResponseDataMenuType0SectionsItemItemsItem")


@redacted_repr
@_attrs_define
class ScrapeResponseDataMenuType0SectionsItemItemsItem:
    """
    Attributes:
        name (str): The item name.
        id (str | Unset): The item identifier.
        description (None | str | Unset): The item description.
        images (list[ScrapeResponseDataMenuType0SectionsItemItemsItemImagesItem] | Unset): Item images.
        price (ScrapeResponseDataMenuType0SectionsItemItemsItemPrice | Unset): The price of the item.
        availability (ScrapeResponseDataMenuType0SectionsItemItemsItemAvailability | Unset): The availability of the
            item.
        dietary (list[str] | Unset): Dietary tags for the item (e.g. ['vegetarian']).
        calories (float | None | Unset): The item's calorie count.
        option_groups (list[ScrapeResponseDataMenuType0SectionsItemItemsItemOptionGroupsItem] | Unset): Option/modifier
            groups for the item.
        identifiers (ScrapeResponseDataMenuType0SectionsItemItemsItemIdentifiers | Unset): Merchant-specific identifiers
            for the item.
        url (None | str | Unset): The canonical URL of the item.
        source_url (None | str | Unset): The URL the item was extracted from.
    """

    name: str
    id: str | Unset = UNSET
    description: None | str | Unset = UNSET
    images: list[ScrapeResponseDataMenuType0SectionsItemItemsItemImagesItem] | Unset = (
        UNSET
    )
    price: ScrapeResponseDataMenuType0SectionsItemItemsItemPrice | Unset = UNSET
    availability: (
        ScrapeResponseDataMenuType0SectionsItemItemsItemAvailability | Unset
    ) = UNSET
    dietary: list[str] | Unset = UNSET
    calories: float | None | Unset = UNSET
    option_groups: (
        list[ScrapeResponseDataMenuType0SectionsItemItemsItemOptionGroupsItem] | Unset
    ) = UNSET
    identifiers: ScrapeResponseDataMenuType0SectionsItemItemsItemIdentifiers | Unset = (
        UNSET
    )
    url: None | str | Unset = UNSET
    source_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        availability: dict[str, Any] | Unset = UNSET
        if not isinstance(self.availability, Unset):
            availability = self.availability.to_dict()

        dietary: list[str] | Unset = UNSET
        if not isinstance(self.dietary, Unset):
            dietary = self.dietary

        calories: float | None | Unset
        if isinstance(self.calories, Unset):
            calories = UNSET
        else:
            calories = self.calories

        option_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.option_groups, Unset):
            option_groups = []
            for option_groups_item_data in self.option_groups:
                option_groups_item = option_groups_item_data.to_dict()
                option_groups.append(option_groups_item)

        identifiers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = self.identifiers.to_dict()

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        source_url: None | str | Unset
        if isinstance(self.source_url, Unset):
            source_url = UNSET
        else:
            source_url = self.source_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if images is not UNSET:
            field_dict["images"] = images
        if price is not UNSET:
            field_dict["price"] = price
        if availability is not UNSET:
            field_dict["availability"] = availability
        if dietary is not UNSET:
            field_dict["dietary"] = dietary
        if calories is not UNSET:
            field_dict["calories"] = calories
        if option_groups is not UNSET:
            field_dict["optionGroups"] = option_groups
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers
        if url is not UNSET:
            field_dict["url"] = url
        if source_url is not UNSET:
            field_dict["sourceUrl"] = source_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        name = d.pop("name", "")

        id = d.pop("id", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _images = d.pop("images", UNSET)
        images: (
            list[ScrapeResponseDataMenuType0SectionsItemItemsItemImagesItem] | Unset
        ) = UNSET
        if _images is not UNSET:
            images = []
            for images_item_data in _images:
                images_item = ScrapeResponseDataMenuType0SectionsItemItemsItemImagesItem.from_dict(
                    images_item_data
                )

                images.append(images_item)

        _price = d.pop("price", UNSET)
        price: ScrapeResponseDataMenuType0SectionsItemItemsItemPrice | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = ScrapeResponseDataMenuType0SectionsItemItemsItemPrice.from_dict(
                _price
            )

        _availability = d.pop("availability", UNSET)
        availability: (
            ScrapeResponseDataMenuType0SectionsItemItemsItemAvailability | Unset
        )
        if isinstance(_availability, Unset):
            availability = UNSET
        else:
            availability = (
                ScrapeResponseDataMenuType0SectionsItemItemsItemAvailability.from_dict(
                    _availability
                )
            )

        dietary = cast(list[str], d.pop("dietary", UNSET))

        def _parse_calories(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        calories = _parse_calories(d.pop("calories", UNSET))

        _option_groups = d.pop("optionGroups", UNSET)
        option_groups: (
            list[ScrapeResponseDataMenuType0SectionsItemItemsItemOptionGroupsItem]
            | Unset
        ) = UNSET
        if _option_groups is not UNSET:
            option_groups = []
            for option_groups_item_data in _option_groups:
                option_groups_item = ScrapeResponseDataMenuType0SectionsItemItemsItemOptionGroupsItem.from_dict(
                    option_groups_item_data
                )

                option_groups.append(option_groups_item)

        _identifiers = d.pop("identifiers", UNSET)
        identifiers: ScrapeResponseDataMenuType0SectionsItemItemsItemIdentifiers | Unset
        if isinstance(_identifiers, Unset):
            identifiers = UNSET
        else:
            identifiers = (
                ScrapeResponseDataMenuType0SectionsItemItemsItemIdentifiers.from_dict(
                    _identifiers
                )
            )

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_source_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_url = _parse_source_url(d.pop("sourceUrl", UNSET))

        scrape_response_data_menu_type_0_sections_item_items_item = cls(
            name=name,
            id=id,
            description=description,
            images=images,
            price=price,
            availability=availability,
            dietary=dietary,
            calories=calories,
            option_groups=option_groups,
            identifiers=identifiers,
            url=url,
            source_url=source_url,
        )

        scrape_response_data_menu_type_0_sections_item_items_item.additional_properties = d
        return scrape_response_data_menu_type_0_sections_item_items_item

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
    global ScrapeResponseDataMenuType0SectionsItemItemsItemAvailability
    from ..models.scrape_response_data_menu_type_0_sections_item_items_item_availability import (
        ScrapeResponseDataMenuType0SectionsItemItemsItemAvailability,
    )

    global ScrapeResponseDataMenuType0SectionsItemItemsItemIdentifiers
    from ..models.scrape_response_data_menu_type_0_sections_item_items_item_identifiers import (
        ScrapeResponseDataMenuType0SectionsItemItemsItemIdentifiers,
    )

    global ScrapeResponseDataMenuType0SectionsItemItemsItemImagesItem
    from ..models.scrape_response_data_menu_type_0_sections_item_items_item_images_item import (
        ScrapeResponseDataMenuType0SectionsItemItemsItemImagesItem,
    )

    global ScrapeResponseDataMenuType0SectionsItemItemsItemOptionGroupsItem
    from ..models.scrape_response_data_menu_type_0_sections_item_items_item_option_groups_item import (
        ScrapeResponseDataMenuType0SectionsItemItemsItemOptionGroupsItem,
    )

    global ScrapeResponseDataMenuType0SectionsItemItemsItemPrice
    from ..models.scrape_response_data_menu_type_0_sections_item_items_item_price import (
        ScrapeResponseDataMenuType0SectionsItemItemsItemPrice,
    )

    _models_pending = False
