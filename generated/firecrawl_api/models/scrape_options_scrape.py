from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.scrape_options_scrape_type import ScrapeOptionsScrapeType

T = TypeVar("T", bound="ScrapeOptionsScrape")


@redacted_repr
@_attrs_define
class ScrapeOptionsScrape:
    """
    Attributes:
        type_ (ScrapeOptionsScrapeType): Scrape the current page content, returns the url and the html.
    """

    type_: ScrapeOptionsScrapeType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = ScrapeOptionsScrapeType(d.pop("type"))

        scrape_options_scrape = cls(
            type_=type_,
        )

        scrape_options_scrape.additional_properties = d
        return scrape_options_scrape

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
