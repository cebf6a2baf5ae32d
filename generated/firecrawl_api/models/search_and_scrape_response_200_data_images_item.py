from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchAndScrapeResponse200DataImagesItem")


@redacted_repr
@_attrs_define
class SearchAndScrapeResponse200DataImagesItem:
    """
    Attributes:
        title (str | Unset): Title from search result
        image_url (str | Unset): URL of the image
        image_width (int | Unset): Width of the image
        image_height (int | Unset): Height of the image
        url (str | Unset): URL of the search result
        position (int | Unset): Position of the search result
    """

    title: str | Unset = UNSET
    image_url: str | Unset = UNSET
    image_width: int | Unset = UNSET
    image_height: int | Unset = UNSET
    url: str | Unset = UNSET
    position: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        image_url = self.image_url

        image_width = self.image_width

        image_height = self.image_height

        url = self.url

        position = self.position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if image_width is not UNSET:
            field_dict["imageWidth"] = image_width
        if image_height is not UNSET:
            field_dict["imageHeight"] = image_height
        if url is not UNSET:
            field_dict["url"] = url
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        image_url = d.pop("imageUrl", UNSET)

        image_width = d.pop("imageWidth", UNSET)

        image_height = d.pop("imageHeight", UNSET)

        url = d.pop("url", UNSET)

        position = d.pop("position", UNSET)

        search_and_scrape_response_200_data_images_item = cls(
            title=title,
            image_url=image_url,
            image_width=image_width,
            image_height=image_height,
            url=url,
            position=position,
        )

        search_and_scrape_response_200_data_images_item.additional_properties = d
        return search_and_scrape_response_200_data_images_item

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
