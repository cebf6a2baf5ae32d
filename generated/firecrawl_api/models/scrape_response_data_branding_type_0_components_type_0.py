from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scrape_response_data_branding_type_0_components_type_0_button_primary import (
        ScrapeResponseDataBrandingType0ComponentsType0ButtonPrimary,
    )
    from ..models.scrape_response_data_branding_type_0_components_type_0_button_secondary import (
        ScrapeResponseDataBrandingType0ComponentsType0ButtonSecondary,
    )
    from ..models.scrape_response_data_branding_type_0_components_type_0_input import (
        ScrapeResponseDataBrandingType0ComponentsType0Input,
    )


T = TypeVar("T", bound="ScrapeResponseDataBrandingType0ComponentsType0")


@redacted_repr
@_attrs_define
class ScrapeResponseDataBrandingType0ComponentsType0:
    """UI component styles.

    Attributes:
        button_primary (ScrapeResponseDataBrandingType0ComponentsType0ButtonPrimary | Unset): Primary button styles.
        button_secondary (ScrapeResponseDataBrandingType0ComponentsType0ButtonSecondary | Unset): Secondary button
            styles.
        input_ (ScrapeResponseDataBrandingType0ComponentsType0Input | Unset): Input field styles.
    """

    button_primary: (
        ScrapeResponseDataBrandingType0ComponentsType0ButtonPrimary | Unset
    ) = UNSET
    button_secondary: (
        ScrapeResponseDataBrandingType0ComponentsType0ButtonSecondary | Unset
    ) = UNSET
    input_: ScrapeResponseDataBrandingType0ComponentsType0Input | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        button_primary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.button_primary, Unset):
            button_primary = self.button_primary.to_dict()

        button_secondary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.button_secondary, Unset):
            button_secondary = self.button_secondary.to_dict()

        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = self.input_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if button_primary is not UNSET:
            field_dict["buttonPrimary"] = button_primary
        if button_secondary is not UNSET:
            field_dict["buttonSecondary"] = button_secondary
        if input_ is not UNSET:
            field_dict["input"] = input_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        _button_primary = d.pop("buttonPrimary", UNSET)
        button_primary: (
            ScrapeResponseDataBrandingType0ComponentsType0ButtonPrimary | Unset
        )
        if isinstance(_button_primary, Unset):
            button_primary = UNSET
        else:
            button_primary = (
                ScrapeResponseDataBrandingType0ComponentsType0ButtonPrimary.from_dict(
                    _button_primary
                )
            )

        _button_secondary = d.pop("buttonSecondary", UNSET)
        button_secondary: (
            ScrapeResponseDataBrandingType0ComponentsType0ButtonSecondary | Unset
        )
        if isinstance(_button_secondary, Unset):
            button_secondary = UNSET
        else:
            button_secondary = (
                ScrapeResponseDataBrandingType0ComponentsType0ButtonSecondary.from_dict(
                    _button_secondary
                )
            )

        _input_ = d.pop("input", UNSET)
        input_: ScrapeResponseDataBrandingType0ComponentsType0Input | Unset
        if isinstance(_input_, Unset):
            input_ = UNSET
        else:
            input_ = ScrapeResponseDataBrandingType0ComponentsType0Input.from_dict(
                _input_
            )

        scrape_response_data_branding_type_0_components_type_0 = cls(
            button_primary=button_primary,
            button_secondary=button_secondary,
            input_=input_,
        )

        scrape_response_data_branding_type_0_components_type_0.additional_properties = d
        return scrape_response_data_branding_type_0_components_type_0

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
    global ScrapeResponseDataBrandingType0ComponentsType0ButtonPrimary
    from ..models.scrape_response_data_branding_type_0_components_type_0_button_primary import (
        ScrapeResponseDataBrandingType0ComponentsType0ButtonPrimary,
    )

    global ScrapeResponseDataBrandingType0ComponentsType0ButtonSecondary
    from ..models.scrape_response_data_branding_type_0_components_type_0_button_secondary import (
        ScrapeResponseDataBrandingType0ComponentsType0ButtonSecondary,
    )

    global ScrapeResponseDataBrandingType0ComponentsType0Input
    from ..models.scrape_response_data_branding_type_0_components_type_0_input import (
        ScrapeResponseDataBrandingType0ComponentsType0Input,
    )

    _models_pending = False
