from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScrapeResponseDataBrandingType0ComponentsType0ButtonPrimary")


@redacted_repr
@_attrs_define
class ScrapeResponseDataBrandingType0ComponentsType0ButtonPrimary:
    """Primary button styles.

    Attributes:
        background (str | Unset):
        text_color (str | Unset):
        border_radius (str | Unset):
    """

    background: str | Unset = UNSET
    text_color: str | Unset = UNSET
    border_radius: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        background = self.background

        text_color = self.text_color

        border_radius = self.border_radius

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if background is not UNSET:
            field_dict["background"] = background
        if text_color is not UNSET:
            field_dict["textColor"] = text_color
        if border_radius is not UNSET:
            field_dict["borderRadius"] = border_radius

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        background = d.pop("background", UNSET)

        text_color = d.pop("textColor", UNSET)

        border_radius = d.pop("borderRadius", UNSET)

        scrape_response_data_branding_type_0_components_type_0_button_primary = cls(
            background=background,
            text_color=text_color,
            border_radius=border_radius,
        )

        scrape_response_data_branding_type_0_components_type_0_button_primary.additional_properties = d
        return scrape_response_data_branding_type_0_components_type_0_button_primary

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
