from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScrapeResponseDataBrandingType0ImagesType0")


@redacted_repr
@_attrs_define
class ScrapeResponseDataBrandingType0ImagesType0:
    """Brand images.

    Attributes:
        logo (str | Unset): Logo image URL.
        favicon (str | Unset): Favicon URL.
        og_image (str | Unset): Open Graph image URL.
    """

    logo: str | Unset = UNSET
    favicon: str | Unset = UNSET
    og_image: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        logo = self.logo

        favicon = self.favicon

        og_image = self.og_image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if logo is not UNSET:
            field_dict["logo"] = logo
        if favicon is not UNSET:
            field_dict["favicon"] = favicon
        if og_image is not UNSET:
            field_dict["ogImage"] = og_image

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        logo = d.pop("logo", UNSET)

        favicon = d.pop("favicon", UNSET)

        og_image = d.pop("ogImage", UNSET)

        scrape_response_data_branding_type_0_images_type_0 = cls(
            logo=logo,
            favicon=favicon,
            og_image=og_image,
        )

        scrape_response_data_branding_type_0_images_type_0.additional_properties = d
        return scrape_response_data_branding_type_0_images_type_0

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
