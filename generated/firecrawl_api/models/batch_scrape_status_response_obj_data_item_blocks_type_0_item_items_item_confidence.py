from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

T = TypeVar(
    "T", bound="BatchScrapeStatusResponseObjDataItemBlocksType0ItemItemsItemConfidence"
)


@redacted_repr
@_attrs_define
class BatchScrapeStatusResponseObjDataItemBlocksType0ItemItemsItemConfidence:
    """
    Attributes:
        layout (float | None | Unset): Layout-model detection score (0-1). Null when the page bypassed layout analysis.
        ocr (float | None | Unset): Text confidence when the source path provides one; null otherwise.
    """

    layout: float | None | Unset = UNSET
    ocr: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        layout: float | None | Unset
        if isinstance(self.layout, Unset):
            layout = UNSET
        else:
            layout = self.layout

        ocr: float | None | Unset
        if isinstance(self.ocr, Unset):
            ocr = UNSET
        else:
            ocr = self.ocr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if layout is not UNSET:
            field_dict["layout"] = layout
        if ocr is not UNSET:
            field_dict["ocr"] = ocr

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_layout(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        layout = _parse_layout(d.pop("layout", UNSET))

        def _parse_ocr(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        ocr = _parse_ocr(d.pop("ocr", UNSET))

        batch_scrape_status_response_obj_data_item_blocks_type_0_item_items_item_confidence = cls(
            layout=layout,
            ocr=ocr,
        )

        batch_scrape_status_response_obj_data_item_blocks_type_0_item_items_item_confidence.additional_properties = d
        return batch_scrape_status_response_obj_data_item_blocks_type_0_item_items_item_confidence

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
