from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scrape_response_data_branding_type_0_typography_type_0_font_families import (
        ScrapeResponseDataBrandingType0TypographyType0FontFamilies,
    )
    from ..models.scrape_response_data_branding_type_0_typography_type_0_font_sizes import (
        ScrapeResponseDataBrandingType0TypographyType0FontSizes,
    )
    from ..models.scrape_response_data_branding_type_0_typography_type_0_font_weights import (
        ScrapeResponseDataBrandingType0TypographyType0FontWeights,
    )
    from ..models.scrape_response_data_branding_type_0_typography_type_0_line_heights import (
        ScrapeResponseDataBrandingType0TypographyType0LineHeights,
    )


T = TypeVar("T", bound="ScrapeResponseDataBrandingType0TypographyType0")


@redacted_repr
@_attrs_define
class ScrapeResponseDataBrandingType0TypographyType0:
    """Detailed typography information.

    Attributes:
        font_families (ScrapeResponseDataBrandingType0TypographyType0FontFamilies | Unset): Font families by role.
        font_sizes (ScrapeResponseDataBrandingType0TypographyType0FontSizes | Unset): Font sizes for different text
            levels.
        font_weights (ScrapeResponseDataBrandingType0TypographyType0FontWeights | Unset): Font weight definitions.
        line_heights (ScrapeResponseDataBrandingType0TypographyType0LineHeights | Unset): Line height values for
            different text types.
    """

    font_families: (
        ScrapeResponseDataBrandingType0TypographyType0FontFamilies | Unset
    ) = UNSET
    font_sizes: ScrapeResponseDataBrandingType0TypographyType0FontSizes | Unset = UNSET
    font_weights: ScrapeResponseDataBrandingType0TypographyType0FontWeights | Unset = (
        UNSET
    )
    line_heights: ScrapeResponseDataBrandingType0TypographyType0LineHeights | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        font_families: dict[str, Any] | Unset = UNSET
        if not isinstance(self.font_families, Unset):
            font_families = self.font_families.to_dict()

        font_sizes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.font_sizes, Unset):
            font_sizes = self.font_sizes.to_dict()

        font_weights: dict[str, Any] | Unset = UNSET
        if not isinstance(self.font_weights, Unset):
            font_weights = self.font_weights.to_dict()

        line_heights: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_heights, Unset):
            line_heights = self.line_heights.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if font_families is not UNSET:
            field_dict["fontFamilies"] = font_families
        if font_sizes is not UNSET:
            field_dict["fontSizes"] = font_sizes
        if font_weights is not UNSET:
            field_dict["fontWeights"] = font_weights
        if line_heights is not UNSET:
            field_dict["lineHeights"] = line_heights

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        _font_families = d.pop("fontFamilies", UNSET)
        font_families: (
            ScrapeResponseDataBrandingType0TypographyType0FontFamilies | Unset
        )
        if isinstance(_font_families, Unset):
            font_families = UNSET
        else:
            font_families = (
                ScrapeResponseDataBrandingType0TypographyType0FontFamilies.from_dict(
                    _font_families
                )
            )

        _font_sizes = d.pop("fontSizes", UNSET)
        font_sizes: ScrapeResponseDataBrandingType0TypographyType0FontSizes | Unset
        if isinstance(_font_sizes, Unset):
            font_sizes = UNSET
        else:
            font_sizes = (
                ScrapeResponseDataBrandingType0TypographyType0FontSizes.from_dict(
                    _font_sizes
                )
            )

        _font_weights = d.pop("fontWeights", UNSET)
        font_weights: ScrapeResponseDataBrandingType0TypographyType0FontWeights | Unset
        if isinstance(_font_weights, Unset):
            font_weights = UNSET
        else:
            font_weights = (
                ScrapeResponseDataBrandingType0TypographyType0FontWeights.from_dict(
                    _font_weights
                )
            )

        _line_heights = d.pop("lineHeights", UNSET)
        line_heights: ScrapeResponseDataBrandingType0TypographyType0LineHeights | Unset
        if isinstance(_line_heights, Unset):
            line_heights = UNSET
        else:
            line_heights = (
                ScrapeResponseDataBrandingType0TypographyType0LineHeights.from_dict(
                    _line_heights
                )
            )

        scrape_response_data_branding_type_0_typography_type_0 = cls(
            font_families=font_families,
            font_sizes=font_sizes,
            font_weights=font_weights,
            line_heights=line_heights,
        )

        scrape_response_data_branding_type_0_typography_type_0.additional_properties = d
        return scrape_response_data_branding_type_0_typography_type_0

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
    global ScrapeResponseDataBrandingType0TypographyType0FontFamilies
    from ..models.scrape_response_data_branding_type_0_typography_type_0_font_families import (
        ScrapeResponseDataBrandingType0TypographyType0FontFamilies,
    )

    global ScrapeResponseDataBrandingType0TypographyType0FontSizes
    from ..models.scrape_response_data_branding_type_0_typography_type_0_font_sizes import (
        ScrapeResponseDataBrandingType0TypographyType0FontSizes,
    )

    global ScrapeResponseDataBrandingType0TypographyType0FontWeights
    from ..models.scrape_response_data_branding_type_0_typography_type_0_font_weights import (
        ScrapeResponseDataBrandingType0TypographyType0FontWeights,
    )

    global ScrapeResponseDataBrandingType0TypographyType0LineHeights
    from ..models.scrape_response_data_branding_type_0_typography_type_0_line_heights import (
        ScrapeResponseDataBrandingType0TypographyType0LineHeights,
    )

    _models_pending = False
