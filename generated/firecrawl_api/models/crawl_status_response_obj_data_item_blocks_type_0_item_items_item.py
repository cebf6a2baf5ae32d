from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.crawl_status_response_obj_data_item_blocks_type_0_item_items_item_confidence import (
        CrawlStatusResponseObjDataItemBlocksType0ItemItemsItemConfidence,
    )


T = TypeVar("T", bound="CrawlStatusResponseObjDataItemBlocksType0ItemItemsItem")


@redacted_repr
@_attrs_define
class CrawlStatusResponseObjDataItemBlocksType0ItemItemsItem:
    """
    Attributes:
        id (str | Unset): Stable within a response: p<page>.b<index in reading order>.
        type_ (str | Unset): Block type: title, section_header, text, table, formula, figure, caption, page_number,
            page_header, page_footer. New types may appear over time.
        label (None | str | Unset): Raw layout-model label, passthrough for forward compatibility.
        bbox (list[float] | None | Unset): [x0, y0, x1, y1] normalized 0-1 relative to the page width/height. Multiply
            by the page width/height to get pixel coordinates. Null when the page has no known dimensions.
        content (str | Unset): Markdown fragment this block contributed to the document markdown.
        markdown_span (list[int] | None | Unset): [start, end) character offsets into the document markdown covering
            this block's fragment. Null when a post-processing transform rewrote the fragment.
        reading_order (int | Unset):
        source (None | str | Unset): Pipeline path that produced the block (for example native_text, layout_ocr, tsr,
            formula_model, full_page).
        confidence (CrawlStatusResponseObjDataItemBlocksType0ItemItemsItemConfidence | Unset):
    """

    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    label: None | str | Unset = UNSET
    bbox: list[float] | None | Unset = UNSET
    content: str | Unset = UNSET
    markdown_span: list[int] | None | Unset = UNSET
    reading_order: int | Unset = UNSET
    source: None | str | Unset = UNSET
    confidence: (
        CrawlStatusResponseObjDataItemBlocksType0ItemItemsItemConfidence | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        bbox: list[float] | None | Unset
        if isinstance(self.bbox, Unset):
            bbox = UNSET
        elif isinstance(self.bbox, list):
            bbox = self.bbox

        else:
            bbox = self.bbox

        content = self.content

        markdown_span: list[int] | None | Unset
        if isinstance(self.markdown_span, Unset):
            markdown_span = UNSET
        elif isinstance(self.markdown_span, list):
            markdown_span = self.markdown_span

        else:
            markdown_span = self.markdown_span

        reading_order = self.reading_order

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        confidence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.confidence, Unset):
            confidence = self.confidence.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if label is not UNSET:
            field_dict["label"] = label
        if bbox is not UNSET:
            field_dict["bbox"] = bbox
        if content is not UNSET:
            field_dict["content"] = content
        if markdown_span is not UNSET:
            field_dict["markdownSpan"] = markdown_span
        if reading_order is not UNSET:
            field_dict["readingOrder"] = reading_order
        if source is not UNSET:
            field_dict["source"] = source
        if confidence is not UNSET:
            field_dict["confidence"] = confidence

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_bbox(data: object) -> list[float] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bbox_type_0 = cast(list[float], data)

                return bbox_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[float] | None | Unset, data)

        bbox = _parse_bbox(d.pop("bbox", UNSET))

        content = d.pop("content", UNSET)

        def _parse_markdown_span(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                markdown_span_type_0 = cast(list[int], data)

                return markdown_span_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        markdown_span = _parse_markdown_span(d.pop("markdownSpan", UNSET))

        reading_order = d.pop("readingOrder", UNSET)

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        _confidence = d.pop("confidence", UNSET)
        confidence: (
            CrawlStatusResponseObjDataItemBlocksType0ItemItemsItemConfidence | Unset
        )
        if isinstance(_confidence, Unset):
            confidence = UNSET
        else:
            confidence = CrawlStatusResponseObjDataItemBlocksType0ItemItemsItemConfidence.from_dict(
                _confidence
            )

        crawl_status_response_obj_data_item_blocks_type_0_item_items_item = cls(
            id=id,
            type_=type_,
            label=label,
            bbox=bbox,
            content=content,
            markdown_span=markdown_span,
            reading_order=reading_order,
            source=source,
            confidence=confidence,
        )

        crawl_status_response_obj_data_item_blocks_type_0_item_items_item.additional_properties = d
        return crawl_status_response_obj_data_item_blocks_type_0_item_items_item

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
    global CrawlStatusResponseObjDataItemBlocksType0ItemItemsItemConfidence
    from ..models.crawl_status_response_obj_data_item_blocks_type_0_item_items_item_confidence import (
        CrawlStatusResponseObjDataItemBlocksType0ItemItemsItemConfidence,
    )

    _models_pending = False
