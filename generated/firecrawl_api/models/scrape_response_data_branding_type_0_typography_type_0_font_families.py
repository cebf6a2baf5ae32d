from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScrapeResponseDataBrandingType0TypographyType0FontFamilies")


@redacted_repr
@_attrs_define
class ScrapeResponseDataBrandingType0TypographyType0FontFamilies:
    """Font families by role.

    Attributes:
        primary (str | Unset): Primary font family.
        heading (str | Unset): Heading font family.
        code (str | Unset): Code/monospace font family.
    """

    primary: str | Unset = UNSET
    heading: str | Unset = UNSET
    code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        primary = self.primary

        heading = self.heading

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if primary is not UNSET:
            field_dict["primary"] = primary
        if heading is not UNSET:
            field_dict["heading"] = heading
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        primary = d.pop("primary", UNSET)

        heading = d.pop("heading", UNSET)

        code = d.pop("code", UNSET)

        scrape_response_data_branding_type_0_typography_type_0_font_families = cls(
            primary=primary,
            heading=heading,
            code=code,
        )

        scrape_response_data_branding_type_0_typography_type_0_font_families.additional_properties = d
        return scrape_response_data_branding_type_0_typography_type_0_font_families

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
