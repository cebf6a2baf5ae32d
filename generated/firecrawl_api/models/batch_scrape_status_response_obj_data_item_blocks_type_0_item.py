from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_scrape_status_response_obj_data_item_blocks_type_0_item_items_item import (
        BatchScrapeStatusResponseObjDataItemBlocksType0ItemItemsItem,
    )


T = TypeVar("T", bound="BatchScrapeStatusResponseObjDataItemBlocksType0Item")


@redacted_repr
@_attrs_define
class BatchScrapeStatusResponseObjDataItemBlocksType0Item:
    """
    Attributes:
        page_number (int | Unset): 1-based physical PDF page number.
        width (float | None | Unset): Page render width in px — the anchor for denormalizing bbox coordinates. Null for
            pages that never rendered.
        height (float | None | Unset): Page render height in px. Null for pages that never rendered.
        status (str | Unset): Page-level rollup: ok | partial | failed.
        items (list[BatchScrapeStatusResponseObjDataItemBlocksType0ItemItemsItem] | Unset):
    """

    page_number: int | Unset = UNSET
    width: float | None | Unset = UNSET
    height: float | None | Unset = UNSET
    status: str | Unset = UNSET
    items: (
        list[BatchScrapeStatusResponseObjDataItemBlocksType0ItemItemsItem] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_number = self.page_number

        width: float | None | Unset
        if isinstance(self.width, Unset):
            width = UNSET
        else:
            width = self.width

        height: float | None | Unset
        if isinstance(self.height, Unset):
            height = UNSET
        else:
            height = self.height

        status = self.status

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page_number is not UNSET:
            field_dict["pageNumber"] = page_number
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if status is not UNSET:
            field_dict["status"] = status
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        page_number = d.pop("pageNumber", UNSET)

        def _parse_width(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        width = _parse_width(d.pop("width", UNSET))

        def _parse_height(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        height = _parse_height(d.pop("height", UNSET))

        status = d.pop("status", UNSET)

        _items = d.pop("items", UNSET)
        items: (
            list[BatchScrapeStatusResponseObjDataItemBlocksType0ItemItemsItem] | Unset
        ) = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = BatchScrapeStatusResponseObjDataItemBlocksType0ItemItemsItem.from_dict(
                    items_item_data
                )

                items.append(items_item)

        batch_scrape_status_response_obj_data_item_blocks_type_0_item = cls(
            page_number=page_number,
            width=width,
            height=height,
            status=status,
            items=items,
        )

        batch_scrape_status_response_obj_data_item_blocks_type_0_item.additional_properties = d
        return batch_scrape_status_response_obj_data_item_blocks_type_0_item

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
    global BatchScrapeStatusResponseObjDataItemBlocksType0ItemItemsItem
    from ..models.batch_scrape_status_response_obj_data_item_blocks_type_0_item_items_item import (
        BatchScrapeStatusResponseObjDataItemBlocksType0ItemItemsItem,
    )

    _models_pending = False
