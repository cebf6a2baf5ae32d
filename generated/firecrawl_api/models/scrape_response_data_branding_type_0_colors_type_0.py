from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScrapeResponseDataBrandingType0ColorsType0")


@redacted_repr
@_attrs_define
class ScrapeResponseDataBrandingType0ColorsType0:
    """Brand colors extracted from the page.

    Attributes:
        primary (str | Unset): Primary brand color (hex).
        secondary (str | Unset): Secondary brand color (hex).
        accent (str | Unset): Accent color (hex).
        background (str | Unset): Background color (hex).
        text_primary (str | Unset): Primary text color (hex).
        text_secondary (str | Unset): Secondary text color (hex).
        link (str | Unset): Link color (hex).
        success (str | Unset): Success/positive color (hex).
        warning (str | Unset): Warning color (hex).
        error (str | Unset): Error/danger color (hex).
    """

    primary: str | Unset = UNSET
    secondary: str | Unset = UNSET
    accent: str | Unset = UNSET
    background: str | Unset = UNSET
    text_primary: str | Unset = UNSET
    text_secondary: str | Unset = UNSET
    link: str | Unset = UNSET
    success: str | Unset = UNSET
    warning: str | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        primary = self.primary

        secondary = self.secondary

        accent = self.accent

        background = self.background

        text_primary = self.text_primary

        text_secondary = self.text_secondary

        link = self.link

        success = self.success

        warning = self.warning

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if primary is not UNSET:
            field_dict["primary"] = primary
        if secondary is not UNSET:
            field_dict["secondary"] = secondary
        if accent is not UNSET:
            field_dict["accent"] = accent
        if background is not UNSET:
            field_dict["background"] = background
        if text_primary is not UNSET:
            field_dict["textPrimary"] = text_primary
        if text_secondary is not UNSET:
            field_dict["textSecondary"] = text_secondary
        if link is not UNSET:
            field_dict["link"] = link
        if success is not UNSET:
            field_dict["success"] = success
        if warning is not UNSET:
            field_dict["warning"] = warning
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        primary = d.pop("primary", UNSET)

        secondary = d.pop("secondary", UNSET)

        accent = d.pop("accent", UNSET)

        background = d.pop("background", UNSET)

        text_primary = d.pop("textPrimary", UNSET)

        text_secondary = d.pop("textSecondary", UNSET)

        link = d.pop("link", UNSET)

        success = d.pop("success", UNSET)

        warning = d.pop("warning", UNSET)

        error = d.pop("error", UNSET)

        scrape_response_data_branding_type_0_colors_type_0 = cls(
            primary=primary,
            secondary=secondary,
            accent=accent,
            background=background,
            text_primary=text_primary,
            text_secondary=text_secondary,
            link=link,
            success=success,
            warning=warning,
            error=error,
        )

        scrape_response_data_branding_type_0_colors_type_0.additional_properties = d
        return scrape_response_data_branding_type_0_colors_type_0

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
