from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_and_scrape_response_200_data_web_item_metadata import (
        SearchAndScrapeResponse200DataWebItemMetadata,
    )


T = TypeVar("T", bound="SearchAndScrapeResponse200DataWebItem")


@redacted_repr
@_attrs_define
class SearchAndScrapeResponse200DataWebItem:
    """
    Attributes:
        title (str | Unset): Title from search result
        description (str | Unset): Description from search result
        url (str | Unset): URL of the search result
        markdown (None | str | Unset): Markdown content if scraping was requested
        html (None | str | Unset): HTML content if requested in formats
        raw_html (None | str | Unset): Raw HTML content if requested in formats
        links (list[str] | Unset): Links found if requested in formats
        screenshot (None | str | Unset): Screenshot URL if requested in formats. Screenshots expire after 24 hours and
            can no longer be downloaded.
        audio (None | str | Unset): Signed URL to the extracted MP3 audio file if `audio` is in `formats`. The signed
            URL expires after 1 hour.
        video (None | str | Unset): Signed URL to the extracted video file if `video` is in `formats`. The signed URL
            expires after 1 hour.
        metadata (SearchAndScrapeResponse200DataWebItemMetadata | Unset):
    """

    title: str | Unset = UNSET
    description: str | Unset = UNSET
    url: str | Unset = UNSET
    markdown: None | str | Unset = UNSET
    html: None | str | Unset = UNSET
    raw_html: None | str | Unset = UNSET
    links: list[str] | Unset = UNSET
    screenshot: None | str | Unset = UNSET
    audio: None | str | Unset = UNSET
    video: None | str | Unset = UNSET
    metadata: SearchAndScrapeResponse200DataWebItemMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        url = self.url

        markdown: None | str | Unset
        if isinstance(self.markdown, Unset):
            markdown = UNSET
        else:
            markdown = self.markdown

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

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if url is not UNSET:
            field_dict["url"] = url
        if markdown is not UNSET:
            field_dict["markdown"] = markdown
        if html is not UNSET:
            field_dict["html"] = html
        if raw_html is not UNSET:
            field_dict["rawHtml"] = raw_html
        if links is not UNSET:
            field_dict["links"] = links
        if screenshot is not UNSET:
            field_dict["screenshot"] = screenshot
        if audio is not UNSET:
            field_dict["audio"] = audio
        if video is not UNSET:
            field_dict["video"] = video
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        url = d.pop("url", UNSET)

        def _parse_markdown(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        markdown = _parse_markdown(d.pop("markdown", UNSET))

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

        _metadata = d.pop("metadata", UNSET)
        metadata: SearchAndScrapeResponse200DataWebItemMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = SearchAndScrapeResponse200DataWebItemMetadata.from_dict(
                _metadata
            )

        search_and_scrape_response_200_data_web_item = cls(
            title=title,
            description=description,
            url=url,
            markdown=markdown,
            html=html,
            raw_html=raw_html,
            links=links,
            screenshot=screenshot,
            audio=audio,
            video=video,
            metadata=metadata,
        )

        search_and_scrape_response_200_data_web_item.additional_properties = d
        return search_and_scrape_response_200_data_web_item

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
    global SearchAndScrapeResponse200DataWebItemMetadata
    from ..models.search_and_scrape_response_200_data_web_item_metadata import (
        SearchAndScrapeResponse200DataWebItemMetadata,
    )

    _models_pending = False
