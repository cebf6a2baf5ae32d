from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.scrape_options_press_a_key_type import ScrapeOptionsPressAKeyType

T = TypeVar("T", bound="ScrapeOptionsPressAKey")


@redacted_repr
@_attrs_define
class ScrapeOptionsPressAKey:
    """Press a key on the page. See https://asawicki.info/nosense/doc/devices/keyboard/key_codes.html for key codes.

    Attributes:
        type_ (ScrapeOptionsPressAKeyType): Press a key on the page
        key (str): Key to press Example: Enter.
    """

    type_: ScrapeOptionsPressAKeyType
    key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        key = self.key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "key": key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = ScrapeOptionsPressAKeyType(d.pop("type"))

        key = d.pop("key", "")

        scrape_options_press_a_key = cls(
            type_=type_,
            key=key,
        )

        scrape_options_press_a_key.additional_properties = d
        return scrape_options_press_a_key

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
