from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="CrawlStatusResponseObjDataItemMetadata")


@redacted_repr
@_attrs_define
class CrawlStatusResponseObjDataItemMetadata:
    """
    Attributes:
        title (list[str] | str | Unset): Title extracted from the page, can be a string or array of strings
        description (list[str] | str | Unset): Description extracted from the page, can be a string or array of strings
        language (list[str] | None | str | Unset): Language extracted from the page, can be a string or array of strings
        source_url (str | Unset): The original URL that was requested. May differ from the page's final URL if redirects
            occurred.
        url (str | Unset): The final URL of the page after all redirects have been followed.
        keywords (list[str] | str | Unset): Keywords extracted from the page, can be a string or array of strings
        og_locale_alternate (list[str] | Unset): Alternative locales for the page
        any_other_metadata (str | Unset):
        status_code (int | Unset): The status code of the page
        num_pages (int | Unset): For PDF inputs, the number of pages parsed (capped by the parsers maxPages option).
        total_pages (int | Unset): For PDF inputs, the document's true page count before any maxPages capping. Omitted
            when it cannot be determined; a totalPages greater than numPages indicates the result was truncated.
        error (None | str | Unset): The error message of the page
        concurrency_limited (bool | Unset): Whether this scrape was throttled due to team concurrency limits
        concurrency_queue_duration_ms (float | Unset): Time in milliseconds the request waited in the concurrency queue.
            Only present when concurrencyLimited is true.
    """

    title: list[str] | str | Unset = UNSET
    description: list[str] | str | Unset = UNSET
    language: list[str] | None | str | Unset = UNSET
    source_url: str | Unset = UNSET
    url: str | Unset = UNSET
    keywords: list[str] | str | Unset = UNSET
    og_locale_alternate: list[str] | Unset = UNSET
    any_other_metadata: str | Unset = UNSET
    status_code: int | Unset = UNSET
    num_pages: int | Unset = UNSET
    total_pages: int | Unset = UNSET
    error: None | str | Unset = UNSET
    concurrency_limited: bool | Unset = UNSET
    concurrency_queue_duration_ms: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title: list[str] | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        elif isinstance(self.title, list):
            title = self.title

        else:
            title = self.title

        description: list[str] | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        elif isinstance(self.description, list):
            description = self.description

        else:
            description = self.description

        language: list[str] | None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        elif isinstance(self.language, list):
            language = self.language

        else:
            language = self.language

        source_url = self.source_url

        url = self.url

        keywords: list[str] | str | Unset
        if isinstance(self.keywords, Unset):
            keywords = UNSET
        elif isinstance(self.keywords, list):
            keywords = self.keywords

        else:
            keywords = self.keywords

        og_locale_alternate: list[str] | Unset = UNSET
        if not isinstance(self.og_locale_alternate, Unset):
            og_locale_alternate = self.og_locale_alternate

        any_other_metadata = self.any_other_metadata

        status_code = self.status_code

        num_pages = self.num_pages

        total_pages = self.total_pages

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        concurrency_limited = self.concurrency_limited

        concurrency_queue_duration_ms = self.concurrency_queue_duration_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if language is not UNSET:
            field_dict["language"] = language
        if source_url is not UNSET:
            field_dict["sourceURL"] = source_url
        if url is not UNSET:
            field_dict["url"] = url
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if og_locale_alternate is not UNSET:
            field_dict["ogLocaleAlternate"] = og_locale_alternate
        if any_other_metadata is not UNSET:
            field_dict["<any other metadata> "] = any_other_metadata
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if num_pages is not UNSET:
            field_dict["numPages"] = num_pages
        if total_pages is not UNSET:
            field_dict["totalPages"] = total_pages
        if error is not UNSET:
            field_dict["error"] = error
        if concurrency_limited is not UNSET:
            field_dict["concurrencyLimited"] = concurrency_limited
        if concurrency_queue_duration_ms is not UNSET:
            field_dict["concurrencyQueueDurationMs"] = concurrency_queue_duration_ms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_title(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                title_type_1 = cast(list[str], data)

                return title_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_description(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                description_type_1 = cast(list[str], data)

                return description_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_language(data: object) -> list[str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                language_type_1 = cast(list[str], data)

                return language_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        source_url = d.pop("sourceURL", UNSET)

        url = d.pop("url", UNSET)

        def _parse_keywords(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                keywords_type_1 = cast(list[str], data)

                return keywords_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        keywords = _parse_keywords(d.pop("keywords", UNSET))

        og_locale_alternate = cast(list[str], d.pop("ogLocaleAlternate", UNSET))

        any_other_metadata = d.pop("<any other metadata> ", UNSET)

        status_code = d.pop("statusCode", UNSET)

        num_pages = d.pop("numPages", UNSET)

        total_pages = d.pop("totalPages", UNSET)

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        concurrency_limited = d.pop("concurrencyLimited", UNSET)

        concurrency_queue_duration_ms = d.pop("concurrencyQueueDurationMs", UNSET)

        crawl_status_response_obj_data_item_metadata = cls(
            title=title,
            description=description,
            language=language,
            source_url=source_url,
            url=url,
            keywords=keywords,
            og_locale_alternate=og_locale_alternate,
            any_other_metadata=any_other_metadata,
            status_code=status_code,
            num_pages=num_pages,
            total_pages=total_pages,
            error=error,
            concurrency_limited=concurrency_limited,
            concurrency_queue_duration_ms=concurrency_queue_duration_ms,
        )

        crawl_status_response_obj_data_item_metadata.additional_properties = d
        return crawl_status_response_obj_data_item_metadata

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
