from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scrape_response_data_actions_type_0 import (
        ScrapeResponseDataActionsType0,
    )
    from ..models.scrape_response_data_blocks_type_0_item import (
        ScrapeResponseDataBlocksType0Item,
    )
    from ..models.scrape_response_data_branding_type_0 import (
        ScrapeResponseDataBrandingType0,
    )
    from ..models.scrape_response_data_change_tracking_type_0 import (
        ScrapeResponseDataChangeTrackingType0,
    )
    from ..models.scrape_response_data_menu_type_0 import ScrapeResponseDataMenuType0
    from ..models.scrape_response_data_metadata import ScrapeResponseDataMetadata
    from ..models.scrape_response_data_pages_type_0_item import (
        ScrapeResponseDataPagesType0Item,
    )
    from ..models.scrape_response_data_product_type_0 import (
        ScrapeResponseDataProductType0,
    )


T = TypeVar("T", bound="ScrapeResponseData")


@redacted_repr
@_attrs_define
class ScrapeResponseData:
    """
    Attributes:
        markdown (str | Unset):
        pages (list[ScrapeResponseDataPagesType0Item] | None | Unset): Physical per-page markdown for PDFs. Present only
            when the request set the `pages` PDF parser option.
        blocks (list[ScrapeResponseDataBlocksType0Item] | None | Unset): Per-page typed layout blocks for PDFs. Present
            only when the request set the `blocks` PDF parser option.
        summary (None | str | Unset): Summary of the page if `summary` is in `formats`
        html (None | str | Unset): Cleaned HTML of the page if `html` is in `formats`. Removes `<script>`, `<style>`,
            `<noscript>`, `<meta>`, and `<head>` tags; converts relative URLs to absolute; resolves responsive image
            `srcset` to the largest version. Respects `onlyMainContent`, `includeTags`, and `excludeTags` filters.
        raw_html (None | str | Unset): The exact, unmodified HTML as received from the page if `rawHtml` is in
            `formats`. No cleaning or filtering is applied.
        screenshot (None | str | Unset): Screenshot of the page if `screenshot` is in `formats`. Screenshots expire
            after 24 hours and can no longer be downloaded.
        audio (None | str | Unset): Signed URL to the extracted MP3 audio file if `audio` is in `formats`. The signed
            URL expires after 1 hour.
        video (None | str | Unset): Signed URL to the extracted video file if `video` is in `formats`. The signed URL
            expires after 1 hour.
        answer (None | str | Unset): Natural-language answer to the question supplied via the `question` format. Only
            present if a `question` format object was included in `formats`.
        highlights (None | str | Unset): Relevant source text selected by the `highlights` format. Only present if a
            `highlights` format object was included in `formats`.
        links (list[str] | Unset): List of links on the page if `links` is in `formats`
        actions (None | ScrapeResponseDataActionsType0 | Unset): Results of the actions specified in the `actions`
            parameter. Only present if the `actions` parameter was provided in the request
        metadata (ScrapeResponseDataMetadata | Unset):
        warning (None | str | Unset): Can be displayed when using LLM Extraction. Warning message will let you know any
            issues with the extraction.
        change_tracking (None | ScrapeResponseDataChangeTrackingType0 | Unset): Change tracking information if
            `changeTracking` is in `formats`. Only present when the `changeTracking` format is requested.
        branding (None | ScrapeResponseDataBrandingType0 | Unset): Branding information extracted from the page if
            `branding` is in `formats`. Includes colors, fonts, typography, spacing, components, and more.
        product (None | ScrapeResponseDataProductType0 | Unset): Product information extracted from the page if
            `product` is in `formats`. Includes title, brand, category, description, and variants. Pricing, availability,
            and images live on each variant.
        menu (None | ScrapeResponseDataMenuType0 | Unset): Menu information extracted from the page if `menu` is in
            `formats`. Includes the merchant, currency, and a list of sections, where each section carries items with
            description, images, price, availability, dietary tags, calories, and option groups.
    """

    markdown: str | Unset = UNSET
    pages: list[ScrapeResponseDataPagesType0Item] | None | Unset = UNSET
    blocks: list[ScrapeResponseDataBlocksType0Item] | None | Unset = UNSET
    summary: None | str | Unset = UNSET
    html: None | str | Unset = UNSET
    raw_html: None | str | Unset = UNSET
    screenshot: None | str | Unset = UNSET
    audio: None | str | Unset = UNSET
    video: None | str | Unset = UNSET
    answer: None | str | Unset = UNSET
    highlights: None | str | Unset = UNSET
    links: list[str] | Unset = UNSET
    actions: None | ScrapeResponseDataActionsType0 | Unset = UNSET
    metadata: ScrapeResponseDataMetadata | Unset = UNSET
    warning: None | str | Unset = UNSET
    change_tracking: None | ScrapeResponseDataChangeTrackingType0 | Unset = UNSET
    branding: None | ScrapeResponseDataBrandingType0 | Unset = UNSET
    product: None | ScrapeResponseDataProductType0 | Unset = UNSET
    menu: None | ScrapeResponseDataMenuType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_pending:
            _import_models()

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

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

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

        screenshot: None | str | Unset
        if isinstance(self.screenshot, Unset):
            screenshot = UNSET
        else:
            screenshot = self.screenshot

        audio: None | str | Unset
        if isinstance(self.audio, Unset):
            audio = UNSET
        else:
            audio = self.audio

        video: None | str | Unset
        if isinstance(self.video, Unset):
            video = UNSET
        else:
            video = self.video

        answer: None | str | Unset
        if isinstance(self.answer, Unset):
            answer = UNSET
        else:
            answer = self.answer

        highlights: None | str | Unset
        if isinstance(self.highlights, Unset):
            highlights = UNSET
        else:
            highlights = self.highlights

        links: list[str] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links

        actions: dict[str, Any] | None | Unset
        if isinstance(self.actions, Unset):
            actions = UNSET
        elif isinstance(self.actions, ScrapeResponseDataActionsType0):
            actions = self.actions.to_dict()
        else:
            actions = self.actions

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        warning: None | str | Unset
        if isinstance(self.warning, Unset):
            warning = UNSET
        else:
            warning = self.warning

        change_tracking: dict[str, Any] | None | Unset
        if isinstance(self.change_tracking, Unset):
            change_tracking = UNSET
        elif isinstance(self.change_tracking, ScrapeResponseDataChangeTrackingType0):
            change_tracking = self.change_tracking.to_dict()
        else:
            change_tracking = self.change_tracking

        branding: dict[str, Any] | None | Unset
        if isinstance(self.branding, Unset):
            branding = UNSET
        elif isinstance(self.branding, ScrapeResponseDataBrandingType0):
            branding = self.branding.to_dict()
        else:
            branding = self.branding

        product: dict[str, Any] | None | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        elif isinstance(self.product, ScrapeResponseDataProductType0):
            product = self.product.to_dict()
        else:
            product = self.product

        menu: dict[str, Any] | None | Unset
        if isinstance(self.menu, Unset):
            menu = UNSET
        elif isinstance(self.menu, ScrapeResponseDataMenuType0):
            menu = self.menu.to_dict()
        else:
            menu = self.menu

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if markdown is not UNSET:
            field_dict["markdown"] = markdown
        if pages is not UNSET:
            field_dict["pages"] = pages
        if blocks is not UNSET:
            field_dict["blocks"] = blocks
        if summary is not UNSET:
            field_dict["summary"] = summary
        if html is not UNSET:
            field_dict["html"] = html
        if raw_html is not UNSET:
            field_dict["rawHtml"] = raw_html
        if screenshot is not UNSET:
            field_dict["screenshot"] = screenshot
        if audio is not UNSET:
            field_dict["audio"] = audio
        if video is not UNSET:
            field_dict["video"] = video
        if answer is not UNSET:
            field_dict["answer"] = answer
        if highlights is not UNSET:
            field_dict["highlights"] = highlights
        if links is not UNSET:
            field_dict["links"] = links
        if actions is not UNSET:
            field_dict["actions"] = actions
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if warning is not UNSET:
            field_dict["warning"] = warning
        if change_tracking is not UNSET:
            field_dict["changeTracking"] = change_tracking
        if branding is not UNSET:
            field_dict["branding"] = branding
        if product is not UNSET:
            field_dict["product"] = product
        if menu is not UNSET:
            field_dict["menu"] = menu

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        markdown = d.pop("markdown", UNSET)

        def _parse_pages(
            data: object,
        ) -> list[ScrapeResponseDataPagesType0Item] | None | Unset:
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
                    pages_type_0_item = ScrapeResponseDataPagesType0Item.from_dict(
                        pages_type_0_item_data
                    )

                    pages_type_0.append(pages_type_0_item)

                return pages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ScrapeResponseDataPagesType0Item] | None | Unset, data)

        pages = _parse_pages(d.pop("pages", UNSET))

        def _parse_blocks(
            data: object,
        ) -> list[ScrapeResponseDataBlocksType0Item] | None | Unset:
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
                    blocks_type_0_item = ScrapeResponseDataBlocksType0Item.from_dict(
                        blocks_type_0_item_data
                    )

                    blocks_type_0.append(blocks_type_0_item)

                return blocks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ScrapeResponseDataBlocksType0Item] | None | Unset, data)

        blocks = _parse_blocks(d.pop("blocks", UNSET))

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

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

        def _parse_screenshot(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        screenshot = _parse_screenshot(d.pop("screenshot", UNSET))

        def _parse_audio(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audio = _parse_audio(d.pop("audio", UNSET))

        def _parse_video(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video = _parse_video(d.pop("video", UNSET))

        def _parse_answer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        answer = _parse_answer(d.pop("answer", UNSET))

        def _parse_highlights(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        highlights = _parse_highlights(d.pop("highlights", UNSET))

        links = cast(list[str], d.pop("links", UNSET))

        def _parse_actions(
            data: object,
        ) -> None | ScrapeResponseDataActionsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                actions_type_0 = ScrapeResponseDataActionsType0.from_dict(data)

                return actions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScrapeResponseDataActionsType0 | Unset, data)

        actions = _parse_actions(d.pop("actions", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: ScrapeResponseDataMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ScrapeResponseDataMetadata.from_dict(_metadata)

        def _parse_warning(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        warning = _parse_warning(d.pop("warning", UNSET))

        def _parse_change_tracking(
            data: object,
        ) -> None | ScrapeResponseDataChangeTrackingType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                change_tracking_type_0 = (
                    ScrapeResponseDataChangeTrackingType0.from_dict(data)
                )

                return change_tracking_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScrapeResponseDataChangeTrackingType0 | Unset, data)

        change_tracking = _parse_change_tracking(d.pop("changeTracking", UNSET))

        def _parse_branding(
            data: object,
        ) -> None | ScrapeResponseDataBrandingType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                branding_type_0 = ScrapeResponseDataBrandingType0.from_dict(data)

                return branding_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScrapeResponseDataBrandingType0 | Unset, data)

        branding = _parse_branding(d.pop("branding", UNSET))

        def _parse_product(
            data: object,
        ) -> None | ScrapeResponseDataProductType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                product_type_0 = ScrapeResponseDataProductType0.from_dict(data)

                return product_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScrapeResponseDataProductType0 | Unset, data)

        product = _parse_product(d.pop("product", UNSET))

        def _parse_menu(data: object) -> None | ScrapeResponseDataMenuType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                menu_type_0 = ScrapeResponseDataMenuType0.from_dict(data)

                return menu_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScrapeResponseDataMenuType0 | Unset, data)

        menu = _parse_menu(d.pop("menu", UNSET))

        scrape_response_data = cls(
            markdown=markdown,
            pages=pages,
            blocks=blocks,
            summary=summary,
            html=html,
            raw_html=raw_html,
            screenshot=screenshot,
            audio=audio,
            video=video,
            answer=answer,
            highlights=highlights,
            links=links,
            actions=actions,
            metadata=metadata,
            warning=warning,
            change_tracking=change_tracking,
            branding=branding,
            product=product,
            menu=menu,
        )

        scrape_response_data.additional_properties = d
        return scrape_response_data

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
    global ScrapeResponseDataActionsType0
    from ..models.scrape_response_data_actions_type_0 import (
        ScrapeResponseDataActionsType0,
    )

    global ScrapeResponseDataBlocksType0Item
    from ..models.scrape_response_data_blocks_type_0_item import (
        ScrapeResponseDataBlocksType0Item,
    )

    global ScrapeResponseDataBrandingType0
    from ..models.scrape_response_data_branding_type_0 import (
        ScrapeResponseDataBrandingType0,
    )

    global ScrapeResponseDataChangeTrackingType0
    from ..models.scrape_response_data_change_tracking_type_0 import (
        ScrapeResponseDataChangeTrackingType0,
    )

    global ScrapeResponseDataMenuType0
    from ..models.scrape_response_data_menu_type_0 import ScrapeResponseDataMenuType0

    global ScrapeResponseDataMetadata
    from ..models.scrape_response_data_metadata import ScrapeResponseDataMetadata

    global ScrapeResponseDataPagesType0Item
    from ..models.scrape_response_data_pages_type_0_item import (
        ScrapeResponseDataPagesType0Item,
    )

    global ScrapeResponseDataProductType0
    from ..models.scrape_response_data_product_type_0 import (
        ScrapeResponseDataProductType0,
    )

    _models_pending = False
