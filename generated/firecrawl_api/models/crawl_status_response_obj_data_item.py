from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.crawl_status_response_obj_data_item_blocks_type_0_item import (
        CrawlStatusResponseObjDataItemBlocksType0Item,
    )
    from ..models.crawl_status_response_obj_data_item_metadata import (
        CrawlStatusResponseObjDataItemMetadata,
    )
    from ..models.crawl_status_response_obj_data_item_pages_type_0_item import (
        CrawlStatusResponseObjDataItemPagesType0Item,
    )


T = TypeVar("T", bound="CrawlStatusResponseObjDataItem")


@redacted_repr
@_attrs_define
class CrawlStatusResponseObjDataItem:
    """
    Attributes:
        markdown (str | Unset):
        pages (list[CrawlStatusResponseObjDataItemPagesType0Item] | None | Unset): Physical per-page markdown for PDFs.
            Present only when the request set the `pages` PDF parser option.
        blocks (list[CrawlStatusResponseObjDataItemBlocksType0Item] | None | Unset): Per-page typed layout blocks for
            PDFs. Present only when the request set the `blocks` PDF parser option.
        html (None | str | Unset): HTML version of the content on page if `includeHtml`  is true
        raw_html (None | str | Unset): Raw HTML content of the page if `includeRawHtml`  is true
        links (list[str] | Unset): List of links on the page if `includeLinks` is true
        screenshot (None | str | Unset): Screenshot of the page if `includeScreenshot` is true
        metadata (CrawlStatusResponseObjDataItemMetadata | Unset):
    """

    markdown: str | Unset = UNSET
    pages: list[CrawlStatusResponseObjDataItemPagesType0Item] | None | Unset = UNSET
    blocks: list[CrawlStatusResponseObjDataItemBlocksType0Item] | None | Unset = UNSET
    html: None | str | Unset = UNSET
    raw_html: None | str | Unset = UNSET
    links: list[str] | Unset = UNSET
    screenshot: None | str | Unset = UNSET
    metadata: CrawlStatusResponseObjDataItemMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        markdown = self.markdown

        pages: list[dict[str, Any]] | None | Unset
        if isinstance(self.pages, Unset):
            pages = UNSET
        elif isinstance(self.pages, list):
            pages = []
            for pages_type_0_item_data in self.pages:
                pages_type_0_item = pages_type_0_item_data.to_dict()
                pages.append(pages_type_0_item)

        else:
            pages = self.pages

        blocks: list[dict[str, Any]] | None | Unset
        if isinstance(self.blocks, Unset):
            blocks = UNSET
        elif isinstance(self.blocks, list):
            blocks = []
            for blocks_type_0_item_data in self.blocks:
                blocks_type_0_item = blocks_type_0_item_data.to_dict()
                blocks.append(blocks_type_0_item)

        else:
            blocks = self.blocks

        html: None | str | Unset
        if isinstance(self.html, Unset):
            html = UNSET
        else:
            html = self.html

        raw_html: None | str | Unset
        if isinstance(self.raw_html, Unset):
            raw_html = UNSET
        else:
            raw_html = self.raw_html

        links: list[str] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links

        screenshot: None | str | Unset
        if isinstance(self.screenshot, Unset):
            screenshot = UNSET
        else:
            screenshot = self.screenshot

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if markdown is not UNSET:
            field_dict["markdown"] = markdown
        if pages is not UNSET:
            field_dict["pages"] = pages
        if blocks is not UNSET:
            field_dict["blocks"] = blocks
        if html is not UNSET:
            field_dict["html"] = html
        if raw_html is not UNSET:
            field_dict["rawHtml"] = raw_html
        if links is not UNSET:
            field_dict["links"] = links
        if screenshot is not UNSET:
            field_dict["screenshot"] = screenshot
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        markdown = d.pop("markdown", UNSET)

        def _parse_pages(
            data: object,
        ) -> list[CrawlStatusResponseObjDataItemPagesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pages_type_0 = []
                _pages_type_0 = data
                for pages_type_0_item_data in _pages_type_0:
                    pages_type_0_item = (
                        CrawlStatusResponseObjDataItemPagesType0Item.from_dict(
                            pages_type_0_item_data
                        )
                    )

                    pages_type_0.append(pages_type_0_item)

                return pages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[CrawlStatusResponseObjDataItemPagesType0Item] | None | Unset, data
            )

        pages = _parse_pages(d.pop("pages", UNSET))

        def _parse_blocks(
            data: object,
        ) -> list[CrawlStatusResponseObjDataItemBlocksType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                blocks_type_0 = []
                _blocks_type_0 = data
                for blocks_type_0_item_data in _blocks_type_0:
                    blocks_type_0_item = (
                        CrawlStatusResponseObjDataItemBlocksType0Item.from_dict(
                            blocks_type_0_item_data
                        )
                    )

                    blocks_type_0.append(blocks_type_0_item)

                return blocks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[CrawlStatusResponseObjDataItemBlocksType0Item] | None | Unset, data
            )

        blocks = _parse_blocks(d.pop("blocks", UNSET))

        def _parse_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        html = _parse_html(d.pop("html", UNSET))

        def _parse_raw_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        raw_html = _parse_raw_html(d.pop("rawHtml", UNSET))

        links = cast(list[str], d.pop("links", UNSET))

        def _parse_screenshot(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        screenshot = _parse_screenshot(d.pop("screenshot", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: CrawlStatusResponseObjDataItemMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CrawlStatusResponseObjDataItemMetadata.from_dict(_metadata)

        crawl_status_response_obj_data_item = cls(
            markdown=markdown,
            pages=pages,
            blocks=blocks,
            html=html,
            raw_html=raw_html,
            links=links,
            screenshot=screenshot,
            metadata=metadata,
        )

        crawl_status_response_obj_data_item.additional_properties = d
        return crawl_status_response_obj_data_item

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
    global CrawlStatusResponseObjDataItemBlocksType0Item
    from ..models.crawl_status_response_obj_data_item_blocks_type_0_item import (
        CrawlStatusResponseObjDataItemBlocksType0Item,
    )

    global CrawlStatusResponseObjDataItemMetadata
    from ..models.crawl_status_response_obj_data_item_metadata import (
        CrawlStatusResponseObjDataItemMetadata,
    )

    global CrawlStatusResponseObjDataItemPagesType0Item
    from ..models.crawl_status_response_obj_data_item_pages_type_0_item import (
        CrawlStatusResponseObjDataItemPagesType0Item,
    )

    _models_pending = False
