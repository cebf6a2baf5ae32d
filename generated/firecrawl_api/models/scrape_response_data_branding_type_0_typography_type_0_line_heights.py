from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScrapeResponseDataBrandingType0TypographyType0LineHeights")


@redacted_repr
@_attrs_define
class ScrapeResponseDataBrandingType0TypographyType0LineHeights:
    """Line height values for different text types.

    Attributes:
        heading (str | Unset):
        body (str | Unset):
    """

    heading: str | Unset = UNSET
    body: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        heading = self.heading

        body = self.body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if heading is not UNSET:
            field_dict["heading"] = heading
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        heading = d.pop("heading", UNSET)

        body = d.pop("body", UNSET)

        scrape_response_data_branding_type_0_typography_type_0_line_heights = cls(
            heading=heading,
            body=body,
        )

        scrape_response_data_branding_type_0_typography_type_0_line_heights.additional_properties = d
        return scrape_response_data_branding_type_0_typography_type_0_line_heights

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
