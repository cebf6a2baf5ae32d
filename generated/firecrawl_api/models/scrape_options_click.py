from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.scrape_options_click_type import ScrapeOptionsClickType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScrapeOptionsClick")


@redacted_repr
@_attrs_define
class ScrapeOptionsClick:
    """
    Attributes:
        type_ (ScrapeOptionsClickType): Click on an element
        selector (str): Query selector to find the element by Example: #load-more-button.
        all_ (bool | Unset): Clicks all elements matched by the selector, not just the first one. Does not throw an
            error if no elements match the selector. Default: False.
    """

    type_: ScrapeOptionsClickType
    selector: str
    all_: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        selector = self.selector

        all_ = self.all_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "selector": selector,
            }
        )
        if all_ is not UNSET:
            field_dict["all"] = all_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = ScrapeOptionsClickType(d.pop("type"))

        selector = d.pop("selector", "")

        all_ = d.pop("all", UNSET)

        scrape_options_click = cls(
            type_=type_,
            selector=selector,
            all_=all_,
        )

        scrape_options_click.additional_properties = d
        return scrape_options_click

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
