from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scrape_response_data_menu_type_0_sections_item_items_item import (
        ScrapeResponseDataMenuType0SectionsItemItemsItem,
    )


T = TypeVar("T", bound="ScrapeResponseDataMenuType0SectionsItem")


@redacted_repr
@_attrs_define
class ScrapeResponseDataMenuType0SectionsItem:
    """
    Attributes:
        name (str): The section name.
        items (list[ScrapeResponseDataMenuType0SectionsItemItemsItem]): The items in the section.
        id (str | Unset): The section identifier.
        description (None | str | Unset): The section description.
    """

    name: str
    items: list[ScrapeResponseDataMenuType0SectionsItemItemsItem]
    id: str | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        id = self.id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "items": items,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        name = d.pop("name", "")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ScrapeResponseDataMenuType0SectionsItemItemsItem.from_dict(
                items_item_data
            )

            items.append(items_item)

        id = d.pop("id", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        scrape_response_data_menu_type_0_sections_item = cls(
            name=name,
            items=items,
            id=id,
            description=description,
        )

        scrape_response_data_menu_type_0_sections_item.additional_properties = d
        return scrape_response_data_menu_type_0_sections_item

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
    global ScrapeResponseDataMenuType0SectionsItemItemsItem
    from ..models.scrape_response_data_menu_type_0_sections_item_items_item import (
        ScrapeResponseDataMenuType0SectionsItemItemsItem,
    )

    _models_pending = False
