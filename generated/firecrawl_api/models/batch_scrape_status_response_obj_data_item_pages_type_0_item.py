from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchScrapeStatusResponseObjDataItemPagesType0Item")


@redacted_repr
@_attrs_define
class BatchScrapeStatusResponseObjDataItemPagesType0Item:
    """
    Attributes:
        page_number (int | Unset): 1-based physical PDF page number.
        markdown (str | Unset):
    """

    page_number: int | Unset = UNSET
    markdown: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_number = self.page_number

        markdown = self.markdown

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page_number is not UNSET:
            field_dict["pageNumber"] = page_number
        if markdown is not UNSET:
            field_dict["markdown"] = markdown

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        page_number = d.pop("pageNumber", UNSET)

        markdown = d.pop("markdown", UNSET)

        batch_scrape_status_response_obj_data_item_pages_type_0_item = cls(
            page_number=page_number,
            markdown=markdown,
        )

        batch_scrape_status_response_obj_data_item_pages_type_0_item.additional_properties = d
        return batch_scrape_status_response_obj_data_item_pages_type_0_item

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
