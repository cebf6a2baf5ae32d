from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScrapeResponseDataBrandingType0TypographyType0FontSizes")


@redacted_repr
@_attrs_define
class ScrapeResponseDataBrandingType0TypographyType0FontSizes:
    """Font sizes for different text levels.

    Attributes:
        h1 (str | Unset):
        h2 (str | Unset):
        h3 (str | Unset):
        body (str | Unset):
    """

    h1: str | Unset = UNSET
    h2: str | Unset = UNSET
    h3: str | Unset = UNSET
    body: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        h1 = self.h1

        h2 = self.h2

        h3 = self.h3

        body = self.body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if h1 is not UNSET:
            field_dict["h1"] = h1
        if h2 is not UNSET:
            field_dict["h2"] = h2
        if h3 is not UNSET:
            field_dict["h3"] = h3
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        h1 = d.pop("h1", UNSET)

        h2 = d.pop("h2", UNSET)

        h3 = d.pop("h3", UNSET)

        body = d.pop("body", UNSET)

        scrape_response_data_branding_type_0_typography_type_0_font_sizes = cls(
            h1=h1,
            h2=h2,
            h3=h3,
            body=body,
        )

        scrape_response_data_branding_type_0_typography_type_0_font_sizes.additional_properties = d
        return scrape_response_data_branding_type_0_typography_type_0_font_sizes

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
