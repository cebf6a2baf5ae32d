from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scrape_response_data_branding_type_0_spacing_type_0_margins import (
        ScrapeResponseDataBrandingType0SpacingType0Margins,
    )
    from ..models.scrape_response_data_branding_type_0_spacing_type_0_padding import (
        ScrapeResponseDataBrandingType0SpacingType0Padding,
    )


T = TypeVar("T", bound="ScrapeResponseDataBrandingType0SpacingType0")


@redacted_repr
@_attrs_define
class ScrapeResponseDataBrandingType0SpacingType0:
    """Spacing and layout information.

    Attributes:
        base_unit (int | Unset): Base spacing unit in pixels.
        border_radius (str | Unset): Default border radius.
        padding (ScrapeResponseDataBrandingType0SpacingType0Padding | Unset): Padding values.
        margins (ScrapeResponseDataBrandingType0SpacingType0Margins | Unset): Margin values.
    """

    base_unit: int | Unset = UNSET
    border_radius: str | Unset = UNSET
    padding: ScrapeResponseDataBrandingType0SpacingType0Padding | Unset = UNSET
    margins: ScrapeResponseDataBrandingType0SpacingType0Margins | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_unit = self.base_unit

        border_radius = self.border_radius

        padding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.padding, Unset):
            padding = self.padding.to_dict()

        margins: dict[str, Any] | Unset = UNSET
        if not isinstance(self.margins, Unset):
            margins = self.margins.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_unit is not UNSET:
            field_dict["baseUnit"] = base_unit
        if border_radius is not UNSET:
            field_dict["borderRadius"] = border_radius
        if padding is not UNSET:
            field_dict["padding"] = padding
        if margins is not UNSET:
            field_dict["margins"] = margins

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        base_unit = d.pop("baseUnit", UNSET)

        border_radius = d.pop("borderRadius", UNSET)

        _padding = d.pop("padding", UNSET)
        padding: ScrapeResponseDataBrandingType0SpacingType0Padding | Unset
        if isinstance(_padding, Unset):
            padding = UNSET
        else:
            padding = ScrapeResponseDataBrandingType0SpacingType0Padding.from_dict(
                _padding
            )

        _margins = d.pop("margins", UNSET)
        margins: ScrapeResponseDataBrandingType0SpacingType0Margins | Unset
        if isinstance(_margins, Unset):
            margins = UNSET
        else:
            margins = ScrapeResponseDataBrandingType0SpacingType0Margins.from_dict(
                _margins
            )

        scrape_response_data_branding_type_0_spacing_type_0 = cls(
            base_unit=base_unit,
            border_radius=border_radius,
            padding=padding,
            margins=margins,
        )

        scrape_response_data_branding_type_0_spacing_type_0.additional_properties = d
        return scrape_response_data_branding_type_0_spacing_type_0

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
    global ScrapeResponseDataBrandingType0SpacingType0Margins
    from ..models.scrape_response_data_branding_type_0_spacing_type_0_margins import (
        ScrapeResponseDataBrandingType0SpacingType0Margins,
    )

    global ScrapeResponseDataBrandingType0SpacingType0Padding
    from ..models.scrape_response_data_branding_type_0_spacing_type_0_padding import (
        ScrapeResponseDataBrandingType0SpacingType0Padding,
    )

    _models_pending = False
