from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.scrape_options_write_text_type import ScrapeOptionsWriteTextType

T = TypeVar("T", bound="ScrapeOptionsWriteText")


@redacted_repr
@_attrs_define
class ScrapeOptionsWriteText:
    """
    Attributes:
        type_ (ScrapeOptionsWriteTextType): Write text into an input field, text area, or contenteditable element. Note:
            You must first focus the element using a 'click' action before writing. The text will be typed character by
            character to simulate keyboard input.
        text (str): Text to type Example: Hello, world!.
    """

    type_: ScrapeOptionsWriteTextType
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = ScrapeOptionsWriteTextType(d.pop("type"))

        text = d.pop("text", "")

        scrape_options_write_text = cls(
            type_=type_,
            text=text,
        )

        scrape_options_write_text.additional_properties = d
        return scrape_options_write_text

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
