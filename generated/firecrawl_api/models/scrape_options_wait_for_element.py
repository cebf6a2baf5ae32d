from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from .._hooks import redacted_repr
from ..models.scrape_options_wait_for_element_type import (
    ScrapeOptionsWaitForElementType,
)

T = TypeVar("T", bound="ScrapeOptionsWaitForElement")


@redacted_repr
@_attrs_define
class ScrapeOptionsWaitForElement:
    """
    Attributes:
        type_ (ScrapeOptionsWaitForElementType): Wait for a specific element to appear
        selector (str): CSS selector to wait for Example: #my-element.
    """

    type_: ScrapeOptionsWaitForElementType
    selector: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        selector = self.selector

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "selector": selector,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = ScrapeOptionsWaitForElementType(d.pop("type"))

        selector = d.pop("selector", "")

        scrape_options_wait_for_element = cls(
            type_=type_,
            selector=selector,
        )

        return scrape_options_wait_for_element
