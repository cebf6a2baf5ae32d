from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from .._hooks import redacted_repr
from ..models.parse_options_parsers_item_type_0_mode import (
    ParseOptionsParsersItemType0Mode,
)
from ..models.parse_options_parsers_item_type_0_type import (
    ParseOptionsParsersItemType0Type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ParseOptionsParsersItemType0")


@redacted_repr
@_attrs_define
class ParseOptionsParsersItemType0:
    """
    Attributes:
        type_ (ParseOptionsParsersItemType0Type):
        mode (ParseOptionsParsersItemType0Mode | Unset): PDF parsing mode. "fast": text-only extraction. "auto": text-
            first with OCR fallback. "ocr": OCR on every page. Default: ParseOptionsParsersItemType0Mode.AUTO.
        max_pages (int | Unset): Maximum number of pages to parse from the PDF.
        pages (bool | Unset): Include physical per-page markdown alongside the document markdown. Populates the `pages`
            field on the document as an array of { pageNumber, markdown }. No additional cost. Default: False.
        blocks (bool | Unset): Include per-page typed layout blocks alongside the document markdown. Populates the
            `blocks` field on the document: typed blocks (title, section_header, text, table, formula, figure, caption, ...)
            with normalized bounding boxes, reading order, character-span links into the markdown, and per-block confidence.
            No additional cost. Default: False.
        page_markers (bool | Unset): Annotate page breaks in the document markdown: pages are joined with
            `\\n\\n---\\n\\n<!-- page N -->\\n\\n`, where N is the 1-based physical page of the content that follows.
            Markers appear between pages only (no leading marker for page 1), and numbering may skip pages merged across a
            page break — use `pages: true` when every physical page is needed. No new response field; no additional cost.
            Default: False.
    """

    type_: ParseOptionsParsersItemType0Type
    mode: ParseOptionsParsersItemType0Mode | Unset = UNSET
    max_pages: int | Unset = UNSET
    pages: bool | Unset = UNSET
    blocks: bool | Unset = UNSET
    page_markers: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        max_pages = self.max_pages

        pages = self.pages

        blocks = self.blocks

        page_markers = self.page_markers

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode
        if max_pages is not UNSET:
            field_dict["maxPages"] = max_pages
        if pages is not UNSET:
            field_dict["pages"] = pages
        if blocks is not UNSET:
            field_dict["blocks"] = blocks
        if page_markers is not UNSET:
            field_dict["pageMarkers"] = page_markers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = ParseOptionsParsersItemType0Type(d.pop("type"))

        _mode = d.pop("mode", UNSET)
        mode: ParseOptionsParsersItemType0Mode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = ParseOptionsParsersItemType0Mode(_mode)

        max_pages = d.pop("maxPages", UNSET)

        pages = d.pop("pages", UNSET)

        blocks = d.pop("blocks", UNSET)

        page_markers = d.pop("pageMarkers", UNSET)

        parse_options_parsers_item_type_0 = cls(
            type_=type_,
            mode=mode,
            max_pages=max_pages,
            pages=pages,
            blocks=blocks,
            page_markers=page_markers,
        )

        return parse_options_parsers_item_type_0
