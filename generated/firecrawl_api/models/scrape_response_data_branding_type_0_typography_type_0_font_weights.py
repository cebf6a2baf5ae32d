from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScrapeResponseDataBrandingType0TypographyType0FontWeights")


@redacted_repr
@_attrs_define
class ScrapeResponseDataBrandingType0TypographyType0FontWeights:
    """Font weight definitions.

    Attributes:
        light (int | Unset):
        regular (int | Unset):
        medium (int | Unset):
        bold (int | Unset):
    """

    light: int | Unset = UNSET
    regular: int | Unset = UNSET
    medium: int | Unset = UNSET
    bold: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        light = self.light

        regular = self.regular

        medium = self.medium

        bold = self.bold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if light is not UNSET:
            field_dict["light"] = light
        if regular is not UNSET:
            field_dict["regular"] = regular
        if medium is not UNSET:
            field_dict["medium"] = medium
        if bold is not UNSET:
            field_dict["bold"] = bold

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        light = d.pop("light", UNSET)

        regular = d.pop("regular", UNSET)

        medium = d.pop("medium", UNSET)

        bold = d.pop("bold", UNSET)

        scrape_response_data_branding_type_0_typography_type_0_font_weights = cls(
            light=light,
            regular=regular,
            medium=medium,
            bold=bold,
        )

        scrape_response_data_branding_type_0_typography_type_0_font_weights.additional_properties = d
        return scrape_response_data_branding_type_0_typography_type_0_font_weights

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
