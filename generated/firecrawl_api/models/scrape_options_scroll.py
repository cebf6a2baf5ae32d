from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.scrape_options_scroll_direction import ScrapeOptionsScrollDirection
from ..models.scrape_options_scroll_type import ScrapeOptionsScrollType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScrapeOptionsScroll")


@redacted_repr
@_attrs_define
class ScrapeOptionsScroll:
    """
    Attributes:
        type_ (ScrapeOptionsScrollType): Scroll the page or a specific element
        direction (ScrapeOptionsScrollDirection | Unset): Direction to scroll Default:
            ScrapeOptionsScrollDirection.DOWN.
        selector (str | Unset): Query selector for the element to scroll Example: #my-element.
    """

    type_: ScrapeOptionsScrollType
    direction: ScrapeOptionsScrollDirection | Unset = UNSET
    selector: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        selector = self.selector

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if direction is not UNSET:
            field_dict["direction"] = direction
        if selector is not UNSET:
            field_dict["selector"] = selector

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = ScrapeOptionsScrollType(d.pop("type"))

        _direction = d.pop("direction", UNSET)
        direction: ScrapeOptionsScrollDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = ScrapeOptionsScrollDirection(_direction)

        selector = d.pop("selector", UNSET)

        scrape_options_scroll = cls(
            type_=type_,
            direction=direction,
            selector=selector,
        )

        scrape_options_scroll.additional_properties = d
        return scrape_options_scroll

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
